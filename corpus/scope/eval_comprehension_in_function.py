# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    y = 1
    r1 = eval("[y for _ in range(2)]")
    try:
        r2 = eval("list(y for _ in range(2))")
    except NameError as e:
        r2 = "NameError: %s" % e
    return r1, r2
_result = f()
print(_result)
__observe__('result', _result)
