import sys
z = 30 + 42
def f1(b=87):
    global z
    try:
        class C2:
            w = z
            try:
                c8 = compile('ns4 = {\'b\': w}\nexec(\'__observe__(\\\'f1.C2.x3.x5#6\\\', locals())\\n\', ns4)\nns4.pop(\'__builtins__\', None)\n__observe__(\'f1.C2.x3#7\', ns4)\n', '<gen>', 'exec')
                exec(c8)
            except Exception as e:
                __observe__('f1.C2#9', (type(e).__name__, str(e)))
            w += z
            __observe__('f1.C2#10', locals())
        w = z
        return b
    finally:
        __observe__('f1#11', locals())
try:
    __observe__('m#12', f1())
except Exception as e:
    __observe__('m#13', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
