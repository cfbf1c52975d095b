# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    [i for i in range(3)]
    return i
try:
    print(f())
except NameError as e:
    print("NameError: %s" % e)
