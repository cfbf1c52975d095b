# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    import sys as s
    from sys import maxsize
    d = locals()
    __observe__('keys', sorted(d.keys()))
    return sorted(d.keys())
print(f())
