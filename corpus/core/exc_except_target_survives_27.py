# execdiff: versions=2.7 origin=core
try:
    raise ValueError('v')
except ValueError as e:
    pass
print e
print type(e).__name__
