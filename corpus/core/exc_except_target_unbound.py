# execdiff: versions=3.12,3.13 origin=core
try:
    raise ValueError('v')
except ValueError as e:
    print('in handler: %s' % e)
try:
    print(e)
except NameError as err:
    print('NameError: %s' % err)
