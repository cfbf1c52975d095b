# execdiff: versions=2.7,3.12,3.13 origin=example:b18
def f():
    a = 1
    r = [locals() for x in [1]][0]
    print("r is locals(): %r" % (r is locals()))
    print("'x' in r: %r; 'x' in locals(): %r" % ('x' in r, 'x' in locals()))
f()
