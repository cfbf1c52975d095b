# execdiff: versions=3.12,3.13 origin=scope
def f():
    x = 1
    try:
        exec("nonlocal x")
    except SyntaxError as e:
        print("SyntaxError: %s" % e.msg)
    return x
_result = f()
print(_result)
__observe__('result', _result)
