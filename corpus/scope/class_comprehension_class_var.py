# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    a = [1, 2, 3]
    first = [x for x in a]
    try:
        second = [x + len(a) for x in a]
    except NameError as e:
        second = "NameError: %s" % e
print(C.first)
_result = C.second
print(_result)
__observe__('result', _result)
