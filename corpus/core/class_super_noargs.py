# execdiff: versions=3.12,3.13 origin=core
class A:
    def f(self):
        return 'A'
class B(A):
    def f(self):
        return 'B' + super().f()
_result = B().f()
print(_result)
__observe__('result', _result)
