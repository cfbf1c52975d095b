def f1():
    class C2:
        b = {}
        exec('__observe__(\'f1.C2.x4#5\', locals())', b)
        __observe__('f1.C2#8', locals())
    __observe__('f1#9', locals())
__observe__('m#10', f1())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
