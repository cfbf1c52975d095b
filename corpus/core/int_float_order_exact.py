# execdiff: versions=2.7,3.12,3.13 origin=campaign:100ba1e8c5f9a44c-84222325
# Ints and floats order exactly (float_richcompare), never through a float: found by the
# generator's Arith family (buckets 100ba1e8c5f9a44c-84222325 and -cb5c6da0).
def check(label, thunk):
    try:
        __observe__(label, thunk())
    except Exception as e:
        __observe__(label, (type(e).__name__, str(e)))
check('huge-lt', lambda: 10 ** 400 < 1e16)
check('huge-ge', lambda: 10 ** 400 >= 1e308)
check('neg-huge', lambda: -10 ** 400 < -1e308)
check('2**53+1', lambda: 9007199254740993 > 9007199254740992.0)
check('2**53+1 rev', lambda: 9007199254740992.0 >= 9007199254740993)
check('eq', lambda: 9007199254740993 == 9007199254740992.0)
check('fraction', lambda: (3 < 3.5, 4 > 3.5, -4 < -3.5, -3 > -3.5, 3 <= 3.0, 3 >= 3.0))
check('inf', lambda: (float('inf') > 10 ** 400, -float('inf') < -10 ** 400))
check('bool', lambda: (True < 1.5, False >= -0.0, True == 1.0))
check('sorted', lambda: sorted([2 ** 60 + 1, float(2 ** 60), 2 ** 60 - 1]))
