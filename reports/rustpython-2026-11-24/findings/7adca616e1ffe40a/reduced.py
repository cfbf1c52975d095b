def f1():
    class C2:
        b = compile('a = {}\nexec(\'__observe__(\\\'f1.C2.x3.x5#6\\\', locals())\\n\', a)', '', 'exec')
        exec(b)
        __observe__('f1.C2#10', locals())
    __observe__('f1#11', locals())
__observe__('m#12', f1())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
