# execdiff: versions=3.12,3.13 origin=scope
src = "class C:\n    nonlocal x\n"
try:
    compile(src, "<src>", "exec")
    print("compiled")
except SyntaxError as e:
    print("SyntaxError: %s (line %s)" % (e.msg, e.lineno))
