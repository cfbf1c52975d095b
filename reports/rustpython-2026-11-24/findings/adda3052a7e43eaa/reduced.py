def b():
    def d():
        try:
            y += n
        except Exception as e:
            __observe__('f1.r4.g6#7', (type(e).__name__, str(e)))
    __observe__('f1#14', d())
__observe__('m#17', b())
