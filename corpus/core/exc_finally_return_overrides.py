# execdiff: versions=2.7,3.12,3.13 origin=core
def f():
    try:
        return 'try'
    finally:
        return 'finally'
def g():
    try:
        raise KeyError('k')
    finally:
        return 'swallowed'
print(f())
_result = g()
print(_result)
__observe__('result', _result)
