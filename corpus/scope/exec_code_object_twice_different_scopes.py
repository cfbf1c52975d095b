# execdiff: versions=2.7,3.12,3.13 origin=scope
code = compile("n = n + 1 if 'n' in dir() else 0", "<c>", "exec")
exec(code)
exec(code)
print(n)
def f():
    n = 10
    exec(code)
    return n
print(f())
__observe__('n', n)
