y = 0
b = 0
z = 0
def f1(c=0):
    def r2(n):
        nonlocal c
        if n:
            __observe__('f1.r2#3', r2(n - 1))
        a = compile('y\n', '', 'single')
        exec(a)
        del c
        try:
            exec('__observe__(\'f1.r2.x7#9\', eval(\'b\'))')
        except Exception as e:
            __observe__('f1.r2#10', (type(e).__name__, str(e)))
        __observe__('f1.r2#11', locals())
        __observe__('f1.r2#12', locals())
    try:
        __observe__('f1#13', r2(4))
    except Exception as e:
        __observe__('f1#14', (type(e).__name__, str(e)))
    __observe__('f1#17', (type(e).__name__, str(e)))
    __observe__('f1#18', vars())
    __observe__('f1#19', locals())
try:
    __observe__('m#20', f1(z))
except Exception as e:
    pass
__observe__('m#22', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
