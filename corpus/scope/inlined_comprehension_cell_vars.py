# execdiff: versions=2.7,3.12,3.13 origin=scope
# PEP 709: inlined comprehensions whose variable a lambda captures get a fresh cell of the
# enclosing function for their duration (MAKE_CELL), hoisted into co_varnames/co_cellvars.
def f():
    x = 0
    g = lambda: x
    fs = [lambda: x for x in range(3)]
    print(g(), [h() for h in fs], x)
    print(sorted(locals()))
f()
def f2():
    fs = [(lambda: x, locals()['x'], sorted(locals())) for x in range(2)]
    print([(a(), b, c) for a, b, c in fs])
    try:
        x
    except NameError as e:
        print(type(e).__name__)
    print(f2.__code__.co_varnames, f2.__code__.co_cellvars)
f2()
def f3(x):
    fs = [lambda: x for x in range(2)]
    return x, [h() for h in fs]
print(f3(9))
def f4():
    y = 5
    fs = [lambda: x + y for x in range(2)]
    return [h() for h in fs]
print(f4())
def f5():
    try:
        [lambda: x for x in [1, 0] if 1 / x]
    except ZeroDivisionError:
        pass
    try:
        return x
    except NameError as e:
        return type(e).__name__
print(f5())
