def f(x):
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(f(1))
def g():
    y = 1
    def h():
        return y
    del y
    try:
        return h()
    except NameError as e:
        return str(e)
print(g())
