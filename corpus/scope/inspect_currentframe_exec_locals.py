# execdiff: versions=2.7,3.12,3.13 origin=scope
# A function's own frame from inspect.currentframe(): f_locals after exec and after a later
# assignment (2.7 exec writes back; 3.12's f_locals is the dict locals() refreshes; 3.13's is
# a write-through proxy of the fast locals).
import inspect
def f():
    x = 1
    fr = inspect.currentframe()
    exec('x = 2; y = 3')
    a = fr.f_locals
    print('after exec x=%r y=%r' % (a.get('x'), a.get('y')))
    x = 4
    print('held after assign x=%r' % (a.get('x'),))
    b = fr.f_locals
    print('fresh x=%r same=%r' % (b.get('x'), a is b))
    print('frame is own=%r name=%s' % (fr.f_code is f.__code__, fr.f_code.co_name))
    __observe__('locals', sorted(k for k in locals() if k != 'fr'))
    return x
print(f())
