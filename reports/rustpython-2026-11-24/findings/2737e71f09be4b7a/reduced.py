def r16():
    exec('a = {}\nexec(\'__observe__(\\\'r16.g18.x19.x21#22\\\', locals())\', a)\n__observe__(\'r16.g18.x19#23\', a)')
    __observe__('r16.g18#29', list((n for i in range(3))))
    exec('__observe__(\'r16.g18.x31#32\'')
    __observe__('r16.g18#34', locals())
    __observe__('r16#37', locals())
try:
    __observe__('m#38', r16())
except Exception as e:
    pass
def c():
    __observe__('f40#42', locals())
def d():
    try:
        __observe__('f45.r46#47', r46(n - 1))
        __observe__('f45.r46#48', {w for j in range(1)})
        __observe__('f45.r46#50', locals())
        __observe__('f45#51', r46(3))
    except Exception as e:
        __observe__('f45#52', (type(e).__name__, str(e)))
    __observe__('f45#53', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
