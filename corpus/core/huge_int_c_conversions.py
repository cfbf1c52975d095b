# execdiff: versions=2.7,3.12,3.13 origin=core
# Ints too large for the C type an argument or index is read into: the C int of
# sys._getframe's depth, the Py_ssize_t of subscripts, repeat counts and list.pop/insert,
# the length of a range; and the slice bounds of str.index, which clamp instead.
import sys


def t(label, f):
    try:
        r = f()
        print("%s ok %r" % (label, r))
    except Exception as e:
        print("%s %s: %s" % (label, type(e).__name__, e))


t("getframe 10**30", lambda: sys._getframe(10 ** 30))
t("getframe -10**30", lambda: sys._getframe(-10 ** 30))
t("getframe 2**63", lambda: sys._getframe(2 ** 63))
t("getframe 2**62", lambda: sys._getframe(2 ** 62))
t("getframe 2**31", lambda: sys._getframe(2 ** 31))
t("getframe -2**31-1", lambda: sys._getframe(-2 ** 31 - 1))
t("getframe 2**31-1", lambda: sys._getframe(2 ** 31 - 1))
t("len range", lambda: len(range(10 ** 30)))
t("list[10**30]", lambda: [1, 2][10 ** 30])
t("list[-10**30]", lambda: [1, 2][-10 ** 30])
t("tuple[10**30]", lambda: (1, 2)[10 ** 30])
t("str[10**30]", lambda: "ab"[10 ** 30])
t("list[2**62]", lambda: [1, 2][2 ** 62])
t("list[2**63-1]", lambda: [1, 2][2 ** 63 - 1])
t("list[2**63]", lambda: [1, 2][2 ** 63])
t("list[-2**63]", lambda: [1, 2][-2 ** 63])
t("list[-2**63-1]", lambda: [1, 2][-2 ** 63 - 1])
t("list*10**30", lambda: [1, 2] * 10 ** 30)
t("10**30*list", lambda: 10 ** 30 * [1, 2])
t("str*10**30", lambda: "ab" * 10 ** 30)
t("tuple*2**63", lambda: (1,) * 2 ** 63)
t("list*-10**30", lambda: [1, 2] * (-10 ** 30))
t("list[10**30:]", lambda: [1, 2][10 ** 30:])
t("pop 10**30", lambda: [1, 2, 3].pop(10 ** 30))
t("pop -10**30", lambda: [1, 2, 3].pop(-10 ** 30))
t("pop 2**62", lambda: [1, 2, 3].pop(2 ** 62))
t("insert 10**30", lambda: [1, 2, 3].insert(10 ** 30, 5))
t("str.index", lambda: "abc".index("b", 10 ** 30))
t("str.find neg", lambda: "abc".find("b", -10 ** 30))
t("range(5)[10**30]", lambda: range(5)[10 ** 30])
t("big range index", lambda: range(10 ** 30)[10 ** 29])
t("big range index neg", lambda: range(0, 10 ** 30, 7)[-1])
B = 10 ** 30
t("chr", lambda: chr(B))
t("chr neg", lambda: chr(-B))
t("chr 2**40", lambda: chr(2 ** 40))
t("center", lambda: "a".center(B))
t("ljust", lambda: "a".ljust(B))
t("rjust neg", lambda: "a".rjust(-B))
t("zfill", lambda: "a".zfill(B))
t("round float", lambda: round(1.5, B))
t("round float neg", lambda: round(1.5, -B))
t("list.index start", lambda: [1, 2].index(2, B))
t("list.index neg start", lambda: [1, 2].index(2, -B))
t("tuple.index stop", lambda: (1, 2).index(2, 0, B))
t("split", lambda: "a b".split(None, B))
t("rsplit neg", lambda: "a b".rsplit(" ", -B))
t("replace", lambda: "aa".replace("a", "b", B))
t("setrecursionlimit", lambda: sys.setrecursionlimit(B))
t("str.count", lambda: "aa".count("a", -B, B))
t("startswith", lambda: "aa".startswith("a", B))
t("setitem", lambda: [1].__setitem__(B, 1))
