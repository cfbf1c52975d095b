# execdiff: versions=2.7,3.12,3.13 origin=example:d04
import sys
vals = ["'abc'", "u'abc'", "b'abc'", "u'\\xe9'", "'\\xe9'", "'a' == u'a'", "b'a' == u'a'",
        "type('a').__name__", "type(u'a').__name__", "type(b'a').__name__",
        "str(b'ab')", "len(u'\\u20ac'.encode('utf-8'))", "bytes([65])", "list(b'AB')", "b'abc'[0]",
        "repr(u'\\u20ac')", "'%s' % u'x'", "'abc'.upper()", "'%r' % u'x'", "['a', u'b']"]
for v in vals:
    try:
        print("%-32s -> %r" % (v, eval(v)))
    except Exception as e:
        print("%-32s -> %s: %s" % (v, type(e).__name__, e))
print("stdout encoding when piped: %r" % (sys.stdout.encoding,))
try:
    print(u'\xe9')
except UnicodeEncodeError as e:
    print("print(u'\\xe9'): UnicodeEncodeError: %s" % e)
