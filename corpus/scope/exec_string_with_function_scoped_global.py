# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("global made_by_exec\nmade_by_exec = 'yes'")
    return made_by_exec
print(f())
__observe__('g', made_by_exec)
