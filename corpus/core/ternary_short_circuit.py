# execdiff: versions=2.7,3.12,3.13 origin=core
print(0 or 'x')
print('' or [] or 'last')
print([] and 1)
print(1 and 2)
print(None or 0)
x = 5
print('big' if x > 3 else 'small')
def side(v):
    print("side %r" % (v,))
    return v
r = side(0) and side(1)
print(r)
__observe__('x', x)
__observe__('r', r)
