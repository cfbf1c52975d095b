def f1():
    class C3:
        __observe__('f1.g2.C3#4', {25 - 24 for i in range(2)})
        exec('__observe__(\'f1.g2.C3.x7.x8#9\', {i: v for i in range(1)})\n__observe__(\'f1.g2.C3.x7#10\', {10 for i in range(1)})')
        __observe__('f1.g2.C3#11', c)
        __observe__('f1.g2.C3#13', locals())
    __observe__('f1.g2#14', locals())
    __observe__('f1#17', vars())
    __observe__('f1#18', locals())
def f():
    __observe__('f22#23', locals())
def r26():
    class C29:
        exec('__observe__(\'r26.C29.x33.x34#35\', vars())\na = {}\nexec(\'__observe__(\\\'r26.C29.x33.x37#38\\\', locals())\', a)\n__observe__(\'r26.C29.x33#39\', a)')
        __observe__('r26.C29#41', sys._getframe().f_locals)
        __observe__('r26.C29#42', locals())
    __observe__('r26#45', locals())
try:
    __observe__('m#46', r26())
except Exception as e:
    pass
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
