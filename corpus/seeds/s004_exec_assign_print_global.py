# execdiff: versions=2.7,3.12,3.13 origin=seed:004_0085b14c16886dfa
x = 1
def foo():
    exec('x=2')
    exec('print(x)') # 2
    print(x) # 1

foo()
print(x) # 1
__observe__('x', x)
