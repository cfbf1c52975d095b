# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    ns = {}
    exec("class K(object):\n    v = 7\n    def m(self):\n        return self.v + 1\n", ns)
    k = ns['K']()
    print(k.m())
    print(ns['K'].__name__)
    __observe__('m', k.m())
f()
