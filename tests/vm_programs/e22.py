print(sorted(dir())[:3])
def f():
    a = 1
    print(dir())
f()
class K:
    q = 1
    print(dir())
