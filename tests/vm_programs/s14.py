def f():
    v = 'fv'
    class C(object):
        exec("w = v") if False else None
        def m(self):
            return v
    return C().m()
print(f())
