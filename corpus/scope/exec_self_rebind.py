# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    def m(self):
        exec("self = None")
        return self is None
_result = C().m()
print(_result)
__observe__('result', _result)
