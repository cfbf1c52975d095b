import sys
def a():
    def b():
        try:
            del sys._getframe().f_locals['y']
        except Exception as e:
            __observe__('r5.g7.g9#10', (type(e).__name__, str(e)))
    __observe__('r5#19', b())
__observe__('m#22', a())
