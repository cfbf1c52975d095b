//! Trace functions (`sys.settrace`): the `call`, `line` and `return` events of
//! `Python/sysmodule.c`'s `trace_trampoline`, and how a trace function's writes to
//! `frame.f_locals` reach the variables in each version. 2.7 and 3.12 copy the frame into its
//! dict before each call of the trace function (`PyFrame_FastToLocalsWithError`) and back
//! with `clear=1` after it (`PyFrame_LocalsToFast`), so a key the trace function deleted
//! unbinds the variable (2.7) or sets it to None with a `RuntimeWarning` (3.12); 3.13's
//! `f_locals` is the write-through proxy and nothing is synchronised (PEP 667).
//!
//! Events are not traced inside the trace function (CPython's `tstate->tracing`). An
//! exception from the trace function turns tracing off and is raised in the traced frame.
//! A `line` event fires when a frame reaches an instruction of another line than the last
//! one it traced, or jumps back; `exception` events and `f_trace_lines` are not modelled.

use std::rc::Rc;

use super::frame::{Exec, Frame};
use super::{PyResult, Vm};
use crate::vm::bytecode::CodeKind;
use crate::vm::objects::PyRef;

impl Vm {
    /// `sys.settrace(func)`: frames already running get no `call` event.
    pub fn set_trace(&mut self, func: Option<PyRef>) {
        for f in &self.frames {
            f.trace_entered.set(true);
        }
        self.trace_func = func;
    }

    /// Whether trace events fire now: a global trace function is set and it is not running.
    pub(super) fn tracing(&self) -> bool {
        self.trace_func.is_some() && !self.in_tracer
    }

    /// The events due before the next instruction of `ex`: `call` on entering the frame, then
    /// `line` when the line changes.
    pub(super) fn trace_step(&mut self, ex: &mut Exec) -> PyResult<()> {
        let frame = ex.frame.clone();
        if !frame.trace_entered.get() {
            frame.trace_entered.set(true);
            // A resumed generator goes on from where it stopped: only a fresh frame's first
            // instruction is a new line.
            if frame.trace_pos.get() == (0, 0) {
                frame.trace_pos.set((0, usize::MAX));
            }
            let module_level = matches!(
                frame.code.kind,
                CodeKind::Module | CodeKind::Eval | CodeKind::Interactive
            );
            if frame.lineno.get() == 0
                && !(module_level && self.sem.module_code_starts_at_line_zero)
            {
                frame.lineno.set(frame.code.firstlineno);
            }
            let Some(global) = self.trace_func.clone() else {
                return Ok(());
            };
            let none = self.none.clone();
            if let Some(local) = self.trace_event(&frame, &global, "call", none)? {
                *frame.f_trace.borrow_mut() = Some(local);
            }
        }
        let Some(local) = frame.f_trace.borrow().clone() else {
            return Ok(());
        };
        let line = frame.code.lines.get(ex.ip).copied().unwrap_or(0);
        let (last_line, last_ip) = frame.trace_pos.get();
        frame.trace_pos.set((line, ex.ip));
        if line == 0 || (line == last_line && ex.ip > last_ip) {
            return Ok(());
        }
        frame.lineno.set(line);
        let none = self.none.clone();
        if let Some(next) = self.trace_event(&frame, &local, "line", none)? {
            *frame.f_trace.borrow_mut() = Some(next);
        }
        Ok(())
    }

    /// The `return` event of a frame leaving with `value` (a return or a yield).
    pub(super) fn trace_return(&mut self, frame: &Rc<Frame>, value: &PyRef) -> PyResult<()> {
        let Some(local) = frame.f_trace.borrow().clone() else {
            return Ok(());
        };
        self.trace_event(frame, &local, "return", value.clone())?;
        Ok(())
    }

    /// `call_trampoline`: calls `func(frame, event, arg)` and returns what it returned unless
    /// that is None (the frame's local trace function stays as it was then).
    fn trace_event(
        &mut self,
        frame: &Rc<Frame>,
        func: &PyRef,
        event: &str,
        arg: PyRef,
    ) -> PyResult<Option<PyRef>> {
        let sync = self.sem.trace_trampoline_syncs_locals;
        if sync {
            self.fast_to_locals(frame)?;
        }
        let fobj = self.frame_object(frame);
        let ev = self.str(event);
        self.in_tracer = true;
        let res = self.call_sync(func, vec![fobj, ev, arg], Vec::new());
        self.in_tracer = false;
        if sync {
            self.locals_to_fast(frame, true)?;
        }
        match res {
            Ok(v) if v.is_none() => Ok(None),
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                self.trace_func = None;
                *frame.f_trace.borrow_mut() = None;
                Err(e)
            }
        }
    }
}
