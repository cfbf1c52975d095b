# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("from sys import maxsize")
    return 'maxsize' in locals()
print(f())
__observe__('r', f())
