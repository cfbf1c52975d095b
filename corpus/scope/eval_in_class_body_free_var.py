# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    class C(object):
        y = x
        try:
            z = eval("x")
        except NameError as e:
            z = "NameError: %s" % e
    return C.y, C.z
print(f())
__observe__('r', f())
