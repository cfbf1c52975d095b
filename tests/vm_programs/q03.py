class C:
    a = 1
    g = (a for _ in range(1))
    try:
        print(list(g))
    except NameError as e:
        print("NameError", e)
    l = [a for _ in range(1)] if False else 'skip'
print(C.l)
