# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    try:
        return list(eval("a") for _ in range(2))
    except NameError as e:
        return "NameError: %s" % e
_result = f()
print(_result)
__observe__('result', _result)
