# execdiff: versions=2.7,3.12,3.13 origin=scope
class D(dict):
    def __missing__(self, key):
        return 'missing:' + key
l = D()
exec("r = anything", {}, l)
print(l['r'])
g = D()
try:
    exec("r = anything", g)
    print(g['r'])
except NameError as e:
    print("NameError: %s" % e)
print(eval("other", {}, D()))
__observe__('l', dict(l))
