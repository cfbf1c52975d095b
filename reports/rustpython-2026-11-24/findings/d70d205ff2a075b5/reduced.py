def f1():
    b = {}
    exec('__observe__(\'f1.r2.r15.x19#20\', vars())', b)
    __observe__('f1.r2.r15#25', locals())
    __observe__('f1.r2#28', locals())
    __observe__('f1#31', locals())
__observe__('m#32', f1())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
