# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    a = 1
    b = 2
    del a
print(hasattr(C, 'a'))
print(C.b)
class D(object):
    del undefined_name
