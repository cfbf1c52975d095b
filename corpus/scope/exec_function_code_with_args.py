# execdiff: versions=2.7,3.12,3.13 origin=scope
def body(p):
    return p
try:
    exec(body.__code__)
    print("no error")
except (TypeError, NameError) as e:
    print("%s: %s" % (type(e).__name__, e))
