# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    exec("def m(self):\n    return 'made by exec'")
print(C().m())
print(C.m.__name__)
__observe__('m', C().m())
