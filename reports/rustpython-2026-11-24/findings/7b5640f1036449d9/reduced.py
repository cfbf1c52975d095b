def f1():
    if 0:
        __observe__('f1.r6#7', r6(n - 1))
    try:
        a = {}
        exec('__observe__(\'f1.r6.x9#10\', vars())\n', a)
    except Exception as e:
        __observe__('f1.r6#12', (type(e).__name__, str(e)))
    __observe__('f1.r6#13', locals())
    try:
        __observe__('f1#14', r6(5))
    except Exception as e:
        __observe__('f1#15', (type(e).__name__, str(e)))
    __observe__('f1#16', locals())
__observe__('m#17', f1())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
