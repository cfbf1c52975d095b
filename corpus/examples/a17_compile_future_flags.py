# execdiff: versions=2.7 origin=example:a17
from __future__ import division, print_function
import __future__
print(1/2)
print(eval("1/2"))
print(eval(compile("1/2", "<s>", "eval")))
print(eval(compile("1/2", "<s>", "eval", 0, True)))
exec("print(1, 2)")
exec(compile("print(1, 2)", "<s>", "exec", 0, True))
exec(compile("print 1, 2", "<s>", "exec", 0, True))
exec(compile("print(3, 4)", "<s>", "exec", __future__.print_function.compiler_flag, True))
print(hex(__future__.division.compiler_flag), hex(__future__.print_function.compiler_flag))
