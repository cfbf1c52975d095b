# execdiff: versions=2.7,3.12,3.13 origin=seed:003_db632186943281ce
def u():
    l=locals()
    exec("a=2")
    print(l)
    print(locals())
u()
def u():
    l=locals()
    exec("a=2")
    print(l)
    print(locals())
    a=1
u()
