# execdiff: versions=2.7,3.12,3.13 origin=example:c01
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("read before assignment: %s: %s" % (type(e).__name__, e))
    x = 1
    del x
    try:
        del x
    except NameError as e:
        print("del twice:              %s: %s" % (type(e).__name__, e))
    try:
        x += 1
    except NameError as e:
        print("augassign after del:    %s: %s" % (type(e).__name__, e))
f()
print("issubclass(UnboundLocalError, NameError): %r" % issubclass(UnboundLocalError, NameError))
