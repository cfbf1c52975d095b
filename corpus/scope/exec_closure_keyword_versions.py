# execdiff: versions=2.7,3.12,3.13 origin=scope
# exec(code, g, closure=cells): 2.7's exec is a statement whose operand is a tuple, so a
# keyword there is a syntax error; 3.x's exec() builtin takes closure= (3.11+).
def outer():
    x = 'seen'
    def inner():
        print(x)
    return inner
f = outer()
exec(f.__code__, {}, closure=f.__closure__)
