x = 1
def f():
    global x
    x = 2
    del x
    try:
        print(x)
    except NameError as e:
        print(e)
f()
print('x' in globals())
