# execdiff: versions=2.7,3.12,3.13 origin=scope
# Under sys.settrace, 3.x's inspect.currentframe is a Python frame of its own (call, line and
# return events at its lines in Lib/inspect.py); 2.7's is the builtin sys._getframe (none).
import inspect, sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == 'currentframe':
        events.append((event, frame.f_lineno, frame.f_back.f_code.co_name))
    return tracer
def f():
    return inspect.currentframe().f_code.co_name
sys.settrace(tracer)
name = f()
sys.settrace(None)
print(name)
for e in events:
    print('%s %d %s' % e)
