# execdiff: versions=2.7,3.12 origin=issue-13 cpython_crash=3.13
# CPython 3.13.0 segfaults here (PEP 667 with PEP 709: locals() inside an inlined
# comprehension whose variable shadows a cell that a lambda reads); 3.12 and 2.7 run it.
def f():
    lambda: k
    k = 1
    print([locals() for k in [0]])
f()
