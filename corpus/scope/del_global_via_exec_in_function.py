# execdiff: versions=2.7,3.12,3.13 origin=scope
gx = 1
def f():
    try:
        exec("del gx")
        return 'deleted'
    except NameError as e:
        return "NameError: %s" % e
print(f())
print(gx)
__observe__('gx', gx)
