nonlocal a
def f():
    global a
