//! The functions of the `sys` module the VM models: frames (`_getframe`), the recursion
//! limit, `exit`, tracing hooks and `exc_info`.

use super::{nargs, Args, Kw};
use crate::version::Unsupported;
use crate::vm::features::Event;
use crate::vm::interp::{PyResult, Unwind, Vm};
use crate::vm::objects::{PyObj, PyRef};

pub(super) fn sys_getframe(vm: &mut Vm, _r: Option<PyRef>, args: Args, kw: Kw) -> PyResult<PyRef> {
    use crate::version::GetframeArg;
    let bad = if !kw.is_empty() {
        Some(GetframeArg::Keywords)
    } else if args.len() > 1 {
        Some(GetframeArg::TooMany(args.len()))
    } else {
        None
    };
    if let Some(bad) = bad {
        let msg = vm.sem.msgs.getframe_args(bad);
        return vm.type_error(msg);
    }
    let depth = match args.first() {
        None => 0,
        Some(a) => match a.as_bigint() {
            // A negative depth counts as 0 (the loop in `sys__getframe_impl` never runs).
            Some(d) => usize::try_from(vm.c_int_arg(&d)?).unwrap_or(0),
            None => {
                let tn = vm.type_name(a);
                let msg = vm.sem.msgs.getframe_args(GetframeArg::NotInt(&tn));
                return vm.type_error(msg);
            }
        },
    };
    let n = vm.frames.len();
    if depth >= n {
        return vm.err("ValueError", "call stack is not deep enough");
    }
    let f = vm.frames[n - 1 - depth].clone();
    vm.mark(Event::GetFrame);
    Ok(vm.frame_object(&f))
}

pub(super) fn sys_getrecursionlimit(
    vm: &mut Vm,
    _r: Option<PyRef>,
    _args: Args,
    _kw: Kw,
) -> PyResult<PyRef> {
    Ok(PyObj::new_int(vm.recursion_limit))
}

pub(super) fn sys_setrecursionlimit(
    vm: &mut Vm,
    _r: Option<PyRef>,
    args: Args,
    _kw: Kw,
) -> PyResult<PyRef> {
    nargs(vm, "setrecursionlimit", &args, 1, 1)?;
    let n = match args[0].as_bigint() {
        Some(n) => usize::try_from(vm.c_int_arg(&n)?).unwrap_or(0),
        None => 0,
    };
    if n < 1 {
        return vm.err(
            "ValueError",
            "recursion limit must be greater or equal than 1",
        );
    }
    // The VM's own bound: deeper than this would risk its thread stack.
    vm.recursion_limit = n.min(20000);
    Ok(vm.none.clone())
}

pub(super) fn sys_exit(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    let cls = vm.exc_class("SystemExit");
    let e = crate::vm::error::instantiate(vm, &cls, args);
    Err(Unwind::Exc(e))
}

/// `settrace` and `setprofile` take exactly one argument.
fn one_argument(vm: &mut Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.len() == 1 {
        return Ok(());
    }
    let msg = vm.sem.msgs.sys_one_argument(name, args.len());
    vm.type_error(msg)
}

pub(super) fn sys_settrace(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    one_argument(vm, "settrace", &args)?;
    let func = args.first().filter(|a| !a.is_none()).cloned();
    vm.set_trace(func);
    Ok(vm.none.clone())
}

pub(super) fn sys_setprofile(
    vm: &mut Vm,
    _r: Option<PyRef>,
    args: Args,
    _kw: Kw,
) -> PyResult<PyRef> {
    one_argument(vm, "setprofile", &args)?;
    if args[0].is_none() {
        return Ok(vm.none.clone());
    }
    vm.unsupported(Unsupported::TraceFunction)
}

pub(super) fn sys_gettrace(
    vm: &mut Vm,
    _r: Option<PyRef>,
    _args: Args,
    _kw: Kw,
) -> PyResult<PyRef> {
    Ok(vm.trace_func.clone().unwrap_or_else(|| vm.none.clone()))
}

pub(super) fn sys_exc_info(
    vm: &mut Vm,
    _r: Option<PyRef>,
    _args: Args,
    _kw: Kw,
) -> PyResult<PyRef> {
    let n = vm.none.clone();
    Ok(match vm.current_exception() {
        Some(e) => PyObj::new_tuple(vec![vm.class_of(&e), e, n]),
        None => PyObj::new_tuple(vec![n.clone(), n.clone(), n]),
    })
}
