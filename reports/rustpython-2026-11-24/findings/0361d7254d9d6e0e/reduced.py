import sys
c = 0
def f1():
    __observe__('f1#2', sys._getframe().f_locals)
    __observe__('f1#3', {c for j in range(2)})
    try:
        __observe__('f1.r5#7', {y for j in range(1)})
    except Exception as e:
        pass
    class C9:
        try:
            a = {}
            exec('__observe__(\'f1.r5.C9.x12.x13#14\', {b for i in range(1)})\n__observe__(\'f1.r5.C9.x12.x13#15\', dir())', a)
        except Exception as e:
            pass
        __observe__('f1.r5.C9#18', locals())
    class d:
        __observe__('f1.r5.C19#20', dir())
        __observe__('f1.r5.C19#24', ns21)
        __observe__('f1.r5.C19#26', locals())
    __observe__('f1.r5#27', locals())
    __observe__('f1#30', locals())
def f():
    __observe__('f33#36', locals())
def g():
    __observe__('f39#40', locals())
def f43():
    exec('__observe__(\'f43.x44.x45#46\', locals())\n__observe__(\'f43.x44.x45#48\', locals())\n__observe__(\'f43.x44#49\', locals())')
    __observe__('f43#52', f1())
    class h:
        __observe__('f43.C56#57', locals())
    class l:
        __observe__('f43.C59#61', locals())
    __observe__('f43#62', locals())
try:
    __observe__('m#63', f43())
except Exception as e:
    pass
def f65():
    compile('__observe__(\'f65.x66#67\',', '', 'exec')
    __observe__('f65#69', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
