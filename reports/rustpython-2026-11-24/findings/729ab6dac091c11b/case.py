import sys
b = 28
c = 13
w = c
def f1():
    try:
        if w > 35:
            h2 = (lambda x, a=c: 22)
            __observe__('f1#3', locals())
        return w
    finally:
        __observe__('f1#4', locals())
try:
    __observe__('m#5', f1())
except Exception as e:
    __observe__('m#6', (type(e).__name__, str(e)))
def f7():
    try:
        c = 69
        d = locals()
        c += c
        try:
            exec('__observe__(\'f7.x8#9\', {i: locals() for i in range(2)})\nexec(\'try:\\n    del b\\n    __observe__(\\\'f7.x8.x10#11\\\', dir())\\nexcept Exception as e:\\n    __observe__(\\\'f7.x8.x10#12\\\', (type(e).__name__, str(e)))\\n\')\n', globals(), locals())
        except Exception as e:
            __observe__('f7#13', (type(e).__name__, str(e)))
        if w > 28:
            pass
        return w
    finally:
        __observe__('f7#14', locals())
try:
    __observe__('m#15', f7())
except Exception as e:
    __observe__('m#16', (type(e).__name__, str(e)))
if False:
    w = 107
def f17(a, x, b=c):
    try:
        b += b
        sys._getframe().f_locals['y'] = b
        return 20
    finally:
        __observe__('f17#18', locals())
try:
    __observe__('m#19', f17(c, w))
except Exception as e:
    __observe__('m#20', (type(e).__name__, str(e)))
def f21(c, v, *, b=53 - 67):
    global w
    try:
        try:
            w = f7()
        except Exception as e:
            __observe__('f21#22', (type(e).__name__, str(e)))
        d = locals()
        try:
            exec(compile('if 44 * v > 38:\n    exec(\'try:\\n    del v\\n    y = b\\nexcept Exception as e:\\n    __observe__(\\\'f21.x23.x24#25\\\', (type(e).__name__, str(e)))\\nc = v * (c + 37)\\n\')\nexec(\'try:\\n    del w\\nexcept Exception as e:\\n    __observe__(\\\'f21.x23.x26#27\\\', (type(e).__name__, str(e)))\\nc = b\\nc += v\\n\')\ntry:\n    __observe__(\'f21.x23#28\', dir())\n    exec(\'try:\\n    __observe__(\\\'f21.x23.x29#30\\\', vars())\\n    x = 70\\n    b = 44\\nexcept Exception as e:\\n    __observe__(\\\'f21.x23.x29#31\\\', (type(e).__name__, str(e)))\\nz = x\\ny = w\\n\')\n    c = c\nexcept Exception as e:\n    __observe__(\'f21.x23#32\', (type(e).__name__, str(e)))\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f21#33', (type(e).__name__, str(e)))
        try:
            __observe__('f21#34', {b for i in range(3)})
        except Exception as e:
            __observe__('f21#35', (type(e).__name__, str(e)))
        def r36(n):
            global c
            try:
                if n > 0:
                    __observe__('f21.r36#37', r36(n - 1))
                print(n)
                try:
                    del locals()['w']
                except Exception as e:
                    __observe__('f21.r36#38', (type(e).__name__, str(e)))
                v = n + c
                return 19
            finally:
                __observe__('f21.r36#39', locals())
        try:
            __observe__('f21#40', r36(2))
        except Exception as e:
            __observe__('f21#41', (type(e).__name__, str(e)))
        return 4
    finally:
        __observe__('f21#42', locals())
try:
    __observe__('m#43', f21(c, c))
except Exception as e:
    __observe__('m#44', (type(e).__name__, str(e)))
def r45(n, v=99, *, b=c):
    global w
    try:
        if n > 0:
            __observe__('r45#46', r45(n - 1, v))
        d = locals()
        try:
            __observe__('r45#47', f1())
        except Exception as e:
            __observe__('r45#48', (type(e).__name__, str(e)))
        def r49(n, a):
            nonlocal b
            try:
                if n > 0:
                    __observe__('r45.r49#50', r49(n - 1, a))
                del b
                __observe__('r45.r49#51', locals())
                try:
                    ns52 = {'a': v, 'y': a}
                    exec('exec(\'try:\\n    try:\\n        if 0:\\n            w = 160\\n        __observe__(\\\'r45.r49.x53.x54#55\\\', vars())\\n    except Exception as e:\\n        __observe__(\\\'r45.r49.x53.x54#56\\\', (type(e).__name__, str(e)))\\nexcept Exception as e:\\n    __observe__(\\\'r45.r49.x53.x54#57\\\', (type(e).__name__, str(e)))\\nfor x in range(3):\\n    x = w\\n\', globals())\nif False:\n    x = 103\n__observe__(\'r45.r49.x53#58\', dir())\n', ns52)
                    ns52.pop('__builtins__', None)
                    __observe__('r45.r49#59', ns52)
                except Exception as e:
                    __observe__('r45.r49#60', (type(e).__name__, str(e)))
                n -= n
                return 76
            finally:
                __observe__('r45.r49#61', locals())
        try:
            __observe__('r45#62', r49(1, 54))
        except Exception as e:
            __observe__('r45#63', (type(e).__name__, str(e)))
        w = 89
        try:
            exec('try:\n    __observe__(\'r45.x64#65\', [v for i in range(3)])\n    exec(\'if 0:\\n    v = 197\\n__observe__(\\\'r45.x64.x66#67\\\', dir())\\n\')\nexcept Exception as e:\n    __observe__(\'r45.x64#68\', (type(e).__name__, str(e)))\n', globals=globals(), locals=locals())
        except Exception as e:
            __observe__('r45#69', (type(e).__name__, str(e)))
        return 6
    finally:
        __observe__('r45#70', locals())
try:
    __observe__('m#71', r45(4))
except Exception as e:
    __observe__('m#72', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
