# execdiff: versions=3.12,3.13 origin=core
# A UTF-8 byte order mark starts bytes sources of compile() and exec(); in a str source U+FEFF
# is a character, and a non-printable one. The tokenizer names an invalid character only when
# it is printable (CPython's test_source_encoding and test_unicode_identifiers).
sources = [b'\xef\xbb\xbfx = 1', '\ufeffx = 1', b'x = \xef\xbb\xbf1', 'x = \ufeff1',
           b'\xef\xbb\xbf# coding: utf-8\nx = 1', 'x = \x01', 'x = \x7f', 'x = \xa0',
           'x = \u2028 1', '\u200b', 'x\u0301 = 1', 'x = \u20ac', 'x = $', 'x\u00b7y = 2']
for src in sources:
    for how in ('compile', 'exec'):
        ns = {}
        try:
            if how == 'compile':
                exec(compile(src, 'f', 'exec'), ns)
            else:
                exec(src, ns)
            print(repr(src), how, sorted(k for k in ns if k != '__builtins__'))
        except SyntaxError as e:
            print(repr(src), how, 'SyntaxError', e.msg)
print(repr('\u200b\ufeff\xa0\xad\u2028 \u00e9'))
