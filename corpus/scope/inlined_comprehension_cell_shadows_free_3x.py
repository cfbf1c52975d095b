# execdiff: versions=3.12,3.13 origin=scope
# 3.12 MAKE_CELL on a free variable's slot: the comprehension's cell replaces the free
# variable's cell and is not restored (only the local slot is).
def outer():
    x = 'outer'
    def f():
        fs = [lambda: x for x in range(2)]
        return x, [h() for h in fs], f.__code__.co_cellvars, f.__code__.co_freevars, f.__code__.co_varnames
    return f()
print(outer())
def outer2():
    def f():
        nonlocal x
        fs = [lambda: x for x in range(2)]
        return x, [h() for h in fs]
    x = 5
    return f()
try:
    print(outer2())
except SyntaxError as e:
    print(e)
