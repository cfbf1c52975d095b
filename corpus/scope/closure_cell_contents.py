# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    a = 'A'
    b = [1]
    def inner():
        return a, b
    return inner
f = outer()
print(len(f.__closure__))
print([c.cell_contents for c in f.__closure__])
print(f.__code__.co_freevars)
print(outer.__code__.co_cellvars)
__observe__('cells', f.__closure__)
