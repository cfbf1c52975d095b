# execdiff: versions=2.7,3.12,3.13 origin=scope
exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
exec(compile("x", "<s>", "single"))
