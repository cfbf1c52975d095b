# execdiff: versions=2.7,3.12,3.13 origin=core
class G(object):
    real = 'r'
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'dyn:' + name
        raise AttributeError(name)
g = G()
print(g.real)
print(g.xyz)
try:
    g.other
except AttributeError as e:
    print("AttributeError: %s" % e)
__observe__('g', g)
