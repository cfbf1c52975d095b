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
# Deliberately missing (an external worker may leave them out): the exact __main__ namespace
# shape, recursion-limit bookkeeping, restoring builtins or sys.modules between cases.
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
    namespace = {'__name__': '__main__', '__builtins__': builtins,
                 '__file__': os.path.abspath(file)}
    sys.argv = [file]
    status = 0
    try:
        code = compile(source, file, 'exec', dont_inherit=True)
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
    namespace.clear()
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
        status = run_case(make_observer, file.decode('utf-8', 'replace'), text)
        write_frame(reply_fd, {'done': {'id': case_id, 'status': status, 'recycle': False}})


if __name__ == '__main__':
    sys.exit(main())
