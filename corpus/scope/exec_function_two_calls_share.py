# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("y = 5")
    try:
        exec("z = y + 1")
        print("z computed")
    except NameError as e:
        print("NameError: %s" % e)
    __observe__('f.locals', locals())
f()
