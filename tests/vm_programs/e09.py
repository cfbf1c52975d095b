def f():
    x = 'fx'
    class C(object):
        x = 'cx'
        y = x
        def m(self):
            return x
    return C
C = f()
print(C.y, C().m())
