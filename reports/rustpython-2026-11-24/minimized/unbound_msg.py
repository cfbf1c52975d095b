def f():
    try:
        a
    except UnboundLocalError as e:
        __observe__('msg', str(e))
    a = 1
f()
