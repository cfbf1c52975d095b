# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    x = 'cell value'
    def inner():
        return x
    return inner
f = outer()
__observe__('closure', f.__closure__)
__observe__('cell', f.__closure__[0])
__observe__('func', f)
print(f())
