def f1():
    def g2():
        def g4():
            b = {}
            exec('__observe__(\'f1.g2.g4.x8#9\', vars())', b)
            __observe__('f1.g2.g4#14', locals())
        __observe__('f1.g2#15', g4())
        __observe__('f1.g2#17', locals())
    __observe__('f1#18', g2())
    __observe__('f1#20', locals())
__observe__('m#21', f1())
def d():
    __observe__('f24#25', sys._getframe().f_locals)
    __observe__('f24#26', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
