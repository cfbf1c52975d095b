x = 'module'
def f():
    x = 'local'
    print(eval('x'), eval('x', globals()), eval('x', globals(), {}))
    print(eval('x', {'x': 'given'}))
f()
