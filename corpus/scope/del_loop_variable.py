# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    for i in range(3):
        pass
    del i
    try:
        return i
    except NameError as e:
        return "%s: %s" % (type(e).__name__, e)
_result = f()
print(_result)
__observe__('result', _result)
