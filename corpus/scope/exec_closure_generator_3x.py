# execdiff: versions=3.12,3.13 origin=scope
# exec(code, g, closure=cells) of a nested generator's code makes a generator and drops it:
# the body never runs, so the nonlocal write it holds never reaches the cell. A method using
# __class__ has that free variable, and its code still needs its self argument.
def outer():
    x = 1
    def gen():
        nonlocal x
        x = 99
        yield x
    print(exec(gen.__code__, {}, closure=gen.__closure__))
    print(x)
    class C:
        def m(self):
            return __class__
    print(C.m.__code__.co_freevars)
    try:
        exec(C.m.__code__, {}, closure=C.m.__closure__)
    except TypeError as e:
        print('TypeError: %s' % e)
    return x
__observe__('x', outer())
