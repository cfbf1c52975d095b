# execdiff: versions=2.7 origin=seed:000_c8d2e9a1759bd7d1
def exec2(a, b, co):
    x = a + b
    exec co
    return x

def exec_and_return(codeobj, x):
    exec codeobj
    return x

co = compile("x = x * 10", '', 'exec')
print exec2(1, 2, co)
print exec_and_return(co, 3)
__observe__('exec2', exec2(4, 5, co))
