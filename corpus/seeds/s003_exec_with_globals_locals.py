# execdiff: versions=2.7,3.12,3.13 origin=seed:003_db632186943281ce
# exec("code", globals(), locals()) runs the same on 2.7 and 3.x: it cannot alter
# the enclosing function's variables.
def f():
    a = 1
    exec("a = 2; b = 3", globals(), locals())
    print("a = %r" % (a,))
    try:
        print("b = %r" % (b,))
    except NameError as e:
        print("NameError: %s" % e)
    __observe__('f.locals', locals())
f()
