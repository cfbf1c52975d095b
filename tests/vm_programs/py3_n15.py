def f():
    a = 1
    [print(sorted(locals())) for _ in [0]]
    b = {k: sorted(locals()) for k in [0]}
    print(b)
f()
x = 5
r = [locals() for y in [1]]
print(sorted(k for k in r[0] if not k.startswith('__')))
