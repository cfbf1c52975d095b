# execdiff: versions=2.7,3.12,3.13 origin=scope
# A frame left by an exception gets a return event with None; the handler's lines follow.
import sys
events = []
def tracer(frame, event, arg):
    if event != 'exception':
        events.append((frame.f_code.co_name, event, frame.f_lineno, arg))
    return tracer
def boom():
    x = 1
    raise ValueError(x)
def f():
    try:
        boom()
    except ValueError:
        pass
    return 2
sys.settrace(tracer)
f()
sys.settrace(None)
for e in events:
    print(e)
