# execdiff: versions=3.12,3.13 origin=scope
# locals() and f_locals inside code exec'd with closure=: the free variables show among the
# locals; the locals mapping given to exec is not the frame's namespace for a function's
# code; a write through 3.13's f_locals proxy reaches the cell, 3.12's snapshot does not.
import sys
def outer():
    x = 1
    def inner():
        y = 2
        print(sorted(locals().items()))
        fr = sys._getframe()
        print(sorted((k, v) for k, v in fr.f_locals.items() if k != 'fr'))
        fr.f_locals['x'] = 'via f_locals'
        print('x after f_locals write: %r' % (x,))
        l = locals()
        l['x'] = 'via locals()'
        print('x after locals() write: %r' % (x,))
    return inner
f = outer()
ns = {'x': 'ns x'}
exec(f.__code__, {'sys': sys}, ns, closure=f.__closure__)
print(sorted(ns))
print(f.__closure__[0].cell_contents)
def host():
    x = 'host x'
    exec(f.__code__, None, None, closure=f.__closure__)
    print(sorted(locals()))
    return x
print(host())
__observe__('cell', f.__closure__[0].cell_contents)
