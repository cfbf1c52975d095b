//! The part of the `inspect` module the VM models: `currentframe()`, the frame access scope
//! programs use (`inspect.currentframe().f_back.f_locals`).
//!
//! 2.7's `Lib/inspect.py` binds `currentframe = sys._getframe`, so there it is the builtin
//! itself (it takes a depth, and `inspect.currentframe is sys._getframe`). 3.x defines a Python
//! function returning `sys._getframe(1)`; the VM compiles the same source at the same line of
//! an `inspect.py`, so it takes no argument, has its own frame (trace events, recursion depth)
//! and reads `sys` and `hasattr` from the module's globals as CPython's does. Every other
//! attribute of the module ends the run as `Unsupported` (see `version::PARTIAL_MODULES`);
//! this module never decides that, `interp::attr` does.

use crate::vm::bytecode::Future;
use crate::vm::compile::Mode;
use crate::vm::interp::{PyResult, Vm};
use crate::vm::objects::{PyObj, PyRef};

/// The file name the VM's copy of `currentframe` reports (`co_filename`). CPython's is the
/// installation's absolute path, which no case can depend on.
const INSPECT_FILE: &str = "inspect.py";

/// Fills the module dict `d` (already holding `__name__`).
pub fn populate(vm: &mut Vm, d: &PyRef) -> PyResult<()> {
    let sys = vm.sys.clone();
    vm.dict_set_str(d, "sys", sys.clone())?;
    let current = if vm.sem.inspect_currentframe_is_getframe {
        match vm.getattr_opt(&sys, "_getframe")? {
            Some(f) => f,
            // 2.7: `currentframe = lambda _=None: None` when `sys` has no `_getframe`.
            None => vm.none.clone(),
        }
    } else {
        python_currentframe(vm, d)?
    };
    vm.dict_set_str(d, "currentframe", current)
}

/// 3.x `inspect.currentframe`, compiled from CPython's source at CPython's line.
fn python_currentframe(vm: &mut Vm, globals: &PyRef) -> PyResult<PyRef> {
    let line = vm.sem.inspect_currentframe_line() as usize;
    let src = format!(
        "{}def currentframe():\n    \"\"\"Return the frame of the caller or None if this is not possible.\"\"\"\n    return sys._getframe(1) if hasattr(sys, \"_getframe\") else None\n",
        "\n".repeat(line.saturating_sub(1))
    );
    let module = vm.compile_source(&src, INSPECT_FILE, Mode::Exec, Future::default())?;
    let code = module.consts.iter().find_map(|c| match &**c {
        PyObj::Code(c) => Some(c.clone()),
        _ => None,
    });
    match code {
        Some(code) => {
            Ok(vm.make_function(code, globals.clone(), Vec::new(), Vec::new(), Vec::new()))
        }
        None => Err(crate::vm::interp::Unwind::Halt(
            crate::vm::interp::Halt::Internal("inspect.currentframe did not compile".into()),
        )),
    }
}
