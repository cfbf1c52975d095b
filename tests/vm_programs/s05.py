x = 'global'
class C:
    x = 'class'
    def f():
        return x
    r = f()
print(C.r)
def outer():
    x = 'outer'
    class D:
        print(x)
        x = 'D'
        print(x)
    return D
outer()
