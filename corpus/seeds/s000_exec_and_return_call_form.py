# execdiff: versions=2.7,3.12,3.13 origin=seed:000_c8d2e9a1759bd7d1
# The same example written as exec(codeobj): an unqualified exec statement in 2.7,
# a plain function call in 3.x.
def exec_and_return(codeobj, x):
    exec(codeobj)
    return x

co1 = compile("x = x + 1", '', 'exec')
co2 = compile("del x", '', 'exec')

print(exec_and_return(co1, 1))
print(exec_and_return(co2, 1))
__observe__('co1', exec_and_return(co1, 1))
__observe__('co2', exec_and_return(co2, 1))
