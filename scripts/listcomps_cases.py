"""Turns the `_check_in_scopes` cases of CPython's own `test_listcomps.py` into standalone
programs, one per case and scope (module, class, function), for `execdiff diff`.

Run it with the interpreter whose test file you want (3.12 and 3.13 differ):

    $(pyenv root)/versions/3.13.0/bin/python scripts/listcomps_cases.py OUTDIR

Each program builds the scope wrapper exactly as `_check_in_scopes` does, runs it with
`exec` in a fresh namespace and prints what the test would compare (the outputs it names,
or the type of the exception it expects), so the VM and CPython can be diffed on it. The
expected values of the test are not printed: CPython is the oracle. Programs that are the
same text (the 3.12 and 3.13 files share most cases) get the same file name and are
written once.
"""

import hashlib
import os
import sys
import textwrap
import unittest

from test import test_listcomps

RECORDED = []


def _record(self, code, outputs=None, ns=None, scopes=None, raises=(), exec_func=exec):
    RECORDED.append((self._testMethodName, code, outputs, ns, scopes, raises, exec_func))


def _wrap(code, scope):
    # Copied from `_check_in_scopes`.
    if scope == "class":
        return textwrap.dedent("""
            class _C:
                {code}
        """).format(code=textwrap.indent(code, "    "))
    if scope == "function":
        return textwrap.dedent("""
            def _f():
                {code}
                return locals()
            _out = _f()
        """).format(code=textwrap.indent(code, "    "))
    return code


def _ns_source(ns):
    if not ns:
        return "{}"
    items = []
    for k, v in sorted(ns.items()):
        if v is sys:
            items.append("%r: sys" % k)
        else:
            items.append("%r: %r" % (k, v))
    return "{" + ", ".join(items) + "}"


def _getter(scope, name):
    if scope == "class":
        return "getattr(newns['_C'], %r)" % name
    if scope == "function":
        return "newns['_out'][%r]" % name
    return "newns[%r]" % name


REPLACING_EXEC = '''
import types
def _recursive_replace(maybe_code):
    if not isinstance(maybe_code, types.CodeType):
        return maybe_code
    return maybe_code.replace(co_consts=tuple(
        _recursive_replace(c) for c in maybe_code.co_consts
    ))
def exec_func(code_string, ns):
    co = compile(code_string, "<string>", "exec")
    co = _recursive_replace(co)
    exec(co, ns)
'''


def program(code, outputs, ns, scope, raises, replacing):
    code = textwrap.dedent(code)
    newcode = _wrap(code, scope)
    lines = ["import sys"]
    if replacing:
        lines.append(REPLACING_EXEC.strip())
    else:
        lines.append("exec_func = exec")
    lines.append("newcode = %r" % newcode)
    lines.append("newns = %s" % _ns_source(ns))
    body = []
    for k in outputs or {}:
        body.append("print(%r, repr(%s))" % (k, _getter(scope, k)))
    if not body:
        body.append("print('done')")
    if raises:
        name = raises.__name__
        lines.append("try:")
        lines.append("    exec_func(newcode, newns)")
        lines.append("except %s as e:" % name)
        lines.append("    print('raised', type(e).__name__)")
        lines.append("else:")
        lines.extend("    " + b for b in body)
    else:
        lines.append("exec_func(newcode, newns)")
        lines.extend(body)
    return "\n".join(lines) + "\n"


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    cls = test_listcomps.ListComprehensionTest
    cls._check_in_scopes = _record
    for name in sorted(dir(cls)):
        if not name.startswith("test"):
            continue
        test = cls(name)
        try:
            getattr(test, name)()
        except Exception:
            # Tests that assert directly (not through `_check_in_scopes`) are not turned
            # into programs.
            pass
    written = 0
    for test, code, outputs, ns, scopes, raises, exec_func in RECORDED:
        replacing = exec_func is not exec
        for scope in scopes or ["module", "class", "function"]:
            text = program(code, outputs, ns, scope, raises, replacing)
            digest = hashlib.sha1(text.encode()).hexdigest()[:8]
            stem = "%s_%s%s_%s" % (test[5:], scope, "_replacing" if replacing else "", digest)
            path = os.path.join(out, stem + ".py")
            if not os.path.exists(path):
                with open(path, "w") as f:
                    f.write(text)
                written += 1
    print("%d cases recorded, %d programs written to %s" % (len(RECORDED), written, out))


if __name__ == "__main__":
    main()
