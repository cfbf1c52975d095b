//! The scope machinery: how a frame's variables meet its `f_locals` mapping, per version.
//!
//! - 2.7: `PyFrame_FastToLocals` (`map_to_dict`, walking each name table from the end,
//!   free variables only for `CO_OPTIMIZED` code) before `locals()`, bare `exec`, `import *`;
//!   `PyFrame_LocalsToFast(f, 0)` after a bare `exec` and `import *`.
//! - 3.12: `_PyFrame_GetLocals`: the persistent dict refreshed in locals-plus order (bound
//!   variables set, unbound ones deleted, foreign keys kept); nothing is written back except
//!   after a trace function (`PyFrame_LocalsToFast(f, 1)`, see [`super::trace`]). A cell that
//!   an inlined comprehension also binds as a fast local shares one locals-plus slot with it
//!   ([`Slot::Shared`]).
//! - 3.13 (PEP 667): optimised frames get a fresh snapshot per `locals()`/`exec()`/`eval()`,
//!   and `frame.f_locals` is a write-through `FrameLocalsProxy` with extra locals.
//!
//! Which of these applies comes from the `Semantics` table only.

use std::rc::Rc;

use super::frame::Frame;
use super::names::dict_storage;
use super::{PyResult, Unwind, Vm};
use crate::version::{Gap, SyntaxGap, Unsupported};
use crate::vm::bytecode::{Code, CodeKind, Future, Slot};
use crate::vm::compile::{self, CompileError, Mode};
use crate::vm::features::Event;
use crate::vm::objects::{PyObj, PyRef};
use crate::vm::parser;
use crate::vm::sites::{self, Site};

/// Which namespaces an `exec` was given explicitly.
#[derive(Clone, Copy)]
struct ExecForm {
    globals: bool,
    locals: bool,
}

impl Vm {
    fn slot_value(&self, frame: &Frame, slot: Slot) -> Option<PyRef> {
        match slot {
            Slot::Fast(i) => frame.fast.borrow().get(i as usize).cloned().flatten(),
            Slot::Cell(i) => match &*frame.cell(i as usize) {
                PyObj::Cell(c) => c.borrow().clone(),
                _ => None,
            },
            Slot::Shared { fast, cell } => self
                .slot_value(frame, Slot::Fast(fast))
                .or_else(|| self.slot_value(frame, Slot::Cell(cell))),
        }
    }

    fn set_slot(&self, frame: &Frame, slot: Slot, v: Option<PyRef>) {
        match slot {
            Slot::Fast(i) => {
                if let Some(s) = frame.fast.borrow_mut().get_mut(i as usize) {
                    *s = v;
                }
            }
            Slot::Cell(i) => {
                if let PyObj::Cell(c) = &*frame.cell(i as usize) {
                    *c.borrow_mut() = v;
                }
            }
            Slot::Shared { fast, cell } => {
                let inside = self.slot_value(frame, Slot::Fast(fast)).is_some();
                let slot = if inside {
                    Slot::Fast(fast)
                } else {
                    Slot::Cell(cell)
                };
                self.set_slot(frame, slot, v);
            }
        }
    }

    /// The names a frame syncs into its mapping, in the order this version walks them.
    fn sync_layout(&self, code: &Code) -> Vec<(String, Slot)> {
        let mut out = Vec::new();
        if self.sem.exec_writes_back_fast_locals {
            // 2.7 `map_to_dict`: varnames, then cellvars, then (optimised only) freevars,
            // each walked from its end.
            for (i, n) in code.varnames.iter().enumerate().rev() {
                out.push((n.clone(), Slot::Fast(i as u32)));
            }
            for (i, n) in code.cellvars.iter().enumerate().rev() {
                out.push((n.clone(), Slot::Cell(i as u32)));
            }
            if code.optimized {
                for (i, n) in code.freevars.iter().enumerate().rev() {
                    out.push((n.clone(), Slot::Cell((code.cellvars.len() + i) as u32)));
                }
            }
        } else {
            for (n, slot) in code.layout3() {
                if let Slot::Cell(i) = slot {
                    if code.is_free(i) && !code.optimized {
                        continue;
                    }
                }
                if let Slot::Fast(i) | Slot::Shared { fast: i, .. } = slot {
                    if code.hidden.get(i as usize).copied().unwrap_or(false) {
                        continue;
                    }
                }
                out.push((n, slot));
            }
        }
        out
    }

    /// The frame's locals mapping, created if needed (module frames: their globals).
    fn frame_dict(&self, frame: &Frame) -> PyRef {
        let existing = frame.locals.borrow().clone();
        match existing {
            Some(d) => {
                if frame.code.optimized {
                    sites::hit(Site::FunctionLocalsDictReused);
                }
                d
            }
            None => {
                let d = self.new_dict();
                *frame.locals.borrow_mut() = Some(d.clone());
                d
            }
        }
    }

    /// `PyFrame_FastToLocals` (2.7) / `_PyFrame_GetLocals` (3.12): refreshes and returns the
    /// frame's dict.
    pub fn fast_to_locals(&mut self, frame: &Frame) -> PyResult<PyRef> {
        sites::hit(if frame.code.optimized {
            Site::FastToLocalsFunction
        } else {
            Site::FastToLocalsNamespace
        });
        let d = self.frame_dict(frame);
        for (name, slot) in self.sync_layout(&frame.code) {
            match self.slot_value(frame, slot) {
                Some(v) => self.dict_set_str(&d, &name, v)?,
                None => {
                    if self.dict_del_str(&d, &name)? {
                        sites::hit(Site::FastToLocalsRemovesUnbound);
                    }
                }
            }
        }
        Ok(d)
    }

    /// `PyFrame_LocalsToFast(f, clear)` (2.7 after a bare exec; 2.7 and 3.12 after a trace
    /// function).
    pub fn locals_to_fast(&mut self, frame: &Frame, clear: bool) -> PyResult<()> {
        let Some(d) = frame.locals.borrow().clone() else {
            return Ok(());
        };
        sites::hit(Site::LocalsToFast);
        for (name, slot) in self.sync_layout(&frame.code) {
            match self.mapping_get_str(&d, &name)? {
                Some(v) => {
                    if !self
                        .slot_value(frame, slot)
                        .is_some_and(|old| Rc::ptr_eq(&old, &v))
                    {
                        sites::hit(Site::LocalsToFastChanges);
                    }
                    self.set_slot(frame, slot, Some(v))
                }
                None if !clear => {}
                None => {
                    sites::hit(Site::LocalsToFastUnbinds);
                    let bound_fast =
                        matches!(slot, Slot::Fast(_)) && self.slot_value(frame, slot).is_some();
                    if bound_fast && self.sem.locals_to_fast_clear_assigns_none {
                        let line = frame.lineno.get();
                        let file = frame.code.filename.clone();
                        self.stderr.push_str(&format!(
                            "{file}:{line}: RuntimeWarning: assigning None to unbound local '{name}'\n"
                        ));
                        self.set_slot(frame, slot, Some(self.none.clone()));
                    } else {
                        self.set_slot(frame, slot, None);
                    }
                }
            }
        }
        Ok(())
    }

    /// The value of the PEP 709 hidden variable at varnames index `i` (a module- or
    /// class-level comprehension's; in its own cell when a closure captures it).
    fn hidden_value(&self, frame: &Frame, i: usize) -> Option<PyRef> {
        if !frame.code.hidden.get(i).copied().unwrap_or(false) {
            return None;
        }
        let name = &frame.code.varnames[i];
        let slot = match frame.code.cellvars.iter().position(|c| c == name) {
            Some(ci) => Slot::Shared {
                fast: i as u32,
                cell: ci as u32,
            },
            None => Slot::Fast(i as u32),
        };
        self.slot_value(frame, slot)
    }

    /// Whether a PEP 709 hidden variable is bound.
    fn hidden_bound(&self, frame: &Frame) -> bool {
        (0..frame.code.hidden.len()).any(|i| self.hidden_value(frame, i).is_some())
    }

    fn proxy_snapshot(&mut self, frame: &Rc<Frame>) -> PyResult<PyRef> {
        let items = self.proxy_items(frame);
        let d = self.new_dict();
        for (k, v) in items {
            self.setitem(&d, k, v)?;
        }
        Ok(d)
    }

    /// What `locals()` (and bare `exec`/`eval`, `vars()`, `dir()`) use in `frame`:
    /// `_PyEval_GetFrameLocals` (3.x) or `PyEval_GetLocals` (2.7).
    pub fn frame_locals(&mut self, frame: &Rc<Frame>) -> PyResult<PyRef> {
        if frame.code.optimized {
            if self.sem.locals_returns_snapshot {
                sites::hit(Site::LocalsSnapshot);
                return self.proxy_snapshot(frame);
            }
            return self.fast_to_locals(frame);
        }
        if self.hidden_bound(frame) {
            if self.sem.locals_returns_snapshot {
                // 3.13: a proxy over the fast (hidden) variables only, copied.
                return self.proxy_snapshot(frame);
            }
            return self.locals_with_hidden(frame);
        }
        self.fast_to_locals(frame)
    }

    /// 3.12 `_PyFrame_GetLocals(frame, include_hidden=1)` while a module- or class-level
    /// inlined comprehension runs: the namespace, synchronised, and a copy of it with the
    /// hidden variables added (they never enter the namespace itself).
    fn locals_with_hidden(&mut self, frame: &Rc<Frame>) -> PyResult<PyRef> {
        sites::hit(Site::LocalsWithHidden);
        let ns = self.fast_to_locals(frame)?;
        let d = self.new_dict();
        self.dict_merge(&d, &ns)?;
        for i in 0..frame.code.hidden.len() {
            if let Some(v) = self.hidden_value(frame, i) {
                self.dict_set_str(&d, &frame.code.varnames[i], v)?;
            }
        }
        Ok(d)
    }

    /// `frame.f_locals`.
    pub fn frame_f_locals(&mut self, frame: &Rc<Frame>) -> PyResult<PyRef> {
        if self.sem.f_locals_is_proxy && (frame.code.optimized || self.hidden_bound(frame)) {
            return Ok(Rc::new(PyObj::FrameLocalsProxy(frame.clone())));
        }
        // 3.12's `frame_getlocals` asks for the hidden variables too, as `locals()` does.
        if !frame.code.optimized && self.hidden_bound(frame) {
            return self.locals_with_hidden(frame);
        }
        self.fast_to_locals(frame)
    }

    // ----- 3.13 FrameLocalsProxy -----

    /// The proxy's items: bound variables in locals-plus order, then the extra locals.
    pub fn proxy_items(&mut self, frame: &Rc<Frame>) -> Vec<(PyRef, PyRef)> {
        let mut out = Vec::new();
        for (name, slot) in frame.code.layout3() {
            if let Some(v) = self.slot_value(frame, slot) {
                out.push((self.str(&name), v));
            }
        }
        if let Some(extra) = frame.extra_locals.borrow().as_ref() {
            if let PyObj::Dict(d) = &**extra {
                out.extend(d.borrow().items());
            }
        }
        out
    }

    pub fn proxy_get(&mut self, frame: &Rc<Frame>, name: &str) -> Option<PyRef> {
        for (n, slot) in frame.code.layout3() {
            if n == name {
                if let Some(v) = self.slot_value(frame, slot) {
                    sites::hit(Site::ProxyGetFast);
                    return Some(v);
                }
            }
        }
        sites::hit(Site::ProxyGetExtra);
        let extra = frame.extra_locals.borrow().clone();
        match extra.as_deref() {
            Some(PyObj::Dict(d)) => d.borrow().get_str(name),
            _ => None,
        }
    }

    pub fn proxy_set(&mut self, frame: &Rc<Frame>, key: &PyRef, v: PyRef) -> PyResult<()> {
        if let Some(name) = key.as_str() {
            for (n, slot) in frame.code.layout3() {
                if n == name {
                    sites::hit(Site::ProxySetFast);
                    if planted!(ProxyWriteMissesFast) {
                        break;
                    }
                    self.set_slot(frame, slot, Some(v));
                    return Ok(());
                }
            }
        }
        sites::hit(Site::ProxySetExtra);
        let extra = {
            let mut e = frame.extra_locals.borrow_mut();
            e.get_or_insert_with(|| self.new_dict()).clone()
        };
        self.setitem(&extra, key.clone(), v)
    }

    pub fn proxy_del(&mut self, _frame: &Rc<Frame>, _key: &PyRef) -> PyResult<()> {
        self.type_error("cannot remove variables from FrameLocalsProxy")
    }

    /// A `KeyError` for a missing proxy key, worded as 3.13.0 does.
    pub fn proxy_key_error(&mut self, key: &PyRef) -> PyResult<PyRef> {
        let r = self.repr(key)?;
        let e = self.new_exc("KeyError", format!("local variable '{r}' is not defined"));
        Err(Unwind::Exc(e))
    }

    // ----- frames as objects -----

    pub fn frame_object(&self, frame: &Rc<Frame>) -> PyRef {
        if let Some(w) = frame.pyobj.borrow().as_ref() {
            if let Some(o) = w.upgrade() {
                return o;
            }
        }
        let o = Rc::new(PyObj::Frame(frame.clone()));
        *frame.pyobj.borrow_mut() = Some(Rc::downgrade(&o));
        o
    }

    pub fn frame_attr(&mut self, frame: &Rc<Frame>, name: &str) -> PyResult<Option<PyRef>> {
        Ok(Some(match name {
            "f_locals" => {
                self.mark(Event::FrameLocals);
                self.frame_f_locals(frame)?
            }
            "f_globals" => frame.globals.clone(),
            "f_builtins" => frame.builtins.clone(),
            "f_code" => frame.code.object(),
            "f_lineno" => PyObj::new_int(frame.lineno.get()),
            "f_back" => match &frame.back {
                Some(b) => self.frame_object(b),
                None => self.none.clone(),
            },
            "f_trace" => frame
                .f_trace
                .borrow()
                .clone()
                .unwrap_or_else(|| self.none.clone()),
            _ => return Ok(None),
        }))
    }

    // ----- exec / eval / compile -----

    /// Compiles source text for `exec`/`eval`/`compile`, with the given future flags.
    pub fn compile_source(
        &mut self,
        src: &str,
        filename: &str,
        mode: Mode,
        future: Future,
    ) -> PyResult<Rc<Code>> {
        let sem = self.sem.clone();
        let inherited = parser::FutureFlags {
            print_function: future.print_function,
            division: future.division,
            unicode_literals: future.unicode_literals,
            absolute_import: future.absolute_import,
            ..Default::default()
        };
        let copts = compile::Options {
            sem: &sem,
            filename,
            future,
        };
        let parse_err = |vm: &mut Vm, e: parser::SyntaxError| -> PyResult<Rc<Code>> {
            if e.is_unsupported() {
                return match SyntaxGap::from_name(&e.message) {
                    Some(gap) => vm.unsupported(Unsupported::Syntax(gap)),
                    None => Err(Unwind::Halt(super::Halt::Internal(format!(
                        "unlisted unsupported syntax: {}",
                        e.message
                    )))),
                };
            }
            vm.syntax_error(&e.ty, &e.message, Some(e.line), filename)
        };
        let res = match mode {
            Mode::Eval => match parser::parse_expression_inheriting(src, &sem, &inherited) {
                Ok(e) => compile::compile_eval(&copts, &e),
                Err(e) => return parse_err(self, e),
            },
            Mode::Exec => match parser::parse_module_inheriting(src, &sem, &inherited) {
                Ok(m) => {
                    let mut copts = copts;
                    copts.future.division |= m.futures.division;
                    copts.future.print_function |= m.futures.print_function;
                    copts.future.unicode_literals |= m.futures.unicode_literals;
                    compile::compile_module(&copts, &m.module, Mode::Exec)
                }
                Err(e) => return parse_err(self, e),
            },
            Mode::Single => match parser::parse_interactive_inheriting(src, &sem, &inherited) {
                Ok(m) => compile::compile_module(&copts, &m.module, Mode::Single),
                Err(e) => return parse_err(self, e),
            },
        };
        match res {
            Ok(c) => Ok(c),
            Err(CompileError::Syntax { message, line }) => {
                self.mark(crate::vm::features::Event::CompileSyntaxError);
                self.syntax_error("SyntaxError", &message, line, filename)
            }
            Err(CompileError::Unsupported { construct, .. }) => self.unsupported(construct),
            Err(CompileError::System { message }) => self.err("SystemError", message),
            Err(CompileError::Internal(detail)) => Err(Unwind::Halt(super::Halt::Internal(
                format!("compiler: {detail}"),
            ))),
        }
    }

    pub fn syntax_error<T>(
        &mut self,
        ty: &str,
        msg: &str,
        line: Option<u32>,
        filename: &str,
    ) -> PyResult<T> {
        let e = crate::vm::error::syntax_error(self, ty, msg, line, filename);
        Err(Unwind::Exc(e))
    }

    /// The future flags of the code running in the top frame (2.7's inheritance).
    pub fn caller_future(&self) -> Future {
        self.frames
            .last()
            .map(|f| f.code.future)
            .unwrap_or_default()
    }

    /// The shared body of `exec`/`eval`: resolves namespaces (`None` = the caller's) and runs.
    /// `closure` is `exec()`'s `closure=` (absent or `None` given: `None`).
    pub fn exec_or_eval(
        &mut self,
        source: &PyRef,
        globals: &PyRef,
        locals: &PyRef,
        closure: Option<&PyRef>,
        mode: Mode,
        fname: &str,
    ) -> PyResult<PyRef> {
        let frame = self.frames.last().cloned();
        let (g, l) = if globals.is_none() {
            // Builtins run from a frame; none here is a VM bug, not CPython's SystemError.
            let Some(frame) = &frame else {
                return Err(Unwind::Halt(super::Halt::Internal(format!(
                    "{fname} called with no frame"
                ))));
            };
            let g = frame.globals.clone();
            let l = if locals.is_none() {
                self.frame_locals(frame)?
            } else {
                locals.clone()
            };
            (g, l)
        } else {
            let l = if locals.is_none() {
                globals.clone()
            } else {
                locals.clone()
            };
            (globals.clone(), l)
        };
        if mode == Mode::Eval {
            // `builtin_eval_impl` checks the arguments as given, locals first, and words the
            // globals error by whether the object passes `PyMapping_Check`.
            if !locals.is_none() && !self.is_mapping(locals) {
                return self.type_error("locals must be a mapping");
            }
            if !globals.is_none() && dict_storage(globals).is_none() {
                if self.is_mapping(globals) {
                    return self
                        .type_error("globals must be a real dict; try eval(expr, {}, mapping)");
                }
                return self.type_error("globals must be a dict");
            }
        }
        // The frame keeps the object given (`f_globals`, `globals()`, `__globals__` are it);
        // `__builtins__` is read and inserted in the dict inside, as `PyDict_*` calls do.
        let Some(gd) = dict_storage(&g) else {
            let tn = self.type_name(&g);
            return self.type_error(format!("{fname}() globals must be a dict, not {tn}"));
        };
        if !self.is_mapping(&l) {
            // Only `exec()` gets here (2.7's `exec` statement and `eval()` check before).
            let tn = self.type_name(&l);
            return self.type_error(format!("locals must be a mapping or None, not {tn}"));
        }
        if self.mapping_get_str(&gd, "__builtins__")?.is_none() {
            let b = self.builtins_module_for_globals();
            self.dict_set_str(&gd, "__builtins__", b)?;
        }
        // `builtin_exec_impl` checks a non-code source's type, then the closure, then
        // compiles.
        let is_text = matches!(
            &**source,
            PyObj::Str(_) | PyObj::Unicode(_) | PyObj::Bytes(_)
        );
        if closure.is_some() && is_text {
            return self.type_error("closure can only be used when source is a code object");
        }
        let code = match &**source {
            PyObj::Code(c) => c.clone(),
            PyObj::Str(s) | PyObj::Unicode(s) => {
                let future = self.caller_future();
                let s = eval_source(s, mode);
                self.compile_source(s, "<string>", mode, future)?
            }
            PyObj::Bytes(b) => {
                let future = self.caller_future();
                let s = String::from_utf8_lossy(crate::vm::lexer::strip_bom(b)).into_owned();
                let s = eval_source(&s, mode);
                self.compile_source(s, "<string>", mode, future)?
            }
            _ => {
                let msg = self.sem.msgs.exec_source_type(mode == Mode::Eval);
                return self.type_error(msg);
            }
        };
        let cells = match closure {
            Some(_) if code.freevars.is_empty() => {
                return self.type_error("cannot use a closure with this code object");
            }
            Some(c) => {
                let n = code.freevars.len();
                let cells = match &**c {
                    PyObj::Tuple(t)
                        if t.len() == n && t.iter().all(|x| matches!(&**x, PyObj::Cell(_))) =>
                    {
                        t.clone()
                    }
                    _ => {
                        let msg = self
                            .sem
                            .msgs
                            .exec_free_vars()
                            .replace("{n}", &n.to_string());
                        return self.type_error(msg);
                    }
                };
                Some(cells)
            }
            None => None,
        };
        if cells.is_none() && !code.freevars.is_empty() {
            let msg = if mode == Mode::Eval {
                "code object passed to eval() may not contain free variables".to_string()
            } else {
                self.sem
                    .msgs
                    .exec_free_vars()
                    .replace("{n}", &code.freevars.len().to_string())
            };
            return self.type_error(msg);
        }
        let is_code = matches!(&**source, PyObj::Code(_));
        if mode == Mode::Eval {
            self.mark(if is_code {
                Event::EvalCodeObject
            } else {
                Event::Eval
            });
            if !globals.is_none() {
                self.mark(Event::EvalDicts);
            }
        } else {
            let in_function = frame
                .as_ref()
                .is_some_and(|f| f.code.kind == CodeKind::Function);
            let form = ExecForm {
                globals: !globals.is_none(),
                locals: !locals.is_none(),
            };
            self.note_exec_form(form, is_code, in_function);
        }
        if cells.is_some() {
            self.mark(Event::ExecClosure);
        }
        let separate = mode == Mode::Exec && !globals.is_none() && !locals.is_none();
        let l = if separate && planted!(ExecIgnoresLocalsMapping) {
            g.clone()
        } else {
            l
        };
        let r = self.run_exec_code(code, g, l, cells.as_deref().unwrap_or_default());
        if let Some(frame) = frame.filter(|f| f.code.optimized) {
            let bare = globals.is_none() && locals.is_none() && mode == Mode::Exec;
            if bare && planted!(ExecWritesBackFastLocals) {
                self.locals_to_fast(&frame, false)?;
            }
        }
        r
    }

    /// Records which form of `exec` runs (see [`crate::vm::features::Event`]).
    fn note_exec_form(&mut self, form: ExecForm, is_code: bool, in_function: bool) {
        let ExecForm { globals, locals } = form;
        if !globals && !locals {
            self.mark(Event::ExecBare);
            if in_function {
                sites::hit(Site::ExecBareInFunction);
                self.mark(Event::ExecBareInFunction);
            } else {
                sites::hit(Site::ExecBareUnoptimised);
            }
        } else if !locals {
            sites::hit(Site::ExecGlobalsOnly);
            self.mark(Event::ExecGlobals);
        } else {
            sites::hit(Site::ExecSeparateLocals);
            self.mark(Event::ExecGlobalsLocals);
        }
        self.mark(if is_code {
            Event::ExecCodeObject
        } else {
            Event::ExecString
        });
    }

    /// Runs code for `exec`/`eval`, counting the nesting for [`Event::ExecNested`].
    fn run_exec_code(
        &mut self,
        code: Rc<Code>,
        globals: PyRef,
        locals: PyRef,
        closure: &[PyRef],
    ) -> PyResult<PyRef> {
        if self.exec_nesting > 0 {
            self.mark(Event::ExecNested);
        }
        self.exec_nesting += 1;
        let r = self.run_code_with_closure(code, globals, Some(locals), closure);
        self.exec_nesting -= 1;
        r
    }

    /// The object `exec`/`eval` insert as `__builtins__`: the builtins dict of the caller.
    fn builtins_module_for_globals(&self) -> PyRef {
        match self.frames.last() {
            Some(f) => f.builtins.clone(),
            None => self.builtins.clone(),
        }
    }

    /// `PyMapping_Check`: anything with a `__getitem__` (sequences included).
    pub fn is_mapping(&self, o: &PyRef) -> bool {
        match &**o {
            PyObj::Dict(_)
            | PyObj::FrameLocalsProxy(_)
            | PyObj::MappingProxy(_)
            | PyObj::Bytes(_) => true,
            PyObj::List(_)
            | PyObj::Tuple(_)
            | PyObj::Str(_)
            | PyObj::Unicode(_)
            | PyObj::Range { .. } => !self.sem.mapping_check_excludes_sequences,
            PyObj::Instance(i) => {
                i.native.as_ref().is_some_and(|n| self.is_mapping(n))
                    || self.lookup_special(o, "__getitem__").is_some()
            }
            _ => false,
        }
    }

    /// 2.7's `EXEC_STMT`.
    pub fn exec_statement(
        &mut self,
        frame: &Rc<Frame>,
        body: PyRef,
        globals: PyRef,
        locals: PyRef,
    ) -> PyResult<()> {
        let (body, globals, locals) = match &*body {
            PyObj::Tuple(t)
                if globals.is_none() && locals.is_none() && (t.len() == 2 || t.len() == 3) =>
            {
                (
                    t[0].clone(),
                    t[1].clone(),
                    t.get(2).cloned().unwrap_or_else(|| self.none.clone()),
                )
            }
            _ => (body, globals, locals),
        };
        // 2.7.18 checks the code's type first: before its namespaces, and before it puts
        // `__builtins__` in the globals.
        if !matches!(&*body, PyObj::Code(_) | PyObj::Str(_) | PyObj::Unicode(_)) {
            return self.type_error("exec: arg 1 must be a string, file, or code object");
        }
        let form = ExecForm {
            globals: !globals.is_none(),
            locals: !locals.is_none(),
        };
        let mut plain = false;
        let (g, l) = if globals.is_none() {
            plain = locals.is_none();
            let l = if plain {
                self.fast_to_locals(frame)?
            } else {
                locals.clone()
            };
            (frame.globals.clone(), l)
        } else if locals.is_none() {
            (globals.clone(), globals.clone())
        } else {
            (globals, locals)
        };
        let Some(gd) = dict_storage(&g) else {
            return self.type_error("exec: arg 2 must be a dictionary or None");
        };
        if !self.is_mapping(&l) {
            return self.type_error("exec: arg 3 must be a mapping or None");
        }
        if self.mapping_get_str(&gd, "__builtins__")?.is_none() {
            let b = frame.builtins.clone();
            self.dict_set_str(&gd, "__builtins__", b)?;
        }
        let code = match &*body {
            PyObj::Code(c) => {
                if !c.freevars.is_empty() {
                    return self
                        .type_error("code object passed to exec may not contain free variables");
                }
                c.clone()
            }
            PyObj::Str(s) | PyObj::Unicode(s) => {
                let s = s.to_string();
                self.compile_source(&s, "<string>", Mode::Exec, frame.code.future)?
            }
            _ => unreachable!("the code's type is checked first"),
        };
        self.mark(Event::ExecStmt);
        let is_code = matches!(&*body, PyObj::Code(_));
        let in_function = frame.code.kind == CodeKind::Function;
        self.note_exec_form(form, is_code, in_function);
        let l = if form.globals && form.locals && planted!(ExecIgnoresLocalsMapping) {
            g.clone()
        } else {
            l
        };
        let r = self.run_exec_code(code, g, l, &[]);
        if plain {
            let clear = planted!(LocalsToFastClears);
            self.locals_to_fast(frame, clear)?;
        }
        r.map(|_| ())
    }

    // ----- imports -----

    pub fn import(&mut self, name: &str, _fromlist: &PyRef, level: u32) -> PyResult<PyRef> {
        if level > 0 {
            return self.err(
                "ImportError",
                "attempted relative import with no known parent package",
            );
        }
        let top = name.split('.').next().unwrap_or("").to_string();
        if let Some(m) = self.mapping_get_str(&self.modules.clone(), name)? {
            if !name.contains('.') || !_fromlist.is_none() {
                return Ok(m);
            }
            return Ok(self
                .mapping_get_str(&self.modules.clone(), &top)?
                .unwrap_or(m));
        }
        if self.trace_func.is_some() {
            if let Some(module) = crate::version::partial_module(name) {
                return self.unsupported(Unsupported::TracedImport(module));
            }
        }
        match crate::vm::builtins::make_module(self, name)? {
            Some(m) => {
                let modules = self.modules.clone();
                self.dict_set_str(&modules, name, m.clone())?;
                if name.contains('.') && _fromlist.is_none() {
                    return self.import(&top, _fromlist, 0);
                }
                Ok(m)
            }
            None => {
                if let Some(module) = crate::version::unmodelled_module(&top) {
                    return self.unsupported(Unsupported::ImportModule(module));
                }
                if let Some(module) = crate::version::partial_module(&top) {
                    // A submodule of a partly modelled module (`import inspect.x`).
                    let attr = name[top.len()..].trim_start_matches('.').to_string();
                    return self.unsupported(Unsupported::ModuleAttribute { module, attr });
                }
                let msg = self.sem.msgs.no_module_named(name);
                // `ModuleNotFoundError` (3.6+) where the version has it.
                let ty = if self.exc_types.contains_key("ModuleNotFoundError") {
                    "ModuleNotFoundError"
                } else {
                    "ImportError"
                };
                let e = self.new_exc(ty, msg);
                Err(Unwind::Exc(e))
            }
        }
    }

    pub fn import_from(&mut self, m: &PyRef, name: &str) -> PyResult<PyRef> {
        match self.getattr_opt(m, name)? {
            Some(v) => Ok(v),
            None => {
                let mname = match &**m {
                    PyObj::Module(md) => md.name.clone(),
                    _ => "?".into(),
                };
                let msg = self.sem.msgs.cannot_import_name(name, &mname);
                self.err("ImportError", msg)
            }
        }
    }

    pub fn import_star(&mut self, frame: &Rc<Frame>, m: &PyRef) -> PyResult<()> {
        let PyObj::Module(md) = &**m else {
            return Ok(());
        };
        if let Some(module) = crate::version::partial_module(&md.name) {
            return self.unsupported(Unsupported::ModuleAttribute {
                module,
                attr: "*".into(),
            });
        }
        let items = match &*md.dict {
            PyObj::Dict(d) => d.borrow().items(),
            _ => Vec::new(),
        };
        let target = if frame.code.newlocals {
            self.fast_to_locals(frame)?
        } else {
            self.frame_dict(frame)
        };
        for (k, v) in items {
            if k.as_str().map(|s| s.starts_with('_')).unwrap_or(true) {
                continue;
            }
            self.setitem(&target, k, v)?;
        }
        if frame.code.newlocals {
            self.locals_to_fast(frame, false)?;
        }
        Ok(())
    }

    // ----- 2.7 print statement -----

    fn stream_of(&mut self, dest: Option<&PyRef>) -> PyResult<u8> {
        match dest {
            None => Ok(1),
            Some(d) => match &**d {
                PyObj::Stream(n) => Ok(*n),
                PyObj::None => Ok(1),
                _ => self.unsupported(Unsupported::Builtin(Gap::PrintChevronObject)),
            },
        }
    }

    pub fn write_stream(&mut self, n: u8, s: &str) -> PyResult<()> {
        self.alloc(s.len(), 1)?;
        if n == 2 {
            self.stderr.push_str(s);
        } else {
            self.stdout.push_str(s);
        }
        Ok(())
    }

    pub fn print_item(&mut self, dest: Option<&PyRef>, v: &PyRef) -> PyResult<()> {
        let n = self.stream_of(dest)?;
        let s = self.to_str(v)?;
        let s = if self.sem.has_long && matches!(&**v, PyObj::Str(_)) {
            crate::vm::interp::format::latin1_to_output(&s)
        } else {
            s
        };
        if self.softspace {
            self.write_stream(n, " ")?;
        }
        self.write_stream(n, &s)?;
        let is_str = v.as_str().is_some();
        let last = s.chars().last();
        self.softspace =
            !(is_str && matches!(last, Some(c) if c.is_ascii_whitespace() && c != ' '));
        Ok(())
    }

    pub fn print_newline(&mut self, dest: Option<&PyRef>) -> PyResult<()> {
        let n = self.stream_of(dest)?;
        self.write_stream(n, "\n")?;
        self.softspace = false;
        Ok(())
    }
}

/// The source `eval()` compiles: `builtin_eval` skips leading spaces and tabs of a string
/// (every version); `exec()` and `compile()` take the text as it is.
fn eval_source(src: &str, mode: Mode) -> &str {
    if mode == Mode::Eval {
        src.trim_start_matches([' ', '\t'])
    } else {
        src
    }
}
