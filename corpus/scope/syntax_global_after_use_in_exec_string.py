# execdiff: versions=2.7,3.12,3.13 origin=scope
src = "def f():\n    y = g\n    global g\n    g = 1\n"
ns = {'g': 0}
try:
    exec(src, ns)
    ns['f']()
    print(ns['g'])
except SyntaxError as e:
    print("SyntaxError: %s (line %s)" % (e.msg, e.lineno))
