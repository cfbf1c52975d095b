import sys
b = 75
x = b
def f1():
    try:
        try:
            ns2 = {'x': 66}
            exec('exec(\'y = x\\n__observe__(\\\'f1.x3.x4#5\\\', locals())\\n\')\nexec(\'c = y - 1\\n\')\nz = x\n', ns2)
            ns2.pop('__builtins__', None)
            __observe__('f1#7', ns2)
        except Exception as e:
            __observe__('f1#8', (type(e).__name__, str(e)))
        return b * 50
    finally:
        __observe__('f1#9', locals())
try:
    __observe__('m#10', f1())
except Exception as e:
    __observe__('m#11', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
