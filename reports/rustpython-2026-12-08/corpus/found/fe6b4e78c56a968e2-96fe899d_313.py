# execdiff: versions=3.13 origin=campaign:e6b4e78c56a968e2-96fe899d xfail=vm
import sys
def a():
    try:
        del sys._getframe().f_locals['c']
    except Exception as e:
        __observe__('r14.r21.g25#27', (type(e).__name__, str(e)))
__observe__('m#37', a())
