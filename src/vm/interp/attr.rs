//! Attributes: `getattr`/`setattr`/`delattr` on every kind of object, method binding (2.7
//! unbound methods, bound methods, static and class methods, properties), type lookup along
//! the MRO, `isinstance`, and exception matching.

use std::rc::Rc;

use super::{PyResult, Unwind, Vm};
use crate::vm::objects::{PyObj, PyRef, ViewKind};

impl Vm {
    pub fn type_of(&self, obj: &PyRef) -> PyRef {
        let t = &self.t;
        match &**obj {
            PyObj::None => t.none.clone(),
            PyObj::NotImplemented => t.not_implemented.clone(),
            PyObj::Ellipsis => t.ellipsis.clone(),
            PyObj::Bool(_) => t.bool_.clone(),
            PyObj::Int(_) => t.int.clone(),
            PyObj::Long(_) => t.long.clone(),
            PyObj::Float(_) => t.float.clone(),
            PyObj::Complex(..) => t.complex.clone(),
            PyObj::Str(_) => t.str_.clone(),
            PyObj::Unicode(_) => t.unicode.clone(),
            PyObj::Bytes(_) => t.bytes.clone(),
            PyObj::Tuple(_) => t.tuple.clone(),
            PyObj::List(_) => t.list.clone(),
            PyObj::Dict(_) => t.dict.clone(),
            PyObj::Set(_) => t.set.clone(),
            PyObj::FrozenSet(_) => t.frozenset.clone(),
            PyObj::Function(_) => t.function.clone(),
            PyObj::Builtin(b) if b.owner.is_some() && b.receiver.is_none() => {
                if crate::vm::interp::format::is_dunder(b.name) {
                    self.named_native_class("wrapper_descriptor")
                } else {
                    self.named_native_class("method_descriptor")
                }
            }
            PyObj::Builtin(_) => t.builtin_function.clone(),
            PyObj::Method { .. } | PyObj::UnboundMethod { .. } => t.method.clone(),
            PyObj::Class(c) => {
                if c.classic {
                    t.classobj.clone()
                } else {
                    t.type_.clone()
                }
            }
            PyObj::Instance(i) => {
                let cls = i.class.borrow().clone();
                if cls.as_class().map(|c| c.classic).unwrap_or(false) {
                    t.instance.clone()
                } else {
                    cls
                }
            }
            PyObj::Cell(_) => t.cell.clone(),
            PyObj::Code(_) => t.code.clone(),
            PyObj::Module(_) => t.module.clone(),
            PyObj::Frame(_) => t.frame.clone(),
            PyObj::FrameLocalsProxy(_) => t.frame_locals_proxy.clone(),
            PyObj::Range { .. } => t.range.clone(),
            PyObj::Slice { .. } => t.slice.clone(),
            PyObj::Iter(st) => self.iter_type(&st.borrow()),
            PyObj::Generator(..) => t.generator.clone(),
            PyObj::Property { .. } => t.property.clone(),
            PyObj::StaticMethod(_) => t.staticmethod.clone(),
            PyObj::ClassMethod(_) => t.classmethod.clone(),
            PyObj::Super { .. } => t.super_.clone(),
            PyObj::MappingProxy(_) => t.mappingproxy.clone(),
            PyObj::DictView { kind, .. } => match kind {
                ViewKind::Keys => t.dict_keys.clone(),
                ViewKind::Values => t.dict_values.clone(),
                ViewKind::Items => t.dict_items.clone(),
            },
            PyObj::Stream(_) => t.file.clone(),
            PyObj::GetSet { .. } => t.getset.clone(),
        }
    }

    /// The type of a builtin iterator, named as the version names it.
    fn iter_type(&self, st: &crate::vm::objects::IterState) -> PyRef {
        self.named_native_class(self.iter_type_name(st))
    }

    /// A builtin type made on first use (iterator and descriptor types), one per name.
    fn named_native_class(&self, name: &'static str) -> PyRef {
        let mut cache = self.iter_types.borrow_mut();
        cache
            .entry(name)
            .or_insert_with(|| crate::vm::error::native_class(name, &self.t.object, self.dict_mode))
            .clone()
    }

    /// The `__name__` of a builtin iterator's type in this version.
    pub fn iter_type_name(&self, st: &crate::vm::objects::IterState) -> &'static str {
        use crate::vm::objects::IterState as S;
        let py2 = self.sem.has_long;
        let pick = |a: &'static str, b: &'static str| if py2 { a } else { b };
        match st {
            S::Seq { seq, .. } => match &**seq {
                PyObj::Tuple(_) => pick("tupleiterator", "tuple_iterator"),
                _ => pick("listiterator", "list_iterator"),
            },
            S::Items { kind, .. } => kind,
            S::DictIter { kind, .. } => match kind {
                ViewKind::Keys => pick("dictionary-keyiterator", "dict_keyiterator"),
                ViewKind::Values => pick("dictionary-valueiterator", "dict_valueiterator"),
                ViewKind::Items => pick("dictionary-itemiterator", "dict_itemiterator"),
            },
            S::Range { .. } => pick("rangeiterator", "range_iterator"),
            S::Callable { .. } => pick("callable-iterator", "callable_iterator"),
            S::Enumerate { .. } => "enumerate",
            S::Zip { .. } => "zip",
            S::Map { .. } => "map",
            S::Filter { .. } => "filter",
            S::Reversed { .. } => pick("listreverseiterator", "list_reverseiterator"),
            S::Exhausted(name) => name,
            S::GetItem { .. } => "iterator",
        }
    }

    /// The class an instance's attributes come from (old-style instances: their class).
    pub fn class_of(&self, obj: &PyRef) -> PyRef {
        match &**obj {
            PyObj::Instance(i) => i.class.borrow().clone(),
            _ => self.type_of(obj),
        }
    }

    pub fn class_name(&self, cls: &PyRef) -> String {
        match cls.as_class() {
            Some(c) => c.name.borrow().clone(),
            None => "?".into(),
        }
    }

    pub fn class_qualname(&self, cls: &PyRef) -> String {
        match cls.as_class() {
            Some(c) => c.qualname.borrow().clone(),
            None => "?".into(),
        }
    }

    /// The name messages give `type(obj)`: a builtin type's `tp_name`, which carries its module
    /// unless that is the builtins module (2.7 `exceptions.KeyError`); else `__name__` (2.7
    /// old-style instances: `instance`).
    pub fn type_name(&self, obj: &PyRef) -> String {
        let t = self.type_of(obj);
        self.tp_name(&t)
    }

    /// A class's `tp_name`: see [`Vm::type_name`].
    pub fn tp_name(&self, t: &PyRef) -> String {
        let name = self.class_name(t);
        match t.as_class() {
            Some(c) if c.builtin => {
                let m = self.type_module(t).unwrap_or_default();
                if m.is_empty() || m == self.sem.builtins_module() {
                    name
                } else {
                    format!("{m}.{name}")
                }
            }
            _ => name,
        }
    }

    /// A class's `__module__` (`type_module` in `Objects/typeobject.c`): a builtin type's
    /// comes from its `tp_name` (the exceptions module for 2.7's exceptions, the builtins
    /// module when the name has no dot), a class statement's from its `__dict__`.
    pub fn type_module(&self, cls: &PyRef) -> Option<String> {
        let c = cls.as_class()?;
        let own = c
            .dict
            .dict_ref()
            .and_then(|d| d.borrow().get_str("__module__"))
            .and_then(|m| m.as_str().map(str::to_string));
        if !c.builtin || own.is_some() {
            return own;
        }
        Some(
            if c.base_kind == crate::vm::objects::BaseKind::Exception {
                self.sem.exceptions_module()
            } else {
                self.sem.builtins_module()
            }
            .to_string(),
        )
    }

    pub fn callable_name(&self, f: &PyRef) -> String {
        match &**f {
            PyObj::Function(f) => f.name.borrow().clone(),
            PyObj::Builtin(b) => b.name.to_string(),
            PyObj::Method { func, .. } | PyObj::UnboundMethod { func, .. } => {
                self.callable_name(func)
            }
            PyObj::Class(c) => c.name.borrow().clone(),
            _ => self.type_name(f),
        }
    }

    /// Looks `name` up along the MRO of `cls`.
    pub fn class_lookup(&self, cls: &PyRef, name: &str) -> Option<PyRef> {
        let c = cls.as_class()?;
        let mro = c.mro.borrow();
        for k in mro.iter() {
            if let Some(kc) = k.as_class() {
                if let PyObj::Dict(d) = &*kc.dict {
                    if let Some(v) = d.borrow().get_str(name) {
                        return Some(v);
                    }
                }
            }
        }
        None
    }

    /// A special method of an instance's class, bound to the instance.
    pub fn lookup_special(&self, obj: &PyRef, name: &str) -> Option<PyRef> {
        let cls = self.class_of(obj);
        let cc = cls.as_class()?;
        if cc.builtin {
            return None;
        }
        let f = self.class_lookup(&cls, name)?;
        Some(self.bind_attr(f, obj, &cls))
    }

    fn bind_attr(&self, f: PyRef, obj: &PyRef, cls: &PyRef) -> PyRef {
        match &*f {
            PyObj::Function(_) => Rc::new(PyObj::Method {
                func: f.clone(),
                obj: obj.clone(),
            }),
            PyObj::StaticMethod(inner) => inner.clone(),
            PyObj::ClassMethod(inner) => Rc::new(PyObj::Method {
                func: inner.clone(),
                obj: cls.clone(),
            }),
            _ => f,
        }
    }

    pub fn is_subclass(&self, cls: &PyRef, base: &PyRef) -> bool {
        if Rc::ptr_eq(cls, base) {
            return true;
        }
        match cls.as_class() {
            Some(c) => c.mro.borrow().iter().any(|k| Rc::ptr_eq(k, base)),
            None => false,
        }
    }

    pub fn isinstance(&mut self, obj: &PyRef, cls: &PyRef) -> PyResult<bool> {
        match &**cls {
            PyObj::Tuple(items) => {
                for i in items.clone() {
                    if self.isinstance(obj, &i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            PyObj::Class(_) => {
                let t = self.class_of(obj);
                Ok(self.is_subclass(&t, cls))
            }
            _ => {
                let msg = self.sem.msgs.isinstance_arg2();
                self.type_error(msg)
            }
        }
    }

    pub fn is_instance_of_name(&self, obj: &PyRef, name: &str) -> bool {
        match self.exc_types.get(name) {
            Some(cls) => {
                let t = self.class_of(obj);
                self.is_subclass(&t, cls)
            }
            None => false,
        }
    }

    pub fn exc_matches(&mut self, e: &PyRef, ty: &PyRef) -> PyResult<bool> {
        match &**ty {
            PyObj::Tuple(items) => {
                for i in items.clone() {
                    if self.exc_matches(e, &i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            PyObj::Class(_) => {
                let t = self.class_of(e);
                Ok(self.is_subclass(&t, ty))
            }
            _ => {
                if self.sem.has_long {
                    Ok(false)
                } else {
                    self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    )
                }
            }
        }
    }

    /// Turns the operand of `raise` into an exception instance.
    pub fn make_exception(&mut self, v: &PyRef, value: Option<&PyRef>) -> PyResult<PyRef> {
        match &**v {
            PyObj::Class(c)
                if c.base_kind == crate::vm::objects::BaseKind::Exception || c.classic =>
            {
                let args = match value {
                    None => Vec::new(),
                    Some(val) if val.is_none() => Vec::new(),
                    Some(val) => {
                        if self.isinstance(val, v)? {
                            return Ok(val.clone());
                        }
                        match &**val {
                            PyObj::Tuple(t) => t.clone(),
                            _ => vec![val.clone()],
                        }
                    }
                };
                let v = v.clone();
                self.call_sync(&v, args, Vec::new())
            }
            PyObj::Instance(i) if i.exc.is_some() || self.sem.classic_classes => Ok(v.clone()),
            _ => {
                if self.sem.has_long {
                    let tn = self.type_name(v);
                    self.type_error(format!(
                        "exceptions must be old-style classes or derived from BaseException, not {tn}"
                    ))
                } else {
                    self.type_error("exceptions must derive from BaseException")
                }
            }
        }
    }

    pub fn attr_error<T>(&mut self, obj: &PyRef, name: &str) -> PyResult<T> {
        let msg = match &**obj {
            PyObj::Class(c) => {
                if c.classic {
                    format!("class {} has no attribute '{name}'", c.name.borrow())
                } else {
                    format!(
                        "type object '{}' has no attribute '{name}'",
                        c.name.borrow()
                    )
                }
            }
            PyObj::Instance(i)
                if i.class
                    .borrow()
                    .as_class()
                    .map(|c| c.classic)
                    .unwrap_or(false) =>
            {
                let cn = self.class_name(&i.class.borrow());
                format!("{cn} instance has no attribute '{name}'")
            }
            PyObj::Module(m) if !self.sem.has_long => {
                format!("module '{}' has no attribute '{name}'", m.name)
            }
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        let e = self.new_exc("AttributeError", msg);
        if self.sem.name_error_suggestions {
            if let Some(s) = self.attr_suggestion(obj, name) {
                if let PyObj::Instance(inst) = &*e {
                    if let Some(d) = &inst.exc {
                        d.borrow_mut().suggestion = Some(s);
                    }
                }
            }
        }
        Err(super::Unwind::Exc(e))
    }

    pub fn getattr(&mut self, obj: &PyRef, name: &str) -> PyResult<PyRef> {
        if let PyObj::Instance(_) = &**obj {
            // A class's own `__getattribute__` replaces the whole lookup; `__getattr__`
            // still answers its AttributeError.
            if let Some(ga) = self.lookup_special(obj, "__getattribute__") {
                let n = self.str(name);
                return match self.call_sync(&ga, vec![n.clone()], Vec::new()) {
                    Err(Unwind::Exc(e)) if self.is_instance_of_name(&e, "AttributeError") => {
                        match self.lookup_special(obj, "__getattr__") {
                            Some(f) => self.call_sync(&f, vec![n], Vec::new()),
                            None => Err(Unwind::Exc(e)),
                        }
                    }
                    r => r,
                };
            }
        }
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => {
                if let PyObj::Instance(_) = &**obj {
                    if let Some(ga) = self.lookup_special(obj, "__getattr__") {
                        let n = self.str(name);
                        return self.call_sync(&ga, vec![n], Vec::new());
                    }
                }
                self.attr_error(obj, name)
            }
        }
    }

    /// `getattr` without the AttributeError (`None` when missing).
    pub fn getattr_opt(&mut self, obj: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
        match &**obj {
            PyObj::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                let class_attr = self.class_lookup(&cls, name);
                // New-style classes give data descriptors priority over the instance dict;
                // old-style instances look in their dict first (2.7).
                let classic = cls.as_class().map(|c| c.classic).unwrap_or(false);
                let in_dict = classic
                    && inst
                        .dict
                        .dict_ref()
                        .map(|d| d.borrow().get_str(name).is_some())
                        .unwrap_or(false);
                if let Some(ca) = class_attr.as_ref().filter(|_| !in_dict) {
                    // A data descriptor of the class wins over the instance dict.
                    if self.is_data_descriptor(ca) {
                        return self.descriptor_get(ca, obj, &cls).map(Some);
                    }
                    if let PyObj::Property { fget, .. } = &**ca {
                        if fget.is_none() {
                            return self.err("AttributeError", "unreadable attribute");
                        }
                        let fget = fget.clone();
                        return self
                            .call_sync(&fget, vec![obj.clone()], Vec::new())
                            .map(Some);
                    }
                }
                match name {
                    "__dict__" => {
                        if self.slots_only(&cls)?.is_some() {
                            return Ok(None);
                        }
                        return Ok(Some(inst.dict.clone()));
                    }
                    "__class__" => return Ok(Some(cls)),
                    _ => {}
                }
                if let PyObj::Dict(d) = &*inst.dict {
                    if let Some(v) = d.borrow().get_str(name) {
                        return Ok(Some(v));
                    }
                }
                if let Some(ca) = class_attr {
                    if let PyObj::Instance(_) = &*ca {
                        if self.lookup_special(&ca, "__get__").is_some() {
                            return self.descriptor_get(&ca, obj, &cls).map(Some);
                        }
                    }
                    return Ok(Some(self.bind_attr(ca, obj, &cls)));
                }
                if inst.exc.is_some() {
                    return crate::vm::error::exc_attr(self, obj, name);
                }
                if let Some(n) = inst.native.clone() {
                    // The builtin's methods act on the value the instance extends.
                    return Ok(crate::vm::methods::native_method(self, obj, &n, name));
                }
                Ok(None)
            }
            PyObj::Class(c) => {
                match name {
                    "__name__" => return Ok(Some(self.str(&c.name.borrow()))),
                    "__qualname__" if self.sem.has_qualname => {
                        return Ok(Some(self.str(&c.qualname.borrow())))
                    }
                    "__dict__" => return Ok(Some(Rc::new(PyObj::MappingProxy(c.dict.clone())))),
                    "__bases__" => return Ok(Some(PyObj::new_tuple(c.bases.borrow().clone()))),
                    "__mro__" if !c.classic => {
                        return Ok(Some(PyObj::new_tuple(c.mro.borrow().clone())))
                    }
                    "__class__" => return Ok(Some(self.type_of(obj))),
                    "__module__" if c.builtin => {
                        let m = self.type_module(obj).unwrap_or_default();
                        return Ok(Some(self.str(&m)));
                    }
                    _ => {}
                }
                let Some(v) = self.class_lookup(obj, name) else {
                    // A builtin's methods, for the builtin or a class extending it.
                    let mro = c.mro.borrow().clone();
                    for k in mro
                        .iter()
                        .filter(|k| k.as_class().is_some_and(|kc| kc.builtin))
                    {
                        let m = crate::vm::methods::unbound_builtin_method(self, k, name);
                        if m.is_some() {
                            return Ok(m);
                        }
                    }
                    return Ok(None);
                };
                if let PyObj::Instance(_) = &*v {
                    if self.lookup_special(&v, "__get__").is_some() {
                        let none = self.none.clone();
                        return self.descriptor_get(&v, &none, obj).map(Some);
                    }
                }
                Ok(Some(match &*v {
                    PyObj::Function(_) if self.sem.has_long => Rc::new(PyObj::UnboundMethod {
                        func: v.clone(),
                        class: obj.clone(),
                    }),
                    PyObj::StaticMethod(inner) => inner.clone(),
                    PyObj::ClassMethod(inner) => Rc::new(PyObj::Method {
                        func: inner.clone(),
                        obj: obj.clone(),
                    }),
                    _ => v,
                }))
            }
            PyObj::Module(m) => {
                let partial = crate::version::partial_module(&m.name);
                let found = match name {
                    // A partly modelled module's dict would show what the VM leaves out.
                    "__dict__" if partial.is_some() => None,
                    "__dict__" => return Ok(Some(m.dict.clone())),
                    _ => m.dict.dict_ref().and_then(|d| d.borrow().get_str(name)),
                };
                match (found, partial) {
                    (None, Some(module)) => {
                        self.unsupported(crate::version::Unsupported::ModuleAttribute {
                            module,
                            attr: name.to_string(),
                        })
                    }
                    (found, _) => Ok(found),
                }
            }
            PyObj::Function(f) => Ok(self.function_attr(f, name)),
            PyObj::Method { func, obj: o } => Ok(match name {
                "__func__" | "im_func" => Some(func.clone()),
                "__self__" | "im_self" => Some(o.clone()),
                "__name__" => Some(self.str(&self.callable_name(func))),
                _ => {
                    if let PyObj::Function(f) = &**func {
                        self.function_attr(f, name)
                    } else {
                        None
                    }
                }
            }),
            PyObj::UnboundMethod { func, class } => Ok(match name {
                "__func__" | "im_func" => Some(func.clone()),
                "__self__" | "im_self" => Some(self.none.clone()),
                "im_class" => Some(class.clone()),
                "__name__" => Some(self.str(&self.callable_name(func))),
                _ => None,
            }),
            PyObj::Code(c) => Ok(crate::vm::methods::code_attr(self, c, name)),
            PyObj::Frame(f) => {
                let f = f.clone();
                self.frame_attr(&f, name)
            }
            PyObj::Builtin(b) if name == "__name__" => Ok(Some(self.str(b.name))),
            // `builtin_function_or_method`'s `m_module`: None for a method bound to its
            // object; a method descriptor has no `__module__`.
            PyObj::Builtin(b) if name == "__module__" && b.owner.is_none() => {
                Ok(Some(match b.module {
                    Some(m) => self.str(m),
                    None => self.none.clone(),
                }))
            }
            PyObj::Cell(c) => {
                if name == "cell_contents" {
                    return match c.borrow().clone() {
                        Some(v) => Ok(Some(v)),
                        None => self.err("ValueError", "Cell is empty"),
                    };
                }
                Ok(None)
            }
            // `super_getattro` leaves `__class__` to the generic lookup: the super type.
            PyObj::Super { .. } if name == "__class__" => Ok(Some(self.type_of(obj))),
            PyObj::Generator(state, info) => match name {
                // A generator keeps its frame until it finishes (`gi_frame` is then None).
                "gi_frame" if state.borrow().is_some() || info.running.get() => {
                    Ok(Some(self.frame_object(&info.frame)))
                }
                "gi_frame" => Ok(Some(self.none.clone())),
                "gi_running" if self.sem.gi_running_is_bool => {
                    Ok(Some(self.bool(info.running.get())))
                }
                "gi_running" => Ok(Some(PyObj::new_int(u8::from(info.running.get())))),
                "gi_code" => Ok(Some(info.frame.code.object())),
                _ => Ok(crate::vm::methods::builtin_method(self, obj, name)),
            },
            PyObj::Stream(n) => Ok(match name {
                "encoding" => Some(self.str("utf-8")),
                "name" => Some(self.str(if *n == 2 { "<stderr>" } else { "<stdout>" })),
                "softspace" if self.sem.has_long => Some(PyObj::new_int(self.softspace as u8)),
                _ => crate::vm::methods::builtin_method(self, obj, name),
            }),
            PyObj::Property { fget, fset, fdel } => Ok(match name {
                "fget" => Some(fget.clone()),
                "fset" => Some(fset.clone()),
                "fdel" => Some(fdel.clone()),
                "__doc__" => match &**fget {
                    PyObj::Function(f) => Some(f.doc.clone()),
                    _ => Some(self.none.clone()),
                },
                _ => crate::vm::methods::builtin_method(self, obj, name),
            }),
            PyObj::StaticMethod(f) | PyObj::ClassMethod(f) if name == "__func__" => {
                Ok(Some(f.clone()))
            }
            PyObj::Complex(r, i) => Ok(match name {
                "real" => Some(Rc::new(PyObj::Float(*r))),
                "imag" => Some(Rc::new(PyObj::Float(*i))),
                _ => crate::vm::methods::builtin_method(self, obj, name),
            }),
            PyObj::Int(_) | PyObj::Long(_) | PyObj::Bool(_) | PyObj::Float(_) => {
                Ok(match self.number_attr(obj, name) {
                    Some(v) => Some(v),
                    None => crate::vm::methods::builtin_method(self, obj, name),
                })
            }
            _ => Ok(crate::vm::methods::builtin_method(self, obj, name)),
        }
    }

    /// The data attributes of numbers: `real`, `imag`, and an integer's `numerator` and
    /// `denominator` (a `bool`'s are `int`s).
    fn number_attr(&self, obj: &PyRef, name: &str) -> Option<PyRef> {
        if let PyObj::Float(_) = &**obj {
            return match name {
                "real" => Some(obj.clone()),
                "imag" => Some(Rc::new(PyObj::Float(0.0))),
                _ => None,
            };
        }
        let i = obj.as_bigint()?;
        let same = |v: num_bigint::BigInt| match &**obj {
            PyObj::Long(_) => Rc::new(PyObj::Long(v)),
            _ => PyObj::new_int(v),
        };
        match name {
            "real" | "numerator" => Some(same(i)),
            "imag" => Some(same(num_bigint::BigInt::from(0))),
            "denominator" => Some(same(num_bigint::BigInt::from(1))),
            _ => None,
        }
    }

    fn function_attr(&self, f: &crate::vm::objects::Function, name: &str) -> Option<PyRef> {
        let py2 = self.sem.has_long;
        Some(match name {
            "__name__" => self.str(&f.name.borrow()),
            "func_name" if py2 => self.str(&f.name.borrow()),
            "__qualname__" if !py2 => self.str(&f.qualname.borrow()),
            "__code__" => f.code.object(),
            "func_code" if py2 => f.code.object(),
            "__globals__" => f.globals.clone(),
            "func_globals" if py2 => f.globals.clone(),
            "__closure__" | "func_closure" => {
                if name == "func_closure" && !py2 {
                    return None;
                }
                if f.closure.is_empty() {
                    self.none.clone()
                } else {
                    PyObj::new_tuple(f.closure.clone())
                }
            }
            "__defaults__" | "func_defaults" => {
                if name == "func_defaults" && !py2 {
                    return None;
                }
                let d = f.defaults.borrow();
                if d.is_empty() {
                    self.none.clone()
                } else {
                    PyObj::new_tuple(d.clone())
                }
            }
            "__dict__" | "func_dict" => f.dict.clone(),
            "__doc__" | "func_doc" => f.doc.clone(),
            "__module__" => f.module.clone(),
            _ => return f.dict.dict_ref().and_then(|d| d.borrow().get_str(name)),
        })
    }

    pub fn setattr(&mut self, obj: &PyRef, name: &str, v: PyRef) -> PyResult<()> {
        if let PyObj::Instance(_) = &**obj {
            if let Some(sa) = self.lookup_special(obj, "__setattr__") {
                let n = self.str(name);
                self.call_sync(&sa, vec![n, v], Vec::new())?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, v)
    }

    /// `object.__setattr__`: descriptors of the class, then the instance dict.
    pub fn generic_setattr(&mut self, obj: &PyRef, name: &str, v: PyRef) -> PyResult<()> {
        match &**obj {
            PyObj::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                // Old-style instances never call a descriptor's `__set__` (2.7).
                let classic = cls.as_class().map(|c| c.classic).unwrap_or(false);
                if let Some(ca) = self.class_lookup(&cls, name).filter(|_| !classic) {
                    if let PyObj::Instance(_) = &*ca {
                        if let Some(set) = self.lookup_special(&ca, "__set__") {
                            self.call_sync(&set, vec![obj.clone(), v], Vec::new())?;
                            return Ok(());
                        }
                    }
                    if let PyObj::Property { fset, .. } = &*ca {
                        if fset.is_none() {
                            let tn = self.type_name(obj);
                            let msg = self.sem.msgs.property_readonly(false, name, &tn);
                            return self.err("AttributeError", msg);
                        }
                        let fset = fset.clone();
                        self.call_sync(&fset, vec![obj.clone(), v], Vec::new())?;
                        return Ok(());
                    }
                }
                if inst.exc.is_some() && crate::vm::error::set_exc_attr(self, obj, name, &v)? {
                    return Ok(());
                }
                if let Some(names) = self.slots_only(&cls)? {
                    if !names.iter().any(|n| n == name) {
                        let tn = self.type_name(obj);
                        let msg = self.sem.msgs.no_attribute_to_set(&tn, name);
                        return self.err("AttributeError", msg);
                    }
                }
                if Rc::ptr_eq(&cls, &self.t.object) {
                    // Plain `object()` instances have no `__dict__`.
                    let msg = self.sem.msgs.no_attribute_to_set("object", name);
                    return self.err("AttributeError", msg);
                }
                self.dict_set_str(&inst.dict.clone(), name, v)
            }
            PyObj::Class(c) => {
                if c.builtin {
                    return self.immutable_type_error(obj, name);
                }
                match name {
                    "__name__" => {
                        *c.name.borrow_mut() = v.as_str().unwrap_or("").to_string();
                        Ok(())
                    }
                    "__qualname__" => {
                        *c.qualname.borrow_mut() = v.as_str().unwrap_or("").to_string();
                        Ok(())
                    }
                    _ => self.dict_set_str(&c.dict.clone(), name, v),
                }
            }
            PyObj::Module(m) => self.dict_set_str(&m.dict.clone(), name, v),
            PyObj::Function(f) => {
                match name {
                    "__name__" | "func_name" => {
                        *f.name.borrow_mut() = v.as_str().unwrap_or("").to_string()
                    }
                    "__qualname__" => {
                        *f.qualname.borrow_mut() = v.as_str().unwrap_or("").to_string()
                    }
                    "__defaults__" | "func_defaults" => {
                        *f.defaults.borrow_mut() = match &*v {
                            PyObj::Tuple(t) => t.clone(),
                            _ => Vec::new(),
                        }
                    }
                    _ => self.dict_set_str(&f.dict.clone(), name, v)?,
                }
                Ok(())
            }
            PyObj::Cell(c) if name == "cell_contents" => {
                *c.borrow_mut() = Some(v);
                Ok(())
            }
            _ => {
                let tn = self.type_name(obj);
                if self.sem.f_locals_is_proxy {
                    self.err(
                        "AttributeError",
                        format!("'{tn}' object has no attribute '{name}' and no __dict__ for setting new attributes"),
                    )
                } else {
                    self.err(
                        "AttributeError",
                        format!("'{tn}' object has no attribute '{name}'"),
                    )
                }
            }
        }
    }

    /// Setting or deleting an attribute of a builtin class (`type_setattro`; deleting
    /// says "set" too).
    fn immutable_type_error<T>(&mut self, obj: &PyRef, name: &str) -> PyResult<T> {
        let tn = self.tp_name(obj);
        let msg = self.sem.msgs.immutable_type_attr(name, &tn);
        self.type_error(msg)
    }

    pub fn delattr(&mut self, obj: &PyRef, name: &str) -> PyResult<()> {
        if let PyObj::Instance(_) = &**obj {
            if let Some(da) = self.lookup_special(obj, "__delattr__") {
                let n = self.str(name);
                self.call_sync(&da, vec![n], Vec::new())?;
                return Ok(());
            }
        }
        self.generic_delattr(obj, name)
    }

    /// `object.__delattr__`: descriptors of the class, then the instance dict.
    pub fn generic_delattr(&mut self, obj: &PyRef, name: &str) -> PyResult<()> {
        if let PyObj::Instance(inst) = &**obj {
            let cls = inst.class.borrow().clone();
            let classic = cls.as_class().map(|c| c.classic).unwrap_or(false);
            if let Some(ca) = self.class_lookup(&cls, name).filter(|_| !classic) {
                if let PyObj::Instance(_) = &*ca {
                    if let Some(del) = self.lookup_special(&ca, "__delete__") {
                        self.call_sync(&del, vec![obj.clone()], Vec::new())?;
                        return Ok(());
                    }
                }
                if let PyObj::Property { fdel, .. } = &*ca {
                    if fdel.is_none() {
                        let tn = self.type_name(obj);
                        let msg = self.sem.msgs.property_readonly(true, name, &tn);
                        return self.err("AttributeError", msg);
                    }
                    let fdel = fdel.clone();
                    self.call_sync(&fdel, vec![obj.clone()], Vec::new())?;
                    return Ok(());
                }
            }
        }
        let d = match &**obj {
            PyObj::Instance(i) => i.dict.clone(),
            // Builtin classes are shared by every run on the thread (`interp::base`).
            PyObj::Class(c) if c.builtin => return self.immutable_type_error(obj, name),
            PyObj::Class(c) => c.dict.clone(),
            PyObj::Module(m) => m.dict.clone(),
            PyObj::Function(f) => f.dict.clone(),
            _ => return self.attr_error(obj, name),
        };
        if !self.dict_del_str(&d, name)? {
            return self.attr_error(obj, name);
        }
        Ok(())
    }

    /// Whether a class attribute is a data descriptor (it defines `__set__` or `__delete__`),
    /// which takes precedence over the instance dict.
    fn is_data_descriptor(&self, d: &PyRef) -> bool {
        matches!(&**d, PyObj::Instance(_))
            && (self.lookup_special(d, "__set__").is_some()
                || self.lookup_special(d, "__delete__").is_some())
    }

    /// `descr.__get__(obj, owner)` (`obj` None for a lookup on the class); a data descriptor
    /// without `__get__` is itself the value.
    fn descriptor_get(&mut self, descr: &PyRef, obj: &PyRef, owner: &PyRef) -> PyResult<PyRef> {
        match self.lookup_special(descr, "__get__") {
            Some(get) => self.call_sync(&get, vec![obj.clone(), owner.clone()], Vec::new()),
            None => Ok(descr.clone()),
        }
    }

    pub fn hasattr(&mut self, obj: &PyRef, name: &str) -> PyResult<bool> {
        match self.getattr(obj, name) {
            Ok(_) => Ok(true),
            Err(Unwind::Exc(e)) if self.is_instance_of_name(&e, "AttributeError") => Ok(false),
            Err(e) => Err(e),
        }
    }
}
