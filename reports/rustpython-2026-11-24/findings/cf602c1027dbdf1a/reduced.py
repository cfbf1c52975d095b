def a(n):
    def b():
        nonlocal n
        try:
            del n
            v = 0
        finally:
            __observe__('r9.g11#16', locals())
    __observe__('r9#17', b())
    try:
        __observe__('r9#19', b())
    except Exception as e:
        __observe__('r9#20', (type(e).__name__, str(e)))
    __observe__('r9#21', locals())
__observe__('m#22', a(1))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
