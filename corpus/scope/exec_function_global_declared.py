# execdiff: versions=2.7,3.12,3.13 origin=scope
g = 0
def f():
    global g
    g = 1
    exec("g = 2")
    print("g=%r" % (g,))
    __observe__('f.locals', locals())
f()
print(g)
