//! The in-house Python VM: one implementation that emulates CPython 2.7, 3.12 and 3.13.
//!
//! [`run_source`] runs a file as `__main__` the way `python FILE` does and returns what the
//! reference run would show: stdout, the end of the run, and the probes. The run happens on
//! a thread of its own with a large stack (Python calls do not recurse on it, but builtins
//! that call back into Python do, bounded by the recursion limit), under a fuel budget and a
//! memory budget; a panic is caught and reported as a crash.
//!
//! It depends on `version` and `observe` only; it must never import harness code.

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod canon;
pub mod compile;
pub mod error;
pub mod interp;
pub mod lexer;
pub mod methods;
pub mod objects;
pub mod parser;
pub mod printer;
pub mod symtable;

use std::rc::Rc;

use crate::observe::{End, Observation};
use crate::version::{PyVersion, Unsupported};
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
}

impl VmConfig {
    pub fn new(version: PyVersion) -> VmConfig {
        VmConfig {
            version,
            fuel: 20_000_000,
            memory_limit: 256 << 20,
            filename: "case.py".into(),
        }
    }
}

/// What a run printed and how it ended.
#[derive(Clone, Debug)]
pub struct RunOutput {
    pub observation: Observation,
    pub stderr: String,
    pub exit_code: i32,
}

/// Stack for the run's thread: deep enough for the recursion limit's worth of nested
/// builtin callbacks.
const RUN_STACK: usize = 512 << 20;

/// Runs `source` as `__main__`.
pub fn run_source(source: &[u8], cfg: &VmConfig) -> RunOutput {
    let src = source.to_vec();
    let cfg2 = cfg.clone();
    let handle = std::thread::Builder::new()
        .name("execdiff-vm".into())
        .stack_size(RUN_STACK)
        .spawn(move || {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_inner(&src, &cfg2)))
        });
    let crash = |detail: String| RunOutput {
        observation: Observation::new(String::new(), End::Crash { detail }, Vec::new()),
        stderr: String::new(),
        exit_code: 101,
    };
    match handle {
        Ok(h) => match h.join() {
            Ok(Ok(out)) => out,
            Ok(Err(p)) => crash(panic_text(&p)),
            Err(p) => crash(panic_text(&p)),
        },
        Err(e) => crash(format!("cannot start the VM thread: {e}")),
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
    let sem = cfg.version.semantics();
    let finish = |stdout: String, stderr: String, end: End, probes, code| RunOutput {
        observation: Observation::new(stdout, end, probes),
        stderr,
        exit_code: code,
    };
    let Ok(text) = std::str::from_utf8(source) else {
        return finish(
            String::new(),
            String::new(),
            unsupported_end(&Unsupported::SourceEncoding, None),
            Vec::new(),
            3,
        );
    };
    let parsed = match parser::parse_module_inheriting(text, cfg.version, &Default::default()) {
        Ok(m) => m,
        Err(e) if e.is_unsupported() => {
            return finish(
                String::new(),
                String::new(),
                unsupported_end(&Unsupported::Syntax(e.message), Some(e.line)),
                Vec::new(),
                3,
            );
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
        Err(compile::CompileError::Syntax { message, line }) => {
            let stderr = format!("SyntaxError: {message}\n");
            return finish(
                String::new(),
                stderr,
                End::SyntaxError {
                    ty: "SyntaxError".into(),
                    message,
                    line,
                },
                Vec::new(),
                1,
            );
        }
        Err(compile::CompileError::Unsupported { construct, line }) => {
            return finish(
                String::new(),
                String::new(),
                unsupported_end(&construct, Some(line)),
                Vec::new(),
                3,
            );
        }
    };
    objects::reset_arena();
    let mut vm = Vm::new(sem, cfg.fuel, cfg.memory_limit, &cfg.filename);
    let globals = main_globals(&mut vm, &cfg.filename);
    let result = vm.run_code(code, globals.clone(), Some(globals));
    let stdout = std::mem::take(&mut vm.stdout);
    let (end, code) = match result {
        Ok(_) => (End::Ok, 0),
        Err(Unwind::Exc(e)) => uncaught(&mut vm, &e),
        Err(Unwind::Halt(Halt::Timeout)) => (End::Timeout, 124),
        Err(Unwind::Halt(Halt::Unsupported(what, line))) => (unsupported_end(&what, Some(line)), 3),
        Err(Unwind::Halt(Halt::Internal(detail))) => (End::Crash { detail }, 101),
    };
    let probes = std::mem::take(&mut vm.probes);
    let stderr = std::mem::take(&mut vm.stderr);
    drop(vm);
    objects::break_cycles();
    finish(stdout, stderr, end, probes, code)
}

/// The `__main__` namespace of a script run.
fn main_globals(vm: &mut Vm, filename: &str) -> objects::PyRef {
    let g = vm.new_dict();
    let none = vm.none.clone();
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
        if vm.sem.has_long {
            d.set_str("__builtins__", bmod);
            d.set_str("__file__", PyObj::new_str(filename));
        } else {
            d.set_str("__loader__", none.clone());
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

/// Ends a run on an uncaught exception: the traceback on stderr and the observation's end.
fn uncaught(vm: &mut Vm, e: &objects::PyRef) -> (End, i32) {
    let ty = error::exc_type_name(vm, e);
    if vm.is_instance_of_name(e, "SystemExit") {
        let code = vm.getattr(e, "code").ok();
        let status = match code.as_deref() {
            None | Some(PyObj::None) => 0,
            Some(c) => match c.as_bigint() {
                Some(i) => i.try_into().unwrap_or(1),
                None => {
                    let c = code.clone().unwrap_or_else(|| vm.none.clone());
                    let s = vm.to_str(&c).unwrap_or_default();
                    vm.stderr.push_str(&s);
                    vm.stderr.push('\n');
                    1
                }
            },
        };
        return (End::Ok, status);
    }
    let message = vm
        .to_str(e)
        .unwrap_or_else(|_| "<exception str() failed>".into());
    let (traceback, suggestion) = match &**e {
        PyObj::Instance(i) => match &i.exc {
            Some(d) => {
                let d = d.borrow();
                (d.traceback.clone(), d.suggestion.clone())
            }
            None => (Vec::new(), None),
        },
        _ => (Vec::new(), None),
    };
    let mut err = String::from("Traceback (most recent call last):\n");
    for (file, line, name) in traceback.iter().rev() {
        err.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
    }
    let is_syntax = vm.is_instance_of_name(e, "SyntaxError");
    let shown = if is_syntax {
        vm.getattr(e, "msg")
            .ok()
            .and_then(|m| m.as_str().map(|s| s.to_string()))
            .unwrap_or_else(|| message.clone())
    } else {
        message.clone()
    };
    let last = if shown.is_empty() {
        ty.clone()
    } else {
        format!("{ty}: {shown}")
    };
    err.push_str(&last);
    if let Some(s) = suggestion {
        err.push_str(&s);
    }
    err.push('\n');
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
