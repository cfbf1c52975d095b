# execdiff: versions=2.7,3.12,3.13 origin=core
# list.index/tuple.index with start and stop: slice-style bounds, negative ones counting
# from the end, clamped; non-integers are a TypeError.


def t(label, f):
    try:
        print("%s %r" % (label, f()))
    except Exception as e:
        print("%s %s: %s" % (label, type(e).__name__, e))


L = [1, 2, 3, 2, 1]
t("a", lambda: L.index(2, 2))
t("b", lambda: L.index(2, -2))
t("c", lambda: L.index(2, 0, 1))
t("d", lambda: L.index(1, -1))
t("e", lambda: L.index(1, -100, -4))
t("f", lambda: L.index(3, 2, 3))
t("g", lambda: (1, 2).index(2, 10 ** 30))
t("h", lambda: (1, 2).index(2, -10 ** 30, 10 ** 30))
t("i", lambda: L.index(2, "x"))
t("j", lambda: L.index(2, None))
t("k", lambda: L.index(2, 1.0))
t("l", lambda: L.index(2, 4))
