# execdiff: versions=2.7,3.12,3.13 origin=scope
# A `global x` in a nested function makes x an explicit global of the module block too, so
# the exec'd module-level store bypasses the separate locals dict.
g = {}
l = {}
exec("def f():\n    global x\n    x = 1\nx = 2\ny = 3\n", g, l)
print(sorted(k for k in g if k != '__builtins__'))
print(sorted(l))
exec("z = 5\nclass C:\n    global z\n    w = z\n", g, l)
print(sorted(k for k in g if k != '__builtins__'))
print(sorted(l))
__observe__('l', sorted(l))
