# execdiff: versions=2.7,3.12,3.13 origin=core
# Iterating an instance of a str subclass that overrides __getitem__: 3.x str has its own
# iterator (tp_iter) and yields the characters; 2.7's str and unicode have none, so iter()
# falls back to the sequence protocol and calls the override. list/tuple/dict subclasses
# keep their own iterators everywhere.


class S(str):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "<%r>" % (i,)


class L(list):
    def __getitem__(self, i):
        return "L%r" % (i,)


class T(tuple):
    def __getitem__(self, i):
        return "T%r" % (i,)


class D(dict):
    def __getitem__(self, k):
        return "D%r" % (k,)


class U(str):
    def __iter__(self):
        return iter("xy")


def t(label, f):
    try:
        print("%s %r" % (label, f()))
    except Exception as e:
        print("%s %s: %s" % (label, type(e).__name__, e))


def loop():
    out = []
    for c in S("pq"):
        out.append(c)
    return out


def unpack():
    a, b = S("hi")
    return a + b


t("list", lambda: list(S("hello")))
t("comp", lambda: [c for c in S("ab")])
t("for", loop)
t("tuple", lambda: tuple(S("hi")))
t("unpack", unpack)
t("join", lambda: "x".join(S("hey")))
t("sorted", lambda: sorted(S("cba")))
t("in", lambda: "e" in S("hey"))
t("index", lambda: S("hello")[1])
t("map", lambda: list(map(str.upper, S("ab"))))
t("list sub", lambda: list(L([1, 2])))
t("tuple sub", lambda: list(T((1, 2))))
t("dict sub", lambda: sorted(D(a=1)))
t("dict items", lambda: sorted(D(a=1).items()))
t("own iter", lambda: list(U("abc")))


class LI(list):
    def __iter__(self):
        return iter([9])

    def __getitem__(self, i):
        return 9


class DI(dict):
    def __iter__(self):
        return iter([9])


t("list contains", lambda: (9 in LI([1]), 1 in LI([1])))
t("dict contains", lambda: (9 in DI(a=1), "a" in DI(a=1)))
t("list of LI", lambda: list(LI([1])))
