def f():
    x = 'fx'
    class C(object):
        y = x
        x = 'cx'
        z = x
    return C
C = f()
print(C.y, C.z)
