# execdiff: versions=2.7 origin=core
x = 42
print `x`
print `'abc'`
print `[1, 'a', 2L]`
print `x + 1` + 'x'
__observe__('bt', `x`)
