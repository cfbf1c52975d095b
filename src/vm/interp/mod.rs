//! The interpreter: the [`Vm`] state and the instruction loop.
//!
//! Python-to-Python calls never recurse on the Rust stack: a call pushes the caller's
//! [`Exec`] onto `execs` and continues with the callee in the same loop; a return pops it.
//! Builtins that call back into Python (`sorted(key=...)`, `__repr__`, generators resumed by
//! `next`) run a nested loop through [`Vm::call_sync`]; every nesting also holds a Python frame,
//! so the recursion limit bounds the Rust depth too, and the run executes on a thread with a
//! stack sized for that bound. Opcode families live in the submodules.

pub mod attr;
pub mod base;
pub mod call;
pub mod format;
pub mod frame;
pub mod iter;
pub mod names;
pub mod ops;
pub mod protocol;
pub mod scope;
pub mod trace;

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::rc::Rc;

use crate::observe::Probe;
use crate::version::{Semantics, Unsupported};
use crate::vm::bytecode::{Code, CodeKind, Op};
use crate::vm::canon::Canon;
use crate::vm::features::{Event, Executed};
use crate::vm::objects::dict::Mode;
use crate::vm::objects::{Dict, PyObj, PyRef, Types};
use crate::vm::sites::{self, Site};

use frame::{Block, Exec, Frame, RetMode};

/// Why execution stopped abnormally.
pub enum Unwind {
    /// A Python exception (an exception instance).
    Exc(PyRef),
    /// Not catchable by Python code: the run ends.
    Halt(Halt),
}

pub enum Halt {
    Timeout,
    Unsupported(Unsupported, u32),
    /// A VM bug.
    Internal(String),
}

pub type PyResult<T> = Result<T, Unwind>;

/// What one stretch of the loop ended with.
enum Step {
    Call(Box<Exec>),
    Return(PyRef),
    Yield(PyRef),
}

/// The whole interpreter state for one run.
pub struct Vm {
    pub sem: Semantics,
    pub t: Types,
    pub exc_types: HashMap<&'static str, PyRef>,
    pub builtins: PyRef,
    pub modules: PyRef,
    pub sys: PyRef,
    pub none: PyRef,
    pub true_: PyRef,
    pub false_: PyRef,
    /// A private marker for "no value" on the stack (PEP 709 saved locals).
    pub null: PyRef,
    pub stdout: String,
    pub stderr: String,
    pub softspace: bool,
    pub probes: Vec<Probe>,
    pub canon: Canon,
    pub fuel: u64,
    pub memory_limit: usize,
    pub frames: Vec<Rc<Frame>>,
    execs: Vec<Exec>,
    pub recursion_limit: usize,
    pub filename: String,
    pub dict_mode: Mode,
    pub set_mode: Mode,
    /// The line of the instruction being executed (for Unsupported reports).
    pub cur_line: u32,
    /// The global trace function (`sys.settrace`).
    pub trace_func: Option<PyRef>,
    /// A trace function is running: no events fire.
    pub in_tracer: bool,
    /// Nesting of recursive native operations (comparisons, reprs), counted with the Python
    /// frames against the recursion limit so deep data cannot exhaust the Rust stack.
    pub native_depth: usize,
    /// Address near the bottom of the run thread's stack, and how much of it may be used.
    stack_base: usize,
    stack_budget: usize,
    /// Builtin iterator types, created on first use.
    pub iter_types: RefCell<HashMap<&'static str, PyRef>>,
    /// The mechanisms this run executed, for the generator's coverage statistics.
    pub executed: Executed,
    /// Code run by `exec`/`eval` currently executing (for [`Event::ExecNested`]).
    pub exec_nesting: u32,
    /// Mappings that `locals()`/`vars()` returned, so a later subscript on one counts as
    /// [`Event::LocalsHeldRead`]/[`Event::LocalsHeldWrite`]. Weak: recording never keeps a
    /// mapping alive. Capped at [`MAX_HELD_NAMESPACES`].
    pub held_namespaces: Vec<std::rc::Weak<PyObj>>,
}

/// How many `locals()`/`vars()` results [`Vm::held_namespaces`] remembers: a function's
/// namespace dict is the same object on every call in 2.7 and 3.12, and generated programs
/// hold a handful at most, so a small cap keeps the lookup on subscripts cheap.
const MAX_HELD_NAMESPACES: usize = 16;

fn exc<T>(e: PyRef) -> PyResult<T> {
    Err(Unwind::Exc(e))
}

/// The builtin state a VM starts from: shared from [`base`] or built from scratch.
struct Start {
    t: Types,
    exc_types: HashMap<&'static str, PyRef>,
    builtins: PyRef,
    modules: PyRef,
    sys: PyRef,
    none: PyRef,
    true_: PyRef,
    false_: PyRef,
    null: PyRef,
}

fn dict_mode(sem: &Semantics) -> Mode {
    if sem.dict_insertion_ordered {
        Mode::Insertion
    } else {
        Mode::Py27
    }
}

impl Vm {
    /// A VM ready to run: the thread's shared builtin state for `sem` ([`base`]) with fresh
    /// copies of everything a program can change.
    pub fn new(sem: Semantics, fuel: u64, memory_limit: usize, filename: &str) -> Vm {
        let base = base::get(&sem, filename);
        let mut memo = base::Memo::new();
        let start = Start {
            modules: base::fresh(&base.modules, &mut memo),
            builtins: base::fresh(&base.builtins, &mut memo),
            sys: base::fresh(&base.sys, &mut memo),
            t: base.t.clone(),
            exc_types: base.exc_types.clone(),
            none: base.none.clone(),
            true_: base.true_.clone(),
            false_: base.false_.clone(),
            null: base.null.clone(),
        };
        Vm::assemble(sem, start, fuel, memory_limit, filename)
    }

    /// A VM with its builtin state built from scratch (what [`base`] keeps).
    fn build(sem: Semantics, fuel: u64, memory_limit: usize, filename: &str) -> Vm {
        let dict_mode = dict_mode(&sem);
        let none = Rc::new(PyObj::None);
        let start = Start {
            t: crate::vm::error::make_types(&sem, dict_mode),
            exc_types: HashMap::default(),
            builtins: PyObj::new_dict(Dict::new(dict_mode)),
            modules: PyObj::new_dict(Dict::new(dict_mode)),
            sys: none.clone(),
            none,
            true_: Rc::new(PyObj::Bool(true)),
            false_: Rc::new(PyObj::Bool(false)),
            null: PyObj::new_tuple(Vec::new()),
        };
        let mut vm = Vm::assemble(sem, start, fuel, memory_limit, filename);
        crate::vm::error::install_exceptions(&mut vm);
        crate::vm::builtins::install(&mut vm);
        vm
    }

    /// A VM over `start`, with every per-run field empty.
    fn assemble(
        sem: Semantics,
        start: Start,
        fuel: u64,
        memory_limit: usize,
        filename: &str,
    ) -> Vm {
        let dict_mode = dict_mode(&sem);
        let set_mode = if sem.has_long {
            Mode::Py27
        } else {
            Mode::Py3Set
        };
        Vm {
            sem,
            t: start.t,
            exc_types: start.exc_types,
            builtins: start.builtins,
            modules: start.modules,
            sys: start.sys,
            none: start.none,
            true_: start.true_,
            false_: start.false_,
            null: start.null,
            stdout: String::new(),
            stderr: String::new(),
            softspace: false,
            probes: Vec::new(),
            canon: Canon::default(),
            fuel,
            memory_limit,
            frames: Vec::new(),
            execs: Vec::new(),
            recursion_limit: 1000,
            filename: filename.to_string(),
            dict_mode,
            set_mode,
            cur_line: 0,
            trace_func: None,
            in_tracer: false,
            iter_types: RefCell::new(HashMap::default()),
            executed: Executed::default(),
            exec_nesting: 0,
            held_namespaces: Vec::new(),
            native_depth: 0,
            stack_base: 0,
            stack_budget: usize::MAX,
        }
    }

    pub fn new_dict(&self) -> PyRef {
        PyObj::new_dict(Dict::new(self.dict_mode))
    }

    pub fn bool(&self, b: bool) -> PyRef {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }

    pub fn str(&self, s: &str) -> PyRef {
        PyObj::new_str(s)
    }

    /// A new exception instance of the builtin class `name` with one string argument.
    pub fn new_exc(&mut self, name: &str, msg: impl Into<String>) -> PyRef {
        let cls = self.exc_class(name);
        let arg = PyObj::new_str(&msg.into());
        crate::vm::error::instantiate(self, &cls, vec![arg])
    }

    pub fn exc_class(&self, name: &str) -> PyRef {
        self.exc_types
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.exc_types["Exception"].clone())
    }

    /// `Err(exception)` of builtin class `name`.
    pub fn err<T>(&mut self, name: &str, msg: impl Into<String>) -> PyResult<T> {
        let e = self.new_exc(name, msg);
        exc(e)
    }

    pub fn type_error<T>(&mut self, msg: impl Into<String>) -> PyResult<T> {
        self.err("TypeError", msg)
    }

    pub fn unsupported<T>(&self, what: Unsupported) -> PyResult<T> {
        Err(Unwind::Halt(Halt::Unsupported(what, self.cur_line)))
    }

    /// Records that `event` happened (see [`crate::vm::features`]).
    #[inline(always)]
    pub fn mark(&mut self, event: Event) {
        self.executed.mark(event);
    }

    /// Remembers a mapping that `locals()`/`vars()` returned.
    pub fn note_namespace_returned(&mut self, ns: &PyRef) {
        let known = self
            .held_namespaces
            .iter()
            .any(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(ns)));
        if !known && self.held_namespaces.len() < MAX_HELD_NAMESPACES {
            self.held_namespaces.push(Rc::downgrade(ns));
        }
    }

    /// Records `event` if `obj` is a mapping that `locals()`/`vars()` returned earlier.
    #[inline]
    fn note_held_namespace(&mut self, obj: &PyRef, event: Event) {
        if !self.held_namespaces.is_empty()
            && self
                .held_namespaces
                .iter()
                .any(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(obj)))
        {
            self.mark(event);
        }
    }

    /// Charges `n` units of fuel.
    pub fn charge(&mut self, n: u64) -> PyResult<()> {
        if self.fuel < n {
            self.fuel = 0;
            return Err(Unwind::Halt(Halt::Timeout));
        }
        self.fuel -= n;
        Ok(())
    }

    /// Checks an allocation of `n` items of about `size` bytes against the memory budget,
    /// and charges fuel for building it.
    pub fn alloc(&mut self, n: usize, size: usize) -> PyResult<()> {
        let bytes = n.saturating_mul(size);
        if bytes > self.memory_limit {
            let e = crate::vm::error::instantiate_empty(self, "MemoryError");
            return exc(e);
        }
        self.charge((n / 16) as u64)
    }

    /// Checks `n` items of `size` bytes against the memory budget, without charging fuel.
    pub fn check_memory(&mut self, n: usize, size: usize) -> PyResult<()> {
        if n.saturating_mul(size) > self.memory_limit {
            let e = crate::vm::error::instantiate_empty(self, "MemoryError");
            return exc(e);
        }
        Ok(())
    }

    pub fn current_frame(&self) -> Option<&Rc<Frame>> {
        self.frames.last()
    }

    // ----- the loop -----

    /// Runs `ex` (and everything it calls) to completion. Returns the value it returned, or
    /// for a generator frame, the value it yielded together with its suspended state.
    pub fn run_exec(&mut self, ex: Exec) -> PyResult<(PyRef, Option<Exec>)> {
        self.run_exec_throw(ex, None)
    }

    /// [`Vm::run_exec`], first raising `throw` at the frame's current instruction (a
    /// generator's `throw()`/`close()` at its `yield`).
    pub fn run_exec_throw(
        &mut self,
        ex: Exec,
        throw: Option<PyRef>,
    ) -> PyResult<(PyRef, Option<Exec>)> {
        self.check_stack()?;
        let base = self.execs.len();
        if self.frames.len() >= self.recursion_limit {
            let msg = "maximum recursion depth exceeded";
            let name = if self.sem.has_recursion_error {
                "RecursionError"
            } else {
                "RuntimeError"
            };
            return self.err(name, msg);
        }
        self.frames.push(ex.frame.clone());
        let mut cur = ex;
        let mut pending: Option<Unwind> = None;
        if let Some(e) = throw {
            pending = self.handle_in(&mut cur, Unwind::Exc(e));
        }
        loop {
            let step = match pending.take() {
                Some(u) => Err(u),
                None => self.execute(&mut cur),
            };
            match step {
                Ok(Step::Call(callee)) => {
                    if Rc::ptr_eq(&cur.frame.code, &callee.frame.code) {
                        self.mark(Event::Recursion);
                    }
                    if self.frames.len() >= self.recursion_limit {
                        let name = if self.sem.has_recursion_error {
                            "RecursionError"
                        } else {
                            "RuntimeError"
                        };
                        let e = self.new_exc(name, "maximum recursion depth exceeded");
                        pending = self.handle_in(&mut cur, Unwind::Exc(e));
                        continue;
                    }
                    self.frames.push(callee.frame.clone());
                    let caller = std::mem::replace(&mut cur, *callee);
                    self.execs.push(caller);
                }
                Ok(Step::Return(v)) => {
                    self.frames.pop();
                    if self.execs.len() == base {
                        return Ok((v, None));
                    }
                    let finished = std::mem::replace(&mut cur, self.execs.pop().expect("caller"));
                    match self.deliver(&mut cur, finished, v) {
                        Ok(()) => {}
                        Err(u) => pending = self.handle_in(&mut cur, u),
                    }
                }
                Ok(Step::Yield(v)) => {
                    self.frames.pop();
                    // Generator frames always run as the base of their own loop.
                    return Ok((v, Some(cur)));
                }
                Err(u) => {
                    let u = match u {
                        Unwind::Exc(e) => {
                            // The frame's `return` event (arg None); an exception from the
                            // trace function replaces the one leaving the frame.
                            let none = self.none.clone();
                            if !self.tracing() {
                                Unwind::Exc(e)
                            } else if let Err(u2) = self.trace_return(&cur.frame, &none) {
                                u2
                            } else {
                                Unwind::Exc(e)
                            }
                        }
                        h => h,
                    };
                    self.frames.pop();
                    if self.execs.len() == base {
                        return Err(u);
                    }
                    cur = self.execs.pop().expect("caller");
                    pending = self.handle_in(&mut cur, u);
                }
            }
        }
    }

    /// Tries the handlers of `cur` for an exception that reached it from a call it made;
    /// `Some` if it keeps propagating. The frame joins the traceback either way.
    fn handle_in(&mut self, cur: &mut Exec, u: Unwind) -> Option<Unwind> {
        match u {
            Unwind::Exc(e) => {
                self.add_traceback(&e, cur);
                if self.find_handler(cur, &e) {
                    None
                } else {
                    Some(Unwind::Exc(e))
                }
            }
            h => Some(h),
        }
    }

    fn add_traceback(&mut self, e: &PyRef, cur: &Exec) {
        if let PyObj::Instance(inst) = &**e {
            if let Some(data) = &inst.exc {
                let line = cur.frame.lineno.get();
                let name = cur.frame.code.name.clone();
                data.borrow_mut()
                    .traceback
                    .push((cur.frame.code.filename.to_string(), line, name));
            }
        }
    }

    /// Jumps to the innermost handler of `cur` for `e`, if any.
    fn find_handler(&mut self, cur: &mut Exec, e: &PyRef) -> bool {
        let Some(block) = cur.blocks.pop() else {
            return false;
        };
        cur.stack.truncate(block.stack_depth);
        let prev = {
            let mut h = cur.frame.handling.borrow_mut();
            h.truncate(block.exc_depth);
            h.last().cloned()
        };
        self.set_context(e, prev);
        cur.frame.handling.borrow_mut().push(e.clone());
        *cur.frame.last_exc.borrow_mut() = Some(e.clone());
        cur.stack.push(e.clone());
        cur.ip = block.handler as usize;
        true
    }

    /// `_PyErr_SetObject`'s implicit chaining for a raised exception: its context becomes
    /// the handled exception, first cutting any link back to it from that exception's own
    /// context chain so no cycle forms.
    fn set_raised_context(&self, e: &PyRef, ctx: Option<PyRef>) {
        let Some(c) = ctx else { return };
        if Rc::ptr_eq(e, &c) {
            return;
        }
        let mut o = c.clone();
        // Bounded, as CPython's walk is by Floyd's cycle check.
        for _ in 0..10_000 {
            let next = match &*o {
                PyObj::Instance(i) => i.exc.as_ref().and_then(|d| d.borrow().context.clone()),
                _ => None,
            };
            let Some(next) = next else { break };
            if Rc::ptr_eq(&next, e) {
                if let PyObj::Instance(i) = &*o {
                    if let Some(d) = &i.exc {
                        d.borrow_mut().context = None;
                    }
                }
                break;
            }
            o = next;
        }
        if let PyObj::Instance(inst) = &**e {
            if let Some(data) = &inst.exc {
                data.borrow_mut().context = Some(c);
            }
        }
    }

    fn set_context(&self, e: &PyRef, ctx: Option<PyRef>) {
        if let (PyObj::Instance(inst), Some(c)) = (&**e, ctx) {
            if Rc::ptr_eq(e, &c) {
                return;
            }
            if let Some(data) = &inst.exc {
                let mut d = data.borrow_mut();
                if d.context.is_none() {
                    d.context = Some(c);
                }
            }
        }
    }

    /// Hands a finished frame's return value to its caller.
    fn deliver(&mut self, cur: &mut Exec, finished: Exec, v: PyRef) -> PyResult<()> {
        match finished.ret {
            RetMode::Push => cur.stack.push(v),
            RetMode::Init(inst) => {
                if !v.is_none() {
                    let tn = self.type_name(&v);
                    return self.type_error(format!("__init__() should return None, not '{tn}'"));
                }
                cur.stack.push(inst);
            }
            RetMode::ClassBody {
                name,
                bases,
                keywords,
            } => {
                let ns = finished
                    .frame
                    .locals
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| self.new_dict());
                let cls = self.make_class(&name, bases, ns, keywords)?;
                cur.stack.push(cls);
            }
        }
        Ok(())
    }

    /// Calls `func` and runs it to completion (for builtins that call back into Python).
    pub fn call_sync(
        &mut self,
        func: &PyRef,
        args: Vec<PyRef>,
        kwargs: Vec<(String, PyRef)>,
    ) -> PyResult<PyRef> {
        match self.call_value(func, args, kwargs)? {
            call::Called::Value(v) => Ok(v),
            call::Called::Frame(ex) => {
                let (v, _) = self.run_exec(*ex)?;
                Ok(v)
            }
        }
    }

    /// Runs a code object in the given namespaces to completion (module bodies, exec, eval).
    pub fn run_code(
        &mut self,
        code: Rc<Code>,
        globals: PyRef,
        locals: Option<PyRef>,
    ) -> PyResult<PyRef> {
        self.run_code_with_closure(code, globals, locals, &[])
    }

    /// [`Vm::run_code`] with the cells of the code's free variables (`exec(..., closure=)`);
    /// missing ones start empty.
    pub fn run_code_with_closure(
        &mut self,
        code: Rc<Code>,
        globals: PyRef,
        locals: Option<PyRef>,
        closure: &[PyRef],
    ) -> PyResult<PyRef> {
        let params = code.argcount > 0 || code.kwonlyargcount > 0 || code.varargs || code.varkw;
        if params || code.generator {
            // `PyEval_EvalCode` runs a function's code as that function called with no
            // arguments: its parameters are bound (or reported missing) as for a call.
            let func = self.make_function(code, globals, Vec::new(), Vec::new(), closure.to_vec());
            let PyObj::Function(f) = &*func else {
                return Err(Unwind::Halt(Halt::Internal("not a function".into())));
            };
            // `PyEval_EvalCode`'s function takes `co_name` as its qualified name too.
            *f.qualname.borrow_mut() = f.code.name.clone();
            let frame = self.bind(&func, f, Vec::new(), Vec::new())?;
            if locals.is_some() {
                *frame.locals.borrow_mut() = locals;
            }
            if f.code.generator {
                // A generator's code makes the generator and runs none of its body.
                let info = crate::vm::objects::GenInfo {
                    name: f.code.name.clone(),
                    running: std::cell::Cell::new(false),
                    frame: frame.clone(),
                };
                let ex = RefCell::new(Some(Box::new(Exec::new(frame))));
                let g = Rc::new(PyObj::Generator(ex, info));
                return Ok(crate::vm::objects::track(g));
            }
            let (v, _) = self.run_exec(Exec::new(frame))?;
            return Ok(v);
        }
        let builtins = self.builtins_for(&globals);
        let frame = Rc::new(Frame {
            fast: std::cell::RefCell::new(vec![None; code.varnames.len()]),
            cells: RefCell::new(
                (0..code.cellvars.len())
                    .map(|_| PyObj::new_cell(None))
                    .chain(closure.iter().cloned())
                    .chain(
                        (code.cellvars.len() + closure.len()..code.ncells())
                            .map(|_| PyObj::new_cell(None)),
                    )
                    .collect(),
            ),
            code,
            globals,
            builtins,
            locals: std::cell::RefCell::new(locals),
            extra_locals: std::cell::RefCell::new(None),
            lineno: std::cell::Cell::new(0),
            back: self.frames.last().cloned(),
            pyobj: RefCell::new(None),
            handling: RefCell::new(Vec::new()),
            last_exc: RefCell::new(None),
            f_trace: RefCell::new(None),
            trace_pos: std::cell::Cell::new((0, 0)),
            trace_entered: std::cell::Cell::new(false),
        });
        crate::vm::objects::track_frame(&frame);
        let (v, _) = self.run_exec(Exec::new(frame))?;
        Ok(v)
    }

    /// The builtins a frame with these globals uses: `globals['__builtins__']` (a module's
    /// dict, or the object itself), or the real builtins when the key is missing. A value that
    /// is neither a module nor a dict becomes `{'None': None}` on 2.7 (`PyFrame_New`'s
    /// "minimal" builtins) and is used as it is on 3.x (`_PyEval_BuiltinsFromGlobals`), where
    /// name lookups then subscript it.
    pub fn builtins_for(&self, globals: &PyRef) -> PyRef {
        if let PyObj::Dict(d) = &*names::globals_dict(globals) {
            if let Some(b) = d.borrow().get_str("__builtins__") {
                // A dict subclass: 3.x reads it through `__getitem__`, 2.7 the dict inside.
                if matches!(&*b, PyObj::Instance(_)) && !self.sem.globals_subclass_getitem {
                    if let Some(inner) = names::dict_storage(&b) {
                        return inner;
                    }
                }
                return match &*b {
                    PyObj::Module(m) => m.dict.clone(),
                    PyObj::Dict(_) => b.clone(),
                    _ if self.sem.non_dict_builtins_become_minimal => {
                        let minimal = self.new_dict();
                        if let PyObj::Dict(md) = &*minimal {
                            md.borrow_mut().set_str("None", self.none.clone());
                        }
                        minimal
                    }
                    _ => b.clone(),
                };
            }
        }
        self.builtins.clone()
    }

    fn execute(&mut self, ex: &mut Exec) -> PyResult<Step> {
        loop {
            match self.execute_inner(ex) {
                Ok(step) => return Ok(step),
                Err(Unwind::Exc(e)) => {
                    // PEP 3134: an exception raised while another is handled (in this frame or
                    // a caller) takes it as its `__context__`.
                    let failed = ex.ip.checked_sub(1).and_then(|i| ex.frame.code.ops.get(i));
                    let handled = self.handled_exception();
                    if matches!(failed, Some(Op::Raise(n)) if *n != 0) {
                        // A `raise` statement sets the context afresh (`_PyErr_SetObject`).
                        self.set_raised_context(&e, handled);
                    } else {
                        self.set_context(&e, handled);
                    }
                    // Every frame an exception passes through joins its traceback, caught
                    // or not, except where a bare `raise` or the end of a `finally`
                    // re-raises it (CPython skips `PyTraceBack_Here` for a re-raise).
                    let reraise = failed.is_some_and(|op| matches!(op, Op::Reraise | Op::Raise(0)));
                    if !reraise {
                        self.add_traceback(&e, ex);
                    }
                    if !self.find_handler(ex, &e) {
                        return Err(Unwind::Exc(e));
                    }
                }
                Err(h) => return Err(h),
            }
        }
    }

    fn pop(ex: &mut Exec) -> PyResult<PyRef> {
        ex.stack
            .pop()
            .ok_or_else(|| Unwind::Halt(Halt::Internal("stack underflow".into())))
    }

    fn top(ex: &Exec) -> PyResult<PyRef> {
        ex.stack
            .last()
            .cloned()
            .ok_or_else(|| Unwind::Halt(Halt::Internal("stack underflow".into())))
    }

    fn execute_inner(&mut self, ex: &mut Exec) -> PyResult<Step> {
        let code = ex.frame.code.clone();
        loop {
            if self.fuel == 0 {
                return Err(Unwind::Halt(Halt::Timeout));
            }
            self.fuel -= 1;
            if self.tracing() {
                self.trace_step(ex)?;
            }
            let Some(op) = code.ops.get(ex.ip).copied() else {
                return Err(Unwind::Halt(Halt::Internal(
                    "ran off the end of code".into(),
                )));
            };
            let line = code.lines[ex.ip];
            ex.frame.lineno.set(line);
            self.cur_line = line;
            ex.ip += 1;
            match op {
                Op::Nop => {}
                Op::LoadConst(i) => ex.stack.push(code.consts[i as usize].clone()),
                Op::Pop => {
                    Self::pop(ex)?;
                }
                Op::Dup => {
                    let v = Self::top(ex)?;
                    ex.stack.push(v);
                }
                Op::DupTwo => {
                    let n = ex.stack.len();
                    if n < 2 {
                        return Err(Unwind::Halt(Halt::Internal("stack underflow".into())));
                    }
                    let a = ex.stack[n - 2].clone();
                    let b = ex.stack[n - 1].clone();
                    ex.stack.push(a);
                    ex.stack.push(b);
                }
                Op::Rot2 => {
                    let n = ex.stack.len();
                    ex.stack.swap(n - 1, n - 2);
                }
                Op::Rot3 => {
                    let v = Self::pop(ex)?;
                    let n = ex.stack.len();
                    ex.stack.insert(n - 2, v);
                }
                Op::Rot4 => {
                    let v = Self::pop(ex)?;
                    let n = ex.stack.len();
                    ex.stack.insert(n - 3, v);
                }
                Op::Lift(n) => {
                    let idx = ex.stack.len() - n as usize;
                    let v = ex.stack.remove(idx);
                    ex.stack.push(v);
                }
                Op::LoadFast(i) => {
                    let v = ex.frame.fast.borrow()[i as usize].clone();
                    match v {
                        Some(v) => {
                            sites::hit(Site::LoadFastBound);
                            ex.stack.push(v)
                        }
                        None => {
                            sites::hit(Site::LoadFastUnbound);
                            self.mark(Event::UnboundLocal);
                            let name = &code.varnames[i as usize];
                            if planted!(UnboundReadIsNameError) {
                                let msg = self.sem.msgs.name_not_defined(name);
                                return self.err("NameError", msg);
                            }
                            if names::globals_hold(&ex.frame.globals, name) {
                                self.mark(Event::UnboundShadowsGlobal);
                            }
                            let msg = self.sem.msgs.unbound_local(name);
                            return self.err("UnboundLocalError", msg);
                        }
                    }
                }
                Op::StoreFast(i) => {
                    self.mark(Event::Assign);
                    sites::hit(Site::StoreFast);
                    let v = Self::pop(ex)?;
                    ex.frame.fast.borrow_mut()[i as usize] = Some(v);
                }
                Op::DeleteFast(i) => {
                    self.mark(Event::DelFast);
                    let old = ex.frame.fast.borrow_mut()[i as usize].take();
                    if old.is_none() {
                        sites::hit(Site::DeleteFastUnbound);
                        self.mark(Event::UnboundLocal);
                        self.mark(Event::DelUnboundLocal);
                        let name = &code.varnames[i as usize];
                        let msg = self.sem.msgs.unbound_local(name);
                        return self.err("UnboundLocalError", msg);
                    }
                    sites::hit(Site::DeleteFastBound);
                }
                Op::LoadFastAndClear(i) => {
                    sites::hit(Site::InlinedSave);
                    let v = ex.frame.fast.borrow_mut()[i as usize].take();
                    ex.stack.push(v.unwrap_or_else(|| self.null.clone()));
                }
                Op::RestoreFast(i) => {
                    let v = Self::pop(ex)?;
                    let v = if Rc::ptr_eq(&v, &self.null) {
                        sites::hit(Site::InlinedRestoreUnbound);
                        None
                    } else {
                        sites::hit(Site::InlinedRestoreBound);
                        Some(v)
                    };
                    let mut fast = ex.frame.fast.borrow_mut();
                    if !(planted!(InlinedLoopVariableLeaks) && v.is_none()) {
                        fast[i as usize] = v;
                    }
                }
                Op::LoadName(i) => {
                    let v = self.load_name(&ex.frame, &code.names[i as usize])?;
                    ex.stack.push(v);
                }
                Op::StoreName(i) => {
                    self.mark(Event::Assign);
                    let v = Self::pop(ex)?;
                    self.store_name(&ex.frame, &code.names[i as usize], v)?;
                }
                Op::DeleteName(i) => {
                    let at_globals = ex
                        .frame
                        .locals
                        .borrow()
                        .as_ref()
                        .is_some_and(|l| Rc::ptr_eq(l, &ex.frame.globals));
                    self.mark(if at_globals {
                        Event::DelGlobal
                    } else {
                        Event::DelName
                    });
                    self.delete_name(&ex.frame, &code.names[i as usize])?;
                }
                Op::LoadGlobal(i) => {
                    let v = self.load_global(&ex.frame, &code.names[i as usize])?;
                    ex.stack.push(v);
                }
                Op::StoreGlobal(i) => {
                    self.mark(Event::Assign);
                    self.mark(Event::GlobalStore);
                    sites::hit(Site::StoreGlobal);
                    let v = Self::pop(ex)?;
                    let name = &code.names[i as usize];
                    // `STORE_GLOBAL` is `PyDict_SetItem` on every version.
                    self.dict_set_str(&names::globals_dict(&ex.frame.globals), name, v)?;
                }
                Op::DeleteGlobal(i) => {
                    self.mark(Event::DelGlobal);
                    self.mark(Event::GlobalStore);
                    let name = &code.names[i as usize];
                    if !self.dict_del_str(&names::globals_dict(&ex.frame.globals), name)? {
                        self.mark(Event::DelUnboundName);
                        sites::hit(Site::DeleteGlobalMissing);
                        let msg = self.sem.msgs.global_name_not_defined(name);
                        return self.err("NameError", msg);
                    }
                    sites::hit(Site::DeleteGlobalFound);
                }
                Op::LoadDeref(i) => {
                    if code.is_free(i) {
                        self.mark(Event::FreeLoad);
                    }
                    let v = self.load_deref(&ex.frame, i)?;
                    ex.stack.push(v);
                }
                Op::LoadClassDeref(i) => {
                    if code.is_free(i) {
                        self.mark(Event::FreeLoad);
                    }
                    let v = self.load_class_deref(&ex.frame, i)?;
                    ex.stack.push(v);
                }
                Op::StoreDeref(i) => {
                    self.mark(Event::Assign);
                    self.mark(if code.is_free(i) {
                        Event::NonlocalStore
                    } else {
                        Event::CellStore
                    });
                    sites::hit(Site::StoreDeref);
                    let v = Self::pop(ex)?;
                    if let PyObj::Cell(c) = &*ex.frame.cell(i as usize) {
                        *c.borrow_mut() = Some(v);
                    }
                }
                Op::DeleteDeref(i) => {
                    self.mark(if code.is_free(i) {
                        Event::DelFree
                    } else {
                        Event::DelCell
                    });
                    let cell = ex.frame.cell(i as usize);
                    if let PyObj::Cell(c) = &*cell {
                        if c.borrow_mut().take().is_none() {
                            self.mark(if code.is_free(i) {
                                Event::DelUnboundFree
                            } else {
                                Event::DelUnboundLocal
                            });
                            sites::hit(Site::DeleteDerefUnbound);
                            return self.unbound_deref(&ex.frame, i);
                        }
                        sites::hit(Site::DeleteDerefBound);
                    }
                }
                Op::LoadClosure(i) => ex.stack.push(ex.frame.cell(i as usize)),
                Op::SwapCell(i) => {
                    let fresh = PyObj::new_cell(None);
                    let old =
                        std::mem::replace(&mut ex.frame.cells.borrow_mut()[i as usize], fresh);
                    ex.stack.push(old);
                }
                Op::RestoreCell(i) => {
                    let old = Self::pop(ex)?;
                    ex.frame.cells.borrow_mut()[i as usize] = old;
                }
                Op::LoadAttr(i) => {
                    let obj = Self::pop(ex)?;
                    let v = self.getattr(&obj, &code.names[i as usize])?;
                    ex.stack.push(v);
                }
                Op::StoreAttr(i) => {
                    let obj = Self::pop(ex)?;
                    let v = Self::pop(ex)?;
                    self.setattr(&obj, &code.names[i as usize], v)?;
                }
                Op::DeleteAttr(i) => {
                    let obj = Self::pop(ex)?;
                    self.delattr(&obj, &code.names[i as usize])?;
                }
                Op::Subscr => {
                    let idx = Self::pop(ex)?;
                    let obj = Self::pop(ex)?;
                    self.note_held_namespace(&obj, Event::LocalsHeldRead);
                    let v = self.getitem(&obj, &idx)?;
                    ex.stack.push(v);
                }
                Op::StoreSubscr => {
                    let idx = Self::pop(ex)?;
                    let obj = Self::pop(ex)?;
                    self.note_held_namespace(&obj, Event::LocalsHeldWrite);
                    let v = Self::pop(ex)?;
                    self.setitem(&obj, idx, v)?;
                }
                Op::DeleteSubscr => {
                    let idx = Self::pop(ex)?;
                    let obj = Self::pop(ex)?;
                    if matches!(&*obj, PyObj::Dict(_) | PyObj::FrameLocalsProxy(_)) {
                        self.mark(Event::DelSubscr);
                    }
                    self.note_held_namespace(&obj, Event::LocalsHeldWrite);
                    self.delitem(&obj, &idx)?;
                }
                Op::BuildSlice(n) => {
                    let step = if n == 3 {
                        Self::pop(ex)?
                    } else {
                        self.none.clone()
                    };
                    let stop = Self::pop(ex)?;
                    let start = Self::pop(ex)?;
                    ex.stack.push(Rc::new(PyObj::Slice { start, stop, step }));
                }
                Op::Binary(op) => {
                    let b = Self::pop(ex)?;
                    let a = Self::pop(ex)?;
                    let v = self.binary(&a, &b, op, false, code.future.division)?;
                    ex.stack.push(v);
                }
                Op::Inplace(op) => {
                    let b = Self::pop(ex)?;
                    let a = Self::pop(ex)?;
                    let v = self.binary(&a, &b, op, true, code.future.division)?;
                    ex.stack.push(v);
                }
                Op::Unary(op) => {
                    let a = Self::pop(ex)?;
                    let v = self.unary(&a, op)?;
                    ex.stack.push(v);
                }
                Op::Repr => {
                    let a = Self::pop(ex)?;
                    let s = self.repr(&a)?;
                    ex.stack.push(self.str(&s));
                }
                Op::Compare(op) => {
                    let b = Self::pop(ex)?;
                    let a = Self::pop(ex)?;
                    let v = self.compare(&a, &b, op)?;
                    ex.stack.push(v);
                }
                Op::ExcMatch => {
                    let ty = Self::pop(ex)?;
                    let e = Self::pop(ex)?;
                    let m = self.exc_matches(&e, &ty)?;
                    if m {
                        self.note_caught(&e);
                    }
                    ex.stack.push(self.bool(m));
                }
                Op::BuildTuple(n) => {
                    let items = ex.stack.split_off(ex.stack.len() - n as usize);
                    ex.stack.push(PyObj::new_tuple(items));
                }
                Op::BuildList(n) => {
                    let items = ex.stack.split_off(ex.stack.len() - n as usize);
                    ex.stack.push(PyObj::new_list(items));
                }
                Op::BuildSet(n) => {
                    let items = ex.stack.split_off(ex.stack.len() - n as usize);
                    let s = self.new_set(items)?;
                    ex.stack.push(s);
                }
                Op::BuildMap(n) => {
                    let items = ex.stack.split_off(ex.stack.len() - 2 * n as usize);
                    let d = PyObj::new_dict(Dict::presized(self.dict_mode, n as usize));
                    for pair in items.chunks(2) {
                        self.setitem(&d, pair[0].clone(), pair[1].clone())?;
                    }
                    ex.stack.push(d);
                }
                Op::DictMerge => {
                    let m = Self::pop(ex)?;
                    let d = Self::top(ex)?;
                    self.dict_merge(&d, &m)?;
                }
                Op::ListExtend => {
                    let it = Self::pop(ex)?;
                    let items = self.star_arg_items(None, &it, false)?;
                    let l = Self::top(ex)?;
                    match &*l {
                        PyObj::List(v) => v.borrow_mut().extend(items),
                        PyObj::Set(_) => {
                            for i in items {
                                self.set_add(&l, i)?;
                            }
                        }
                        _ => {}
                    }
                }
                Op::CallArgsExtend => {
                    let it = Self::pop(ex)?;
                    let l = Self::top(ex)?;
                    let func = ex.stack[ex.stack.len() - 2].clone();
                    let items = self.star_arg_items(Some(&func), &it, false)?;
                    if let PyObj::List(v) = &*l {
                        v.borrow_mut().extend(items);
                    }
                }
                Op::CallKwMerge => {
                    let m = Self::pop(ex)?;
                    let d = Self::top(ex)?;
                    let func = ex.stack[ex.stack.len() - 3].clone();
                    self.call_kw_merge(&func, &d, &m)?;
                }
                Op::ListToTuple => {
                    let l = Self::pop(ex)?;
                    let items = match &*l {
                        PyObj::List(v) => v.borrow().clone(),
                        _ => Vec::new(),
                    };
                    ex.stack.push(PyObj::new_tuple(items));
                }
                Op::ListAppend(depth) => {
                    self.mark(Event::Comprehension);
                    let v = Self::pop(ex)?;
                    let l = ex.stack[ex.stack.len() - depth as usize].clone();
                    if let PyObj::List(items) = &*l {
                        self.alloc(1, 8)?;
                        items.borrow_mut().push(v);
                    }
                }
                Op::SetAdd(depth) => {
                    self.mark(Event::Comprehension);
                    let v = Self::pop(ex)?;
                    let s = ex.stack[ex.stack.len() - depth as usize].clone();
                    self.set_add(&s, v)?;
                }
                Op::MapAdd(depth) => {
                    self.mark(Event::Comprehension);
                    let v = Self::pop(ex)?;
                    let k = Self::pop(ex)?;
                    let d = ex.stack[ex.stack.len() - depth as usize].clone();
                    self.setitem(&d, k, v)?;
                }
                Op::FormatValue { conv, has_spec } => {
                    let spec = if has_spec { Some(Self::pop(ex)?) } else { None };
                    let v = Self::pop(ex)?;
                    let s = self.format_value(&v, conv, spec.as_ref())?;
                    ex.stack.push(self.str(&s));
                }
                Op::BuildString(n) => {
                    let parts = ex.stack.split_off(ex.stack.len() - n as usize);
                    let mut s = String::new();
                    for p in parts {
                        s.push_str(p.as_str().unwrap_or(""));
                    }
                    ex.stack.push(self.str(&s));
                }
                Op::UnpackSequence(n) => {
                    let seq = Self::pop(ex)?;
                    let items = self.unpack(&seq, n as usize)?;
                    for v in items.into_iter().rev() {
                        ex.stack.push(v);
                    }
                }
                Op::UnpackEx { before, after } => {
                    let seq = Self::pop(ex)?;
                    let items = self.iterate(&seq)?;
                    let (b, a) = (before as usize, after as usize);
                    if items.len() < b + a {
                        let msg = format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            b + a,
                            items.len()
                        );
                        return self.err("ValueError", msg);
                    }
                    let mut out = Vec::new();
                    out.extend(items[..b].iter().cloned());
                    out.push(PyObj::new_list(items[b..items.len() - a].to_vec()));
                    out.extend(items[items.len() - a..].iter().cloned());
                    for v in out.into_iter().rev() {
                        ex.stack.push(v);
                    }
                }
                Op::Jump(t) => ex.ip = t as usize,
                Op::PopJumpIfFalse(t) => {
                    if code.kind != CodeKind::Comprehension {
                        self.mark(Event::Branch);
                    }
                    let v = Self::pop(ex)?;
                    if !self.truthy(&v)? {
                        ex.ip = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    if code.kind != CodeKind::Comprehension {
                        self.mark(Event::Branch);
                    }
                    let v = Self::pop(ex)?;
                    if self.truthy(&v)? {
                        ex.ip = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = Self::top(ex)?;
                    if !self.truthy(&v)? {
                        ex.ip = t as usize;
                    } else {
                        ex.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = Self::top(ex)?;
                    if self.truthy(&v)? {
                        ex.ip = t as usize;
                    } else {
                        ex.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = Self::pop(ex)?;
                    let it = self.get_iter(&v)?;
                    ex.stack.push(it);
                }
                Op::ForIter(t) => {
                    let it = Self::top(ex)?;
                    match self.next(&it)? {
                        Some(v) => {
                            if code.kind != CodeKind::Comprehension {
                                self.mark(Event::LoopIteration);
                            }
                            ex.stack.push(v);
                        }
                        None => {
                            ex.stack.pop();
                            ex.ip = t as usize;
                        }
                    }
                }
                Op::Call { nargs, kwnames } => {
                    let (args, kwargs) = if kwnames == u32::MAX {
                        (
                            ex.stack.split_off(ex.stack.len() - nargs as usize),
                            Vec::new(),
                        )
                    } else {
                        let names = match &*code.consts[kwnames as usize] {
                            PyObj::Tuple(t) => t.clone(),
                            _ => Vec::new(),
                        };
                        let kwvals = ex.stack.split_off(ex.stack.len() - names.len());
                        let args = ex.stack.split_off(ex.stack.len() - nargs as usize);
                        let kwargs = names
                            .iter()
                            .map(|n| n.as_str().unwrap_or("").to_string())
                            .zip(kwvals)
                            .collect();
                        (args, kwargs)
                    };
                    let func = Self::pop(ex)?;
                    match self.call_value(&func, args, kwargs)? {
                        call::Called::Value(v) => ex.stack.push(v),
                        call::Called::Frame(callee) => return Ok(Step::Call(callee)),
                    }
                }
                Op::CallEx => {
                    let kw = Self::pop(ex)?;
                    let args = Self::pop(ex)?;
                    let func = Self::pop(ex)?;
                    let args = match &*args {
                        PyObj::Tuple(t) => t.clone(),
                        _ => self.star_arg_items(Some(&func), &args, true)?,
                    };
                    let kwargs = self.kwargs_from(&func, &kw)?;
                    match self.call_value(&func, args, kwargs)? {
                        call::Called::Value(v) => ex.stack.push(v),
                        call::Called::Frame(callee) => return Ok(Step::Call(callee)),
                    }
                }
                Op::MakeFunction {
                    code: k,
                    ndefaults,
                    kwdefaults,
                    closure,
                } => {
                    let fcode = match &*code.consts[k as usize] {
                        PyObj::Code(c) => c.clone(),
                        _ => return Err(Unwind::Halt(Halt::Internal("bad code const".into()))),
                    };
                    let closure = if closure {
                        match &*Self::pop(ex)? {
                            PyObj::Tuple(t) => t.clone(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let kwd = if kwdefaults {
                        let d = Self::pop(ex)?;
                        match &*d {
                            PyObj::Dict(d) => d
                                .borrow()
                                .items()
                                .into_iter()
                                .map(|(k, v)| (k.as_str().unwrap_or("").to_string(), v))
                                .collect(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let defaults = ex.stack.split_off(ex.stack.len() - ndefaults as usize);
                    let f =
                        self.make_function(fcode, ex.frame.globals.clone(), defaults, kwd, closure);
                    ex.stack.push(f);
                }
                Op::BuildClass(k) => {
                    let kw = Self::pop(ex)?;
                    let bases = Self::pop(ex)?;
                    let body = Self::pop(ex)?;
                    let name = code.consts[k as usize].as_str().unwrap_or("?").to_string();
                    let callee = self.start_class(&name, &body, &bases, &kw)?;
                    return Ok(Step::Call(callee));
                }
                Op::Return => {
                    let v = Self::pop(ex)?;
                    if self.tracing() {
                        self.trace_return(&ex.frame, &v)?;
                    }
                    return Ok(Step::Return(v));
                }
                Op::Yield => {
                    let v = Self::pop(ex)?;
                    if self.tracing() {
                        self.trace_return(&ex.frame, &v)?;
                        ex.frame.trace_entered.set(false);
                    }
                    return Ok(Step::Yield(v));
                }
                Op::YieldFrom => {
                    // Stack: iterator, sent value. Delegate one step at a time.
                    let sent = Self::pop(ex)?;
                    let it = Self::top(ex)?;
                    match self.delegate_step(&it, sent)? {
                        call::GenStep::Yield(v) => {
                            // Re-run this instruction on resume, which pushes the sent value.
                            ex.ip -= 1;
                            return Ok(Step::Yield(v));
                        }
                        call::GenStep::Return(v) => {
                            ex.stack.pop();
                            ex.stack.push(v);
                        }
                    }
                }
                Op::Raise(n) => return Err(self.do_raise(ex, n)?),
                Op::SetupExcept(h) => ex.blocks.push(Block {
                    handler: h,
                    stack_depth: ex.stack.len(),
                    exc_depth: ex.frame.handling.borrow().len(),
                }),
                Op::PopBlock => {
                    ex.blocks.pop();
                }
                Op::PopExcept => {
                    ex.frame.handling.borrow_mut().pop();
                }
                Op::Reraise => {
                    let e = Self::pop(ex)?;
                    ex.frame.handling.borrow_mut().pop();
                    return Err(Unwind::Exc(e));
                }
                Op::ImportName {
                    name,
                    fromlist,
                    level,
                } => {
                    let m = self.import(
                        &code.names[name as usize],
                        &code.consts[fromlist as usize],
                        level,
                    )?;
                    ex.stack.push(m);
                }
                Op::ImportFrom(i) => {
                    let m = Self::top(ex)?;
                    let v = self.import_from(&m, &code.names[i as usize])?;
                    ex.stack.push(v);
                }
                Op::ImportStar => {
                    let m = Self::pop(ex)?;
                    self.import_star(&ex.frame, &m)?;
                }
                Op::PrintItem => {
                    self.mark(Event::Print);
                    let v = Self::pop(ex)?;
                    self.print_item(None, &v)?;
                }
                Op::PrintItemTo => {
                    self.mark(Event::Print);
                    let dest = Self::pop(ex)?;
                    let v = Self::pop(ex)?;
                    self.print_item(Some(&dest), &v)?;
                }
                Op::PrintNewline => self.print_newline(None)?,
                Op::PrintNewlineTo => {
                    let dest = Self::pop(ex)?;
                    self.print_newline(Some(&dest))?;
                }
                Op::ExecStmt => {
                    let l = Self::pop(ex)?;
                    let g = Self::pop(ex)?;
                    let body = Self::pop(ex)?;
                    let frame = ex.frame.clone();
                    self.exec_statement(&frame, body, g, l)?;
                }
                Op::LoadLocals => {
                    let l = ex.frame.locals.borrow().clone();
                    ex.stack.push(l.unwrap_or_else(|| self.none.clone()));
                }
                Op::RaiseAssert(has_msg) => {
                    let args = if has_msg {
                        vec![Self::pop(ex)?]
                    } else {
                        Vec::new()
                    };
                    let cls = self.exc_class("AssertionError");
                    let e = crate::vm::error::instantiate(self, &cls, args);
                    return Err(Unwind::Exc(e));
                }
                Op::PrintExpr => {
                    let v = Self::pop(ex)?;
                    if !v.is_none() {
                        let s = self.repr(&v)?;
                        self.write_stdout(&s);
                        self.write_stdout("\n");
                        self.dict_set_str(&self.builtins.clone(), "_", v)?;
                    }
                }
                Op::WithEnter => {
                    let cm = Self::pop(ex)?;
                    let (exit, enter) = self.with_methods(&cm)?;
                    ex.stack.push(exit);
                    ex.stack.push(enter);
                }
                Op::ExcTriple => {
                    let e = Self::pop(ex)?;
                    let ty = self.type_of(&e);
                    ex.stack.push(ty);
                    ex.stack.push(e);
                    ex.stack.push(self.none.clone());
                }
                Op::StoreClassCell(i) => {
                    let cell = ex.frame.cell(i as usize);
                    self.store_name(&ex.frame, "__classcell__", cell)?;
                }
            }
        }
    }

    /// Records an `except` clause matching `e`, and its type when it is one the generator's
    /// guards are about.
    fn note_caught(&mut self, e: &PyRef) {
        self.mark(Event::Caught);
        let ty = self.type_of(e);
        for (name, event) in [
            ("NameError", Event::CaughtNameError),
            ("UnboundLocalError", Event::CaughtUnboundLocal),
            ("KeyError", Event::CaughtKeyError),
        ] {
            if self.exc_types.get(name).is_some_and(|c| Rc::ptr_eq(c, &ty)) {
                self.mark(event);
            }
        }
    }

    fn do_raise(&mut self, ex: &mut Exec, n: u32) -> PyResult<Unwind> {
        match n {
            0 => match self.current_exception() {
                Some(e) => Ok(Unwind::Exc(e)),
                None => {
                    if self.sem.has_long {
                        let ty = self.none.clone();
                        let msg = "exceptions must be old-style classes or derived from BaseException, not NoneType";
                        let _ = ty;
                        self.err("TypeError", msg)
                    } else {
                        self.err("RuntimeError", "No active exception to reraise")
                    }
                }
            },
            1 => {
                let v = Self::pop(ex)?;
                let e = self.make_exception(&v, None)?;
                Ok(Unwind::Exc(e))
            }
            2 => {
                let cause = Self::pop(ex)?;
                let v = Self::pop(ex)?;
                let e = self.make_exception(&v, None)?;
                let cause = if cause.is_none() {
                    None
                } else {
                    Some(self.make_exception(&cause, None)?)
                };
                if let PyObj::Instance(inst) = &*e {
                    if let Some(d) = &inst.exc {
                        let mut d = d.borrow_mut();
                        d.cause = cause;
                        d.suppress_context = true;
                    }
                }
                Ok(Unwind::Exc(e))
            }
            _ => {
                if n == 4 {
                    Self::pop(ex)?;
                }
                let value = Self::pop(ex)?;
                let ty = Self::pop(ex)?;
                let e = self.make_exception(&ty, Some(&value))?;
                Ok(Unwind::Exc(e))
            }
        }
    }

    /// The bound `__exit__` and `__enter__` of a context manager, with each version's error.
    fn with_methods(&mut self, cm: &PyRef) -> PyResult<(PyRef, PyRef)> {
        let py2 = self.sem.has_long;
        let exit = if py2 {
            match self.getattr_opt(cm, "__exit__")? {
                Some(e) => Some(e),
                None => return self.err("AttributeError", "__exit__"),
            }
        } else {
            self.lookup_special(cm, "__exit__")
        };
        let enter = if py2 {
            Some(self.getattr(cm, "__enter__")?)
        } else {
            self.lookup_special(cm, "__enter__")
        };
        match (exit, enter) {
            (Some(x), Some(n)) => Ok((x, n)),
            _ => {
                let tn = self.type_name(cm);
                self.type_error(format!(
                    "'{tn}' object does not support the context manager protocol"
                ))
            }
        }
    }

    /// The exception `sys.exc_info()` and a bare `raise` see: the innermost one being
    /// handled in the running frames (2.7: also one whose handler already ended).
    /// The exception an `except` block is handling, innermost frame first.
    fn handled_exception(&self) -> Option<PyRef> {
        self.frames
            .iter()
            .rev()
            .find_map(|f| f.handling.borrow().last().cloned())
    }

    pub fn current_exception(&self) -> Option<PyRef> {
        for f in self.frames.iter().rev() {
            if self.sem.exc_info_outlives_handler {
                if let Some(e) = f.last_exc.borrow().as_ref() {
                    return Some(e.clone());
                }
            }
            if let Some(e) = f.handling.borrow().last() {
                return Some(e.clone());
            }
        }
        None
    }

    /// Records the current stack position as the base for [`Vm::check_stack`].
    pub fn set_stack_budget(&mut self, budget: usize) {
        let marker = 0u8;
        self.stack_base = std::ptr::addr_of!(marker) as usize;
        self.stack_budget = budget;
    }

    /// Raises the version's recursion error when the Rust stack is nearly used up (deep
    /// nesting through builtins that call back into Python, or through nested data).
    pub fn check_stack(&mut self) -> PyResult<()> {
        let marker = 0u8;
        let here = std::ptr::addr_of!(marker) as usize;
        if self.stack_base > here && self.stack_base - here > self.stack_budget {
            let name = if self.sem.has_recursion_error {
                "RecursionError"
            } else {
                "RuntimeError"
            };
            return self.err(name, "maximum recursion depth exceeded");
        }
        Ok(())
    }

    /// Enters a recursive native operation; `msg` is the RecursionError text past the limit.
    pub fn enter_native(&mut self, msg: &str) -> PyResult<()> {
        self.check_stack()?;
        if self.native_depth + self.frames.len() >= self.recursion_limit {
            let name = if self.sem.has_recursion_error {
                "RecursionError"
            } else {
                "RuntimeError"
            };
            return self.err(name, msg);
        }
        self.native_depth += 1;
        Ok(())
    }

    pub fn leave_native(&mut self) {
        self.native_depth = self.native_depth.saturating_sub(1);
    }

    pub fn write_stdout(&mut self, s: &str) {
        self.stdout.push_str(s);
    }
}
