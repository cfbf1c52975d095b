# execdiff: versions=2.7,3.12,3.13 origin=example:a19
class C(object):
    v = 1
    exec("z = 5; v = 2")
    locals()['w'] = 6
print("C.z=%r C.w=%r C.v=%r" % (C.z, C.w, C.v))
def f():
    class D(object):
        exec("z = 5")
        q = z
    return D.q
print("class inside function: D.q=%r" % f())
