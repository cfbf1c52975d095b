# execdiff: versions=2.7,3.12,3.13 origin=core
def gen():
    a = 1
    yield sorted(locals().keys())
    b = 2
    yield sorted(locals().keys())
_result = list(gen())
print(_result)
__observe__('result', _result)
