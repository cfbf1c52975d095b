# execdiff: versions=2.7,3.12,3.13 origin=core
class A(object): pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print(D.__bases__[0].__name__)
_result = D.__name__
print(_result)
__observe__('result', _result)
