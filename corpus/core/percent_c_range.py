# execdiff: versions=2.7,3.12,3.13 origin=core
# %c of an int: a 2.7 str template takes one byte (C long, then unsigned byte range);
# text templates take a code point below 0x110000, else OverflowError.


def t(label, f):
    try:
        print("%s %r" % (label, f()))
    except Exception as e:
        print("%s %s: %s" % (label, type(e).__name__, e))


t("a", lambda: "%c" % (10 ** 30))
t("b", lambda: "%c" % 0x110000)
t("c", lambda: "%c" % 256)
t("d", lambda: "%c" % -1)
t("e", lambda: "%c" % 65)
t("f", lambda: "%c" % 2 ** 40)
t("g", lambda: "%c" % "ab")
t("h", lambda: "%c" % 1.5)
t("unicode template", lambda: u"%c" % 0x110000)
