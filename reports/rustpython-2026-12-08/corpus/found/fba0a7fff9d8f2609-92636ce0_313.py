# execdiff: versions=3.13 origin=campaign:ba0a7fff9d8f2609-92636ce0 xfail=vm
def a():
    try:
        __observe__('f1#2', x)
    except Exception as e:
        __observe__('f1#3', (type(e).__name__, str(e)))
    x = 0
    def b(n):
        nonlocal x
        if n:
            __observe__('f1.r4#5', b(n - 1))
        c = compile('n\n', '', 'single')
        exec(c)
        del x
    __observe__('f1#10', b(4))
try:
    __observe__('m#16', a())
except Exception as e:
    pass
