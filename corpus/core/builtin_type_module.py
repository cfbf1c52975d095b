# execdiff: versions=2.7,3.12,3.13 origin=core
# __module__ of builtin types, exceptions and builtin functions: 'builtins' on 3.x,
# '__builtin__' on 2.7, where exceptions live in 'exceptions' (their tp_name is
# 'exceptions.KeyError', which type reprs and attribute errors show). Instances do not see
# the type's __module__; type(name, bases, ns) takes its caller's __name__.
import sys


def t(label, f):
    try:
        print("%s %r" % (label, f()))
    except Exception as e:
        print("%s %s: %s" % (label, type(e).__name__, e))


class C(object):
    pass


class E(ValueError):
    pass


t("int", lambda: int.__module__)
t("str", lambda: str.__module__)
t("list", lambda: list.__module__)
t("dict", lambda: dict.__module__)
t("object", lambda: object.__module__)
t("type", lambda: type.__module__)
t("NoneType", lambda: type(None).__module__)
t("bool", lambda: bool.__module__)
t("function type", lambda: type(t).__module__)
t("generator type", lambda: type(x for x in ()).__module__)
t("frame type", lambda: type(sys._getframe()).__module__)
t("len", lambda: len.__module__)
t("abs", lambda: abs.__module__)
t("sys function", lambda: sys.getrecursionlimit.__module__)
t("bound builtin method", lambda: [].append.__module__)
t("method descriptor", lambda: str.upper.__module__)
t("ValueError", lambda: ValueError.__module__)
t("Exception", lambda: Exception.__module__)
t("BaseException", lambda: BaseException.__module__)
t("StopIteration", lambda: StopIteration.__module__)
t("exception instance", lambda: KeyError().__module__)
t("int instance", lambda: (5).__module__)
t("in __dict__", lambda: ("__module__" in int.__dict__, "__module__" in ValueError.__dict__))
t("repr", lambda: (repr(ValueError), repr(int), repr(type(None))))
t("instance attribute", lambda: KeyError().foo)
t("user class", lambda: (C.__module__, C().__module__))
t("exception subclass", lambda: (E.__module__, E().__module__, "__module__" in E.__dict__))
t("type()", lambda: type("D", (), {}).__module__)
t("type() mro", lambda: type("D", (), {}).__mro__)
t("type() given module", lambda: type("D", (), {"__module__": "m"}).__module__)
t("module type", lambda: type(sys).__module__)
