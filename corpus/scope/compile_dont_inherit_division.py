# execdiff: versions=2.7,3.12,3.13 origin=scope
from __future__ import division
print(eval(compile("1 / 2", "<e>", "eval")))
print(eval(compile("1 / 2", "<e>", "eval", 0, True)))
print(eval("1 / 2"))
exec("r = 1 / 4")
print(r)
__observe__('r', r)
