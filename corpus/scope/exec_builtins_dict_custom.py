# execdiff: versions=2.7,3.12,3.13 origin=scope
ns = {'__builtins__': {'len': lambda s: 99}}
exec("r = len('abc')", ns)
print(ns['r'])
try:
    exec("r2 = abs(-1)", ns)
except NameError as e:
    print("NameError: %s" % e)
__observe__('r', ns['r'])
