# execdiff: versions=2.7,3.12,3.13 origin=core
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fact(25))
print(fib(90))
__observe__('fact', fact(30))
