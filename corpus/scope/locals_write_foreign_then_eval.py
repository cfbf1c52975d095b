# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    d = locals()
    d['a'] = 2
    d['nn'] = 5
    r1 = eval('a')
    try:
        r2 = eval('nn')
    except NameError as e:
        r2 = "NameError: %s" % e
    return r1, r2
print(f())
__observe__('r', f())
