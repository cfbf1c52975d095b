a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RE", e)
except RuntimeError as e:
    print("RT", e)
try:
    print(len(repr(a)))
except RecursionError as e:
    print("RE", e)
except RuntimeError as e:
    print("RT", e)
t = ()
for i in range(100000):
    t = (t,)
try:
    hash(t)
    print("hashed")
except RecursionError as e:
    print("RE", e)
except RuntimeError as e:
    print("RT", e)
