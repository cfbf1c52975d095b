# execdiff: versions=2.7,3.12,3.13 origin=seed:004_0085b14c16886dfa
# "If you used 'global x; x=2' and 'global x; print(x)' in the examples, it would
# affect and display the global."
x = 1
def foo():
    exec('global x; x=2')
    exec('global x; print(x)')
    print(x)

foo()
print(x)
__observe__('x', x)
