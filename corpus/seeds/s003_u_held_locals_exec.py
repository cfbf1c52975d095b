# execdiff: versions=2.7,3.12,3.13 origin=seed:003_db632186943281ce
def u():
    a=1
    l=locals()
    exec("a=2")
    print(l)
    __observe__('l1', l)
u()
def u():
    a=1
    l=locals()
    exec("a=2")
    locals()
    print(l)
    __observe__('l2', l)
u()
