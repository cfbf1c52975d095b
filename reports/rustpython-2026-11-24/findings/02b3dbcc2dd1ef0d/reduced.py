def f1():
    class C7:
        c = {}
        exec('__observe__(\'f1.g6.C7.x9#10\', locals())', c)
        __observe__('f1.g6.C7#13', locals())
    __observe__('f1.g6#14', locals())
    __observe__('f1#17', locals())
__observe__('m#18', f1())
def d():
    __observe__('f20#21', dir())
    __observe__('f20#22', locals())
__observe__('m#25', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
