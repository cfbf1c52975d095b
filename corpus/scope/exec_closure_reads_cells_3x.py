# execdiff: versions=3.12,3.13 origin=scope
# exec(code, g, closure=cells) runs a nested function's code against the given cells: the
# free variables read the cells, a code with its own cell variables gets fresh ones, and a
# cell tuple from another function (or built from cells of several) is read the same way.
def outer():
    x = 1
    y = 'why'
    def inner():
        print('inner sees %r %r' % (x, y))
        z = x + 1
        def deeper():
            return z, y
        print('deeper %r' % (deeper(),))
        return 'ignored'
    return inner
f = outer()
print(f.__code__.co_freevars, f.__code__.co_cellvars)
try:
    exec(f.__code__)
except TypeError as e:
    print('TypeError %s' % e)
print(exec(f.__code__, {}, closure=f.__closure__))
def cell(v):
    return (lambda: v).__closure__[0]
exec(f.__code__, {}, closure=(cell(41), cell('cell')))
def other():
    a = 100
    b = 200
    def g():
        return a + b
    return g
exec(f.__code__, {}, closure=other().__closure__)
exec(f.__code__, {}, {}, closure=f.__closure__)
exec(f.__code__, None, None, closure=f.__closure__)
def late():
    def h():
        print('h sees %r' % (q,))
    c = h.__closure__
    try:
        exec(h.__code__, {}, closure=c)
    except NameError as e:
        print('NameError %s' % e)
    q = 'now bound'
    exec(h.__code__, {}, closure=c)
late()
__observe__('cells', [c.cell_contents for c in f.__closure__])
