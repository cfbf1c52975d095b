# execdiff: versions=2.7,3.12,3.13 origin=core
print('[%s]' % 'ab'.center(7))
print('[%s]' % 'ab'.center(6, '*'))
print('[%s]' % 'ab'.ljust(5, '.'))
print('[%s]' % 'ab'.rjust(5))
print('42'.zfill(5))
print('-42'.zfill(5))
print('a\tb'.expandtabs(4))
