# execdiff: versions=2.7,3.12,3.13 origin=example:a16
cases = [('eval', '1+1'), ('exec', '1+1'), ('single', '1+1'), ('single', 'None'),
         ('eval', 'x = 1'), ('single', 'a = 1\nb = 2'), ('single', 'a = 1; b = a'),
         ('single', 'if 1:\n  2\n  3\n'), ('exec', ''), ('eval', ''), ('bogus', '1')]
for mode, src in cases:
    ns = {}
    try:
        co = compile(src, '<s>', mode)
        r = eval(co, ns)
        print("%-6s %-16r -> returns %r, names bound: %r" % (mode, src, r, sorted(k for k in ns if k != '__builtins__')))
    except (SyntaxError, ValueError) as e:
        print("%-6s %-16r -> %s: %s" % (mode, src, type(e).__name__, e))
