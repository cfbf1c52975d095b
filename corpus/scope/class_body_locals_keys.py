# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    a = 1
    def m(self):
        pass
    keys = sorted(k for k in list(locals().keys()) if not k.startswith('__'))
print(C.keys)
__observe__('keys', C.keys)
