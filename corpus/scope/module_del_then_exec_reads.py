# execdiff: versions=2.7,3.12,3.13 origin=scope
x = 1
del x
try:
    exec("print(x)")
except NameError as e:
    print("NameError: %s" % e)
exec("x = 'back'")
print(x)
__observe__('x', x)
