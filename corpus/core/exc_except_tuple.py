# execdiff: versions=2.7,3.12,3.13 origin=core
for exc in (KeyError('k'), IndexError('i'), TypeError('t')):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("lookup: %s" % type(e).__name__)
    except Exception as e:
        print("other: %s" % type(e).__name__)
