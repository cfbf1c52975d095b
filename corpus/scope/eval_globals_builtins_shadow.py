# execdiff: versions=2.7,3.12,3.13 origin=scope
print(eval("len('abc')", {'len': lambda s: 'shadowed'}))
print(eval("len('abc')", {}))
try:
    eval("len('abc')", {'__builtins__': {}})
except NameError as e:
    print("NameError: %s" % e)
