import sys
c = 10
w = 85
def f1():
    try:
        for x in range(1):
            x -= 85
        return c
    finally:
        __observe__('f1#2', locals())
try:
    __observe__('m#3', f1())
except Exception as e:
    __observe__('m#4', (type(e).__name__, str(e)))
try:
    exec(compile('__observe__(\'m.x5#6\', locals())\nns7 = {\'b\': c + w}\nexec(\'__observe__(\\\'m.x5.x8#9\\\', locals())\\n\', ns7)\nns7.pop(\'__builtins__\', None)\n__observe__(\'m.x5#10\', ns7)\ndel c\n', '<gen>', 'exec'))
except Exception as e:
    __observe__('m#11', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
