# execdiff: versions=2.7,3.12,3.13 origin=scope
# test_listcomps (nested_has_free_var, nested_free_var_in_iter, nested_free_var_in_expr): in
# a class body, a nested comprehension reads the outer comprehension's variable. The inner
# one is inlined into the outer (3.12+), so the name is the outer one's fast local, not a
# class-body name (which a comprehension never sees).
class C:
    items = [a for a in [1] if [a for _ in [0]]]
    iters = [_C for _C in [1] for [0, 1][[x for x in [1] if _C][0]] in [2]]
    exprs = [(_C, [x for x in [1] if _C]) for _C in [0, 1]]
    __observe__("ns", sorted(k for k in locals() if not k.startswith("__")))


print(C.items)
print(C.iters)
print(C.exprs)


def f():
    z = 1

    class D:
        z = 2
        inner = [[z for _ in [0]] for y in [1]]
        outer = [z for y in [1]]

    return D.inner, D.outer


print(f())
