//! Calls: binding arguments into a new frame (with each version's error texts, from
//! `ceval.c`'s `PyEval_EvalCodeEx` in 2.7 and `initialize_locals` in 3.x), instantiating
//! classes, creating functions and generators, and building classes from their bodies.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::frame::{Exec, Frame, RetMode};
use super::{PyResult, Unwind, Vm};
use crate::version::{Gap, Unsupported};
use crate::vm::bytecode::{Code, CodeKind};
use crate::vm::features::Event;
use crate::vm::objects::{BaseKind, Class, Function, GenInfo, Instance, PyObj, PyRef};

/// Where one step of a generator (or a `yield from` sub-iterator) ended.
pub enum GenStep {
    Yield(PyRef),
    Return(PyRef),
}

/// The result of starting a call.
pub enum Called {
    Value(PyRef),
    /// A Python frame to run; the loop pushes it.
    Frame(Box<Exec>),
}

impl Vm {
    pub fn make_function(
        &mut self,
        code: Rc<Code>,
        globals: PyRef,
        defaults: Vec<PyRef>,
        kwdefaults: Vec<(String, PyRef)>,
        closure: Vec<PyRef>,
    ) -> PyRef {
        let module = match &*super::names::globals_dict(&globals) {
            PyObj::Dict(d) => d.borrow().get_str("__name__"),
            _ => None,
        }
        .unwrap_or_else(|| self.none.clone());
        let doc = if code.kind == CodeKind::Function {
            code.consts
                .first()
                .cloned()
                .unwrap_or_else(|| self.none.clone())
        } else {
            self.none.clone()
        };
        Rc::new(PyObj::Function(Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            dict: self.new_dict(),
            module,
            doc,
        }))
    }

    pub fn call_value(
        &mut self,
        func: &PyRef,
        args: Vec<PyRef>,
        kwargs: Vec<(String, PyRef)>,
    ) -> PyResult<Called> {
        match &**func {
            PyObj::Function(f) => {
                let frame = self.bind(func, f, args, kwargs)?;
                let ex = Exec::new(frame.clone());
                if f.code.generator {
                    let name = f.code.name.clone();
                    return Ok(Called::Value(crate::vm::objects::track(Rc::new(
                        PyObj::Generator(
                            RefCell::new(Some(Box::new(ex))),
                            GenInfo {
                                name,
                                running: Cell::new(false),
                                frame,
                            },
                        ),
                    ))));
                }
                Ok(Called::Frame(Box::new(ex)))
            }
            PyObj::Method { func: inner, obj } => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend(args);
                let inner = inner.clone();
                self.call_value(&inner, a, kwargs)
            }
            PyObj::UnboundMethod { func: inner, class } => {
                let ok = match args.first() {
                    Some(a) => self.isinstance(a, class)?,
                    None => false,
                };
                if !ok {
                    let fname = self.callable_name(inner);
                    let cname = self.class_name(class);
                    let got = match args.first() {
                        Some(a) => format!("{} instance", self.type_name(a)),
                        None => "nothing".to_string(),
                    };
                    return self.type_error(format!(
                        "unbound method {fname}() must be called with {cname} instance as first argument (got {got} instead)"
                    ));
                }
                let inner = inner.clone();
                self.call_value(&inner, args, kwargs)
            }
            PyObj::Builtin(b) => {
                let mut args = args;
                let receiver = match (&b.receiver, &b.owner) {
                    (None, Some(owner)) => Some(self.descriptor_receiver(b, owner, &mut args)?),
                    (r, _) => r.clone(),
                };
                let v = (b.func)(self, receiver, args, kwargs)?;
                Ok(Called::Value(v))
            }
            PyObj::Class(_) => self.instantiate(func, args, kwargs),
            PyObj::StaticMethod(f) | PyObj::ClassMethod(f) => {
                let f = f.clone();
                self.call_value(&f, args, kwargs)
            }
            PyObj::Instance(_) => {
                let Some(call) = self.lookup_special(func, "__call__") else {
                    let tn = self.type_name(func);
                    return self.type_error(format!("'{tn}' object is not callable"));
                };
                self.call_value(&call, args, kwargs)
            }
            _ => {
                let tn = self.type_name(func);
                self.type_error(format!("'{tn}' object is not callable"))
            }
        }
    }

    /// Binds arguments to a new frame for `f`.
    pub(super) fn bind(
        &mut self,
        func: &PyRef,
        f: &Function,
        args: Vec<PyRef>,
        kwargs: Vec<(String, PyRef)>,
    ) -> PyResult<Rc<Frame>> {
        let code = f.code.clone();
        let nvars = code.varnames.len();
        let mut fast: Vec<Option<PyRef>> = vec![None; nvars];
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let npos = args.len();
        let fname = if self.sem.has_qualname {
            f.qualname.borrow().clone()
        } else {
            f.name.borrow().clone()
        };
        let defaults = f.defaults.borrow().clone();
        let py2 = !self.sem.has_qualname;
        // The implicit call that starts a comprehension or generator expression is no call
        // in the program's text.
        let explicit = code.kind != CodeKind::Comprehension;
        if explicit {
            self.mark(Event::PyCall);
        }
        if explicit && npos + kwargs.len() > 0 && argcount + kwonly > 0 {
            self.mark(Event::CallArgs);
        }
        if code.name == "<lambda>" {
            self.mark(Event::LambdaCall);
        }
        let mut extra_pos = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < argcount {
                fast[i] = Some(a);
            } else {
                extra_pos.push(a);
            }
        }
        let nkw = kwargs.len();
        if py2 && argcount == 0 && !code.varargs && !code.varkw && npos + nkw > 0 {
            // 2.7's `PyEval_EvalCodeEx` for a function without parameters.
            return self.type_error(format!(
                "{fname}() takes no arguments ({} given)",
                npos + nkw
            ));
        }
        if !extra_pos.is_empty() && !code.varargs {
            return self.too_many_positional(&fname, &code, defaults.len(), npos, nkw, &fast, py2);
        }
        let vararg_idx = argcount + kwonly;
        if code.varargs {
            fast[vararg_idx] = Some(PyObj::new_tuple(extra_pos));
        }
        let kwdict = if code.varkw {
            Some(self.new_dict())
        } else {
            None
        };
        for (k, v) in kwargs {
            let pos = code.varnames[..argcount + kwonly]
                .iter()
                .position(|n| *n == k);
            match pos {
                Some(p) => {
                    if fast[p].is_some() {
                        let msg = if py2 {
                            format!("{fname}() got multiple values for keyword argument '{k}'")
                        } else {
                            format!("{fname}() got multiple values for argument '{k}'")
                        };
                        return self.type_error(msg);
                    }
                    fast[p] = Some(v);
                }
                None => match &kwdict {
                    Some(d) => {
                        let key = self.str(&k);
                        self.setitem(d, key, v)?;
                    }
                    None => {
                        return self.type_error(format!(
                            "{fname}() got an unexpected keyword argument '{k}'"
                        ));
                    }
                },
            }
        }
        if let Some(d) = kwdict {
            let idx = argcount + kwonly + code.varargs as usize;
            fast[idx] = Some(d);
        }
        // Defaults and missing arguments.
        let given_before = fast[..argcount].iter().filter(|v| v.is_some()).count();
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in 0..argcount {
            if fast[i].is_none() {
                if i >= first_default {
                    self.mark(Event::DefaultUsed);
                    fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            if py2 {
                let m = first_default;
                let given = given_before;
                let kind = if code.varargs || !defaults.is_empty() {
                    "at least"
                } else {
                    "exactly"
                };
                let s = if m == 1 { "" } else { "s" };
                return self.type_error(format!(
                    "{fname}() takes {kind} {m} argument{s} ({given} given)"
                ));
            }
            return self.type_error(format!(
                "{fname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            ));
        }
        let kwdefaults = f.kwdefaults.borrow().clone();
        let mut missing_kw = Vec::new();
        for (i, slot) in fast
            .iter_mut()
            .enumerate()
            .take(argcount + kwonly)
            .skip(argcount)
        {
            if slot.is_none() {
                let name = &code.varnames[i];
                match kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => {
                        self.mark(Event::DefaultUsed);
                        *slot = Some(v.clone());
                    }
                    None => missing_kw.push(name.clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return self.type_error(format!(
                "{fname}() missing {} required keyword-only argument{}: {}",
                missing_kw.len(),
                if missing_kw.len() == 1 { "" } else { "s" },
                name_list(&missing_kw)
            ));
        }
        let _ = func;
        Ok(self.new_frame(code, f.globals.clone(), fast, &f.closure))
    }

    #[expect(clippy::too_many_arguments, reason = "the inputs of CPython's message")]
    fn too_many_positional<T>(
        &mut self,
        fname: &str,
        code: &Code,
        ndefaults: usize,
        npos: usize,
        nkw: usize,
        fast: &[Option<PyRef>],
        py2: bool,
    ) -> PyResult<T> {
        let argcount = code.argcount as usize;
        if py2 {
            if argcount == 0 {
                return self.type_error(format!(
                    "{fname}() takes no arguments ({} given)",
                    npos + nkw
                ));
            }
            let kind = if ndefaults > 0 { "at most" } else { "exactly" };
            let s = if argcount == 1 { "" } else { "s" };
            return self.type_error(format!(
                "{fname}() takes {kind} {argcount} argument{s} ({} given)",
                npos + nkw
            ));
        }
        let _ = fast;
        let takes = if ndefaults > 0 {
            format!("from {} to {}", argcount - ndefaults, argcount)
        } else {
            argcount.to_string()
        };
        let s = if argcount == 1 && ndefaults == 0 {
            ""
        } else {
            "s"
        };
        let was = if npos == 1 { "was" } else { "were" };
        self.type_error(format!(
            "{fname}() takes {takes} positional argument{s} but {npos} {was} given"
        ))
    }

    /// A frame for `code` with the given fast locals and closure cells.
    pub fn new_frame(
        &mut self,
        code: Rc<Code>,
        globals: PyRef,
        mut fast: Vec<Option<PyRef>>,
        closure: &[PyRef],
    ) -> Rc<Frame> {
        fast.resize(code.varnames.len(), None);
        let mut cells = Vec::with_capacity(code.ncells());
        for (i, _) in code.cellvars.iter().enumerate() {
            let init = code.cell2arg[i].and_then(|a| fast[a as usize].clone());
            cells.push(PyObj::new_cell(init));
        }
        cells.extend(closure.iter().cloned());
        while cells.len() < code.ncells() {
            cells.push(PyObj::new_cell(None));
        }
        let locals = if code.optimized || !code.newlocals {
            None
        } else {
            Some(self.new_dict())
        };
        let builtins = self.builtins_for(&globals);
        let frame = Rc::new(Frame {
            fast: RefCell::new(fast),
            cells: RefCell::new(cells),
            code,
            globals,
            builtins,
            locals: RefCell::new(locals),
            extra_locals: RefCell::new(None),
            lineno: Cell::new(0),
            back: self.frames.last().cloned(),
            pyobj: RefCell::new(None),
            handling: RefCell::new(Vec::new()),
            last_exc: RefCell::new(None),
            f_trace: RefCell::new(None),
            trace_pos: Cell::new((0, 0)),
            trace_entered: Cell::new(false),
        });
        crate::vm::objects::track_frame(&frame);
        frame
    }

    /// Calling a class: builtin constructors, exceptions, user instances with `__init__`.
    fn instantiate(
        &mut self,
        cls: &PyRef,
        args: Vec<PyRef>,
        kwargs: Vec<(String, PyRef)>,
    ) -> PyResult<Called> {
        let Some(c) = cls.as_class() else {
            return self.type_error("not a class");
        };
        if c.builtin && c.base_kind != BaseKind::Exception {
            let v = crate::vm::builtins::types::construct(self, cls, args, kwargs)?;
            return Ok(Called::Value(v));
        }
        let inst = if c.base_kind == BaseKind::Exception {
            // 3.x `BaseException.__new__` keeps the arguments as `args`; 2.7's leaves them
            // for `__init__`, so a user `__init__` that does not call the base's sees `()`.
            let user_init = self
                .class_lookup(cls, "__init__")
                .is_some_and(|f| !self.is_builtin_init(&f));
            let exc_args = if user_init && !self.sem.exc_new_sets_args {
                Vec::new()
            } else {
                args.clone()
            };
            crate::vm::error::instantiate(self, cls, exc_args)
        } else {
            // `__new__` of a builtin base: an empty container, or the immutable value made
            // from the call's arguments.
            let native = match self.native_base(cls) {
                Some(base) if self.is_mutable_builtin(&base) => Some(
                    crate::vm::builtins::types::construct(self, &base, Vec::new(), Vec::new())?,
                ),
                Some(base) => Some(crate::vm::builtins::types::construct(
                    self,
                    &base,
                    args.clone(),
                    kwargs.clone(),
                )?),
                None => None,
            };
            Rc::new(PyObj::Instance(Instance {
                class: RefCell::new(cls.clone()),
                dict: self.new_dict(),
                exc: None,
                native,
            }))
        };
        if c.builtin {
            return Ok(Called::Value(inst));
        }
        match self.class_lookup(cls, "__init__") {
            Some(init) if !self.is_builtin_init(&init) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(inst.clone());
                a.extend(args);
                match self.call_value(&init, a, kwargs)? {
                    Called::Value(v) => {
                        if !v.is_none() {
                            let tn = self.type_name(&v);
                            return self
                                .type_error(format!("__init__() should return None, not '{tn}'"));
                        }
                        Ok(Called::Value(inst))
                    }
                    Called::Frame(mut ex) => {
                        ex.ret = RetMode::Init(inst);
                        Ok(Called::Frame(ex))
                    }
                }
            }
            _ if inst.native().is_some() => {
                // The builtin's `__init__`: a mutable container is filled from the arguments.
                let native = inst.native().cloned().unwrap_or_else(|| self.none.clone());
                if let Some(init) = crate::vm::methods::builtin_method(self, &native, "__init__") {
                    self.call_sync(&init, args, kwargs)?;
                }
                Ok(Called::Value(inst))
            }
            _ => {
                if c.base_kind == BaseKind::Object && (!args.is_empty() || !kwargs.is_empty()) {
                    if c.classic {
                        return self.type_error("this constructor takes no arguments");
                    }
                    if self.sem.has_qualname {
                        let n = c.qualname.borrow().clone();
                        return self.type_error(format!("{n}() takes no arguments"));
                    }
                    return self.type_error("object() takes no parameters");
                }
                Ok(Called::Value(inst))
            }
        }
    }

    /// The names a `__slots__` value declares (one string, or an iterable of strings).
    pub fn slot_names(&mut self, slots: &PyRef) -> PyResult<Vec<String>> {
        if let Some(s) = slots.as_str() {
            return Ok(vec![s.to_string()]);
        }
        let items = self.iterate(slots)?;
        Ok(items
            .iter()
            .filter_map(|i| i.as_str().map(str::to_string))
            .collect())
    }

    /// The attribute names instances of `cls` may hold when every class in its MRO declares
    /// `__slots__` (no instance `__dict__`); `None` when instances have a `__dict__`.
    pub fn slots_only(&mut self, cls: &PyRef) -> PyResult<Option<Vec<String>>> {
        let Some(c) = cls.as_class() else {
            return Ok(None);
        };
        if c.classic {
            return Ok(None);
        }
        let mro = c.mro.borrow().clone();
        let mut names = Vec::new();
        for k in mro
            .iter()
            .filter(|k| k.as_class().is_some_and(|kc| !kc.builtin))
        {
            let Some(kc) = k.as_class() else { continue };
            let slots = kc
                .dict
                .dict_ref()
                .and_then(|d| d.borrow().get_str("__slots__"));
            let Some(slots) = slots else {
                return Ok(None);
            };
            names.extend(self.slot_names(&slots)?);
        }
        if names.iter().any(|n| n == "__dict__") {
            return Ok(None);
        }
        Ok(Some(names))
    }

    /// The builtin class whose values instances of `cls` extend (`list` for `class L(list)`).
    pub fn native_base(&self, cls: &PyRef) -> Option<PyRef> {
        let c = cls.as_class()?;
        let mro = c.mro.borrow();
        mro.iter()
            .find(|k| {
                k.as_class()
                    .is_some_and(|kc| kc.builtin && kc.base_kind == BaseKind::Native)
            })
            .cloned()
    }

    /// Builtin types a class may extend here.
    fn extensible_builtin(&self, cls: &PyRef) -> bool {
        let t = &self.t;
        [
            &t.int,
            &t.long,
            &t.float,
            &t.str_,
            &t.unicode,
            &t.tuple,
            &t.list,
            &t.dict,
            &t.set,
            &t.frozenset,
        ]
        .iter()
        .any(|b| Rc::ptr_eq(b, cls))
    }

    fn is_mutable_builtin(&self, cls: &PyRef) -> bool {
        let t = &self.t;
        [&t.list, &t.dict, &t.set]
            .iter()
            .any(|b| Rc::ptr_eq(b, cls))
    }

    fn is_builtin_init(&self, f: &PyRef) -> bool {
        matches!(&**f, PyObj::Builtin(_))
    }

    /// Starts running a class body; the loop builds the class when it returns.
    pub fn start_class(
        &mut self,
        name: &str,
        body: &PyRef,
        bases: &PyRef,
        kw: &PyRef,
    ) -> PyResult<Box<Exec>> {
        let PyObj::Function(f) = &**body else {
            return self.type_error("class body is not a function");
        };
        let bases = match &**bases {
            PyObj::Tuple(t) => t.clone(),
            _ => Vec::new(),
        };
        let keywords: Vec<(String, PyRef)> = match &**kw {
            PyObj::Dict(d) => d
                .borrow()
                .items()
                .into_iter()
                .map(|(k, v)| (k.as_str().unwrap_or("").to_string(), v))
                .collect(),
            _ => Vec::new(),
        };
        for (k, v) in &keywords {
            if k == "metaclass" && !Rc::ptr_eq(v, &self.t.type_) {
                return self.unsupported(Unsupported::Metaclass);
            }
        }
        for b in &bases {
            if b.as_class().is_none() {
                let tn = self.type_name(b);
                if self.sem.has_long {
                    return self.type_error(format!(
                        "Error when calling the metaclass bases\n    {tn}() takes at most 1 argument (3 given)"
                    ));
                }
                return self.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                );
            }
        }
        if self
            .frames
            .last()
            .is_some_and(|caller| caller.code.kind == CodeKind::Function)
        {
            self.mark(Event::ClassInFunction);
        }
        let code = f.code.clone();
        let frame = self.new_frame(code, f.globals.clone(), Vec::new(), &f.closure);
        *frame.locals.borrow_mut() = Some(self.new_dict());
        let mut ex = Exec::new(frame);
        ex.ret = RetMode::ClassBody {
            name: name.to_string(),
            bases,
            keywords,
        };
        Ok(Box::new(ex))
    }

    /// Creates the class object once its body has run.
    pub fn make_class(
        &mut self,
        name: &str,
        bases: Vec<PyRef>,
        ns: PyRef,
        _keywords: Vec<(String, PyRef)>,
    ) -> PyResult<PyRef> {
        if let Some(meta) = self.mapping_get_str(&ns, "__metaclass__")? {
            if self.sem.classic_classes && !Rc::ptr_eq(&meta, &self.t.type_) {
                return self.unsupported(Unsupported::Metaclass);
            }
        }
        let classic = self.sem.classic_classes
            && bases
                .iter()
                .all(|b| b.as_class().map(|c| c.classic).unwrap_or(true))
            && self.mapping_get_str(&ns, "__metaclass__")?.is_none();
        let bases = if bases.is_empty() && !classic {
            vec![self.t.object.clone()]
        } else {
            bases
        };
        let mut base_kind = BaseKind::Object;
        for b in &bases {
            if let Some(c) = b.as_class() {
                match c.base_kind {
                    BaseKind::Exception => base_kind = BaseKind::Exception,
                    BaseKind::Native if self.extensible_builtin(b) => {}
                    BaseKind::Native => {
                        return self.unsupported(Unsupported::Builtin(Gap::BuiltinSubclass));
                    }
                    BaseKind::Object => {}
                }
            }
        }
        let dict = self.new_dict();
        let qualname = match &*ns {
            PyObj::Dict(d) => {
                let items = d.borrow().items();
                let mut q = None;
                for (k, v) in items {
                    if k.as_str() == Some("__qualname__") {
                        q = v.as_str().map(|s| s.to_string());
                        continue;
                    }
                    if k.as_str() == Some("__classcell__") {
                        continue;
                    }
                    self.setitem(&dict, k, v)?;
                }
                q
            }
            _ => None,
        }
        .unwrap_or_else(|| name.to_string());
        if self.sem.type_dict_descriptors && !classic {
            // `type_new` adds `__dict__` unless a base already gives instances a dict, and
            // `__weakref__` unless a base already supports weak references (exceptions have a
            // dict but no weak references).
            let user_base = bases
                .iter()
                .any(|b| b.as_class().map(|c| !c.builtin).unwrap_or(false));
            // `__slots__` without `__dict__`/`__weakref__` leaves those descriptors out.
            let slots = self.mapping_get_str(&dict, "__slots__")?;
            let slotted = match &slots {
                Some(s) => {
                    let names = self.slot_names(s)?;
                    (
                        !names.iter().any(|n| n == "__dict__"),
                        !names.iter().any(|n| n == "__weakref__"),
                    )
                }
                None => (false, false),
            };
            if !user_base {
                let exc = base_kind == BaseKind::Exception;
                if !exc && !slotted.0 && !self.dict_has(&dict, "__dict__") {
                    let v = Rc::new(PyObj::GetSet {
                        name: "__dict__",
                        owner: name.to_string(),
                    });
                    self.dict_set_str(&dict, "__dict__", v)?;
                }
                if !slotted.1 && !self.dict_has(&dict, "__weakref__") {
                    let v = Rc::new(PyObj::GetSet {
                        name: "__weakref__",
                        owner: name.to_string(),
                    });
                    self.dict_set_str(&dict, "__weakref__", v)?;
                }
            }
        }
        if let PyObj::Dict(d) = &*dict {
            let mut d = d.borrow_mut();
            if d.get_str("__doc__").is_none() {
                d.set_str("__doc__", self.none.clone());
            }
        }
        // `type_ready_set_hash`, after the descriptors and `__doc__`.
        if self.sem.eq_without_hash_unhashable
            && !classic
            && self.dict_has(&dict, "__eq__")
            && !self.dict_has(&dict, "__hash__")
        {
            let none = self.none.clone();
            self.dict_set_str(&dict, "__hash__", none)?;
        }
        let cls = crate::vm::objects::track(Rc::new(PyObj::Class(Class {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(qualname),
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(Vec::new()),
            dict,
            base_kind,
            classic,
            builtin: false,
        })));
        let mro = self.compute_mro(&cls, &bases, classic)?;
        if let PyObj::Class(c) = &*cls {
            *c.mro.borrow_mut() = mro;
        }
        if let Some(cell) = self.mapping_get_str(&ns, "__classcell__")? {
            if let PyObj::Cell(c) = &*cell {
                *c.borrow_mut() = Some(cls.clone());
            }
        }
        Ok(cls)
    }

    fn dict_has(&self, d: &PyRef, name: &str) -> bool {
        d.dict_ref()
            .map(|d| d.borrow().get_str(name).is_some())
            .unwrap_or(false)
    }

    fn compute_mro(&mut self, cls: &PyRef, bases: &[PyRef], classic: bool) -> PyResult<Vec<PyRef>> {
        let mut out = vec![cls.clone()];
        if classic {
            fn walk(out: &mut Vec<PyRef>, c: &PyRef) {
                if !out.iter().any(|x| Rc::ptr_eq(x, c)) {
                    out.push(c.clone());
                }
                if let Some(cl) = c.as_class() {
                    for b in cl.bases.borrow().iter() {
                        walk(out, b);
                    }
                }
            }
            for b in bases {
                walk(&mut out, b);
            }
            return Ok(out);
        }
        let mut seqs: Vec<Vec<PyRef>> = bases
            .iter()
            .map(|b| {
                b.as_class()
                    .map(|c| c.mro.borrow().clone())
                    .unwrap_or_default()
            })
            .collect();
        seqs.push(bases.to_vec());
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut found = None;
            for s in &seqs {
                let cand = &s[0];
                if !seqs
                    .iter()
                    .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, cand)))
                {
                    found = Some(cand.clone());
                    break;
                }
            }
            let Some(c) = found else {
                return self.type_error(
                    "Cannot create a consistent method resolution order (MRO) for bases",
                );
            };
            for s in seqs.iter_mut() {
                if Rc::ptr_eq(&s[0], &c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }

    /// Keyword arguments from a `**mapping` (or None).
    pub fn kwargs_from(&mut self, func: &PyRef, kw: &PyRef) -> PyResult<Vec<(String, PyRef)>> {
        match &**kw {
            PyObj::None => Ok(Vec::new()),
            PyObj::Dict(d) => {
                let items = d.borrow().items();
                let mut out = Vec::with_capacity(items.len());
                for (k, v) in items {
                    match k.as_str() {
                        Some(s) => out.push((s.to_string(), v)),
                        None => {
                            let msg = if self.sem.unpacking_errors_name_callee {
                                format!("{} keywords must be strings", self.callee_desc(func)?)
                            } else {
                                "keywords must be strings".to_string()
                            };
                            return self.type_error(msg);
                        }
                    }
                }
                Ok(out)
            }
            _ => {
                let tn = self.type_name(kw);
                let desc = self.callee_desc(func)?;
                self.type_error(format!(
                    "{desc} argument after ** must be a mapping, not {tn}"
                ))
            }
        }
    }

    /// The receiver of an unbound method descriptor's call (`str.upper(s)`): the first
    /// argument, which must be an instance of the descriptor's type.
    fn descriptor_receiver(
        &mut self,
        b: &crate::vm::objects::Builtin,
        owner: &PyRef,
        args: &mut Vec<PyRef>,
    ) -> PyResult<PyRef> {
        let owner_name = self.class_name(owner);
        if args.is_empty() {
            let msg = self.sem.msgs.descriptor_needs_argument(b.name, &owner_name);
            return self.type_error(msg);
        }
        let recv = args.remove(0);
        let cls = self.class_of(&recv);
        if !self.is_subclass(&cls, owner) {
            let tn = self.type_name(&recv);
            let slot = b.name.starts_with("__") && b.name.ends_with("__");
            // A slot wrapper names the type by its `tp_name` (2.7 `exceptions.Exception`).
            let owner_name = match self.class_module(owner) {
                Some(m) if slot && m != "builtins" && m != "__builtin__" => {
                    format!("{m}.{owner_name}")
                }
                _ => owner_name,
            };
            let msg = self
                .sem
                .msgs
                .descriptor_wrong_receiver(b.name, &owner_name, &tn, slot);
            return self.type_error(msg);
        }
        // A builtin subclass's instance lends the builtin method its builtin value.
        if Rc::ptr_eq(owner, &self.t.object) {
            return Ok(recv);
        }
        // `dict.__getitem__` of a subclass's instance calls its `__missing__` (`dict_subscript`
        // checks `PyDict_CheckExact`), so it needs the instance.
        if b.name == "__getitem__" && Rc::ptr_eq(owner, &self.t.dict) {
            return Ok(recv);
        }
        Ok(recv.native().cloned().unwrap_or(recv))
    }

    /// A class's `__module__`, if it has a string one.
    fn class_module(&self, cls: &PyRef) -> Option<String> {
        self.type_module(cls)
    }

    /// How a call error names the callee: 3.x `_PyObject_FunctionStr` (`module.qualname()`,
    /// bare for builtins), 2.7 `PyEval_GetFuncName` plus `PyEval_GetFuncDesc`.
    pub fn callee_desc(&mut self, func: &PyRef) -> PyResult<String> {
        if !self.sem.callee_named_by_qualname {
            return Ok(match &**func {
                PyObj::Function(_)
                | PyObj::Builtin(_)
                | PyObj::Method { .. }
                | PyObj::UnboundMethod { .. } => format!("{}()", self.callable_name(func)),
                PyObj::Class(c) if c.classic => format!("{} constructor", c.name.borrow()),
                PyObj::Instance(i) if i.class.borrow().as_class().is_some_and(|c| c.classic) => {
                    let cls = i.class.borrow().clone();
                    format!("{} instance", self.class_name(&cls))
                }
                _ => format!("{} object", self.type_name(func)),
            });
        }
        let qualified = |module: &PyRef, qualname: &str| match module.as_str() {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        };
        match &**func {
            PyObj::Function(f) => Ok(qualified(&f.module, &f.qualname.borrow())),
            PyObj::Method { func: inner, .. } => {
                let inner = inner.clone();
                self.callee_desc(&inner)
            }
            PyObj::Builtin(b) => Ok(match &b.receiver {
                Some(r) if !matches!(&**r, PyObj::Module(_)) => {
                    format!("{}.{}()", self.type_name(r), b.name)
                }
                _ => format!("{}()", b.name),
            }),
            PyObj::Class(c) => {
                let module = c
                    .dict
                    .dict_ref()
                    .and_then(|d| d.borrow().get_str("__module__"));
                let module = module.unwrap_or_else(|| self.none.clone());
                Ok(qualified(&module, &c.qualname.borrow()))
            }
            _ => self.repr(func),
        }
    }

    /// The positional arguments of a call from its `*` iterable, with the error texts of
    /// CPython's `CALL_FUNCTION_EX`/`LIST_EXTEND` (3.x) or `ext_do_call` (2.7). `lone`: the
    /// iterable is the call's only positional argument (`f(*x)`); no `func`: a display's
    /// `[*x]` (3.x only).
    pub fn star_arg_items(
        &mut self,
        func: Option<&PyRef>,
        it: &PyRef,
        lone: bool,
    ) -> PyResult<Vec<PyRef>> {
        let by_callee = self.sem.unpacking_errors_name_callee && func.is_some();
        let res = if by_callee {
            self.iterate(it)
        } else {
            match self.get_iter(it) {
                Ok(iter) => return self.iterate(&iter),
                Err(e) => Err(e),
            }
        };
        match res {
            Err(Unwind::Exc(e)) if self.is_instance_of_name(&e, "TypeError") => {
                let masked = if by_callee {
                    !matches!(&**it, PyObj::Generator(..))
                } else {
                    // Only an object that is neither iterable nor a sequence.
                    !matches!(&**it, PyObj::Instance(_))
                        || (self.lookup_special(it, "__iter__").is_none()
                            && self.lookup_special(it, "__getitem__").is_none())
                };
                if !masked {
                    return Err(Unwind::Exc(e));
                }
                let tn = self.type_name(it);
                let msg = match func {
                    Some(func) if lone || by_callee => {
                        let desc = self.callee_desc(func)?;
                        format!("{desc} argument after * must be an iterable, not {tn}")
                    }
                    _ => format!("Value after * must be an iterable, not {tn}"),
                };
                self.type_error(msg)
            }
            other => other,
        }
    }

    /// Merges a call's `**m` (or one `name=value`) into its keyword dict `d`, refusing
    /// repeated names (CPython `DICT_MERGE`, 2.7 `update_keyword_args`).
    pub fn call_kw_merge(&mut self, func: &PyRef, d: &PyRef, m: &PyRef) -> PyResult<()> {
        let is_mapping = match &**m {
            PyObj::Dict(_) | PyObj::MappingProxy(_) | PyObj::FrameLocalsProxy(_) => true,
            PyObj::Instance(_) => self.lookup_special(m, "keys").is_some(),
            _ => false,
        };
        if !is_mapping {
            let tn = self.type_name(m);
            let desc = self.callee_desc(func)?;
            return self.type_error(format!(
                "{desc} argument after ** must be a mapping, not {tn}"
            ));
        }
        for (k, v) in self.mapping_items(m)? {
            if self.dict_get(d, &k)?.is_some() {
                let desc = self.callee_desc(func)?;
                let ks = self.to_str(&k)?;
                return self.type_error(format!(
                    "{desc} got multiple values for keyword argument '{ks}'"
                ));
            }
            self.setitem(d, k, v)?;
        }
        Ok(())
    }

    /// Resumes a generator; `Ok(None)` when it is exhausted.
    pub fn gen_resume(&mut self, gen: &PyRef, sent: Option<PyRef>) -> PyResult<Option<PyRef>> {
        Ok(match self.gen_step(gen, sent, None)? {
            GenStep::Yield(v) => Some(v),
            GenStep::Return(_) => None,
        })
    }

    /// One step of `yield from`: the sub-iterator's next item, or its return value.
    pub fn delegate_step(&mut self, it: &PyRef, sent: PyRef) -> PyResult<GenStep> {
        if let PyObj::Generator(..) = &**it {
            return self.gen_step(it, Some(sent), None);
        }
        if !sent.is_none() {
            let send = self.getattr(it, "send")?;
            return match self.call_sync(&send, vec![sent], Vec::new()) {
                Ok(v) => Ok(GenStep::Yield(v)),
                Err(Unwind::Exc(e)) if self.is_instance_of_name(&e, "StopIteration") => {
                    let v = self.getattr(&e, "value")?;
                    Ok(GenStep::Return(v))
                }
                Err(e) => Err(e),
            };
        }
        match &**it {
            PyObj::Instance(_) => {
                let Some(f) = self.next_method(it) else {
                    let tn = self.type_name(it);
                    let msg = self.sem.msgs.not_an_iterator(&tn);
                    return self.type_error(msg);
                };
                match self.call_sync(&f, Vec::new(), Vec::new()) {
                    Ok(v) => Ok(GenStep::Yield(v)),
                    Err(Unwind::Exc(e)) if self.is_instance_of_name(&e, "StopIteration") => {
                        let v = self.getattr(&e, "value")?;
                        Ok(GenStep::Return(v))
                    }
                    Err(e) => Err(e),
                }
            }
            _ => Ok(match self.next(it)? {
                Some(v) => GenStep::Yield(v),
                None => GenStep::Return(self.none.clone()),
            }),
        }
    }

    /// `next(gen)`/`gen.send(v)` as Python sees it: the yielded value, or `StopIteration`
    /// carrying the generator's return value (none when it returned `None`).
    pub fn gen_send(&mut self, gen: &PyRef, sent: Option<PyRef>) -> PyResult<PyRef> {
        match self.gen_step(gen, sent, None)? {
            GenStep::Yield(v) => Ok(v),
            GenStep::Return(v) => Err(self.stop_iteration(v)),
        }
    }

    /// A `StopIteration` carrying `value` (no arguments for `None`, as
    /// `_PyGen_SetStopIterationValue` does).
    pub fn stop_iteration(&mut self, value: PyRef) -> Unwind {
        let cls = self.exc_class("StopIteration");
        let args = if value.is_none() {
            Vec::new()
        } else {
            vec![value]
        };
        Unwind::Exc(crate::vm::error::instantiate(self, &cls, args))
    }

    /// `gen.close()`: raises `GeneratorExit` at the paused `yield` so `finally` blocks run
    /// (CPython `gen_close`); a generator that yields again is an error.
    pub fn gen_close(&mut self, gen: &PyRef) -> PyResult<()> {
        let PyObj::Generator(state, _) = &**gen else {
            return Ok(());
        };
        let started = state.borrow().as_ref().is_some_and(|e| e.started);
        if !started {
            state.borrow_mut().take();
            return Ok(());
        }
        let exit = crate::vm::error::instantiate_empty(self, "GeneratorExit");
        match self.gen_step(gen, None, Some(exit)) {
            Ok(GenStep::Yield(_)) => {
                state.borrow_mut().take();
                self.err("RuntimeError", "generator ignored GeneratorExit")
            }
            Ok(GenStep::Return(_)) => Ok(()),
            Err(Unwind::Exc(e))
                if self.is_instance_of_name(&e, "GeneratorExit")
                    || self.is_instance_of_name(&e, "StopIteration") =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// `gen.throw(exc)`: raises `exc` at the paused `yield` (or at the start, where nothing
    /// can catch it).
    pub fn gen_throw(&mut self, gen: &PyRef, exc: PyRef) -> PyResult<PyRef> {
        if let PyObj::Generator(state, _) = &**gen {
            let started = state.borrow().as_ref().is_some_and(|e| e.started);
            if !started {
                state.borrow_mut().take();
                return Err(Unwind::Exc(exc));
            }
        }
        match self.gen_step(gen, None, Some(exc.clone()))? {
            GenStep::Yield(v) => Ok(v),
            GenStep::Return(v) => Err(self.stop_iteration(v)),
        }
    }

    /// Runs a generator to its next `yield` or its end; `throw` raises an exception at the
    /// paused `yield` instead of sending a value.
    pub fn gen_step(
        &mut self,
        gen: &PyRef,
        sent: Option<PyRef>,
        throw: Option<PyRef>,
    ) -> PyResult<GenStep> {
        let PyObj::Generator(state, info) = &**gen else {
            return Ok(GenStep::Return(self.none.clone()));
        };
        if info.running.get() {
            return self.err("ValueError", "generator already executing");
        }
        let Some(mut ex) = state.borrow_mut().take() else {
            if let Some(e) = throw {
                return Err(Unwind::Exc(e));
            }
            return Ok(GenStep::Return(self.none.clone()));
        };
        self.mark(Event::GeneratorResumed);
        if ex.started && throw.is_none() {
            ex.stack.push(sent.unwrap_or_else(|| self.none.clone()));
        }
        ex.started = true;
        info.running.set(true);
        let r = self.run_exec_throw(*ex, throw);
        info.running.set(false);
        match r {
            Ok((v, Some(ex))) => {
                *state.borrow_mut() = Some(Box::new(ex));
                Ok(GenStep::Yield(v))
            }
            Ok((v, None)) => Ok(GenStep::Return(v)),
            Err(Unwind::Exc(e)) => {
                if self.sem.generator_stop && self.is_instance_of_name(&e, "StopIteration") {
                    return self.err("RuntimeError", "generator raised StopIteration");
                }
                Err(Unwind::Exc(e))
            }
            Err(h) => Err(h),
        }
    }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}
