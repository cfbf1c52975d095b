# execdiff: versions=2.7,3.12,3.13 origin=seed:003_db632186943281ce
def u():
    exec("a=2")
    print(locals()['a'])
u()
