# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    x = 1
    y = 2
    return x
def tracer(frame, event, arg):
    if frame.f_code.co_name == 'f' and event == 'line' and frame.f_lineno == 5:
        try:
            del frame.f_locals['x']
        except Exception as e:
            print("%s: %s" % (type(e).__name__, e))
    return tracer
sys.settrace(tracer)
try:
    print(f())
except NameError as e:
    print("%s: %s" % (type(e).__name__, e))
sys.settrace(None)
