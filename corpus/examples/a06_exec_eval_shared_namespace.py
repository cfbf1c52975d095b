# execdiff: versions=2.7,3.12,3.13 origin=example:a06
def f():
    exec("t = 1")
    try:
        exec("print('second exec sees t=%r' % t)")
    except NameError as e:
        print("second exec: NameError: %s" % e)
    try:
        print("eval sees t=%r" % eval("t"))
    except NameError as e:
        print("eval: NameError: %s" % e)
    ns = {}
    exec("t = 1", globals(), ns)
    exec("print('explicit shared ns: t=%r' % t)", globals(), ns)
f()
