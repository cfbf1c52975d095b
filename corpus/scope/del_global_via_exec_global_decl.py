# execdiff: versions=2.7,3.12,3.13 origin=scope
gx = 1
def f():
    exec("global gx\ndel gx")
f()
print('gx' in globals())
__observe__('has', 'gx' in globals())
