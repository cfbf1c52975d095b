# execdiff: versions=2.7,3.12,3.13 origin=scope
# A callee reads and writes its caller's locals through inspect.currentframe().f_back:
# 3.13's proxy writes through to the caller's variable, 2.7 and 3.12 write only the dict.
import inspect
def poke(name, value):
    caller = inspect.currentframe().f_back
    before = caller.f_locals.get(name)
    caller.f_locals[name] = value
    return before, caller.f_code.co_name
def g():
    v = 'old'
    print('%r' % (poke('v', 'new'),))
    print('v=%s' % v)
    print('locals v=%s' % locals()['v'])
    poke('w', 5)
    print('w in locals=%r' % ('w' in locals()))
    __observe__('g', sorted(locals()))
g()
def depth():
    fr = inspect.currentframe()
    n = 0
    while fr is not None:
        n += 1
        fr = fr.f_back
    return n
print('depth %d %d' % (depth(), eval('depth()')))
