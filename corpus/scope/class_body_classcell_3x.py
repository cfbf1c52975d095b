# execdiff: versions=3.12,3.13 origin=scope
class C:
    def m(self):
        return super().__class__.__name__
    keys = sorted(k for k in list(locals()) if k.startswith('__'))
print(C.keys)
print(C().m())
print('__classcell__' in C.__dict__)
