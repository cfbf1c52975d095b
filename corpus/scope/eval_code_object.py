# execdiff: versions=2.7,3.12,3.13 origin=scope
c = compile("a * 3", "<e>", "eval")
print(eval(c, {'a': 2}))
def f():
    a = 'ab'
    return eval(c)
_result = f()
print(_result)
__observe__('result', _result)
