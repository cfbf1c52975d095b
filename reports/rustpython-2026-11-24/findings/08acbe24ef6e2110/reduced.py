def a(b):
    del b
    try:
        c = {'': b}
    except Exception as e:
        __observe__('f13.g19#23', (type(e).__name__, str(e)))
__observe__('f13#25', a(96))
b = b
