# execdiff: versions=3.12,3.13 origin=scope
src = "x = 1\ndef f():\n    def g():\n        nonlocal x\n"
try:
    compile(src, "<src>", "exec")
    print("compiled")
except SyntaxError as e:
    print("SyntaxError: %s (line %s)" % (e.msg, e.lineno))
