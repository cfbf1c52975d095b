# execdiff: versions=2.7 origin=core
# -*- coding: utf-8 -*-
for f in [lambda: unicode('\xff'), lambda: unicode('ab\xc3\xa9'), lambda: str(u'\xe9'), lambda: str(u'ab\u20ac'), lambda: 'a\xff' + u'b', lambda: u'b' + 'a\xff', lambda: '%s\xff' % u'x']:
    try:
        print repr(f())
    except UnicodeError as e:
        print type(e).__name__, e
