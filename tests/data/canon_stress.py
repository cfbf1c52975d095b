# Values for the canonicalisers on 3.x (the embedded worker's Rust walk against sitecustomize.py):
# every rule, both caps, surrogates, invalid bytes, huge ints under a lowered digit limit.
import sys, types
class I(int): pass
class F(float): pass
class S(str): pass
class B(bytes): pass
class T(tuple): pass
class D(dict): pass
class L(list): pass
class St(set): pass
class Fs(frozenset): pass
class C(complex): pass
__observe__('ints', [0, -1, 2**63, -2**63, 2**64 + 1, 10**400, -(2**5000), I(5), True, I(-2**70)])
__observe__('floats', [1.5, float('nan'), float('inf'), -0.0, F(2.5), 1e300, C(1, 2), 3j])
__observe__('strs', ['a"b\\c\n\t\r\x00\x1f\x7f\x85\u2028', 'caf\xe9', '\ud800x\udfff', S('sub'), b'\xff\xfeab\xe2\x82', B(b'x\x00'), 'é' * 70, 'x' * 100])
__observe__(b'bytes label', 1)
__observe__(S('sub label'), 2)
try:
    __observe__(3, 4)
except TypeError as e:
    __observe__('err', str(e))
__observe__('containers', [T((1, 2)), D(a=1), L([1]), St({1}), Fs({2}), frozenset(), set(), (), {}, [[[]]]])
big = list(range(3000))
__observe__('big', big)
__observe__('bigmap', {i: str(i) for i in range(1500)})
nested = []
cur = nested
for i in range(40):
    nxt = []
    cur.append(nxt)
    cur = nxt
__observe__('nested', nested)
def outer():
    x = 1
    def inner():
        return x
    y = 2
    del y
    def g():
        y
    return inner, g
inner, g = outer()
__observe__('cells', [inner.__closure__, g.__closure__, outer, inner, len, [].append, 'a'.upper, sys, types.ModuleType('m'), outer.__code__])
m = types.ModuleType('m'); m.__name__ = 5
__observe__('weird module', m)
class P:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
class Q:
    @property
    def __dict__(self): return {'no': 1}
class R:
    def __init__(self): self.me = self; self.other = R2()
class R2:
    def __init__(self): self.deep = R3()
class R3:
    def __init__(self): self.deeper = R4()
class R4:
    def __init__(self): self.z = 1
class M(type): pass
class WithMeta(metaclass=M): pass
WithMeta.__qualname__ = 'Renamed'
__observe__('instances', [P(), Q(), R(), WithMeta, WithMeta(), M, type, object(), Ellipsis, NotImplemented, range(3), iter([]), sys._getframe()])
def frame_locals():
    a = 1
    return sys._getframe().f_locals
__observe__('f_locals', frame_locals())
__observe__('proxy', type.__dict__['__dict__'])
__observe__('mappingproxy', types.MappingProxyType({'k': [1]}))
__observe__('globals', globals())
__observe__('builtins', __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else __builtins__)
shared = [1]
__observe__('shared', [shared, shared, {'a': shared}])
__observe__('shared again', shared)
sys.set_int_max_str_digits(640)
__observe__('int digits', [10 ** 1000, -10 ** 1200])
