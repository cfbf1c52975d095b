def f6():
    class C11:
        a = {}
        exec('__observe__(\'f6.g8.C11.x12.x14#15\', locals())\n', a)
        __observe__('f6.g8.C11#18', locals())
    __observe__('f6.g8#19', locals())
    __observe__('f6#22', locals())
__observe__('m#23', f6())
def b():
    __observe__('f25#29', locals())
exec('__observe__(\'m.x39#40\', locals())\n__observe__(\'m.x39#41\', vars())\n__observe__(\'m.x39#42\', {i: locals() for i in range(1)})\n')
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
