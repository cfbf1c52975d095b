# execdiff: versions=2.7,3.12,3.13 origin=example:a13
def outer():
    x = 1
    def inner():
        return x
    return inner
co = outer().__code__
print("co_freevars=%r" % (co.co_freevars,))
try:
    exec(co)
    print("exec: ok")
except TypeError as e:
    print("exec: TypeError: %s" % e)
try:
    eval(co)
    print("eval: ok")
except TypeError as e:
    print("eval: TypeError: %s" % e)
