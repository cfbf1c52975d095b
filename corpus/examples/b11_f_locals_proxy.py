# execdiff: versions=2.7,3.12,3.13 origin=example:b11
import sys
def f():
    a = 1
    fl = sys._getframe().f_locals
    print("type: %s" % type(fl).__name__)
    fl['a'] = 10
    fl['extra'] = 20
    print("a after fl['a'] = 10: %r" % a)
    print("keys: %r" % sorted(fl.keys()))
    print("'extra' in locals(): %r" % ('extra' in locals()))
    print("same object on each access: %r" % (fl is sys._getframe().f_locals))
    try:
        del fl['a']
        print("del fl['a'] ok; a is still %r" % a)
    except Exception as e:
        print("del fl['a']: %s: %s" % (type(e).__name__, e))
    try:
        fl['nope']
    except KeyError as e:
        print("fl['nope']: KeyError: %s" % e)
    print("isinstance(fl, dict): %r" % isinstance(fl, dict))
    fl['extra2'] = 30
    try:
        del fl['extra2']
        print("del fl['extra2'] ok")
    except Exception as e:
        print("del fl['extra2']: %s: %s" % (type(e).__name__, e))
    try:
        print("fl.pop('extra') -> %r" % fl.pop('extra'))
    except Exception as e:
        print("fl.pop('extra'): %s: %s" % (type(e).__name__, e))
f()
