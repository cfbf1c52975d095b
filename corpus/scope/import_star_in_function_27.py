# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    from sys import *
    return 'maxsize' in locals(), maxsize > 0
print(f())
