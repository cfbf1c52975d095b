def f1():
    a = {}
    exec('__observe__(\'f1.g2.x4#6\', vars())', a)
    __observe__('f1.g2#12', locals())
    __observe__('f1#15', locals())
__observe__('m#16', f1())
try:
    __observe__('m#18', list((x for i in range(1))))
except Exception as e:
    pass
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
