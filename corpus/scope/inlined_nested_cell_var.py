# execdiff: versions=2.7,3.12,3.13 origin=scope
# test_listcomps (cell_in_nested_comprehension, nested_free, inner_cell_shadows_outer): a
# variable that a lambda captures inside a nested comprehension is a cell of the inner
# comprehension; once both are inlined (3.12+), the enclosing function keeps a cell for it
# (DEF_COMP_CELL) although the name is a global there.
b = "global b"
a = 1


def f():
    (func, inner_b), = [[lambda: b for b in c] + [b] for c in [[a]]]
    __observe__("f_locals", locals())
    return b, inner_b, func()


print(f())
print(f.__code__.co_cellvars if hasattr(f, "__code__") else ())
(func, inner_b), = [[lambda: b for b in c] + [b] for c in [[a]]]
print((b, inner_b, func()))


def g():
    x = 1
    items = [(lambda: x) for x in range(3)]
    y = [x() for x in items]
    z = [(lambda: [x for _ in [0]]) for x in range(2)]
    return x, y, [fn() for fn in z]


print(g())


class K:
    (func, inner_b), = [[lambda: b for b in c] + [b] for c in [[a]]]
    r = (inner_b, func())


print(K.r)
