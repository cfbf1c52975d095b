# execdiff: versions=2.7,3.12,3.13 origin=example:a15
g = {}
exec("x = 1", g)
print("keys after exec: %r" % sorted(g))
print("type(g['__builtins__']) = %s" % type(g['__builtins__']).__name__)
print("module-level __builtins__ is a %s" % type(__builtins__).__name__)
cases = [
    ("eval('1', [])",                     lambda: eval('1', [])),
    ("eval('1', {}, [])",                 lambda: eval('1', {}, [])),
    ("eval('x', {}, [])",                 lambda: eval('x', {}, [])),
    ("eval('x', {}, {'x': 5})",           lambda: eval('x', {}, {'x': 5})),
    ("eval('len', {'__builtins__': {}})", lambda: eval('len', {'__builtins__': {}})),
    ("eval(5)",                           lambda: eval(5)),
]
for label, call in cases:
    try:
        print("%-36s -> %r" % (label, call()))
    except Exception as e:
        print("%-36s -> %s: %s" % (label, type(e).__name__, e))
