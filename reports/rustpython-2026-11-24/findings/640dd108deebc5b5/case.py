import sys
b = 70
def f1(y=b, x=b):
    try:
        try:
            ns2 = {'a': x}
            exec('__observe__(\'f1.x3#4\', vars())\nv = a\n', ns2)
            ns2.pop('__builtins__', None)
            __observe__('f1#5', ns2)
        except Exception as e:
            __observe__('f1#6', (type(e).__name__, str(e)))
        return b + b
    finally:
        __observe__('f1#7', locals())
try:
    __observe__('m#8', f1(b, 81))
except Exception as e:
    __observe__('m#9', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
