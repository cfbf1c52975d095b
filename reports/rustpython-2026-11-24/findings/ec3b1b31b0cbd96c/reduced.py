import sys
def f1():
    def g2():
        b = {}
        exec('__observe__(\'f1.g2.r3.x6#8\', locals())', b)
        __observe__('f1.g2.r3#9', b)
        __observe__('f1.g2.r3#11', locals())
        exec('__observe__(\'f1.g2.x14#15\', dir())\n__observe__(\'f1.g2.x14#18\', list((i for i in range(1))))')
        __observe__('f1.g2#20', locals())
    __observe__('f1#21', g2())
    __observe__('f1#23', locals())
__observe__('m#24', f1())
__observe__('m#26', {80 + i for i in range(2)})
__observe__('m#31', sys._getframe().f_locals)
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
