# execdiff: versions=2.7,3.12,3.13 origin=example:b12
import sys
def tracer(frame, event, arg):
    if frame.f_code.co_name == 'f' and event == 'line':
        loc = frame.f_locals
        if loc.get('step') == 1:
            loc['a'] = 99
            loc['newname'] = 7
        elif loc.get('step') == 2 and 'a' in loc:
            try:
                del loc['a']
            except Exception as e:
                sys.stdout.write("tracer: %s: %s\n" % (type(e).__name__, e))
    return tracer
def f():
    a = 1
    step = 1
    print("a=%r" % (a,))
    step = 2
    try:
        print("a=%r" % (a,))
    except NameError as e:
        print("%s: %s" % (type(e).__name__, e))
    print(sorted(k for k in locals() if k != 'e'))
sys.settrace(tracer)
f()
sys.settrace(None)
