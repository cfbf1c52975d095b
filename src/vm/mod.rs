//! The in-house Python VM: one implementation that emulates CPython 2.7, 3.12 and 3.13.
//!
//! [`run_source`] runs a file as `__main__` the way `python FILE` does and returns what the
//! reference run would show: stdout, the end of the run, and the probes. The run happens on
//! a thread of its own with a large stack (Python calls do not recurse on it, but builtins
//! that call back into Python do, bounded by the recursion limit), under a fuel budget and a
//! memory budget; a panic is caught and reported as a crash.
//!
//! It depends on `version` and `observe` only; it must never import harness code.

/// Whether the planted mistake `$bug` is on for the running program ([`planted::is_on`]);
/// always false in builds without `planted-bugs`.
macro_rules! planted {
    ($bug:ident) => {{
        #[cfg(feature = "planted-bugs")]
        let on = $crate::vm::planted::is_on($crate::vm::planted::PlantedBug::$bug);
        #[cfg(not(feature = "planted-bugs"))]
        let on = false;
        on
    }};
}

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod canon;
pub mod compile;
pub mod error;
pub mod features;
pub mod interp;
pub mod lexer;
pub mod methods;
pub mod objects;
pub mod parser;
#[cfg(feature = "planted-bugs")]
pub mod planted;
pub mod printer;
pub mod sites;
pub mod symtable;

use std::rc::Rc;

use crate::observe::{End, Observation};
use crate::version::{PyVersion, Semantics, SyntaxGap, Unsupported};
use interp::{Halt, Unwind, Vm};
use objects::{Module, PyObj};

/// How to run one program.
#[derive(Clone, Debug)]
pub struct VmConfig {
    pub version: PyVersion,
    /// Instructions (and work units of expensive builtins) before the run is a `Timeout`.
    pub fuel: u64,
    /// Largest single allocation, in bytes, before `MemoryError`.
    pub memory_limit: usize,
    /// The script's name as `__file__` and tracebacks show it.
    pub filename: String,
    /// The version's answers; `version.semantics()` unless a test flips one.
    pub semantics: Semantics,
    /// A deliberate mistake to make (tests of the campaign only).
    #[cfg(feature = "planted-bugs")]
    pub planted: planted::Planted,
}

impl VmConfig {
    pub fn new(version: PyVersion) -> VmConfig {
        VmConfig {
            version,
            fuel: 20_000_000,
            memory_limit: 256 << 20,
            filename: "case.py".into(),
            semantics: version.semantics(),
            #[cfg(feature = "planted-bugs")]
            planted: planted::Planted::default(),
        }
    }
}

/// What a run printed and how it ended.
#[derive(Clone, Debug)]
pub struct RunOutput {
    pub observation: Observation,
    pub stderr: String,
    pub exit_code: i32,
    /// The scope mechanisms the run executed (empty when it never started running).
    pub executed: features::Executed,
    /// The interpreter's branches the run passed, compilation included (its spectrum), in
    /// the order it first passed them.
    pub sites: Vec<sites::Site>,
}

/// Stack for the run's thread. Nested builtin callbacks are bounded by the recursion limit
/// and, whatever the limit, by [`interp::Vm::check_stack`], which turns a nearly exhausted
/// stack into a `RecursionError` long before it overflows.
const RUN_STACK: usize = 64 << 20;

/// Stack the interpreter may use before `check_stack` refuses to go deeper.
const STACK_BUDGET: usize = RUN_STACK - (8 << 20);

type Job = (Vec<u8>, VmConfig);

/// A long-lived thread with the VM's stack that runs jobs for one calling thread, so a run
/// does not pay for creating a thread and its stack.
struct RunThread {
    jobs: std::sync::mpsc::Sender<Job>,
    results: std::sync::mpsc::Receiver<std::thread::Result<RunOutput>>,
}

impl RunThread {
    fn spawn() -> std::io::Result<RunThread> {
        let (job_tx, job_rx) = std::sync::mpsc::channel::<Job>();
        let (res_tx, res_rx) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("execdiff-vm".into())
            .stack_size(RUN_STACK)
            .spawn(move || {
                while let Ok((src, cfg)) = job_rx.recv() {
                    let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        run_inner(&src, &cfg)
                    }));
                    if res_tx.send(out).is_err() {
                        break;
                    }
                }
            })?;
        Ok(RunThread {
            jobs: job_tx,
            results: res_rx,
        })
    }
}

thread_local! {
    static RUN_THREAD: std::cell::RefCell<Option<RunThread>> = const { std::cell::RefCell::new(None) };
}

/// Runs `source` as `__main__`.
pub fn run_source(source: &[u8], cfg: &VmConfig) -> RunOutput {
    let crash = |detail: String| RunOutput {
        observation: Observation::new(String::new(), End::Crash { detail }, Vec::new()),
        stderr: String::new(),
        exit_code: 101,
        executed: features::Executed::default(),
        sites: Vec::new(),
    };
    let result = RUN_THREAD.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            *slot =
                Some(RunThread::spawn().map_err(|e| format!("cannot start the VM thread: {e}"))?);
        }
        let Some(rt) = slot.as_ref() else {
            return Err("no VM thread".to_string());
        };
        let sent = rt.jobs.send((source.to_vec(), cfg.clone()));
        let got = match sent {
            Ok(()) => rt
                .results
                .recv()
                .map_err(|_| "the VM thread died".to_string()),
            Err(_) => Err("the VM thread died".to_string()),
        };
        if got.is_err() {
            // Start afresh next time.
            *slot = None;
        }
        got
    });
    match result {
        Ok(Ok(out)) => out,
        Ok(Err(p)) => crash(panic_text(&p)),
        Err(detail) => crash(detail),
    }
}

fn panic_text(p: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        format!("panic: {s}")
    } else if let Some(s) = p.downcast_ref::<String>() {
        format!("panic: {s}")
    } else {
        "panic".into()
    }
}

fn unsupported_end(what: &Unsupported, line: Option<u32>) -> End {
    End::Unsupported {
        construct: what.name(),
        line,
    }
}

fn run_inner(source: &[u8], cfg: &VmConfig) -> RunOutput {
    #[cfg(feature = "planted-bugs")]
    planted::set(cfg.planted);
    sites::take();
    let sem = cfg.semantics.clone();
    let finish = |stdout: String, stderr: String, end: End, probes, code| RunOutput {
        observation: Observation::new(stdout, end, probes),
        stderr,
        exit_code: code,
        executed: features::Executed::default(),
        sites: sites::take(),
    };
    let Ok(text) = std::str::from_utf8(lexer::strip_bom(source)) else {
        return finish(
            String::new(),
            String::new(),
            unsupported_end(&Unsupported::SourceEncoding, None),
            Vec::new(),
            3,
        );
    };
    let parsed = match parser::parse_module_inheriting(text, &cfg.semantics, &Default::default()) {
        Ok(m) => m,
        Err(e) if e.is_unsupported() => {
            // Only a listed gap may end the run as unsupported; any other is a VM defect.
            let (end, code) = match SyntaxGap::from_name(&e.message) {
                Some(gap) => (unsupported_end(&Unsupported::Syntax(gap), Some(e.line)), 3),
                None => (
                    End::Crash {
                        detail: format!("unlisted unsupported syntax: {}", e.message),
                    },
                    101,
                ),
            };
            return finish(String::new(), String::new(), end, Vec::new(), code);
        }
        Err(e) => {
            let stderr = format!(
                "  File \"{}\", line {}\n{}: {}\n",
                cfg.filename, e.line, e.ty, e.message
            );
            return finish(
                String::new(),
                stderr,
                End::SyntaxError {
                    ty: e.ty,
                    message: e.message,
                    line: Some(e.line),
                },
                Vec::new(),
                1,
            );
        }
    };
    let future = bytecode::Future {
        division: parsed.futures.division,
        print_function: parsed.futures.print_function,
        unicode_literals: parsed.futures.unicode_literals,
        absolute_import: parsed.futures.absolute_import,
    };
    let copts = compile::Options {
        sem: &sem,
        filename: &cfg.filename,
        future,
    };
    let code = match compile::compile_module(&copts, &parsed.module, compile::Mode::Exec) {
        Ok(c) => c,
        Err(e) => {
            let (end, stderr, code) = compile_failure(e);
            return finish(String::new(), stderr, end, Vec::new(), code);
        }
    };
    objects::reset_arena();
    let mut vm = Vm::new(sem, cfg.fuel, cfg.memory_limit, &cfg.filename);
    vm.set_stack_budget(STACK_BUDGET);
    let file = if vm.sem.main_file_absolute {
        std::path::absolute(&cfg.filename)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| cfg.filename.clone())
    } else {
        cfg.filename.clone()
    };
    let globals = main_globals(&mut vm, &file);
    let result = vm.run_code(code, globals.clone(), Some(globals));
    let stdout = std::mem::take(&mut vm.stdout);
    let (end, code) = match result {
        Ok(_) => (End::Ok, 0),
        Err(Unwind::Exc(e)) => uncaught(&mut vm, &e, text),
        Err(Unwind::Halt(Halt::Timeout)) => (End::Timeout, 124),
        Err(Unwind::Halt(Halt::Unsupported(what, line))) => (unsupported_end(&what, Some(line)), 3),
        Err(Unwind::Halt(Halt::Internal(detail))) => (End::Crash { detail }, 101),
    };
    let probes = std::mem::take(&mut vm.probes);
    let stderr = std::mem::take(&mut vm.stderr);
    let executed = vm.executed;
    let spectrum = sites::take();
    drop(vm);
    objects::break_cycles();
    RunOutput {
        executed,
        sites: spectrum,
        ..finish(stdout, stderr, end, probes, code)
    }
}

/// How a run ends when the script does not compile: its end, stderr and exit status. A
/// compiler invariant failure is the VM's own bug, a `Crash` (status 101), never a Python
/// exception.
fn compile_failure(e: compile::CompileError) -> (End, String, i32) {
    match e {
        compile::CompileError::Syntax { message, line } => (
            End::SyntaxError {
                ty: "SyntaxError".into(),
                message: message.clone(),
                line,
            },
            format!("SyntaxError: {message}\n"),
            1,
        ),
        compile::CompileError::System { message } => (
            End::Exception {
                ty: "SystemError".into(),
                message: message.clone(),
            },
            format!("SystemError: {message}\n"),
            1,
        ),
        compile::CompileError::Internal(detail) => (
            End::Crash {
                detail: format!("compiler: {detail}"),
            },
            String::new(),
            101,
        ),
        compile::CompileError::Unsupported { construct, line } => {
            (unsupported_end(&construct, Some(line)), String::new(), 3)
        }
    }
}

/// The `__main__` namespace of a script run.
fn main_globals(vm: &mut Vm, filename: &str) -> objects::PyRef {
    let g = vm.new_dict();
    let none = vm.none.clone();
    let loader = if vm.sem.main_has_import_attrs {
        source_file_loader(vm, filename)
    } else {
        none.clone()
    };
    let bmod = vm
        .modules
        .dict_ref()
        .and_then(|d| {
            d.borrow().get_str(if vm.sem.has_long {
                "__builtin__"
            } else {
                "builtins"
            })
        })
        .unwrap_or_else(|| vm.builtins.clone());
    if let PyObj::Dict(d) = &*g {
        let mut d = d.borrow_mut();
        d.set_str("__name__", PyObj::new_str("__main__"));
        d.set_str("__doc__", none.clone());
        d.set_str("__package__", none.clone());
        if !vm.sem.main_has_import_attrs {
            d.set_str("__builtins__", bmod);
            d.set_str("__file__", PyObj::new_str(filename));
        } else {
            d.set_str("__loader__", loader);
            d.set_str("__spec__", none.clone());
            d.set_str(
                "__annotations__",
                PyObj::new_dict(objects::Dict::new(vm.dict_mode)),
            );
            d.set_str("__builtins__", bmod);
            d.set_str("__file__", PyObj::new_str(filename));
            d.set_str("__cached__", none);
        }
    }
    let main = Rc::new(PyObj::Module(Module {
        name: "__main__".into(),
        dict: g.clone(),
    }));
    if let PyObj::Dict(m) = &*vm.modules {
        m.borrow_mut().set_str("__main__", main);
    }
    g
}

/// 3.x `__main__.__loader__`: an `importlib` `SourceFileLoader` with its `name` and `path`.
fn source_file_loader(vm: &mut Vm, filename: &str) -> objects::PyRef {
    use std::cell::RefCell;
    let mut cd = objects::Dict::new(vm.dict_mode);
    cd.set_str("__module__", PyObj::new_str("_frozen_importlib_external"));
    let cls = objects::track(Rc::new(PyObj::Class(objects::Class {
        name: RefCell::new("SourceFileLoader".into()),
        qualname: RefCell::new("SourceFileLoader".into()),
        bases: RefCell::new(vec![vm.t.object.clone()]),
        mro: RefCell::new(vec![vm.t.object.clone()]),
        dict: PyObj::new_dict(cd),
        base_kind: objects::BaseKind::Object,
        classic: false,
        builtin: false,
    })));
    if let PyObj::Class(c) = &*cls {
        c.mro.borrow_mut().insert(0, cls.clone());
    }
    let mut d = objects::Dict::new(vm.dict_mode);
    d.set_str("name", PyObj::new_str("__main__"));
    d.set_str("path", PyObj::new_str(filename));
    Rc::new(PyObj::Instance(objects::Instance {
        class: RefCell::new(cls),
        dict: PyObj::new_dict(d),
        exc: None,
        native: None,
    }))
}

/// Writes an exception's traceback as CPython's `PyErr_Print` does: the frames, outermost
/// first, each with its source line when it comes from the script, then `Type: message`;
/// 3.x first writes the exception's cause or context the same way (`seen` stops cycles).
fn write_traceback(
    vm: &mut Vm,
    e: &objects::PyRef,
    source: &str,
    seen: &mut Vec<objects::PyRef>,
    err: &mut String,
) {
    seen.push(e.clone());
    let (traceback, suggestion, cause, context, suppress) = match &**e {
        PyObj::Instance(i) => match &i.exc {
            Some(d) => {
                let d = d.borrow();
                (
                    d.traceback.clone(),
                    d.suggestion.clone(),
                    d.cause.clone(),
                    d.context.clone(),
                    d.suppress_context,
                )
            }
            None => (Vec::new(), None, None, None, false),
        },
        _ => (Vec::new(), None, None, None, false),
    };
    if vm.sem.traceback_shows_chain {
        let fresh = |x: &objects::PyRef| !seen.iter().any(|s| Rc::ptr_eq(s, x));
        if let Some(c) = cause.filter(|c| fresh(c)) {
            write_traceback(vm, &c, source, seen, err);
            err.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) = context.filter(|c| !suppress && fresh(c)) {
            write_traceback(vm, &c, source, seen, err);
            err.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    let lines: Vec<&str> = source.lines().collect();
    if !traceback.is_empty() {
        err.push_str("Traceback (most recent call last):\n");
    }
    for (file, line, name) in traceback.iter().rev() {
        err.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
        let text = (!file.starts_with('<'))
            .then(|| lines.get((*line as usize).wrapping_sub(1)))
            .flatten()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty());
        if let Some(text) = text {
            err.push_str(&format!("    {text}\n"));
        }
    }
    let ty = error::exc_type_name(vm, e);
    let message = vm
        .to_str(e)
        .unwrap_or_else(|_| "<exception str() failed>".into());
    let shown = if vm.is_instance_of_name(e, "SyntaxError") {
        vm.getattr(e, "msg")
            .ok()
            .and_then(|m| m.as_str().map(|s| s.to_string()))
            .unwrap_or_else(|| message.clone())
    } else {
        message
    };
    if shown.is_empty() {
        err.push_str(&ty);
    } else {
        err.push_str(&format!("{ty}: {shown}"));
    }
    if let Some(s) = suggestion {
        err.push_str(&s);
    }
    err.push('\n');
}

/// Ends a run on an uncaught exception: the traceback on stderr and the observation's end.
fn uncaught(vm: &mut Vm, e: &objects::PyRef, source: &str) -> (End, i32) {
    let ty = error::exc_type_name(vm, e);
    if vm.is_instance_of_name(e, "SystemExit") {
        let code = vm.getattr(e, "code").ok();
        let status = match code.as_deref() {
            None | Some(PyObj::None) => 0,
            Some(c) => match c.as_bigint() {
                Some(i) => {
                    let low: num_bigint::BigInt = i & num_bigint::BigInt::from(255);
                    i32::try_from(low).unwrap_or(1)
                }
                None => {
                    let c = code.clone().unwrap_or_else(|| vm.none.clone());
                    let s = vm.to_str(&c).unwrap_or_default();
                    vm.stderr.push_str(&s);
                    vm.stderr.push('\n');
                    1
                }
            },
        };
        // The reference run has no end record for SystemExit: a zero status is a normal end,
        // any other is reported from the exit status alone.
        if status == 0 {
            return (End::Ok, 0);
        }
        return (
            End::Crash {
                detail: format!("exit status {status}"),
            },
            status,
        );
    }
    let message = vm
        .to_str(e)
        .unwrap_or_else(|_| "<exception str() failed>".into());
    let mut err = String::new();
    write_traceback(vm, e, source, &mut Vec::new(), &mut err);
    vm.stderr.push_str(&err);
    if vm.is_instance_of_name(e, "SyntaxError") {
        let msg = vm
            .getattr(e, "msg")
            .ok()
            .and_then(|m| m.as_str().map(|s| s.to_string()))
            .unwrap_or_default();
        let line = vm
            .getattr(e, "lineno")
            .ok()
            .and_then(|l| l.as_bigint())
            .and_then(|l| u32::try_from(l).ok());
        return (
            End::SyntaxError {
                ty,
                message: msg,
                line,
            },
            1,
        );
    }
    (End::Exception { ty, message }, 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::ast::{ExprKind, StmtKind};

    /// An injected compiler invariant failure (a comprehension the parser can never produce,
    /// with no `for` clause) is a `CompileError::Internal`, and a run it stops ends as a
    /// `Crash` with status 101: never a Python `SyntaxError` or `SystemError`.
    #[test]
    fn compiler_internal_error_is_a_crash() {
        for version in [PyVersion::PY27, PyVersion::PY312, PyVersion::PY313] {
            let sem = crate::version::Semantics::of(version);
            let mut parsed =
                parser::parse_module_inheriting("x = {a for a in b}\n", &sem, &Default::default())
                    .expect("parses");
            let StmtKind::Assign { value, .. } = &mut parsed.module.body[0].kind else {
                panic!("an assignment");
            };
            let ExprKind::SetComp { generators, .. } = &mut value.kind else {
                panic!("a set comprehension");
            };
            generators.clear();
            let copts = compile::Options {
                sem: &sem,
                filename: "<test>",
                future: Default::default(),
            };
            let Err(err) = compile::compile_module(&copts, &parsed.module, compile::Mode::Exec)
            else {
                panic!("compiled a comprehension without generators");
            };
            assert!(matches!(err, compile::CompileError::Internal(_)), "{err:?}");
            let (end, stderr, code) = compile_failure(err);
            assert!(
                matches!(&end, End::Crash { detail } if detail.starts_with("compiler: ")),
                "{end:?}"
            );
            assert_eq!((stderr.as_str(), code), ("", 101));
        }
    }

    /// The interpreter's invariants halt rather than raise: `exec` called outside any frame
    /// (which only a VM bug can cause) is `Halt::Internal`, which no Python code can catch
    /// and which ends a run as a `Crash`.
    #[test]
    fn interpreter_internal_halt_is_a_crash() {
        let cfg = VmConfig::new(PyVersion::PY313);
        let mut vm = Vm::new(
            cfg.semantics.clone(),
            cfg.fuel,
            cfg.memory_limit,
            &cfg.filename,
        );
        let none = vm.none.clone();
        let src = PyObj::new_str("x = 1");
        let res = vm.exec_or_eval(&src, &none, &none, None, compile::Mode::Exec, "exec");
        assert!(
            matches!(res, Err(Unwind::Halt(Halt::Internal(ref d))) if d.contains("no frame")),
            "not an internal halt"
        );
    }
}
