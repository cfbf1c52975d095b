//! execdiff's RustPython worker: an external worker (harness/PROTOCOL.md, "External workers")
//! that embeds `rustpython-vm` and runs each case in a fresh `__main__` scope.
//!
//! Started by the pool as `rustpython-worker 62 63` with fd 1 the stdout capture file and fd 3
//! the probe file. It says hello, then serves `run` requests until `quit` or EOF: compile the
//! source as `exec`, run it in a new module namespace, write an `end` record for an uncaught
//! exception (SyntaxError with its `msg` and `lineno`), flush stdout, reply `done` with the exit
//! status a script run would have had. `__observe__` is a native canonicaliser (see [`canon`])
//! that writes the same JSON records as `harness/ref/sitecustomize.py`, with RustPython's own
//! type names; like the reference run's, the builtin is a Python function
//! (`_make_observer.<locals>.observe`) that calls it, and `__loader__` is a
//! `SourceFileLoader` instance, so that probing builtins or the module namespace meets the same
//! kinds of objects as on CPython ([`SHIMS`]).
//!
//! Between cases the worker restores builtins, `sys.modules`, `sys.stdout`/`stderr`, `sys.argv`
//! and the recursion limit, and clears the case's namespace like module teardown.

mod canon;

use std::fs::File;
use std::io::{self, Read, Write};
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;

use rustpython_vm::builtins::{PyBaseExceptionRef, PyDictRef, PyInt, PyStr};
use rustpython_vm::compiler::Mode;
use rustpython_vm::scope::Scope;
use rustpython_vm::{AsObject, Interpreter, PyObjectRef, PyResult, Settings, VirtualMachine};

/// The protocol this worker speaks (`PROTOCOL_VERSION` in `src/target/protocol.rs`).
const PROTOCOL_VERSION: u32 = 1;

/// Largest frame accepted.
const MAX_FRAME: usize = 64 << 20;

/// Stack of the interpreter thread: RustPython recurses on the Rust stack per Python frame.
const STACK_BYTES: usize = 256 << 20;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let fd = |i: usize, default: i32| {
        args.get(i)
            .and_then(|a| a.parse::<i32>().ok())
            .unwrap_or(default)
    };
    let (request_fd, reply_fd) = (fd(1, 62), fd(2, 63));
    let served = std::thread::Builder::new()
        .name("rustpython".into())
        .stack_size(STACK_BYTES)
        .spawn(move || serve(request_fd, reply_fd));
    let code = match served.map(|h| h.join()) {
        Ok(Ok(Ok(()))) => 0,
        Ok(Ok(Err(e))) => {
            eprintln!("rustpython-worker: {e}");
            2
        }
        Ok(Err(_)) => 3,
        Err(e) => {
            eprintln!("rustpython-worker: cannot start the interpreter thread: {e}");
            2
        }
    };
    std::process::exit(code);
}

/// A descriptor the pool opened for us; never closed by us.
fn borrowed_file(fd: i32) -> ManuallyDrop<File> {
    // SAFETY: the pool passes these descriptors open; ManuallyDrop keeps us from closing them.
    ManuallyDrop::new(unsafe { File::from_raw_fd(fd) })
}

fn read_frame(r: &mut impl Read) -> io::Result<Option<Vec<u8>>> {
    let mut head = [0u8; 4];
    match r.read_exact(&mut head) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let len = u32::from_be_bytes(head) as usize;
    if len > MAX_FRAME {
        return Err(io::Error::other(format!("frame of {len} bytes")));
    }
    let mut payload = vec![0u8; len];
    r.read_exact(&mut payload)?;
    Ok(Some(payload))
}

fn write_frame(w: &mut impl Write, payload: &str) -> io::Result<()> {
    let len = u32::try_from(payload.len()).map_err(io::Error::other)?;
    let mut out = len.to_be_bytes().to_vec();
    out.extend_from_slice(payload.as_bytes());
    w.write_all(&out)?;
    w.flush()
}

fn serve(request_fd: i32, reply_fd: i32) -> io::Result<()> {
    let mut requests = borrowed_file(request_fd);
    let mut replies = borrowed_file(reply_fd);
    let mut settings = Settings::default();
    settings.hash_seed = Some(0);
    settings.install_signal_handlers = false;
    let interp = Interpreter::without_stdlib(settings);
    interp.enter(|vm| {
        let shims = Shims::install(vm).map_err(|e| io::Error::other(describe(vm, &e)))?;
        let python = format!(
            "{}.{}.{} (rustpython-vm {})",
            rustpython_vm::version::MAJOR,
            rustpython_vm::version::MINOR,
            rustpython_vm::version::MICRO,
            "0.6.0",
        );
        let hello = serde_json::json!({"hello": {
            "protocol": PROTOCOL_VERSION, "python": python, "pid": std::process::id()}});
        write_frame(&mut *replies, &hello.to_string())?;
        let baseline = Baseline::take(vm).map_err(|e| io::Error::other(describe(vm, &e)))?;
        while let Some(request) = read_frame(&mut *requests)? {
            if request == b"quit" {
                break;
            }
            let (id, file, source) = parse_request(&request)?;
            let reply = match std::str::from_utf8(source) {
                Err(_) => fallback(id, "source is not UTF-8"),
                Ok(text) if text.contains('\0') => fallback(id, "source contains a null byte"),
                Ok(text) => {
                    let status = run_case(vm, &shims, &file, text);
                    baseline.restore(vm);
                    let _ = io::stdout().flush();
                    serde_json::json!({"done": {"id": id, "status": status, "recycle": false}})
                }
            };
            write_frame(&mut *replies, &reply.to_string())?;
        }
        Ok(())
    })
}

fn fallback(id: u64, reason: &str) -> serde_json::Value {
    serde_json::json!({"fallback": {"id": id, "reason": reason}})
}

fn parse_request(request: &[u8]) -> io::Result<(u64, String, &[u8])> {
    let bad = || io::Error::other("malformed request");
    let nl1 = request.iter().position(|&b| b == b'\n').ok_or_else(bad)?;
    let head = std::str::from_utf8(&request[..nl1]).map_err(|_| bad())?;
    let id = head
        .strip_prefix("run ")
        .and_then(|n| n.parse().ok())
        .ok_or_else(bad)?;
    let rest = &request[nl1 + 1..];
    let nl2 = rest.iter().position(|&b| b == b'\n').ok_or_else(bad)?;
    let file = String::from_utf8_lossy(&rest[..nl2]).into_owned();
    Ok((id, file, &rest[nl2 + 1..]))
}

/// Python-level stand-ins for what a CPython script run has and a stdlib-less RustPython lacks.
struct Shims {
    /// Instances stand for `__loader__` (CPython's `SourceFileLoader`, attrs `name`, `path`).
    loader_class: PyObjectRef,
}

/// Run once at start-up in a private namespace. `observe` wraps the native canonicaliser in a
/// Python function named like the reference run's (`_make_observer.<locals>.observe`), so that
/// a probe of the builtins, or a frame walk, meets the same kind of object as on CPython.
const SHIMS: &str = "\
class SourceFileLoader:
    pass
SourceFileLoader.__module__ = '_frozen_importlib_external'
def _make_observer(native):
    def observe(label, value):
        return native(label, value)
    return observe
";

impl Shims {
    fn install(vm: &VirtualMachine) -> PyResult<Shims> {
        let native = canon::native_observe(vm);
        let scope = vm.new_scope_with_builtins();
        let code = vm
            .compile(SHIMS, Mode::Exec, "<execdiff-shims>".to_string())
            .map_err(|e| e.into_pyexception(vm, Some(SHIMS)))?;
        vm.run_code_obj(code, scope.clone())?;
        let make = scope.globals.get_item("_make_observer", vm)?;
        let observe = make.call((native,), vm)?;
        vm.builtins
            .as_object()
            .set_attr("__observe__", observe, vm)?;
        Ok(Shims {
            loader_class: scope.globals.get_item("SourceFileLoader", vm)?,
        })
    }

    fn loader(&self, vm: &VirtualMachine, file: &str) -> PyResult<PyObjectRef> {
        let loader = self.loader_class.call((), vm)?;
        loader.set_attr("name", vm.ctx.new_str("__main__"), vm)?;
        loader.set_attr("path", vm.ctx.new_str(file), vm)?;
        Ok(loader)
    }
}

/// What a case may change and the worker puts back afterwards.
struct Baseline {
    builtins: Vec<(PyObjectRef, PyObjectRef)>,
    modules: Vec<(PyObjectRef, PyObjectRef)>,
    sys_attrs: Vec<(&'static str, Option<PyObjectRef>)>,
    recursion_limit: usize,
}

const SYS_ATTRS: [&str; 6] = [
    "stdout",
    "stderr",
    "stdin",
    "argv",
    "excepthook",
    "displayhook",
];

impl Baseline {
    fn take(vm: &VirtualMachine) -> PyResult<Baseline> {
        Ok(Baseline {
            builtins: vm.builtins.dict().items_vec(),
            modules: modules_dict(vm)?.items_vec(),
            sys_attrs: SYS_ATTRS
                .iter()
                .map(|name| (*name, vm.sys_module.as_object().get_attr(*name, vm).ok()))
                .collect(),
            recursion_limit: vm.recursion_limit.get(),
        })
    }

    fn restore(&self, vm: &VirtualMachine) {
        refill(&vm.builtins.dict(), &self.builtins, vm);
        if let Ok(modules) = modules_dict(vm) {
            refill(&modules, &self.modules, vm);
        }
        for (name, value) in &self.sys_attrs {
            if let Some(value) = value {
                let _ = vm.sys_module.as_object().set_attr(*name, value.clone(), vm);
            }
        }
        vm.recursion_limit.set(self.recursion_limit);
    }
}

fn refill(dict: &PyDictRef, items: &[(PyObjectRef, PyObjectRef)], vm: &VirtualMachine) {
    dict.clear();
    for (k, v) in items {
        let _ = dict.set_item(&**k, v.clone(), vm);
    }
}

fn modules_dict(vm: &VirtualMachine) -> PyResult<PyDictRef> {
    let modules = vm.sys_module.as_object().get_attr("modules", vm)?;
    modules
        .downcast::<rustpython_vm::builtins::PyDict>()
        .map_err(|_| vm.new_type_error("sys.modules is not a dict"))
}

/// Runs one case; returns the exit status a script run would have had.
fn run_case(vm: &VirtualMachine, shims: &Shims, file: &str, source: &str) -> i32 {
    canon::reset();
    let file = absolute(file);
    let result = prepare(vm, shims, &file).and_then(|globals| {
        let code = vm
            .compile(source, Mode::Exec, file.clone())
            .map_err(|e| e.into_pyexception(vm, Some(source)))?;
        let scope = Scope::with_builtins(None, globals.clone(), vm);
        let run = vm.run_code_obj(code, scope).map(drop);
        teardown(&globals, vm);
        run
    });
    let status = match result {
        Ok(()) => 0,
        Err(exc) => exit_status(vm, exc),
    };
    canon::reset();
    status
}

fn absolute(file: &str) -> String {
    let path = std::path::Path::new(file);
    if path.is_absolute() {
        return file.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => cwd.join(path).to_string_lossy().into_owned(),
        Err(_) => file.to_string(),
    }
}

/// A fresh `__main__` with a script run's namespace shape, registered in `sys.modules`.
fn prepare(vm: &VirtualMachine, shims: &Shims, file: &str) -> PyResult<PyDictRef> {
    let globals = vm.ctx.new_dict();
    // Module initialisation writes `__name__` .. `__spec__` (as None) into the dict: first.
    let module = vm.new_module("__main__", globals.clone(), None);
    let none = vm.ctx.none();
    globals.set_item("__name__", vm.ctx.new_str("__main__").into(), vm)?;
    globals.set_item("__doc__", none.clone(), vm)?;
    globals.set_item("__package__", none.clone(), vm)?;
    globals.set_item("__loader__", shims.loader(vm, file)?, vm)?;
    globals.set_item("__spec__", none.clone(), vm)?;
    globals.set_item("__annotations__", vm.ctx.new_dict().into(), vm)?;
    globals.set_item("__builtins__", vm.builtins.clone().into(), vm)?;
    globals.set_item("__file__", vm.ctx.new_str(file).into(), vm)?;
    globals.set_item("__cached__", none, vm)?;
    modules_dict(vm)?.set_item("__main__", module.into(), vm)?;
    let argv = vm.ctx.new_list(vec![vm.ctx.new_str(file).into()]);
    vm.sys_module.as_object().set_attr("argv", argv, vm)?;
    Ok(globals)
}

/// Module teardown: single-underscore names first, then the rest (so `__del__` methods that
/// print run as they would at interpreter exit, before stdout is flushed).
fn teardown(globals: &PyDictRef, vm: &VirtualMachine) {
    let keys = globals.keys_vec();
    let underscore = |k: &PyObjectRef| {
        k.downcast_ref::<PyStr>()
            .and_then(|s| s.to_str())
            .is_some_and(|s| s.starts_with('_') && !s.starts_with("__"))
    };
    for pass_underscore in [true, false] {
        for key in keys.iter().filter(|k| underscore(k) == pass_underscore) {
            if key
                .downcast_ref::<PyStr>()
                .and_then(|s| s.to_str())
                .is_some_and(|s| s == "__builtins__")
            {
                continue;
            }
            let _ = globals.del_item(&**key, vm);
        }
    }
}

/// The exit status of an uncaught exception, after recording its end (not for `SystemExit`,
/// which a script run reports only through its status).
fn exit_status(vm: &VirtualMachine, exc: PyBaseExceptionRef) -> i32 {
    if exc.fast_isinstance(vm.ctx.exceptions.system_exit) {
        let code = exc
            .as_object()
            .get_attr("code", vm)
            .unwrap_or_else(|_| vm.ctx.none());
        if vm.is_none(&code) {
            return 0;
        }
        if let Some(i) = code.downcast_ref::<PyInt>() {
            return low_byte(&i.as_bigint().to_string());
        }
        return 1;
    }
    canon::write_end(vm, &exc);
    1
}

/// The low 8 bits (two's complement) of a decimal integer: 10^8 is a multiple of 256, so
/// its last eight digits decide.
fn low_byte(decimal: &str) -> i32 {
    let (negative, digits) = match decimal.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, decimal),
    };
    let tail = &digits[digits.len().saturating_sub(8)..];
    let n: i64 = tail.parse().unwrap_or(0);
    let n = if negative { -n } else { n };
    n.rem_euclid(256) as i32
}

fn describe(vm: &VirtualMachine, exc: &PyBaseExceptionRef) -> String {
    exc.as_object()
        .str(vm)
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "<exception>".into())
}
