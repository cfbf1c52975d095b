import sys
x = 57
c = x
def f1(y, b=c):
    try:
        c = y
        a = 59
        x = y
        print(6 - c)
        return b
    finally:
        __observe__('f1#2', locals())
try:
    __observe__('m#3', f1(x, 14))
except Exception as e:
    __observe__('m#4', (type(e).__name__, str(e)))
try:
    exec('try:\n    w = 65\n    c = c * 65\nexcept Exception as e:\n    __observe__(\'m.x5#6\', (type(e).__name__, str(e)))\nprint(c)\nexec(\'z = 23 - c\\nc = w\\ntry:\\n    for w in range(3):\\n        __observe__(\\\'m.x5.x7#8\\\', {j + 55 for j in range(3)})\\nexcept Exception as e:\\n    __observe__(\\\'m.x5.x7#9\\\', (type(e).__name__, str(e)))\\n\')\n')
except Exception as e:
    __observe__('m#10', (type(e).__name__, str(e)))
if False:
    x = 136
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
