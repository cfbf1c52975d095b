# execdiff: versions=2.7,3.12,3.13 origin=seed:004_0085b14c16886dfa
x = 1
def foo():
    exec('x=2')
    exec('print(x)') # 1
    print(x) # UnboundLocalError
    if False:
        x = 1 # Never executed, and optimized out of the function, still has an effect

foo()
print(x)
