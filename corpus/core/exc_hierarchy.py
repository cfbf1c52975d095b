# execdiff: versions=2.7,3.12,3.13 origin=core
for cls in (KeyError, IndexError, ZeroDivisionError, UnboundLocalError, StopIteration, TypeError):
    print("%s %s" % (cls.__name__, [k.__name__ for k in cls.__mro__[1:]]))
