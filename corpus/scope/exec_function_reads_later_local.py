# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    try:
        exec("print(later)")
    except NameError as e:
        print("NameError: %s" % e)
    later = 1
    return later
_result = f()
print(_result)
__observe__('result', _result)
