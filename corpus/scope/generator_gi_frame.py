# execdiff: versions=2.7,3.12,3.13 origin=scope
# A generator's frame: gi_frame while suspended or running (the running frame itself), None
# once finished or closed; gi_running (an int on 2.7); gi_frame.f_locals.
import sys
def gen():
    a = 1
    me = yield 'first'
    print(me.gi_running, me.gi_frame is sys._getframe())
    yield a
g = gen()
print(g.gi_frame is not None, g.gi_running, g.gi_code.co_name)
next(g)
print(sorted(g.gi_frame.f_locals))
g.send(g)
for _ in g:
    pass
print(g.gi_frame)
h = gen()
next(h)
h.close()
print(h.gi_frame)
