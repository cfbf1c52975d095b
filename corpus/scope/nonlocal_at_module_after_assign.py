# execdiff: versions=3.12,3.13 origin=scope
x = 1
nonlocal x
