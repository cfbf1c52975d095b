# execdiff: versions=2.7,3.12,3.13 origin=scope
# Running a generator function's code with exec or eval makes a generator and runs none of
# its body: eval returns it (its frame reads the globals given), exec drops it.
def gen():
    print('body runs')
    yield marker
    yield 2
g = eval(gen.__code__, {'marker': 'from eval globals'})
print(type(g).__name__)
print(list(g))
ns = {'marker': 1}
exec(gen.__code__, ns)
print(sorted(k for k in ns if k != '__builtins__'))
