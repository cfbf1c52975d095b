# execdiff: versions=2.7,3.12,3.13 origin=example:d03
vals = ["2**64", "-2**63", "7/2", "7//2", "-7//2", "-7 % 3", "7 % -3", "2**-1", "10**20",
        "round(0.5)", "round(1.5)", "round(2.5)", "round(2.675, 2)", "1e16", "1.0/3",
        "0.1+0.2", "str(0.1+0.2)", "1e22", "float('inf')", "0o17", "oct(8)", "hex(2**64)",
        "True + True", "type(2**64).__name__", "str(10**20)", "repr(10**20)", "divmod(-7, 2)",
        "int(-2.9)", "float(10**20)", "repr(1.1)", "1/3.0 == 1.0/3", "int('12', 0)"]
for v in vals:
    try:
        print("%-18s -> %r" % (v, eval(v)))
    except Exception as e:
        print("%-18s -> %s: %s" % (v, type(e).__name__, e))
