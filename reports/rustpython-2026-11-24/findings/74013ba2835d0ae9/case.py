import sys
x = 88
a = 29
def f1():
    try:
        pass
        return a
    finally:
        __observe__('f1#2', locals())
try:
    __observe__('m#3', f1())
except Exception as e:
    __observe__('m#4', (type(e).__name__, str(e)))
try:
    exec('__observe__(\'m.x5#6\', dir())\nc = 44\nc += x\n')
except Exception as e:
    __observe__('m#7', (type(e).__name__, str(e)))
def f8():
    try:
        try:
            c12 = compile('__observe__(\'f8.x9#10\', locals())\nexec(\'del a\\ndel x\\n\')\n', '<gen>', 'exec')
            exec(c12, globals(), locals())
        except Exception as e:
            __observe__('f8#13', (type(e).__name__, str(e)))
        return 31
    finally:
        __observe__('f8#14', locals())
try:
    __observe__('m#15', f8())
except Exception as e:
    __observe__('m#16', (type(e).__name__, str(e)))
def f17():
    try:
        pass
        return 60
    finally:
        __observe__('f17#18', locals())
try:
    __observe__('m#19', f17())
except Exception as e:
    __observe__('m#20', (type(e).__name__, str(e)))
def r21(n, c=99, b=62):
    try:
        if n > 0:
            __observe__('r21#22', r21(n - 1, c, b))
        try:
            ns23 = {'a': x, 'y': c + 8}
            exec('__observe__(\'r21.x24#25\', locals())\ntry:\n    del y\nexcept Exception as e:\n    __observe__(\'r21.x24#26\', (type(e).__name__, str(e)))\n', ns23)
            ns23.pop('__builtins__', None)
            __observe__('r21#27', ns23)
        except Exception as e:
            __observe__('r21#28', (type(e).__name__, str(e)))
        try:
            exec('w = 70\nw -= c\nexec(\'__observe__(\\\'r21.x29.x30#31\\\', locals())\\n__observe__(\\\'r21.x29.x30#32\\\', locals())\\n\', globals(), locals())\n', globals(), locals())
        except Exception as e:
            __observe__('r21#33', (type(e).__name__, str(e)))
        return 39
    finally:
        __observe__('r21#34', locals())
try:
    __observe__('m#35', r21(4, 41))
except Exception as e:
    __observe__('m#36', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
