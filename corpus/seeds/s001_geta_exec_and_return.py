# execdiff: versions=2.7 origin=seed:001_77084804897c0e2f
def geta():
    return a

def exec_and_return(codeobj, x):
    exec codeobj
    return x, geta(), a

a = 5
co = compile("a = a + x; x = a", '', 'exec')

print exec_and_return(co, 4)
print a
__observe__('result', exec_and_return(co, 4))
__observe__('a', a)
