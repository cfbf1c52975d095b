# execdiff: versions=2.7,3.12,3.13 origin=core
# Setting or deleting an attribute of a builtin type: 2.7's type_setattro names the type by
# its tp_name ("can't set attributes of built-in/extension type 'exceptions.ValueError'"),
# 3.x names the attribute and calls the type immutable.


def t(label, f):
    try:
        print("%s %r" % (label, f()))
    except Exception as e:
        print("%s %s: %s" % (label, type(e).__name__, e))


def s(obj, name, v):
    setattr(obj, name, v)


def d(obj, name):
    delattr(obj, name)


t("int.x", lambda: s(int, "x", 1))
t("list.y", lambda: s(list, "y", 2))
t("object.z", lambda: s(object, "z", 2))
t("type.z", lambda: s(type, "z", 2))
t("NoneType", lambda: s(type(None), "z", 2))
t("ValueError.z", lambda: s(ValueError, "z", 2))
t("int.__add__", lambda: s(int, "__add__", 2))
t("str.upper", lambda: s(str, "upper", 2))
t("del int.real", lambda: d(int, "real"))
t("del list.nope", lambda: d(list, "nope"))
t("del ValueError.args", lambda: d(ValueError, "args"))
t("function type", lambda: s(type(t), "z", 2))
t("int.__doc__", lambda: s(int, "__doc__", "x"))
t("int.__name__", lambda: s(int, "__name__", "x"))
t("int.__module__", lambda: s(int, "__module__", "x"))


def stmt():
    int.x = 1


def stmt_del():
    del str.upper


t("statement", stmt)
t("del statement", stmt_del)
t("unchanged", lambda: hasattr(int, "x"))
