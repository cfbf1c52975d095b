# execdiff: versions=2.7,3.12,3.13 origin=seed:003_db632186943281ce
def execute(a, st):
    namespace = {}
    exec("b = {}\nprint('b:', b)".format(st), namespace)
    print(namespace['b'])
    __observe__('keys', sorted(namespace.keys()))

execute(1.0, "2 + 3")
# the namespace dict does not see the function's parameter a
execute(1.0, "1.E6*a")
