# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    exec("made = 3")
    doubled = made * 2
print(C.made)
print(C.doubled)
__observe__('d', C.doubled)
