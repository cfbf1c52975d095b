# execdiff: versions=3.12,3.13 origin=scope
def f():
    class C:
        def m(self):
            pass
    return C
print(f().__qualname__)
print(f().m.__qualname__)
__observe__('cls', f())
