def f():
    raise ValueError("boom")
def g():
    f()
g()
