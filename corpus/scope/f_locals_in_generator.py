# execdiff: versions=2.7,3.12,3.13 origin=scope
def gen():
    a = 1
    yield 'first'
    yield a
g = gen()
next(g)
fl = g.gi_frame.f_locals
print(type(fl).__name__)
print(sorted(fl.keys()))
fl['a'] = 99
_result = next(g)
print(_result)
__observe__('result', _result)
