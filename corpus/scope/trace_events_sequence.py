# execdiff: versions=2.7,3.12,3.13 origin=scope
# The events a trace function sees: call (also on each generator resume; f_lineno 0 for
# module-level code on 3.x), line on each new line and loop back-edge, return with the value;
# a None result keeps the frame's local trace function as it was.
import sys
events = []
def tracer(frame, event, arg):
    events.append((frame.f_code.co_name, event, frame.f_lineno, arg if event == 'return' else None))
    if frame.f_code.co_name == 'skip':
        return None
    return tracer
def skip():
    return 1
def gen():
    yield 1
    yield 2
def f(n):
    t = 0
    for i in range(n):
        t += i
    t += sum(gen())
    t += skip()
    exec("q = 1\nq += 1")
    t += eval("len([1])")
    return t
sys.settrace(tracer)
f(2)
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())
