# execdiff: versions=3.12,3.13 origin=scope
f = lambda: (exec("z = 3"), locals())[1]
print(f())
g = lambda p: (exec("p = 9"), p)[1]
print(g(1))
__observe__('f', f())
