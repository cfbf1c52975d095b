# execdiff: versions=3.12,3.13 origin=example:a22
def t(label, fn):
    try:
        print("%-34s -> %r" % (label, fn()))
    except Exception as e:
        print("%-34s -> %s: %s" % (label, type(e).__name__, e))
t("exec('x=1', [])", lambda: exec('x=1', []))
t("exec('x=1', {}, 5)", lambda: exec('x=1', {}, 5))
t("exec(5)", lambda: exec(5))
t("eval('x', globals={'x': 1})", lambda: eval('x', globals={'x': 1}))
t("eval('x', {}, locals={'x': 2})", lambda: eval('x', {}, locals={'x': 2}))
t("exec('y=1', globals={})", lambda: exec('y=1', globals={}))
