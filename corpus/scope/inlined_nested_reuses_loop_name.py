# execdiff: versions=2.7,3.12,3.13 origin=scope
# test_listcomps (nested_3, nested_4): a nested comprehension rebinds the outer one's loop
# name, inside the outer one's target and element, at module level, in a class body and in a
# function. PEP 709 (3.12+) inlines both: each saves and restores the name on its own.
l = [(1, 2), (3, 4), (5, 6)]
y = [x for (x, [x ** x for x in range(x)][x - 1]) in l]
print(y)
items = [([lambda: x for x in range(2)], lambda: x) for x in range(3)]
out = [([fn() for fn in fns], fn()) for fns, fn in items]
print(out)


class C:
    l = [(1, 2), (3, 4), (5, 6)]
    y = [x for (x, [x ** x for x in range(x)][x - 1]) in l]
    items = [([lambda: x for x in range(2)], lambda: x) for x in range(3)]
    out = [([fn() for fn in fns], fn()) for fns, fn in items]
    __observe__("class_ns", sorted(k for k in locals() if not k.startswith("__")))


print(C.y)
print(C.out)


def f():
    l = [(1, 2), (3, 4), (5, 6)]
    y = [x for (x, [x ** x for x in range(x)][x - 1]) in l]
    items = [([lambda: x for x in range(2)], lambda: x) for x in range(3)]
    out = [([fn() for fn in fns], fn()) for fns, fn in items]
    __observe__("f_locals", sorted(locals()))
    return y, out


print(f())
print(sorted(k for k in globals() if not k.startswith("__")))
