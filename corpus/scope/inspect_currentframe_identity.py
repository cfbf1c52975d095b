# execdiff: versions=2.7,3.12,3.13 origin=scope
# What inspect.currentframe is: 2.7 binds sys._getframe itself (a builtin taking a depth);
# 3.x defines a Python function returning sys._getframe(1), which takes no argument.
import inspect, sys
cf = inspect.currentframe
print(type(cf).__name__)
print('is _getframe %r' % (cf is sys._getframe))
print('module frame %r' % (inspect.currentframe() is sys._getframe()))
print('sys %r' % (inspect.sys is sys))
def h():
    return inspect.currentframe().f_code.co_name, inspect.currentframe().f_back.f_code.co_name
print('%r' % (h(),))
try:
    r = inspect.currentframe(0)
    print('depth arg ok %s' % r.f_code.co_name)
except TypeError as e:
    print('TypeError %s' % e)
ns = {'inspect': inspect}
loc = {}
exec('fr = inspect.currentframe()', ns, loc)
fr = loc['fr']
print('exec frame locals is loc %r globals is ns %r back is module %r' % (
    fr.f_locals is loc, fr.f_globals is ns, fr.f_back is sys._getframe()))
__observe__('name', getattr(cf, '__name__'))
