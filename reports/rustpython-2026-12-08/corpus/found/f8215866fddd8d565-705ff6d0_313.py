# execdiff: versions=3.13 origin=campaign:8215866fddd8d565-705ff6d0 xfail=vm
def a():
    try:
        del w
    except Exception as e:
        __observe__('f1#2', (type(e).__name__, str(e)))
__observe__('m#4', a())
