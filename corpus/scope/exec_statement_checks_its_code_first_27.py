# execdiff: versions=2.7 origin=scope
# 2.7's exec statement checks that its code is a string, file or code object before it looks
# at its namespaces, and before it puts __builtins__ in the globals (a planted-mistake
# campaign found the VM inserting it first, through `exec (0, locals())` in a function).
for stmt in ['exec 0 in 1', 'exec 0 in {}, 2', 'exec "x" in 1', 'exec (0, {}, 2)']:
    try:
        exec stmt
    except TypeError as e:
        print stmt, '->', e
g = {}
try:
    exec (0, g)
except TypeError as e:
    print e
print sorted(g)
try:
    exec "(" in g
except SyntaxError as e:
    print 'SyntaxError'
print sorted(g)
def f():
    try:
        exec (0, locals())
    except TypeError as e:
        pass
    __observe__('f', locals())
f()
