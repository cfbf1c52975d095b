# A second, deliberately small implementation of the execdiff worker protocol, written from
# harness/PROTOCOL.md ("External workers") alone: it proves the document is enough to plug in a
# Python implementation that execdiff knows nothing about.
#
# Run as an external target, e.g.
#   execdiff ... --target 'pyext=3.12:/root/.pyenv/versions/3.12.1/bin/python harness/ext/pyext_worker.py'
# The pool appends the request and reply descriptors (62 63). fd 1 is the stdout capture file and
# fd 3 the probe file. Each case runs with exec in a fresh dict; probes and the end record use
# the canonicaliser of harness/ref/sitecustomize.py (its _make_observer), loaded as plain code.
#
# Each case runs in a fresh __main__ module with the namespace shape of a script run on the
# implementation running this worker (taken from this file's own __main__ before it defines
# anything: same keys, same order, so dir(), globals() and module probes show what running the
# case as a script shows), put in sys.modules, with sys.argv and sys.path[0] set as for a
# script, and the recursion limit raised by this worker's own stack depth (the case sees and
# sets the limit a script would). A program that can look below its own <module> frame, where
# this worker's frames would show, is given back as a fallback (inconclusive).
#
# Deliberately missing (an external worker may leave them out): restoring builtins or
# sys.modules between cases.
_MAIN_SHAPE = list(globals().items())

import json
import os
import sys

PROTOCOL = 1
PROBE_FD = 3


def read_exact(fd, n):
    data = b''
    while len(data) < n:
        chunk = os.read(fd, n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def read_frame(fd):
    head = read_exact(fd, 4)
    if head is None:
        return None
    return read_exact(fd, int.from_bytes(head, 'big'))


def write_frame(fd, obj):
    payload = json.dumps(obj).encode('utf-8')
    data = len(payload).to_bytes(4, 'big') + payload
    while data:
        data = data[os.write(fd, data):]


def write_record(text):
    data = text.encode('utf-8', 'surrogatepass')
    while data:
        data = data[os.write(PROBE_FD, data):]


# Words of a program that may look at outer frames (the pool's FRAME_WORDS in
# src/target/cpython.rs).
FRAME_WORDS = ('f_back', 'inspect', 'traceback', '_current_frames', 'tb_frame', 'settrace',
               'setprofile', 'gi_frame', 'cr_frame')


def looks_below_module(source):
    if any(word in source for word in FRAME_WORDS):
        return True
    at = source.find('_getframe(')
    while at >= 0:
        if source[at + len('_getframe('):at + len('_getframe(') + 1] != ')':
            return True
        at = source.find('_getframe(', at + 1)
    return False


def fresh_main(file):
    """A __main__ module shaped like this worker's own at start-up, for `file`."""
    import types
    own_file = dict(_MAIN_SHAPE).get('__file__', '')
    path = os.path.abspath(file) if os.path.isabs(own_file) else file
    module = types.ModuleType('__main__')
    namespace = module.__dict__
    namespace.clear()
    for key, value in _MAIN_SHAPE:
        if key == '__file__':
            value = path
        elif key == '__loader__' and value is not None:
            value = type(value)('__main__', path)
        elif key == '__annotations__':
            value = {}
        elif key in ('__doc__', '__spec__', '__cached__', '__package__'):
            value = None
        elif key == '__name__':
            value = '__main__'
        namespace[key] = value
    return module, path


def stack_depth():
    depth = 0
    frame = sys._getframe(1)
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


def load_make_observer():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, os.pardir, 'ref', 'sitecustomize.py')
    namespace = {'__name__': 'pyext_canon'}
    with open(path, 'rb') as f:
        exec(compile(f.read(), path, 'exec'), namespace)
    return namespace['_make_observer']


def run_case(make_observer, file, source):
    import builtins
    # A fresh observer per case: identity ordinals start again from 1.
    observe, end_record = make_observer(write_record)[:2]
    builtins.__observe__ = observe
    module, path = fresh_main(file)
    namespace = module.__dict__
    main, argv, path0 = sys.modules.get('__main__'), sys.argv, sys.path[0]
    sys.modules['__main__'] = module
    sys.argv = [path]
    sys.path[0] = os.path.dirname(os.path.realpath(path))
    real_get, real_set = sys.getrecursionlimit, sys.setrecursionlimit
    limit = real_get()
    # The case's <module> frame sits this many frames (this one, main, the worker's <module>)
    # deeper than a script's.
    offset = stack_depth()

    def getrecursionlimit():
        return real_get() - offset

    def setrecursionlimit(n):
        return real_set(n + offset)

    getrecursionlimit.__module__ = setrecursionlimit.__module__ = 'sys'
    real_set(limit + offset)
    sys.getrecursionlimit, sys.setrecursionlimit = getrecursionlimit, setrecursionlimit
    status = 0
    try:
        code = compile(source, path, 'exec', dont_inherit=True)
        exec(code, namespace)
    except SystemExit as e:
        if e.code is None:
            status = 0
        elif isinstance(e.code, int):
            status = e.code & 255
        else:
            status = 1
    except BaseException as e:
        write_record(end_record(type(e), e))
        status = 1
    finally:
        sys.getrecursionlimit, sys.setrecursionlimit = real_get, real_set
        real_set(limit)
    namespace.clear()
    sys.modules['__main__'], sys.argv, sys.path[0] = main, argv, path0
    sys.stdout.flush()
    return status


def main():
    request_fd, reply_fd = int(sys.argv[1]), int(sys.argv[2])
    make_observer = load_make_observer()
    version = '%d.%d.%d' % sys.version_info[:3]
    write_frame(reply_fd, {'hello': {'protocol': PROTOCOL, 'python': version,
                                     'pid': os.getpid()}})
    while True:
        request = read_frame(request_fd)
        if request is None or request == b'quit':
            return 0
        head, file, source = request.split(b'\n', 2)
        case_id = int(head.split(b' ')[1])
        try:
            text = source.decode('utf-8')
        except UnicodeDecodeError:
            write_frame(reply_fd, {'fallback': {'id': case_id, 'reason': 'not utf-8'}})
            continue
        if looks_below_module(text):
            write_frame(reply_fd, {'fallback': {'id': case_id,
                                                'reason': 'may look below its own frame'}})
            continue
        status = run_case(make_observer, file.decode('utf-8', 'replace'), text)
        write_frame(reply_fd, {'done': {'id': case_id, 'status': status, 'recycle': False}})


if __name__ == '__main__':
    sys.exit(main())
