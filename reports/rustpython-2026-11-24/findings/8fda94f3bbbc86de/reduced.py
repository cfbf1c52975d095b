def a():
    try:
        del n
    except Exception as e:
        __observe__('r69.r71.g73#75', (type(e).__name__, str(e)))
__observe__('m#85', a())
