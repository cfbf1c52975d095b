# execdiff: versions=2.7,3.12,3.13 origin=seed:001_77084804897c0e2f
def geta():
    return a

def exec_and_return(codeobj, x):
    exec(codeobj)
    __observe__('locals', locals())
    return x, geta(), a

a = 5
co = compile("a = a + x; x = a", '', 'exec')

print(exec_and_return(co, 4))
print(a)
__observe__('a', a)
