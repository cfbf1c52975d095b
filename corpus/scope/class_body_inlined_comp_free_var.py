# execdiff: versions=2.7,3.12,3.13 origin=scope
# Comprehensions inlined into a class body read a name free there from the enclosing function's
# cell (LOAD_DEREF, never the class namespace), even when the class binds the same name.
def a(y):
    class b:
        y = 0
        print({y for j in range(3)})
        print([y for j in range(1)])
    return b
a(78)
print("done")
a = 'g'
def b():
    def c(a):
        class d:
            for a in range(1):
                r1 = {i: a for i in range(2)}
            r2 = [a for i in range(1)]
            a = 'class'
            r3 = [a for i in range(1)]
            r4 = [[a for j in range(1)] for i in range(1)]
            r5 = [(lambda: a)() for i in range(1)]
            r6 = [a for a in range(2)]
            r7 = (a for i in range(1))
            r7 = list(r7)
        return d
    d = c(43)
    return [d.r1, d.r2, d.r3, d.r4, d.r5, d.r6, d.r7, d.a]
print(b())
class M:
    a = 'm'
    r = [a for i in range(1)]
print(M.r)
def e():
    x = 1
    class K:
        x = 2
        r = [x for i in range(1)]
        s = x
        def m(self):
            return x
    return K.r, K.s, K().m()
print(e())
