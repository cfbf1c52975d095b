import sys
def show():
    t, v, tb = sys.exc_info()
    print(t.__name__ if t else None, v)
def f():
    try:
        raise KeyError('k')
    except KeyError:
        show()
        try:
            raise ValueError('inner')
        except ValueError:
            show()
        show()
    show()
f()
show()
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    try:
        raise
    except Exception as e:
        print("reraise:", type(e).__name__)
g()
