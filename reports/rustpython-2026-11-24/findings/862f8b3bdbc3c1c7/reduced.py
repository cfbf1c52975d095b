def b():
    __observe__('f1#5', locals())
def f18():
    def r37():
        class C40:
            d = {}
            exec('__observe__(\'f18.r37.g39.C40.x42.x43#45\', locals())', d)
            __observe__('f18.r37.g39.C40#54', locals())
        __observe__('f18.r37.g39#64', locals())
        __observe__('f18.r37#67', locals())
    __observe__('f18#68', r37())
    __observe__('f18#70', locals())
__observe__('m#71', f18())
exec('__observe__(\'m.x73#74\', locals())')
def f():
    __observe__('f79#89', locals())
__observe__('m#92', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
