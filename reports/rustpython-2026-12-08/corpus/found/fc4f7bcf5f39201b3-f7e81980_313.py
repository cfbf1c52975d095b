# execdiff: versions=3.13 origin=campaign:c4f7bcf5f39201b3-f7e81980 xfail=vm
import sys
x = 34
c = x
x = x
def f1(b=c, w=x):
    try:
        sys._getframe().f_locals['a'] = 54 * 1
        try:
            del sys._getframe().f_locals['a']
        except Exception as e:
            __observe__('f1#2', (type(e).__name__, str(e)))
        try:
            exec(compile('__observe__(\'f1.x3#4\', sorted(((k, v) for k, v in locals().items() if k[:2] != \'__\')))\n__observe__(\'f1.x3#5\', {b for j in range(1)})\n', '<gen>', 'exec'))
        except Exception as e:
            __observe__('f1#6', (type(e).__name__, str(e)))
        return w
    finally:
        __observe__('f1#7', locals())
try:
    __observe__('m#8', f1(45, 24))
except Exception as e:
    __observe__('m#9', (type(e).__name__, str(e)))
c -= 9
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
