# execdiff's persistent CPython worker: one file that runs unchanged on 2.7 and 3.x.
#
# Started by the pool (src/target/cpython.rs) exactly like a reference run, minus
# EXECDIFF_PROBE_FD, as `PY -s -B harness/worker.py REQUEST_FD REPLY_FD`, in its own process
# group, with fd 1 = the stdout capture file, fd 3 = the probe file (both O_APPEND, truncated by
# the pool before each case). It speaks harness/PROTOCOL.md on REQUEST_FD/REPLY_FD and runs each
# case in a fresh __main__ module shaped like the reference run's, writing probes and the end
# record to fd 3 with the same canonicaliser as harness/ref/sitecustomize.py.
#
# No docstring and no statement before the next line: it records the shape of the __main__
# namespace that CPython gives a script, which every case gets a fresh copy of.
_MAIN_SHAPE = list(globals().items())

import os  # noqa: E402 (already imported by site)
import sys  # noqa: E402

PROTOCOL_VERSION = 1
PROBE_FD = 3
MAX_FRAME = 64 << 20
AST_ONLY = 0x400  # PyCF_ONLY_AST, the same on 2.7 and 3.x


def read_exact(fd, n):
    chunks = []
    while n > 0:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError('request pipe closed')
        chunks.append(chunk)
        n -= len(chunk)
    return b''.join(chunks)


def read_frame(fd):
    head = read_exact(fd, 4)
    n = 0
    for byte in bytearray(head):
        n = (n << 8) | byte
    if n > MAX_FRAME:
        raise ValueError('frame of %d bytes' % n)
    return read_exact(fd, n)


def write_frame(fd, payload):
    n = len(payload)
    data = bytes(bytearray([(n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255])) + payload
    while data:
        data = data[os.write(fd, data):]


def json_str(text):
    out = ['"']
    for ch in text:
        if ch == '"' or ch == '\\':
            out.append('\\' + ch)
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def load_canonicaliser():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ref', 'sitecustomize.py')
    with open(path, 'rb') as f:
        source = f.read()
    namespace = {'__name__': '__execdiff_canon__'}
    exec(compile(source, path, 'exec', 0, True), namespace)
    return namespace['_make_observer']


def write_probe_line(line):
    data = line.encode('utf-8')
    while data:
        data = data[os.write(PROBE_FD, data):]


def close_on_exec(fd):
    """Keeps the protocol descriptors out of programs a case starts (2.7's subprocess does not
    close descriptors by default), so that only the worker holds the reply pipe."""
    set_inheritable = getattr(os, 'set_inheritable', None)
    if set_inheritable is not None:
        set_inheritable(fd, False)
        return
    had = 'fcntl' in sys.modules
    import fcntl
    fcntl.fcntl(fd, fcntl.F_SETFD, fcntl.fcntl(fd, fcntl.F_GETFD) | fcntl.FD_CLOEXEC)
    if not had:
        del sys.modules['fcntl']


def exit_status(exc):
    """The process exit status CPython would give for an uncaught SystemExit."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int) or type(code).__name__ == 'long':
        return int(code) & 255
    return 1


class Worker(object):
    """Runs cases. The script worker drives it with `serve`; the embedded worker (pyworker)
    calls `prepare`, runs `exec` itself from Rust (so that no Python frame sits below the
    case's <module> frame) and calls `complete`."""

    def __init__(self, request_fd, reply_fd, main_shape=None, embedded=False, native=None,
                 walk=None):
        self.request_fd = request_fd
        self.reply_fd = reply_fd
        self.pid = os.getpid()
        for fd in (request_fd, reply_fd):
            close_on_exec(fd)
        self.main_shape = main_shape if main_shape is not None else _MAIN_SHAPE
        self.embedded = embedded
        self.py3 = sys.version_info[0] >= 3
        self.builtins = sys.modules['builtins' if self.py3 else '__builtin__']
        # native: the embedded worker's (observe, reset) in Rust, which write probe records
        # themselves; walk: the 2.7 script worker's C walk (see _make_observer).
        observe, end_record, reset = load_canonicaliser()(write_probe_line, native, walk)
        self.observe = observe
        self.end_record = end_record
        self.reset = reset
        self.module_type = type(sys)
        shape = dict(self.main_shape)
        self.loader_type = type(shape['__loader__']) if '__loader__' in shape else None
        if embedded:
            # An embedded interpreter has no script directory in sys.path: make room for it.
            sys.path.insert(0, '')
        self.main_module = sys.modules['__main__']
        self.modules = dict(sys.modules)
        # __observe__ is in builtins during every case, so it belongs to the baseline.
        self.builtins.__observe__ = self.observe
        self.builtins_items = list(self.builtins.__dict__.items())
        self.builtins_dict = dict(self.builtins_items)
        self.script_dirs = {}
        self.abs_files = {}
        # Frames below the case's <module> frame: none when Rust calls exec.
        self.depth = 0 if embedded else None
        self.path = list(sys.path)
        self.stdout = sys.stdout
        self.stderr = sys.stderr
        self.stdin = sys.stdin
        end_record = self.end_record

        def excepthook(exc_type, exc_value, tb):
            # sitecustomize's hook, minus the traceback on stderr (nobody reads it here).
            write_probe_line(end_record(exc_type, exc_value))

        self.excepthook = excepthook
        self.displayhook = sys.displayhook
        self.recursion_limit = sys.getrecursionlimit()
        self.real_get_limit = sys.getrecursionlimit
        self.real_set_limit = sys.setrecursionlimit
        self.get_limit = self.set_limit = None
        self.int_digits = getattr(sys, 'get_int_max_str_digits', None)
        self.int_digits_value = self.int_digits() if self.int_digits else None
        self.cwd = os.getcwd()
        self.stdout_ino = os.fstat(1).st_ino

    def serve(self):
        version = '%d.%d.%d' % tuple(sys.version_info[:3])
        write_frame(self.reply_fd, (
            '{"hello":{"protocol":%d,"python":"%s","pid":%d}}'
            % (PROTOCOL_VERSION, version, os.getpid())).encode('ascii'))
        while True:
            try:
                frame = read_frame(self.request_fd)
            except EOFError:
                return
            head, _, rest = frame.partition(b'\n')
            words = head.split(b' ')
            if words[0] == b'quit':
                return
            if words[0] != b'run' or len(words) != 2:
                raise ValueError('bad request %r' % head[:80])
            case_id = int(words[1])
            file_bytes, _, source = rest.partition(b'\n')
            file = file_bytes.decode('utf-8', 'surrogateescape') if self.py3 else file_bytes
            reply = self.run(case_id, file, source)
            write_frame(self.reply_fd, reply.encode('ascii'))

    def fresh_main(self, file):
        module = self.module_type('__main__')
        namespace = module.__dict__
        abs_file = self.abs_files.get(file)
        if abs_file is None:
            # The working directory is the worker's own whenever a case starts (finish restores
            # it), so the absolute path of a file name never changes.
            abs_file = os.path.abspath(file)
            if len(self.abs_files) < 1000:
                self.abs_files[file] = abs_file
        for key, value in self.main_shape:
            if key == '__file__':
                value = abs_file if self.py3 else file
            elif key == '__loader__' and self.loader_type is not None:
                value = self.loader_type('__main__', abs_file)
            elif key == '__annotations__':
                value = {}
            elif key in ('__doc__', '__spec__', '__cached__', '__package__'):
                value = None
            elif key == '__name__':
                value = '__main__'
            namespace[key] = value
        return module

    def run(self, case_id, file, source):
        prepared = self.prepare(case_id, file, source)
        if not isinstance(prepared, tuple):
            return prepared
        code, namespace, failure = prepared
        if code is not None:
            try:
                exec(code, namespace)
            except BaseException:
                failure = sys.exc_info()
        return self.complete(case_id, namespace, failure)

    def prepare(self, case_id, file, source):
        """Sets the stage for a case: a reply (fallback) or (code, namespace, failure), where
        failure is the exc_info of a compile error, and code is None then."""
        module = self.fresh_main(file)
        namespace = module.__dict__
        sys.modules['__main__'] = module
        sys.argv = [file]
        sys.path[0] = self.script_dir(file)
        self.builtins.__observe__ = self.observe
        self.reset()
        sys.excepthook = self.excepthook
        if self.depth is None:
            depth = 0
            frame = sys._getframe(1)
            while frame is not None:
                depth += 1
                frame = frame.f_back
            self.depth = depth
        if self.depth:
            # The case's <module> frame sits `depth` frames deeper than in a reference run:
            # raise the limit by that much and let the case see (and set) the limit it would
            # see there.
            if self.get_limit is None:
                self.get_limit = self.make_get_limit(self.depth)
                self.set_limit = self.make_set_limit(self.depth)
            self.real_set_limit(self.recursion_limit + self.depth)
            sys.getrecursionlimit = self.get_limit
            sys.setrecursionlimit = self.set_limit
        try:
            code = compile(source, namespace['__file__'], 'exec', 0, True)
        except SyntaxError:
            failure = sys.exc_info()
            # The string tokenizer reports some errors unlike the file tokenizer of a reference
            # run (2.7: "unexpected EOF while parsing" vs "invalid syntax"). Errors found after
            # parsing (symbol table, compiler) are the same in both.
            try:
                compile(source, namespace['__file__'], 'exec', AST_ONLY, True)
            except SyntaxError:
                return self.abandon(case_id, namespace, 'parse error')
            return None, namespace, failure
        except BaseException:
            return None, namespace, sys.exc_info()
        return code, namespace, None

    def complete(self, case_id, namespace, failure):
        """After the case: its exit status, the excepthook for an uncaught exception, the
        clean-up; returns the reply."""
        status = 0
        if os.getpid() != self.pid:
            # A child the case forked came back here: end it as the program would end there,
            # and leave the protocol to the real worker.
            try:
                self.stdout.flush()
            finally:
                os._exit(status if failure is None else 1)
        if failure is not None:
            exc_type, exc_value, tb = failure
            failure = None
            if exc_type is not None and issubclass(exc_type, SystemExit):
                status = exit_status(exc_value)
            else:
                status = 1
                if tb is not None and not self.embedded:
                    tb = tb.tb_next  # the worker's own frame
                try:
                    sys.excepthook(exc_type, exc_value, tb)
                except BaseException:
                    pass
            exc_type = exc_value = tb = None
        recycle = self.finish(namespace)
        return '{"done":{"id":%d,"status":%d,"recycle":%s}}' % (
            case_id, status, 'true' if recycle else 'false')

    def script_dir(self, file):
        """sys.path[0] of a reference run of `file`: its real directory."""
        key = os.path.dirname(file)
        found = self.script_dirs.get(key)
        if found is None:
            found = os.path.dirname(os.path.realpath(file))
            if len(self.script_dirs) < 1000:
                self.script_dirs[key] = found
        return found

    def make_get_limit(self, offset):
        real = self.real_get_limit

        def getrecursionlimit():
            return real() - offset

        # What a case can read of the builtin it stands in for (its type and repr still differ;
        # see PROTOCOL.md).
        getrecursionlimit.__module__ = 'sys'
        return getrecursionlimit

    def make_set_limit(self, offset):
        real = self.real_set_limit

        def setrecursionlimit(limit):
            return real(limit + offset)

        setrecursionlimit.__module__ = 'sys'
        return setrecursionlimit

    def abandon(self, case_id, namespace, why):
        """Gives the case back to the pool for a reference run."""
        self.finish(namespace)
        return '{"fallback":{"id":%d,"reason":%s}}' % (case_id, json_str(why))

    def finish(self, namespace):
        """Undoes what a case can leave behind; True when the worker cannot be reused."""
        if sys.gettrace() is not None:
            sys.settrace(None)
        if sys.getprofile() is not None:
            sys.setprofile(None)
        sys.getrecursionlimit = self.real_get_limit
        sys.setrecursionlimit = self.real_set_limit
        sys.setrecursionlimit(self.recursion_limit)
        recycle = False
        atexit = sys.modules.get('atexit')
        if atexit is not None and 'atexit' not in self.modules:
            try:
                atexit._run_exitfuncs()
            except BaseException:
                pass
            recycle = True
        # Like module teardown at exit: single-underscore names first, then the rest.
        try:
            for key in list(namespace):
                if key[:1] == '_' and key[1:2] != '_':
                    namespace[key] = None
            for key in list(namespace):
                if key != '__builtins__':
                    namespace[key] = None
        except BaseException:
            pass
        out = sys.stdout
        if not self.py3 and out is self.stdout and getattr(out, 'softspace', 0):
            try:
                out.write('\n')
                out.softspace = 0
            except BaseException:
                pass
        try:
            self.stdout.flush()
        except BaseException:
            recycle = True
        if getattr(self.stdout, 'closed', True):
            recycle = True
        try:
            if os.fstat(1).st_ino != self.stdout_ino:
                recycle = True
        except OSError:
            recycle = True
        sys.stdout = self.stdout
        sys.stderr = self.stderr
        sys.stdin = self.stdin
        sys.excepthook = self.excepthook
        sys.displayhook = self.displayhook
        if self.int_digits is not None and self.int_digits() != self.int_digits_value:
            sys.set_int_max_str_digits(self.int_digits_value)
        modules = sys.modules
        modules['__main__'] = self.main_module
        # Dict equality checks identity first, so untouched entries cost no __eq__ call.
        if modules != self.modules:
            for name in list(modules):
                if name not in self.modules:
                    del modules[name]
            for name, module in self.modules.items():
                if modules.get(name) is not module:
                    modules[name] = module
        sys.path[:] = self.path
        builtins = self.builtins.__dict__
        if builtins != self.builtins_dict:
            builtins.clear()
            builtins.update(self.builtins_items)
        if os.getcwd() != self.cwd:
            os.chdir(self.cwd)
        frames = getattr(sys, '_current_frames', None)
        if frames is not None and len(frames()) > 1:
            recycle = True
        return recycle


def load_walk(path):
    """The `walk` and `observe` functions of harness/walk27/walk.c built at `path`, loaded
    without leaving a trace in sys.modules (cases see the modules of a reference run)."""
    had_imp = 'imp' in sys.modules
    import imp
    module = imp.load_dynamic('_execdiff_walk', path)
    del sys.modules['_execdiff_walk']
    if not had_imp:
        del sys.modules['imp']
    module.set_probe_fd(PROBE_FD)
    return module.walk, module.observe


def main():
    request_fd, reply_fd = int(sys.argv[1]), int(sys.argv[2])
    walk = None
    if sys.argv[3:4] == ['--walk']:
        walk = load_walk(sys.argv[4])
    Worker(request_fd, reply_fd, walk=walk).serve()


if __name__ == '__main__':
    main()
