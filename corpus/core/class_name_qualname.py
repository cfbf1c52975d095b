# execdiff: versions=3.12,3.13 origin=core
class Outer:
    class Inner:
        def m(self):
            pass
    def meth(self):
        def local():
            pass
        return local
print(Outer.Inner.__qualname__)
print(Outer.Inner.m.__qualname__)
print(Outer().meth().__qualname__)
_result = Outer.__name__
print(_result)
__observe__('result', _result)
