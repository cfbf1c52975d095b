# execdiff: versions=2.7,3.12,3.13 origin=core
# An in-place operator's type error names the operator as written (`+=`), 2.7's power says
# `** or pow()`; a float has no shift or bitwise slot and no builtin type has `@`; dict.update
# and `|=` take a mapping (anything with `keys`) or an iterable of pairs.
for src in ["x = 1; x += 'a'", "x = 2; x **= 'a'", "x = 2; x **= None", "x = None; x |= {}",
            "x = {}; x |= 3", "x = 2; x //= 'a'", "x = 1; x -= []", "x = 2; x @= 3",
            "x = 2; x = x @ 3", "x = 'a'; x -= 'b'", "x = (1,); x += [2]", "x = 1; x /= 'a'",
            "x = 1; x <<= 1.0", "x = 1.5; x = x & 1", "x = [1]; x += 2", "x = 'a'; x *= 2.0"]:
    try:
        exec(src)
        print(src, 'ok', x)
    except Exception as e:
        print(src, type(e).__name__, str(e) if not isinstance(e, SyntaxError) else '')

class Keys(object):
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k * 2

for arg in [[(1, 2, 3)], [1], ['ab'], 3, [('a', 1), 'xy'], {'k': 1}.items(), Keys(),
            iter([[1, 2]]), [(i, i * i) for i in range(3)]]:
    d = {}
    try:
        d.update(arg)
        print(sorted(d.items()))
    except Exception as e:
        print(type(e).__name__, e)
