def f():
    try:
        return 1
    finally:
        print("fin")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("f", i)
g()
