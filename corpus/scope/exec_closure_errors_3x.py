# execdiff: versions=3.12,3.13 origin=scope
# Every TypeError of exec()'s closure= and its argument parsing: a closure must be an exact
# tuple of exactly co_freevars' count of cells; source text takes none; code without free
# variables takes none; None means no closure; the argument is keyword-only.
def outer():
    x = 1
    def inner():
        return x
    return inner
f = outer()
plain = (lambda: 1).__code__
class T(tuple):
    pass
def t(*a, **k):
    try:
        exec(*a, **k)
        print('ok')
    except Exception as e:
        print('%s: %s' % (type(e).__name__, e))
t(f.__code__)
t(f.__code__, {}, closure=None)
t(f.__code__, {}, closure=[f.__closure__[0]])
t(f.__code__, {}, closure=T(f.__closure__))
t(f.__code__, {}, closure=())
t(f.__code__, {}, closure=(1,))
t(f.__code__, {}, closure=f.__closure__ * 2)
t(f.__code__, {}, closure='x')
t(plain, {}, closure=f.__closure__)
t(plain, {}, closure=())
t(plain, {}, closure=None)
t('1', {}, closure=f.__closure__)
t('1', {}, closure=None)
t(b'1', {}, closure=())
t('(', {}, closure=1)
t(1, {}, closure=1)
t(f.__code__, 1, closure=f.__closure__)
t(f.__code__, {}, 1, closure=f.__closure__)
t(f.__code__, {}, None, f.__closure__)
t(f.__code__, {}, None, f.__closure__, closure=None)
t(closure=f.__closure__)
t()
t(f.__code__, {}, closure=f.__closure__, foo=1)
t('1', closur=None)
t('1', closures=None)
t('1', glob={})
t('1', local={})
t(f.__code__, globals={}, closure=f.__closure__)
g = {}
t(f.__code__, g, closure=1)
print('__builtins__' in g)
def needs_args(a, b=2):
    def k():
        return a
    return k
t(needs_args(1).__code__, {}, closure=needs_args(1).__closure__)
