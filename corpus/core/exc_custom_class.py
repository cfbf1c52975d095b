# execdiff: versions=2.7,3.12,3.13 origin=core
class MyError(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, code, msg)
        self.code = code
try:
    raise MyError(42, 'boom')
except MyError as e:
    print(e.code)
    print(e.args)
    print(str(e))
class Plain(Exception):
    pass
raise Plain('uncaught plain')
