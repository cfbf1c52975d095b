# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    x = 1
    y = 2
    return x + y
def tracer(frame, event, arg):
    if frame.f_code.co_name == 'f' and event == 'line' and frame.f_lineno == 5:
        frame.f_locals['x'] = 100
    return tracer
sys.settrace(tracer)
r = f()
sys.settrace(None)
print(r)
__observe__('r', r)
