//! execdiff's embedded CPython 3.x worker:
//! `execdiff-pyworker REQUEST_FD REPLY_FD WORKER_PY PYTHON` (PYTHON becomes `sys.executable`).
//!
//! It speaks `harness/PROTOCOL.md` like `harness/worker.py`, and reuses that file's `Worker`
//! for everything but the loop and the `exec` itself: Rust reads the frames and calls `exec`
//! directly, so no Python frame sits below a case's `<module>` frame. Stack depth, recursion
//! limits and `f_back` chains are then exactly a reference run's, with no wrappers and no
//! fallback for programs that look at outer frames. The interpreter is initialised like
//! `python -s -B` (through `PYTHONNOUSERSITE`/`PYTHONDONTWRITEBYTECODE`, removed from
//! `os.environ` again before any case runs).

use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::FromRawFd;
use std::process::ExitCode;

use pyo3::prelude::*;

mod canon;
use pyo3::types::{PyBytes, PyDict, PyString, PyTuple};

const MAX_FRAME: usize = 64 << 20;

/// The probe descriptor (`harness/PROTOCOL.md`).
const PROBE_FD: i32 = 3;

/// Builds the `Worker` of worker.py for an embedded interpreter. The `__main__` shape is the one
/// CPython 3.x gives a script (`python FILE`), which an embedded interpreter does not have.
/// `PROTOCOL_VERSION` comes from worker.py, the Python side's one definition of it.
const BOOTSTRAP: &str = r#"
import os, sys
for _name in ('PYTHONNOUSERSITE', 'PYTHONDONTWRITEBYTECODE'):
    os.environ.pop(_name, None)
sys.argv = ['']
sys.executable = sys._base_executable = EXECUTABLE
_ext = sys.modules['_frozen_importlib_external']
_shape = [('__name__', '__main__'), ('__doc__', None), ('__package__', None),
          ('__loader__', _ext.SourceFileLoader('__main__', '')), ('__spec__', None),
          ('__annotations__', {}), ('__builtins__', sys.modules['builtins']),
          ('__file__', ''), ('__cached__', None)]
worker = Worker(REQUEST_FD, REPLY_FD, _shape, True, NATIVE)
hello = '{"hello":{"protocol":%d,"python":"%d.%d.%d","pid":%d}}' % (
    (PROTOCOL_VERSION,) + tuple(sys.version_info[:3]) + (os.getpid(),))
"#;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(request_fd), Some(reply_fd), Some(worker_py), Some(executable)) = (
        args.get(1).and_then(|a| a.parse::<i32>().ok()),
        args.get(2).and_then(|a| a.parse::<i32>().ok()),
        args.get(3),
        args.get(4),
    ) else {
        eprintln!("usage: execdiff-pyworker REQUEST_FD REPLY_FD WORKER_PY PYTHON");
        return ExitCode::from(2);
    };
    // SAFETY: the pool hands these descriptors to this process and nobody else uses them.
    let (requests, replies) =
        unsafe { (File::from_raw_fd(request_fd), File::from_raw_fd(reply_fd)) };
    // SAFETY: single-threaded; no other thread reads the environment yet.
    unsafe {
        std::env::set_var("PYTHONNOUSERSITE", "1");
        std::env::set_var("PYTHONDONTWRITEBYTECODE", "1");
        // 1: install signal handlers, as `python` does.
        pyo3::ffi::Py_InitializeEx(1);
    }
    let fds = (request_fd, reply_fd);
    match Python::attach(|py| serve(py, requests, replies, fds, worker_py, executable)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("execdiff-pyworker: {e}");
            ExitCode::from(1)
        }
    }
}

fn serve(
    py: Python<'_>,
    mut requests: File,
    mut replies: File,
    (request_fd, reply_fd): (i32, i32),
    worker_py: &str,
    executable: &str,
) -> Result<(), String> {
    let py_err = |e: PyErr| e.to_string();
    let source = std::fs::read(worker_py).map_err(|e| format!("{worker_py}: {e}"))?;
    let builtins = PyModule::import(py, "builtins").map_err(py_err)?;
    let exec = builtins.getattr("exec").map_err(py_err)?;
    let compile = builtins.getattr("compile").map_err(py_err)?;
    let namespace = PyDict::new(py);
    namespace
        .set_item("__name__", "__execdiff_worker__")
        .map_err(py_err)?;
    namespace.set_item("__file__", worker_py).map_err(py_err)?;
    namespace
        .set_item("__builtins__", &builtins)
        .map_err(py_err)?;
    namespace
        .set_item("REQUEST_FD", request_fd)
        .map_err(py_err)?;
    namespace.set_item("REPLY_FD", reply_fd).map_err(py_err)?;
    namespace
        .set_item("EXECUTABLE", executable)
        .map_err(py_err)?;
    // Probes are canonicalised in Rust (canon.rs), written straight to the probe descriptor.
    namespace
        .set_item("NATIVE", canon::natives(py, PROBE_FD).map_err(py_err)?)
        .map_err(py_err)?;
    let code = compile
        .call1((PyBytes::new(py, &source), worker_py, "exec"))
        .map_err(py_err)?;
    exec.call1((code, &namespace)).map_err(py_err)?;
    let bootstrap = compile
        .call1((BOOTSTRAP, "<pyworker>", "exec"))
        .map_err(py_err)?;
    exec.call1((bootstrap, &namespace)).map_err(py_err)?;
    let worker = namespace
        .get_item("worker")
        .map_err(py_err)?
        .ok_or("no worker")?;
    let hello: String = namespace
        .get_item("hello")
        .map_err(py_err)?
        .ok_or("no hello")?
        .extract()
        .map_err(py_err)?;
    write_frame(&mut replies, hello.as_bytes()).map_err(|e| e.to_string())?;
    loop {
        let frame = match read_frame(&mut requests) {
            Ok(Some(frame)) => frame,
            Ok(None) => return Ok(()),
            Err(e) => return Err(format!("reading a request: {e}")),
        };
        let (head, rest) = split_line(&frame);
        if head == b"quit" {
            return Ok(());
        }
        let id = head
            .strip_prefix(b"run ")
            .and_then(|id| std::str::from_utf8(id).ok())
            .and_then(|id| id.parse::<u64>().ok())
            .ok_or_else(|| format!("bad request {:?}", String::from_utf8_lossy(head)))?;
        let (file, source) = split_line(rest);
        let file = String::from_utf8_lossy(file).into_owned();
        let reply = run_case(py, &worker, &exec, id, &file, source).map_err(py_err)?;
        write_frame(&mut replies, reply.as_bytes()).map_err(|e| e.to_string())?;
    }
}

/// One case: `Worker.prepare`, `exec` from Rust, `Worker.complete`.
fn run_case(
    py: Python<'_>,
    worker: &Bound<'_, PyAny>,
    exec: &Bound<'_, PyAny>,
    id: u64,
    file: &str,
    source: &[u8],
) -> PyResult<String> {
    let prepared = worker.call_method1("prepare", (id, file, PyBytes::new(py, source)))?;
    if prepared.is_instance_of::<PyString>() {
        return prepared.extract();
    }
    let prepared = prepared.cast_into::<PyTuple>()?;
    let code = prepared.get_item(0)?;
    let namespace = prepared.get_item(1)?;
    let mut failure = prepared.get_item(2)?;
    if !code.is_none() {
        if let Err(err) = exec.call1((&code, &namespace)) {
            let tb = match err.traceback(py) {
                Some(tb) => tb.into_any(),
                None => py.None().into_bound(py),
            };
            failure = PyTuple::new(
                py,
                [
                    err.get_type(py).into_any(),
                    err.value(py).clone().into_any(),
                    tb,
                ],
            )?
            .into_any();
        }
    }
    worker
        .call_method1("complete", (id, namespace, failure))?
        .extract()
}

fn split_line(bytes: &[u8]) -> (&[u8], &[u8]) {
    match bytes.iter().position(|b| *b == b'\n') {
        Some(pos) => (&bytes[..pos], &bytes[pos + 1..]),
        None => (bytes, &[]),
    }
}

fn read_frame(r: &mut File) -> io::Result<Option<Vec<u8>>> {
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

fn write_frame(w: &mut File, payload: &[u8]) -> io::Result<()> {
    let len = u32::try_from(payload.len()).map_err(io::Error::other)?;
    let mut out = Vec::with_capacity(4 + payload.len());
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(payload);
    w.write_all(&out)?;
    w.flush()
}
