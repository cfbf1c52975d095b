# execdiff: versions=3.12,3.13 origin=scope
class C:
    def m(self):
        return __class__
    def n(self):
        super()
        return sorted(locals().keys())
print(C().m().__name__)
print(C().n())
print(C.n.__code__.co_freevars)
__observe__('n', C().n())
