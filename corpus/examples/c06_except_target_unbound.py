# execdiff: versions=2.7,3.12,3.13 origin=example:c06
def f():
    e = 'before'
    try:
        1/0
    except ZeroDivisionError as e:
        pass
    try:
        return "e is %r" % (e,)
    except NameError as ex:
        return "%s: %s" % (type(ex).__name__, ex)
print(f())
