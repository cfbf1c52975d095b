import sys
y = 46
z = y
v = 78
def f1():
    try:
        c = 27 + v
        return 13
    finally:
        __observe__('f1#2', locals())
try:
    __observe__('m#3', f1())
except Exception as e:
    __observe__('m#4', (type(e).__name__, str(e)))
try:
    exec('__observe__(\'m.x5#6\', dir())\nc = 13\nc -= 6\n')
except Exception as e:
    __observe__('m#7', (type(e).__name__, str(e)))
def f8(z=v, y=v):
    try:
        d = locals()
        print(z)
        return v + z
    finally:
        __observe__('f8#9', locals())
try:
    __observe__('m#10', f8(v, v))
except Exception as e:
    __observe__('m#11', (type(e).__name__, str(e)))
def f12(x):
    try:
        for c in range(1):
            c -= x
            try:
                __observe__('f12#13', {j: locals() for j in range(1)})
            except Exception as e:
                __observe__('f12#14', (type(e).__name__, str(e)))
        del c
        return x
    finally:
        __observe__('f12#15', locals())
try:
    __observe__('m#16', f12(v))
except Exception as e:
    __observe__('m#17', (type(e).__name__, str(e)))
def f18():
    try:
        __observe__('f18#19', locals())
        __observe__('f18#20', locals())
        return 20
    finally:
        __observe__('f18#21', locals())
try:
    __observe__('m#22', f18())
except Exception as e:
    __observe__('m#23', (type(e).__name__, str(e)))
try:
    z = z - v
    a = 77 * z + c
    __observe__('m#24', locals())
except Exception as e:
    __observe__('m#25', (type(e).__name__, str(e)))
try:
    exec(compile('globals()[\'y\'] = v\n__observe__(\'m.x26#27\', {a * i for i in range(3)})\n__observe__(\'m.x26#28\', locals())\n', '<gen>', 'exec'))
except Exception as e:
    __observe__('m#29', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
