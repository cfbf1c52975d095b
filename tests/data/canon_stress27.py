# Values for the 2.7 canonicalisers (the script worker's C walk, harness/walk27/walk.c, against
# sitecustomize.py): escapes, non-ASCII, self-reference, both caps, nesting 29-31, every kind.
import sys
def f(): pass
def g(): pass
g.__name__ = 'we"ird\n'
d = {'a': 1, 'b': [1, 2, (3, 'x')], u'c': u'uni\t"q"\\', 'd': None, 'e': True, 'f': f, 'g': g}
__observe__('d', d)
__observe__('d again', [d, d, f])
__observe__('strs', ['\x00\x1f\x7f ok', 'caf\xc3\xa9', u'caf\xe9', '\xff', u'\ud800', ''])
__observe__('ascii ok', ['plain', u'plain', '\n\t\r'])
lst = [1]
lst.append(lst)
__observe__('self', lst)
__observe__('big', range(2500))
__observe__('bigdict', dict((i, i) for i in range(1200)))
nested = []
cur = nested
for i in range(35):
    nxt = []
    cur.append(nxt)
    cur = nxt
__observe__('nested', nested)
__observe__('nested 29', eval('[' * 29 + ']' * 29))
__observe__('nested 30', eval('[' * 30 + ']' * 30))
__observe__('nested 31', eval('[' * 31 + ']' * 31))
__observe__('mixed', [1, 2L, 3.5, sys, f, (f, g), {(1, 2): [f]}])
__observe__('after mixed', [sys, f, g, d])
__observe__('builtins', __builtins__.__dict__)
__observe__('builtins again', [__builtins__.__dict__])
__observe__('ints', [sys.maxint, -sys.maxint - 1, 0, -1, True, False])
class Old: pass
__observe__('old', [Old, Old(), {}])
__observe__('tuple', ())
__observe__('tuples', ((), (1,), ((1, 2), [3])))
def h():
    x = 1
    y = [x]
    __observe__('locals', locals())
    __observe__('locals2', [locals() for i in range(3)])
h()
import types
m1 = types.ModuleType('m1'); m1.__name__ = 5
m2 = types.ModuleType('m2'); m2.__name__ = u'uni'
m3 = types.ModuleType('m3'); del m3.__name__
class OldC: pass
class NewC(object): pass
class MyMod(types.ModuleType): pass
__observe__('others', [set([1, 'a', (1, 2)]), frozenset([3]), set(), xrange(3), iter([]), NameError('x'), KeyError, ValueError('v'), sys, m1, m2, m3, f.__code__, OldC, NewC, MyMod('mm'), sys.stdout, len, [].append, NewC().__init__, Ellipsis, NotImplemented, slice(1, 2), property(), 1.5, 2L, 3j, object(), type, OldC(), NewC(), types.FunctionType])
__observe__('others again', [sys, OldC, m1])
cset = [set([1, 'a', (1, 2)]), frozenset([3]), set(), xrange(3), iter([]), NameError('x'), ValueError('v'), sys, m1, m2, m3, f.__code__, OldC, sys.stdout, Ellipsis, NotImplemented, slice(1, 2), property(), {'k': sys}]
__observe__('c others', cset)
__observe__('c others again', [cset, m1, OldC, f.__code__])
