# execdiff: versions=2.7,3.12,3.13 origin=core
for thing in (ValueError, ValueError('inst'), KeyError):
    try:
        raise thing
    except Exception as e:
        print("%s %r" % (type(e).__name__, e.args))
try:
    raise 5
except TypeError as e:
    print("TypeError: %s" % e)
