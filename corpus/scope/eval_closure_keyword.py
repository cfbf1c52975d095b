# execdiff: versions=2.7,3.12,3.13 origin=scope
# eval() has no closure=: the keyword is refused (the texts differ per version), a code object
# with free variables is refused, and a fourth positional argument is a count error.
import sys
def outer():
    x = 1
    def inner():
        return x
    return inner
f = outer()
code = f.__code__
cells = getattr(f, '__closure__', None)
def ev(*a, **k):
    try:
        print(eval(*a, **k))
    except TypeError as e:
        print('TypeError: %s' % e)
ev('1', closure=None)
ev(code, {}, closure=cells)
ev(code)
ev(code, {}, None, cells)
ev()
ev('1', global_={})
ev('1', locals_={})
