# execdiff: versions=3.12,3.13 origin=example:a18 xfail=vm
from __future__ import annotations
import __future__, ast
ns = {}
exec("x: int = 1", ns)
print("exec inherits annotations future:", ns['__annotations__'])
ns = {}
exec(compile("x: int = 1", "<s>", "exec", dont_inherit=True), ns)
print("compile(dont_inherit=True):      ", ns['__annotations__'])
print("barry_as_FLUFL flag: 1 <> 2 ->", eval(compile("1 <> 2", "<s>", "eval", __future__.barry_as_FLUFL.compiler_flag)))
for src, flags in [("1 <> 2", 0), ("1", 0x1), ("await x", 0)]:
    try:
        compile(src, "<s>", "eval" if src != "await x" else "exec", flags)
        print(repr(src), "compiled")
    except (SyntaxError, ValueError) as e:
        print(repr(src), "flags=%#x ->" % flags, type(e).__name__ + ":", e)
print(type(compile("1+1", "<s>", "eval", ast.PyCF_ONLY_AST)).__name__)
co = compile("await x", "<s>", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print("PyCF_ALLOW_TOP_LEVEL_AWAIT: CO_COROUTINE set:", bool(co.co_flags & 0x80))
