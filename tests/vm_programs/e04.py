x = 'g'
def f():
    exec("x = 'local'")
    try:
        print(x)
    except NameError as e:
        print("NE", e)
f()
