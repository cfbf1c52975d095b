# execdiff: versions=2.7,3.12,3.13 origin=example:a20 xfail=vm-2.7
def f():
    from os.path import *
    return join('a', 'b')
print(f())
