# execdiff: versions=2.7,3.12,3.13 origin=scope
from __future__ import print_function
exec("print('a', 'b')")
exec(compile("print('c', 'd')", "<s>", "exec"))
