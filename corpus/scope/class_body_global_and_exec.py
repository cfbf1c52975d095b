# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    global gg
    exec("gg = 1")
    gg2 = 'set'
print(hasattr(C, 'gg'))
print('gg' in globals())
__observe__('has', (hasattr(C, 'gg'), 'gg' in globals()))
