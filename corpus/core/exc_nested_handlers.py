# execdiff: versions=2.7,3.12,3.13 origin=core
try:
    try:
        {}['k']
    except IndexError:
        print("wrong handler")
    finally:
        print("inner finally")
except LookupError as e:
    print("LookupError caught: %r" % (type(e).__name__,))
