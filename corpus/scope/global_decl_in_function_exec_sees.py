# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    global G
    G = 1
    exec("print(G)")
    exec("G = 2")
    return G
print(f())
print(G)
__observe__('G', G)
