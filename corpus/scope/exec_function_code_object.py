# execdiff: versions=2.7,3.12,3.13 origin=scope
def body():
    y = 1
    print('ran body')
d = {}
exec(body.__code__, {}, d)
print(d)
