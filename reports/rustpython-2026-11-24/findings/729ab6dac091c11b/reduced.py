def b():
    __observe__('f1#3', locals())
    __observe__('f1#4', locals())
def r45(v=0):
    __observe__('r45.r49#51', locals())
    try:
        f = {}
        exec('__observe__(\'r45.r49.x53.x54#55\', vars())', f)
    except Exception as e:
        __observe__('r45.r49#60', (type(e).__name__, str(e)))
    __observe__('r45.r49#61', locals())
    try:
        __observe__('r45#62', r49(54))
    except Exception as e:
        __observe__('r45#63', (type(e).__name__, str(e)))
    exec('__observe__(\'r45.x64#65\', [v for i in range(3)])\n__observe__(\'r45.x64.x66#67\', dir())')
    __observe__('r45#70', locals())
__observe__('m#71', r45())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
