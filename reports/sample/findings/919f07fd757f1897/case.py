import sys
y = 76
y = y
def f1():
    global y
    try:
        try:
            exec 'print y + y\nns3 = {}\nexec (\'del locals()[\\\'w\\\']\\nif 0:\\n    a = 159\\na = a\\n\', ns3)\nns3.pop(\'__builtins__\', None)\n__observe__(\'f1.x2#5\', ns3)\n' in globals(), locals()
        except Exception as e:
            __observe__('f1#6', (type(e).__name__, str(e)))
        del y
        for c in range(2):
            try:
                w = eval(compile('c', '<gen>', 'eval'))
            except Exception as e:
                __observe__('f1#8', (type(e).__name__, str(e)))
            __observe__('f1#9', locals())
        return c
    finally:
        __observe__('f1#10', locals())
try:
    __observe__('m#11', f1())
except Exception as e:
    __observe__('m#12', (type(e).__name__, str(e)))
def f13(w, x=39):
    global y
    try:
        del x
        def g14():
            try:
                try:
                    exec ('z = y\nprint 48\ny -= 54\n', globals(), locals())
                except Exception as e:
                    __observe__('f13.g14#16', (type(e).__name__, str(e)))
                b = w
                if 0:
                    v = 112
                a = w
                if False:
                    b = 138
                __observe__('f13.g14#17', globals().get('z'))
                return w
            finally:
                __observe__('f13.g14#18', locals())
        try:
            __observe__('f13#19', g14())
        except Exception as e:
            __observe__('f13#20', (type(e).__name__, str(e)))
        try:
            __observe__('f13#21', f1())
        except Exception as e:
            __observe__('f13#22', (type(e).__name__, str(e)))
        return 84
    finally:
        __observe__('f13#23', locals())
try:
    __observe__('m#24', f13(19))
except Exception as e:
    __observe__('m#25', (type(e).__name__, str(e)))
if 0:
    v = 162
def f26(z=99):
    try:
        try:
            v = eval('45', {'v': 12})
        except Exception as e:
            __observe__('f26#28', (type(e).__name__, str(e)))
        if z > 0:
            c = z + (19 + z)
        __observe__('f26#29', locals())
        return 41
    finally:
        __observe__('f26#30', locals())
try:
    __observe__('m#31', f26(14))
except Exception as e:
    __observe__('m#32', (type(e).__name__, str(e)))
d = locals()
w = 93 * 35
def f33():
    try:
        try:
            exec compile('exec \'for w in range(1):\\n    if w > 45:\\n        __observe__(\\\'f33.x34.x35#36\\\', locals())\\n    __observe__(\\\'f33.x34.x35#37\\\', locals())\\n\'\n', '<gen>', 'exec') in globals(), locals()
        except Exception as e:
            __observe__('f33#38', (type(e).__name__, str(e)))
        return 1
    finally:
        __observe__('f33#39', locals())
try:
    __observe__('m#40', f33())
except Exception as e:
    __observe__('m#41', (type(e).__name__, str(e)))
print 79 * 39
try:
    __observe__('m#43', eval('v - 13', {'c': y, 'v': w, 'w': 24 + 43}))
except Exception as e:
    __observe__('m#44', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
