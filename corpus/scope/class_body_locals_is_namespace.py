# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    d = locals()
    a = 1
print(C.d['d'] is C.d)
print(C.d is C.__dict__)
print(sorted(k for k in C.d if not k.startswith('__')))
__observe__('keys', sorted(k for k in C.d if not k.startswith('__')))
