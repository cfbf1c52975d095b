import sys
try:
    L = long(5)
except NameError:
    L = 5
__observe__("bool", True)
__observe__("int", 1)
__observe__("long", L)
__observe__("huge", 10**5000)
__observe__("neghuge", -(2**4001))
__observe__("edge", 2**4000 - 1)
__observe__("float", 0.1)
__observe__("nan", float("nan"))
__observe__("bytes", b"a\xff\xe2\x82")
__observe__("text", u"caf\u00e9 \"q\"\n\x01")
d = {"k": 1}
d["me"] = d
__observe__("selfdict", d)
lst = [1, [2]]
lst.append(lst)
__observe__("selflist", lst)
__observe__("dict_again", d)
def outer():
    x = 1
    def inner():
        return x
    return inner
fn = outer()
__observe__("func", fn)
__observe__("lambda", lambda: 0)
__observe__("cell", fn.__closure__[0])
def empty_cell():
    def k():
        return z
    __observe__("empty_cell", k.__closure__[0])
    z = 1
empty_cell()
class Node(object):
    pass
top = Node(); a = Node(); b = Node(); c = Node()
top.child = a; a.child = b; b.child = c; c.leaf = 1
__observe__("instances", top)
__observe__("class", Node)
class Hostile(dict):
    def __iter__(self):
        print("HOSTILE iter")
        return iter([])
    def items(self):
        print("HOSTILE items")
        return []
    def keys(self):
        print("HOSTILE keys")
        return []
h = Hostile()
h["x"] = 1
__observe__("hostile", h)
class DictProp(object):
    @property
    def __dict__(self):
        print("HOSTILE __dict__")
        return {}
p = DictProp()
p.y = 2
__observe__("dict_property", p)
class Liar(object):
    @property
    def __class__(self):
        print("HOSTILE __class__")
        return int
__observe__("liar", Liar())
def frame_locals():
    v = 3
    return sys._getframe().f_locals
__observe__("f_locals", frame_locals())
class Old:
    pass
o = Old()
o.v = 1
__observe__("old_instance", o)
__observe__("old_class", Old)
__observe__("cap", list(range(2500)))
print(__observe__("ret", 0))
