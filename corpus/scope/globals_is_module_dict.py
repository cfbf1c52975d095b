# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    return globals() is sys.modules[__name__].__dict__
print(f())
_result = globals() is sys.modules['__main__'].__dict__
print(_result)
__observe__('result', _result)
