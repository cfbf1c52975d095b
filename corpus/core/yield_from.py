# execdiff: versions=3.12,3.13 origin=core
def inner():
    yield 1
    yield 2
    return 'inner done'
def outer():
    r = yield from inner()
    yield r
_result = list(outer())
print(_result)
__observe__('result', _result)
