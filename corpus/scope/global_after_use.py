# execdiff: versions=2.7,3.12,3.13 origin=scope
src = "def f():\n    print(x)\n    global x\n"
try:
    compile(src, "<src>", "exec")
    print("compiled")
except SyntaxError as e:
    print("SyntaxError: %s (line %s)" % (e.msg, e.lineno))
