# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
class C(object):
    fl = sys._getframe().f_locals
    fl['via_f_locals'] = 'yes'
    same = fl is locals()
print(C.via_f_locals)
print(C.same)
_result = type(C.fl).__name__
print(_result)
__observe__('result', _result)
