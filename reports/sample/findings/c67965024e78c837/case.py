import sys
c = 11 * 59
a = c
y = c
def f1(y=a + y, w=a):
    try:
        try:
            exec 'try:\n    ns3 = {\'b\': 23 * 47, \'c\': w, \'z\': 50}\n    exec (\'x = z\\n__observe__(\\\'f1.x2.x4#5\\\', locals())\\n\', ns3)\n    ns3.pop(\'__builtins__\', None)\n    __observe__(\'f1.x2#6\', ns3)\n    a = 53\n    v = c\nexcept Exception as e:\n    __observe__(\'f1.x2#7\', (type(e).__name__, str(e)))\na += 40\nw = v\n'
        except Exception as e:
            __observe__('f1#8', (type(e).__name__, str(e)))
        try:
            exec 'try:\n    for a in range(2):\n        __observe__(\'f1.x9#10\', globals().get(\'a\'))\n        __observe__(\'f1.x9#11\', locals())\n        c14 = compile(\'x = 30 * (50 * c)\\nw = 72 - 95\\n__observe__(\\\'f1.x9.x12#13\\\', vars())\\n\', \'<gen>\', \'exec\')\n        exec c14\nexcept Exception as e:\n    __observe__(\'f1.x9#15\', (type(e).__name__, str(e)))\n'
        except Exception as e:
            __observe__('f1#16', (type(e).__name__, str(e)))
        return a
    finally:
        __observe__('f1#17', locals())
try:
    __observe__('m#18', f1(y, y - 96))
except Exception as e:
    __observe__('m#19', (type(e).__name__, str(e)))
def f20():
    try:
        h21 = (lambda x: y)
        h22 = (lambda y, b=a: a)
        def g23(x):
            try:
                def g24(w=y, z=a):
                    try:
                        try:
                            exec ('a = y\ndel locals()[\'y\']\n', globals(), locals())
                        except Exception as e:
                            __observe__('f20.g23.g24#26', (type(e).__name__, str(e)))
                        try:
                            __observe__('f20.g23.g24#27', list((15 for i in range(2))))
                        except Exception as e:
                            __observe__('f20.g23.g24#28', (type(e).__name__, str(e)))
                        return w * c
                    finally:
                        __observe__('f20.g23.g24#29', locals())
                try:
                    v = h21(1)
                except Exception as e:
                    __observe__('f20.g23#30', (type(e).__name__, str(e)))
                class C31:
                    x = c
                    __observe__('f20.g23.C31#32', dir())
                    __observe__('f20.g23.C31#33', locals())
                    __observe__('f20.g23.C31#34', locals())
                return 39
            finally:
                __observe__('f20.g23#35', locals())
        return 81
    finally:
        __observe__('f20#36', locals())
try:
    __observe__('m#37', f20())
except Exception as e:
    __observe__('m#38', (type(e).__name__, str(e)))
b = c * a
x = b * (86 + 29)
def f39(c):
    global x
    try:
        try:
            exec (compile('try:\n    for c in range(2):\n        __observe__(\'f39.x40#41\', {31 * 93 for i in range(3)})\n        x = 30\nexcept Exception as e:\n    __observe__(\'f39.x40#42\', (type(e).__name__, str(e)))\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f39#43', (type(e).__name__, str(e)))
        __observe__('f39#44', globals().get('v'))
        return 53
    finally:
        __observe__('f39#45', locals())
try:
    __observe__('m#46', f39(c))
except Exception as e:
    __observe__('m#47', (type(e).__name__, str(e)))
if False:
    w = 194
def f48():
    try:
        z = b
        z -= a + x
        try:
            __observe__('f48#49', [locals() for j in range(2)])
        except Exception as e:
            __observe__('f48#50', (type(e).__name__, str(e)))
        j -= j * 80
        return 21
    finally:
        __observe__('f48#51', locals())
try:
    __observe__('m#52', f48())
except Exception as e:
    __observe__('m#53', (type(e).__name__, str(e)))
w = 34
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
