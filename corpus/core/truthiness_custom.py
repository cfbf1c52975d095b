# execdiff: versions=2.7,3.12,3.13 origin=core
class L(object):
    def __len__(self):
        return 0
class B(object):
    def __bool__(self):
        return False
    __nonzero__ = __bool__
class Plain(object):
    pass
print(bool(L()))
print(bool(B()))
print(bool(Plain()))
_result = not L()
print(_result)
__observe__('result', _result)
