# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    class C(object):
        try:
            exec("b = a + 1")
            r = 'ok'
        except NameError as e:
            r = "NameError: %s" % e
    return C.r
print(f())
__observe__('r', f())
