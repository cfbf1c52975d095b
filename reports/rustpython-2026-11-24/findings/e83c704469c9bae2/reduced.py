v = 0
def f1():
    def g2():
        b = '__observe__(\'f1.g2.C3.x6#8\', dir())'
        exec(b)
    __observe__('f1#15', g2())
__observe__('m#21', f1())
def d():
    try:
        pass
    except Exception as e:
        __observe__('f26#27', (type(e).__name__, str(e)))
    w = 0
    def f(v=v):
        __observe__('f26.g36.g37#38', locals())
        def g(n):
            nonlocal v
            if n:
                __observe__('f26.g36.r41#42', g(n - 1))
            try:
                pass
            except Exception as e:
                __observe__('f26.g36.r41#43', (type(e).__name__, str(e)))
            del v
            h = compile('w\n', '', 'single')
            exec(h)
            try:
                __observe__('f26.g36.r41#47', g37(53, w, c))
            except Exception as e:
                pass
            __observe__('f26.g36.r41#49', locals())
        try:
            __observe__('f26.g36#50', g(1))
        except Exception as e:
            __observe__('f26.g36#51', (type(e).__name__, str(e)))
        __observe__('f26.g36#52', locals())
    __observe__('f26#53', f())
    __observe__('f26#55', locals())
__observe__('m#56', d())
def f58():
    exec('__observe__(\'f58.x59#60\'')
    __observe__('f58#62', locals())
def f65():
    exec('__observe__(\'f65.x66#67\', locals())')
    compile('__observe__(\'f65.g72.x73#74\', dir())', '', 'exec')
    __observe__('f65.g72#76', locals())
    __observe__('f65#80', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
