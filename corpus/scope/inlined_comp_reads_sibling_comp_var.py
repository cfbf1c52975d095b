# execdiff: versions=2.7,3.12,3.13 origin=scope
# A comprehension reading (not binding) a name that an earlier inlined comprehension hoisted
# into the function: 3.12.1 compiles it as the function's local, 3.13 with the comprehension's
# own (global) scope.
x = 'global'
def f():
    a = [x for x in range(2)]
    try:
        return [x for y in range(1)]
    except NameError as e:
        return type(e).__name__
print(f())
def g():
    b = {k: 1 for k in 'ab'}
    return [(k, j) for j in range(1)]
try:
    print(g())
except NameError as e:
    print(type(e).__name__)
