# execdiff: versions=2.7,3.12,3.13 origin=seed:003_db632186943281ce
def foo():
    a = 'spam'
    locals()['a'] = 'ham'
    print(a)              # prints 'spam'
    __observe__('a', a)
foo()
