# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("made = 1")
    return dir()
_result = f()
print(_result)
__observe__('result', _result)
