z = 0
def b():
    __observe__('f1.C4#6', locals())
__observe__('m#8', b())
def f34(x, y=z):
    def r35(n):
        nonlocal x
        if n:
            __observe__('f34.r35#36', r35(n - 1))
        c = {'a': y}
        exec('__observe__(\'f34.r35.x38#40\', eval(\'a\', globals(), locals()))\nprint()', c)
        c.pop('__builtins__')
        __observe__('f34.r35#42', c)
        del x
        __observe__('f34.r35#44', locals())
    try:
        __observe__('f34#45', r35(3))
    except Exception as e:
        __observe__('f34#46', (type(e).__name__, str(e)))
    __observe__('f34#47', dir())
    __observe__('f34#48', locals())
__observe__('m#49', f34(z))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
