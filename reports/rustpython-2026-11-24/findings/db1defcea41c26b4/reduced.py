b = 0
def f1():
    def r2():
        if 0:
            __observe__('f1.r2#3', r2())
        __observe__('f1.r2.g4#5', locals())
        try:
            __observe__('f1.r2#6', g4())
        except Exception as e:
            pass
        class C8:
            a = {}
            exec('__observe__(\'f1.r2.C8.x10#11\', locals())', a)
            __observe__('f1.r2.C8#12', a)
            __observe__('f1.r2.C8#14', {b for i in range(3)})
            __observe__('f1.r2.C8#16', locals())
        __observe__('f1.r2#17', locals())
    __observe__('f1#18', r2())
    __observe__('f1#20', locals())
__observe__('m#21', f1())
def c():
    __observe__('f23#24', locals())
    __observe__('f23#27', locals())
def f():
    __observe__('f30#31', [j - 20 for j in range(3)])
    __observe__('f30#33', vars())
    __observe__('f30#34', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
