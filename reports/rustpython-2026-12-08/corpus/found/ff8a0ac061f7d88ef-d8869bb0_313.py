# execdiff: versions=3.13 origin=campaign:f8a0ac061f7d88ef-d8869bb0 xfail=vm
import sys
z = 44
a = z
def f1(z=z):
    global a
    try:
        try:
            __observe__('f1#2', list((z - 25 for j in range(3))))
        except Exception as e:
            __observe__('f1#3', (type(e).__name__, str(e)))
        __observe__('f1#4', vars())
        __observe__('f1#5', locals())
        def r6(n):
            nonlocal z
            try:
                if n > 0:
                    __observe__('f1.r6#7', r6(n - 1))
                try:
                    exec(compile('def f():\n    a = 1\n    def g():\n        __observe__(\'f1.r6#8\', a)\n        nonlocal a\n        a = 3\n        return a\n    return g(), a\n__observe__(\'f1.r6#9\', f())\n', '<gen>', 'exec'), {})
                except Exception as e:
                    __observe__('f1.r6#11:invalid', (type(e).__name__, str(e)))
                n -= n - 84
                try:
                    exec('__observe__(\'f1.r6.x12#13\', {j: j for j in range(3)})\nexec(\'for n in range(1):\\n    try:\\n        __observe__(\\\'f1.r6.x12.x14#15\\\', -2.5 // -19)\\n    except Exception as e:\\n        __observe__(\\\'f1.r6.x12.x14#16\\\', (type(e).__name__, str(e)))\\n    __observe__(\\\'f1.r6.x12.x14#17\\\', {a for i in range(1)})\\n    print(n)\\nv = a\\n\', globals=globals(), locals=locals())\n')
                except Exception as e:
                    __observe__('f1.r6#18', (type(e).__name__, str(e)))
                d = locals()
                locals()
                __observe__('f1.r6#19', d)
                n -= 16
                return a
            finally:
                __observe__('f1.r6#20', locals())
        try:
            __observe__('f1#21', r6(1))
        except Exception as e:
            __observe__('f1#22', (type(e).__name__, str(e)))
        __observe__('f1#23', locals())
        return 12 + 8
    finally:
        __observe__('f1#24', locals())
try:
    __observe__('m#25', f1())
except Exception as e:
    __observe__('m#26', (type(e).__name__, str(e)))
w = z
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
