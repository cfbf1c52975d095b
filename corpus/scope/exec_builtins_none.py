# execdiff: versions=2.7,3.12,3.13 origin=scope
try:
    exec("r = len('abc')", {'__builtins__': None})
    print("ran")
except Exception as e:
    print("%s: %s" % (type(e).__name__, e))
