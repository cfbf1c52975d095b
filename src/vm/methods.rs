//! Methods of builtin types (`str`, `list`, `dict`, `set`, `tuple`, generators, streams, the
//! 3.13 `FrameLocalsProxy`), code object attributes, and `super()` lookups.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::vm::builtins::{builtin, sort_items, BuiltinFn};
use crate::vm::bytecode::Code;
use crate::vm::interp::{PyResult, Unwind, Vm};
use crate::vm::objects::{Dict, PyObj, PyRef, ViewKind};

mod text;

type Args = Vec<PyRef>;
type Kw = Vec<(String, PyRef)>;

fn recv(vm: &mut Vm, r: Option<PyRef>) -> PyResult<PyRef> {
    match r {
        Some(r) => Ok(r),
        None => vm.type_error("descriptor needs an argument"),
    }
}

fn arg(vm: &mut Vm, args: &Args, i: usize, name: &str) -> PyResult<PyRef> {
    match args.get(i) {
        Some(a) => Ok(a.clone()),
        None => vm.type_error(format!("{name}() missing required argument")),
    }
}

fn s_of(o: &PyRef) -> String {
    o.as_str().unwrap_or("").to_string()
}

/// A string result of the same kind as `like` (2.7 `unicode` stays `unicode`).
fn same_kind(vm: &Vm, like: &PyRef, s: &str) -> PyRef {
    match &**like {
        PyObj::Unicode(_) => Rc::new(PyObj::Unicode(Rc::from(s))),
        _ => vm.str(s),
    }
}

/// A bound method of a builtin object, if it has one called `name`.
pub fn builtin_method(vm: &mut Vm, obj: &PyRef, name: &str) -> Option<PyRef> {
    if let PyObj::Super { class, obj: inner } = &**obj {
        let cls = vm.class_of(inner);
        let mro = cls.as_class()?.mro.borrow().clone();
        let pos = mro.iter().position(|k| Rc::ptr_eq(k, class))?;
        for k in &mro[pos + 1..] {
            if let Some(kc) = k.as_class() {
                if let Some(v) = kc.dict.dict_ref().and_then(|d| d.borrow().get_str(name)) {
                    return Some(match &*v {
                        PyObj::Function(_) => Rc::new(PyObj::Method {
                            func: v.clone(),
                            obj: inner.clone(),
                        }),
                        _ => v,
                    });
                }
            }
        }
        if let Some(n) = inner.native().cloned() {
            // Past the user classes: the builtin base's method, on the extended value.
            if let Some(m) = native_method(vm, inner, &n, name) {
                return Some(m);
            }
        }
        if name == "__init__" {
            let is_exc = matches!(&**inner, PyObj::Instance(i) if i.exc.is_some());
            let f: BuiltinFn = if is_exc { m_exc_init } else { m_noop };
            return Some(builtin("__init__", f, Some(inner.clone())));
        }
        return None;
    }
    let f = method_fn(vm, obj, name)?;
    let static_name: &'static str = STATIC_NAMES.iter().find(|n| **n == name)?;
    Some(builtin(static_name, f, Some(obj.clone())))
}

/// A method of the builtin value `native` that an instance of a builtin subclass extends.
/// `dict.__getitem__` binds the instance itself: it calls the subclass's `__missing__`.
pub fn native_method(vm: &mut Vm, inst: &PyRef, native: &PyRef, name: &str) -> Option<PyRef> {
    if name == "__getitem__" && matches!(&**native, PyObj::Dict(_)) {
        return Some(builtin("__getitem__", m_getitem, Some(inst.clone())));
    }
    builtin_method(vm, native, name)
}

/// `dict.items`, `str.join`, `object.__init__` and friends looked up on the type.
pub fn unbound_builtin_method(vm: &mut Vm, cls: &PyRef, name: &str) -> Option<PyRef> {
    if Rc::ptr_eq(cls, &vm.t.object) {
        let f: BuiltinFn = match name {
            "__init__" => return Some(builtin("__init__", m_noop, None)),
            "__getattribute__" => m_object_getattribute,
            "__setattr__" => m_object_setattr,
            "__delattr__" => m_object_delattr,
            _ => return None,
        };
        let static_name: &'static str = STATIC_NAMES.iter().find(|n| **n == name)?;
        return Some(crate::vm::builtins::method_descriptor(
            static_name,
            f,
            cls.clone(),
        ));
    }
    if Rc::ptr_eq(cls, &vm.t.dict) && name == "fromkeys" {
        return Some(builtin("fromkeys", m_dict_fromkeys, None));
    }
    let is_exc_class = cls
        .as_class()
        .is_some_and(|c| c.base_kind == crate::vm::objects::BaseKind::Exception);
    if is_exc_class && name == "__init__" {
        return Some(crate::vm::builtins::method_descriptor(
            "__init__",
            m_exc_init,
            cls.clone(),
        ));
    }
    let t = vm.t.clone();
    let is = |c: &PyRef| Rc::ptr_eq(cls, c);
    let sample: PyRef = if is(&t.str_) {
        vm.str("")
    } else if is(&t.unicode) {
        Rc::new(PyObj::Unicode(Rc::from("")))
    } else if is(&t.list) {
        PyObj::new_list(Vec::new())
    } else if is(&t.dict) {
        vm.new_dict()
    } else if is(&t.tuple) {
        PyObj::new_tuple(Vec::new())
    } else if is(&t.set) {
        vm.new_set(Vec::new()).ok()?
    } else {
        return None;
    };
    let f = method_fn(vm, &sample, name)?;
    let static_name: &'static str = STATIC_NAMES.iter().find(|n| **n == name)?;
    Some(crate::vm::builtins::method_descriptor(
        static_name,
        f,
        cls.clone(),
    ))
}

/// `object.__getattribute__(self, name)`: the generic lookup, past any override.
fn m_object_getattribute(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let o = recv(vm, r)?;
    let name = s_of(&arg(vm, &a, 0, "__getattribute__")?);
    match vm.getattr_opt(&o, &name)? {
        Some(v) => Ok(v),
        None => vm.attr_error(&o, &name),
    }
}

/// `object.__setattr__(self, name, value)`.
fn m_object_setattr(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let o = recv(vm, r)?;
    let name = s_of(&arg(vm, &a, 0, "__setattr__")?);
    let v = arg(vm, &a, 1, "__setattr__")?;
    vm.generic_setattr(&o, &name, v)?;
    Ok(vm.none.clone())
}

/// `object.__delattr__(self, name)`.
fn m_object_delattr(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let o = recv(vm, r)?;
    let name = s_of(&arg(vm, &a, 0, "__delattr__")?);
    vm.generic_delattr(&o, &name)?;
    Ok(vm.none.clone())
}

/// `int.conjugate()`/`float.conjugate()`: the number itself (a `bool` gives an `int`).
fn m_num_conjugate(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let n = recv(vm, r)?;
    Ok(match &*n {
        PyObj::Bool(b) => PyObj::new_int(*b as u8),
        PyObj::Complex(r, i) => Rc::new(PyObj::Complex(*r, -i)),
        _ => n.clone(),
    })
}

/// `BaseException.__init__(self, *args)`: the instance's `args` become `args`.
fn m_exc_init(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let e = recv(vm, r)?;
    if let PyObj::Instance(inst) = &*e {
        if let Some(data) = &inst.exc {
            data.borrow_mut().args = a;
        }
    }
    Ok(vm.none.clone())
}

fn m_noop(vm: &mut Vm, _r: Option<PyRef>, _args: Args, _kw: Kw) -> PyResult<PyRef> {
    Ok(vm.none.clone())
}

const STATIC_NAMES: &[&str] = &[
    "join",
    "split",
    "rsplit",
    "strip",
    "lstrip",
    "rstrip",
    "upper",
    "lower",
    "replace",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "expandtabs",
    "istitle",
    "isnumeric",
    "isdecimal",
    "isidentifier",
    "casefold",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "count",
    "format",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "title",
    "capitalize",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "splitlines",
    "partition",
    "rpartition",
    "encode",
    "decode",
    "swapcase",
    "append",
    "extend",
    "insert",
    "pop",
    "remove",
    "sort",
    "reverse",
    "copy",
    "clear",
    "keys",
    "values",
    "items",
    "iterkeys",
    "itervalues",
    "iteritems",
    "has_key",
    "viewkeys",
    "viewvalues",
    "viewitems",
    "get",
    "setdefault",
    "popitem",
    "update",
    "add",
    "discard",
    "union",
    "intersection",
    "difference",
    "issubset",
    "issuperset",
    "symmetric_difference",
    "send",
    "close",
    "next",
    "__next__",
    "throw",
    "write",
    "flush",
    "bit_length",
    "conjugate",
    "is_integer",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__len__",
    "__iter__",
    "__repr__",
    "__str__",
    "__init__",
    "fromkeys",
    "isdisjoint",
    "__eq__",
    "setter",
    "getter",
    "deleter",
];

fn method_fn(vm: &mut Vm, obj: &PyRef, name: &str) -> Option<BuiltinFn> {
    let py2 = vm.sem.has_long;
    Some(match (&**obj, name) {
        (PyObj::Str(_) | PyObj::Unicode(_), _) => match name {
            "join" => text::m_str_join,
            "split" => text::m_str_split,
            "rsplit" => text::m_str_rsplit,
            "strip" => text::m_str_strip,
            "lstrip" => text::m_str_lstrip,
            "rstrip" => text::m_str_rstrip,
            "upper" => text::m_str_upper,
            "lower" => text::m_str_lower,
            "replace" => text::m_str_replace,
            "startswith" => text::m_str_startswith,
            "endswith" => text::m_str_endswith,
            "find" => text::m_str_find,
            "rfind" => text::m_str_rfind,
            "index" => text::m_str_index,
            "rindex" => text::m_str_rindex,
            "istitle" => text::m_str_istitle,
            "isnumeric" if !py2 || matches!(&**obj, PyObj::Unicode(_)) => text::m_str_isnumeric,
            "isdecimal" if !py2 || matches!(&**obj, PyObj::Unicode(_)) => text::m_str_isdecimal,
            "isidentifier" if !py2 => text::m_str_isidentifier,
            "casefold" if !py2 => text::m_str_casefold,
            "expandtabs" => text::m_str_expandtabs,
            "count" => text::m_str_count,
            "format" => text::m_str_format,
            "isdigit" => text::m_str_isdigit,
            "isalpha" => text::m_str_isalpha,
            "isalnum" => text::m_str_isalnum,
            "isspace" => text::m_str_isspace,
            "isupper" => text::m_str_isupper,
            "islower" => text::m_str_islower,
            "title" => text::m_str_title,
            "capitalize" => text::m_str_capitalize,
            "swapcase" => text::m_str_swapcase,
            "center" => text::m_str_center,
            "ljust" => text::m_str_ljust,
            "rjust" => text::m_str_rjust,
            "zfill" => text::m_str_zfill,
            "splitlines" => text::m_str_splitlines,
            "partition" => text::m_str_partition,
            "rpartition" => text::m_str_rpartition,
            "encode" => text::m_str_encode,
            "decode" if py2 => text::m_str_decode,
            "__len__" => m_len,
            "__contains__" => m_contains,
            "__getitem__" => m_getitem,
            "__repr__" => m_repr,
            "__str__" => m_str,
            "__eq__" => m_eq,
            _ => return None,
        },
        (PyObj::List(_), _) => match name {
            "__init__" => m_list_init,
            "append" => m_list_append,
            "extend" => m_list_extend,
            "insert" => m_list_insert,
            "pop" => m_list_pop,
            "remove" => m_list_remove,
            "index" => m_seq_index,
            "count" => m_seq_count,
            "sort" => m_list_sort,
            "reverse" => m_list_reverse,
            "copy" if !py2 => m_list_copy,
            "clear" if !py2 => m_list_clear,
            "__len__" => m_len,
            "__contains__" => m_contains,
            "__getitem__" => m_getitem,
            "__setitem__" => m_setitem,
            "__iter__" => m_iter,
            "__repr__" => m_repr,
            "__eq__" => m_eq,
            _ => return None,
        },
        (PyObj::Tuple(_), _) => match name {
            "index" => m_seq_index,
            "count" => m_seq_count,
            "__len__" => m_len,
            "__contains__" => m_contains,
            "__getitem__" => m_getitem,
            "__iter__" => m_iter,
            "__repr__" => m_repr,
            "__eq__" => m_eq,
            _ => return None,
        },
        (PyObj::Dict(_), _) => match name {
            "keys" => m_dict_keys,
            "values" => m_dict_values,
            "items" => m_dict_items,
            "iterkeys" if py2 => m_dict_iterkeys,
            "itervalues" if py2 => m_dict_itervalues,
            "iteritems" if py2 => m_dict_iteritems,
            "has_key" if py2 => m_contains,
            "__init__" => m_dict_update,
            "viewkeys" if py2 => m_dict_viewkeys,
            "viewvalues" if py2 => m_dict_viewvalues,
            "viewitems" if py2 => m_dict_viewitems,
            "get" => m_dict_get,
            "setdefault" => m_dict_setdefault,
            "pop" => m_dict_pop,
            "popitem" => m_dict_popitem,
            "update" => m_dict_update,
            "copy" => m_dict_copy,
            "clear" => m_dict_clear,
            "fromkeys" => m_dict_fromkeys,
            "__len__" => m_len,
            "__contains__" => m_contains,
            "__getitem__" => m_getitem,
            "__setitem__" => m_setitem,
            "__delitem__" => m_delitem,
            "__iter__" => m_iter,
            "__repr__" => m_repr,
            "__eq__" => m_eq,
            _ => return None,
        },
        (PyObj::MappingProxy(_), _) | (PyObj::FrameLocalsProxy(_), _) => match name {
            "keys" => m_dict_keys,
            "values" => m_dict_values,
            "items" => m_dict_items,
            "get" => m_dict_get,
            "copy" => m_dict_copy,
            "update" if matches!(&**obj, PyObj::FrameLocalsProxy(_)) => m_dict_update,
            "setdefault" if matches!(&**obj, PyObj::FrameLocalsProxy(_)) => m_dict_setdefault,
            "__len__" => m_len,
            "__contains__" => m_contains,
            "__getitem__" => m_getitem,
            "__iter__" => m_iter,
            "__repr__" => m_repr,
            _ => return None,
        },
        (PyObj::Set(_) | PyObj::FrozenSet(_), _) => match name {
            "add" if matches!(&**obj, PyObj::Set(_)) => m_set_add,
            "__init__" if matches!(&**obj, PyObj::Set(_)) => m_set_init,
            "discard" if matches!(&**obj, PyObj::Set(_)) => m_set_discard,
            "remove" if matches!(&**obj, PyObj::Set(_)) => m_set_remove,
            "pop" if matches!(&**obj, PyObj::Set(_)) => m_set_pop,
            "update" if matches!(&**obj, PyObj::Set(_)) => m_set_update,
            "clear" if matches!(&**obj, PyObj::Set(_)) => m_set_clear,
            "union" => m_set_union,
            "intersection" => m_set_intersection,
            "difference" => m_set_difference,
            "symmetric_difference" => m_set_symdiff,
            "issubset" => m_set_issubset,
            "issuperset" => m_set_issuperset,
            "isdisjoint" => m_set_isdisjoint,
            "copy" => m_set_copy,
            "__len__" => m_len,
            "__contains__" => m_contains,
            "__iter__" => m_iter,
            _ => return None,
        },
        (PyObj::Generator(..), _) => match name {
            "send" => m_gen_send,
            "close" => m_gen_close,
            "next" if py2 => m_gen_next,
            "__next__" if !py2 => m_gen_next,
            "__iter__" => m_iter,
            "throw" => m_gen_throw,
            _ => return None,
        },
        (PyObj::Iter(_), _) => match name {
            "next" if py2 => m_gen_next,
            "__next__" if !py2 => m_gen_next,
            "__iter__" => m_iter,
            _ => return None,
        },
        (PyObj::Stream(_), _) => match name {
            "write" => m_stream_write,
            "flush" => m_noop,
            _ => return None,
        },
        (PyObj::Int(_) | PyObj::Long(_) | PyObj::Bool(_), "bit_length") => m_int_bit_length,
        (
            PyObj::Int(_) | PyObj::Long(_) | PyObj::Bool(_) | PyObj::Float(_) | PyObj::Complex(..),
            "conjugate",
        ) => m_num_conjugate,
        (PyObj::Float(_), "is_integer") => m_float_is_integer,
        (PyObj::Property { .. }, "setter") => m_prop_setter,
        (PyObj::Property { .. }, "getter") => m_prop_getter,
        (PyObj::Property { .. }, "deleter") => m_prop_deleter,
        _ => return None,
    })
}

/// Attributes of code objects.
pub fn code_attr(vm: &mut Vm, c: &Rc<Code>, name: &str) -> Option<PyRef> {
    let strs = |v: &[String]| PyObj::new_tuple(v.iter().map(|s| PyObj::new_str(s)).collect());
    Some(match name {
        "co_name" => vm.str(&c.name),
        "co_qualname" if !vm.sem.has_long => vm.str(&c.qualname),
        "co_filename" => vm.str(&c.filename),
        "co_firstlineno" => PyObj::new_int(c.firstlineno),
        "co_varnames" => strs(&c.varnames),
        "co_cellvars" => strs(&c.cellvars),
        "co_freevars" => strs(&c.freevars),
        "co_names" => strs(&c.names),
        "co_argcount" => PyObj::new_int(c.argcount),
        "co_kwonlyargcount" if !vm.sem.has_long => PyObj::new_int(c.kwonlyargcount),
        "co_nlocals" => PyObj::new_int(c.varnames.len()),
        "co_consts" => PyObj::new_tuple(c.consts.clone()),
        "co_flags" => {
            let mut f = 0u32;
            if c.optimized {
                f |= 1;
            }
            if c.newlocals {
                f |= 2;
            }
            if c.varargs {
                f |= 4;
            }
            if c.varkw {
                f |= 8;
            }
            if c.freevars.is_empty() && c.cellvars.is_empty() && vm.sem.has_long {
                f |= 64;
            }
            if c.generator {
                f |= 32;
            }
            PyObj::new_int(f)
        }
        "co_code" => return None,
        _ => return None,
    })
}

// ----- generic -----

fn m_len(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let o = recv(vm, r)?;
    let n = vm.len(&o)?;
    Ok(PyObj::new_int(n))
}

fn m_contains(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let o = recv(vm, r)?;
    let x = arg(vm, &a, 0, "__contains__")?;
    let b = vm.contains(&o, &x)?;
    Ok(vm.bool(b))
}

fn m_getitem(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let o = recv(vm, r)?;
    let x = arg(vm, &a, 0, "__getitem__")?;
    // A dict subclass's instance (from `dict.__getitem__(self, key)`): the dict's lookup, with
    // its `__missing__`, never the subclass's own `__getitem__`.
    if let Some(n) = o
        .native()
        .filter(|n| matches!(&***n, PyObj::Dict(_)))
        .cloned()
    {
        return vm.native_getitem(&o, &n, &x);
    }
    vm.getitem(&o, &x)
}

fn m_setitem(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let o = recv(vm, r)?;
    let k = arg(vm, &a, 0, "__setitem__")?;
    let v = arg(vm, &a, 1, "__setitem__")?;
    vm.setitem(&o, k, v)?;
    Ok(vm.none.clone())
}

fn m_delitem(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let o = recv(vm, r)?;
    let k = arg(vm, &a, 0, "__delitem__")?;
    vm.delitem(&o, &k)?;
    Ok(vm.none.clone())
}

fn m_iter(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let o = recv(vm, r)?;
    vm.get_iter(&o)
}

fn m_repr(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let o = recv(vm, r)?;
    let s = vm.repr(&o)?;
    Ok(vm.str(&s))
}

fn m_str(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let o = recv(vm, r)?;
    let s = vm.to_str(&o)?;
    Ok(vm.str(&s))
}

fn m_eq(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let o = recv(vm, r)?;
    let x = arg(vm, &a, 0, "__eq__")?;
    let b = vm.eq(&o, &x)?;
    Ok(vm.bool(b))
}

// ----- list / tuple -----

fn list_of(o: &PyRef) -> Option<&std::cell::RefCell<Vec<PyRef>>> {
    match &**o {
        PyObj::List(l) => Some(l),
        _ => None,
    }
}

fn m_list_append(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let l = recv(vm, r)?;
    let x = arg(vm, &a, 0, "append")?;
    if a.len() != 1 {
        return vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            a.len()
        ));
    }
    vm.alloc(1, 8)?;
    if let Some(l) = list_of(&l) {
        l.borrow_mut().push(x);
    }
    Ok(vm.none.clone())
}

fn m_list_extend(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let l = recv(vm, r)?;
    let x = arg(vm, &a, 0, "extend")?;
    let items = vm.iterate(&x)?;
    vm.alloc(items.len(), 8)?;
    if let Some(l) = list_of(&l) {
        l.borrow_mut().extend(items);
    }
    Ok(vm.none.clone())
}

fn m_list_insert(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let l = recv(vm, r)?;
    let i = arg(vm, &a, 0, "insert")?.as_bigint().unwrap_or_default();
    let x = arg(vm, &a, 1, "insert")?;
    let mut i = vm.ssize_arg(&i)?;
    if let Some(l) = list_of(&l) {
        let len = l.borrow().len() as i64;
        if i < 0 {
            i = (i + len).max(0);
        }
        let i = (i.min(len)) as usize;
        l.borrow_mut().insert(i, x);
    }
    Ok(vm.none.clone())
}

fn m_list_pop(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let l = recv(vm, r)?;
    let len = match list_of(&l) {
        Some(list) => list.borrow().len(),
        None => return Ok(vm.none.clone()),
    };
    if len == 0 {
        return vm.err("IndexError", "pop from empty list");
    }
    let idx = match a.first() {
        None => len - 1,
        Some(i) => {
            let i = BigInt::from(vm.ssize_arg(&i.as_bigint().unwrap_or_default())?);
            let j = if i.is_negative() {
                i + BigInt::from(len)
            } else {
                i
            };
            match j.to_usize() {
                Some(u) if u < len => u,
                _ => return vm.err("IndexError", "pop index out of range"),
            }
        }
    };
    let v = match list_of(&l) {
        Some(list) => list.borrow_mut().remove(idx),
        None => vm.none.clone(),
    };
    Ok(v)
}

fn m_list_remove(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let l = recv(vm, r)?;
    let x = arg(vm, &a, 0, "remove")?;
    let items = list_of(&l).map(|l| l.borrow().clone()).unwrap_or_default();
    for (i, it) in items.iter().enumerate() {
        if vm.eq(it, &x)? {
            if let Some(l) = list_of(&l) {
                l.borrow_mut().remove(i);
            }
            return Ok(vm.none.clone());
        }
    }
    vm.err("ValueError", "list.remove(x): x not in list")
}

fn m_seq_index(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let x = arg(vm, &a, 0, "index")?;
    let items = vm.iterate(&s)?;
    // `start`/`stop` go through `_PyEval_SliceIndex` (an int of any size clamps to the
    // `Py_ssize_t` range), then count from the end when negative.
    let len = items.len() as i64;
    let mut bound = |i: usize, default: i64| -> PyResult<i64> {
        let Some(v) = a.get(i) else {
            return Ok(default);
        };
        let Some(b) = vm.index_value(v)? else {
            return vm.type_error("slice indices must be integers or have an __index__ method");
        };
        let b = b
            .to_i64()
            .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX });
        Ok(if b < 0 {
            b.saturating_add(len).max(0)
        } else {
            b
        })
    };
    let start = bound(1, 0)?;
    let stop = bound(2, len)?.min(len);
    for (i, it) in items.iter().enumerate() {
        let at = i as i64;
        if at < start || at >= stop {
            continue;
        }
        if vm.eq(it, &x)? {
            return Ok(PyObj::new_int(i));
        }
    }
    if matches!(&*s, PyObj::Tuple(_)) {
        return vm.err("ValueError", "tuple.index(x): x not in tuple");
    }
    let r = vm.repr(&x)?;
    let msg = format!("{r} is not in list");
    vm.err("ValueError", msg)
}

fn m_seq_count(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let x = arg(vm, &a, 0, "count")?;
    let items = vm.iterate(&s)?;
    let mut n = 0;
    for it in &items {
        if vm.eq(it, &x)? {
            n += 1;
        }
    }
    Ok(PyObj::new_int(n))
}

fn m_list_sort(vm: &mut Vm, r: Option<PyRef>, _a: Args, k: Kw) -> PyResult<PyRef> {
    let l = recv(vm, r)?;
    let key = k
        .iter()
        .find(|(n, _)| n == "key")
        .map(|(_, v)| v.clone())
        .filter(|v| !v.is_none());
    let reverse = match k.iter().find(|(n, _)| n == "reverse") {
        Some((_, v)) => vm.truthy(v)?,
        None => false,
    };
    let cmp = crate::vm::builtins::sort_cmp(vm, &k, "sort")?;
    let items = list_of(&l).map(|l| l.borrow().clone()).unwrap_or_default();
    let sorted = sort_items(vm, items, key.as_ref(), cmp.as_ref(), reverse)?;
    if let Some(l) = list_of(&l) {
        *l.borrow_mut() = sorted;
    }
    Ok(vm.none.clone())
}

fn m_list_reverse(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let l = recv(vm, r)?;
    if let Some(l) = list_of(&l) {
        l.borrow_mut().reverse();
    }
    Ok(vm.none.clone())
}

fn m_list_copy(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let l = recv(vm, r)?;
    Ok(PyObj::new_list(
        list_of(&l).map(|l| l.borrow().clone()).unwrap_or_default(),
    ))
}

fn m_list_clear(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let l = recv(vm, r)?;
    if let Some(l) = list_of(&l) {
        l.borrow_mut().clear();
    }
    Ok(vm.none.clone())
}

// ----- dict -----

fn view(vm: &mut Vm, d: PyRef, kind: ViewKind) -> PyResult<PyRef> {
    let items = vm.mapping_items(&d)?;
    if vm.sem.builtins_return_lists || !matches!(&*d, PyObj::Dict(_)) {
        let v: Vec<PyRef> = items
            .into_iter()
            .map(|(k, v)| match kind {
                ViewKind::Keys => k,
                ViewKind::Values => v,
                ViewKind::Items => PyObj::new_tuple(vec![k, v]),
            })
            .collect();
        if vm.sem.builtins_return_lists {
            return Ok(PyObj::new_list(v));
        }
        // Proxies: a snapshot view is enough for iteration and printing.
        return Ok(PyObj::new_list(v));
    }
    Ok(Rc::new(PyObj::DictView { kind, dict: d }))
}

fn m_dict_keys(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let d = recv(vm, r)?;
    view(vm, d, ViewKind::Keys)
}

fn m_dict_values(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let d = recv(vm, r)?;
    view(vm, d, ViewKind::Values)
}

fn m_dict_items(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let d = recv(vm, r)?;
    view(vm, d, ViewKind::Items)
}

/// 2.7's `viewkeys`/`viewvalues`/`viewitems`: live views, as 3.x's `keys()` returns.
fn dict_view(vm: &mut Vm, r: Option<PyRef>, kind: ViewKind) -> PyResult<PyRef> {
    let d = recv(vm, r)?;
    Ok(Rc::new(PyObj::DictView { kind, dict: d }))
}

fn m_dict_viewkeys(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    dict_view(vm, r, ViewKind::Keys)
}

fn m_dict_viewvalues(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    dict_view(vm, r, ViewKind::Values)
}

fn m_dict_viewitems(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    dict_view(vm, r, ViewKind::Items)
}

fn dict_iter(vm: &mut Vm, r: Option<PyRef>, kind: ViewKind) -> PyResult<PyRef> {
    let d = recv(vm, r)?;
    let v = Rc::new(PyObj::DictView { kind, dict: d });
    vm.get_iter(&v)
}

fn m_dict_iterkeys(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    dict_iter(vm, r, ViewKind::Keys)
}

fn m_dict_itervalues(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    dict_iter(vm, r, ViewKind::Values)
}

fn m_dict_iteritems(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    dict_iter(vm, r, ViewKind::Items)
}

fn m_dict_get(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let d = recv(vm, r)?;
    let k = arg(vm, &a, 0, "get")?;
    let default = a.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    match vm.getitem(&d, &k) {
        Ok(v) => Ok(v),
        Err(Unwind::Exc(e)) if vm.is_instance_of_name(&e, "KeyError") => Ok(default),
        Err(e) => Err(e),
    }
}

fn m_dict_setdefault(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let d = recv(vm, r)?;
    let k = arg(vm, &a, 0, "setdefault")?;
    let default = a.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    match vm.getitem(&d, &k) {
        Ok(v) => Ok(v),
        Err(Unwind::Exc(e)) if vm.is_instance_of_name(&e, "KeyError") => {
            vm.setitem(&d, k, default.clone())?;
            Ok(default)
        }
        Err(e) => Err(e),
    }
}

fn m_dict_pop(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let d = recv(vm, r)?;
    let k = arg(vm, &a, 0, "pop")?;
    let (h, key) = vm.key_hash(&d, &k)?;
    let v = match &*d {
        PyObj::Dict(dd) => dd.borrow_mut().remove(&key, h),
        _ => None,
    };
    match (v, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => {
            let e = crate::vm::error::key_error(vm, k);
            Err(Unwind::Exc(e))
        }
    }
}

fn m_dict_popitem(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let d = recv(vm, r)?;
    let item = match &*d {
        PyObj::Dict(dd) => {
            if vm.sem.popitem_last {
                dd.borrow_mut().pop_last()
            } else {
                dd.borrow_mut().pop_first()
            }
        }
        _ => None,
    };
    match item {
        Some((k, v)) => Ok(PyObj::new_tuple(vec![k, v])),
        None => {
            let e = vm.new_exc("KeyError", "popitem(): dictionary is empty");
            Err(Unwind::Exc(e))
        }
    }
}

fn m_dict_update(vm: &mut Vm, r: Option<PyRef>, a: Args, k: Kw) -> PyResult<PyRef> {
    let d = recv(vm, r)?;
    if let Some(src) = a.first() {
        vm.dict_update_arg(&d, src)?;
    }
    for (key, v) in k {
        let key = vm.str(&key);
        vm.setitem(&d, key, v)?;
    }
    Ok(vm.none.clone())
}

/// `list.__init__(iterable=())`: the list's items become the iterable's.
fn m_list_init(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let l = recv(vm, r)?;
    let items = match a.first() {
        Some(it) => vm.iterate(it)?,
        None => Vec::new(),
    };
    if let PyObj::List(v) = &*l {
        *v.borrow_mut() = items;
    }
    Ok(vm.none.clone())
}

/// `set.__init__(iterable=())`: the set's members become the iterable's.
fn m_set_init(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let items = match a.first() {
        Some(it) => vm.iterate(it)?,
        None => Vec::new(),
    };
    if let PyObj::Set(d) = &*s {
        d.borrow_mut().clear();
    }
    for x in items {
        vm.set_add(&s, x)?;
    }
    Ok(vm.none.clone())
}

fn m_dict_copy(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let d = recv(vm, r)?;
    let out = PyObj::new_dict(Dict::new(vm.dict_mode));
    vm.dict_merge(&out, &d)?;
    Ok(out)
}

fn m_dict_clear(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let d = recv(vm, r)?;
    if let PyObj::Dict(dd) = &*d {
        dd.borrow_mut().clear();
    }
    Ok(vm.none.clone())
}

fn m_dict_fromkeys(vm: &mut Vm, _r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let keys = arg(vm, &a, 0, "fromkeys")?;
    let v = a.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    let items = vm.iterate(&keys)?;
    let d = vm.new_dict();
    for k in items {
        vm.setitem(&d, k, v.clone())?;
    }
    Ok(d)
}

// ----- set -----

fn set_dict(o: &PyRef) -> Option<&std::cell::RefCell<Dict>> {
    match &**o {
        PyObj::Set(d) => Some(d),
        _ => None,
    }
}

fn m_set_add(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let x = arg(vm, &a, 0, "add")?;
    vm.set_add(&s, x)?;
    Ok(vm.none.clone())
}

fn m_set_discard(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let x = arg(vm, &a, 0, "discard")?;
    let (h, key) = vm.key_hash(&s, &x)?;
    if let Some(d) = set_dict(&s) {
        d.borrow_mut().remove(&key, h);
    }
    Ok(vm.none.clone())
}

fn m_set_remove(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let x = arg(vm, &a, 0, "remove")?;
    let (h, key) = vm.key_hash(&s, &x)?;
    let removed = set_dict(&s).and_then(|d| d.borrow_mut().remove(&key, h));
    if removed.is_none() {
        let e = crate::vm::error::key_error(vm, x);
        return Err(Unwind::Exc(e));
    }
    Ok(vm.none.clone())
}

fn m_set_pop(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let item = set_dict(&s).and_then(|d| d.borrow_mut().pop_first());
    match item {
        Some((k, _)) => Ok(k),
        None => {
            let e = vm.new_exc("KeyError", "pop from an empty set");
            Err(Unwind::Exc(e))
        }
    }
}

fn m_set_update(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    for it in &a {
        for x in vm.iterate(it)? {
            vm.set_add(&s, x)?;
        }
    }
    Ok(vm.none.clone())
}

fn m_set_clear(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    if let Some(d) = set_dict(&s) {
        d.borrow_mut().clear();
    }
    Ok(vm.none.clone())
}

fn set_op(vm: &mut Vm, r: Option<PyRef>, a: Args, op: crate::vm::ast::BinOp) -> PyResult<PyRef> {
    let mut acc = recv(vm, r)?;
    // A set's result is a new set; a frozenset's stays a frozenset.
    if let PyObj::Set(_) = &*acc {
        let items = vm.iterate(&acc)?;
        acc = vm.new_set(items)?;
    }
    for o in a {
        let items = vm.iterate(&o)?;
        let other = vm.new_set(items)?;
        acc = vm.binary(&acc, &other, op, false, true)?;
    }
    Ok(acc)
}

fn m_set_union(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    set_op(vm, r, a, crate::vm::ast::BinOp::BitOr)
}

fn m_set_intersection(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    set_op(vm, r, a, crate::vm::ast::BinOp::BitAnd)
}

fn m_set_difference(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    set_op(vm, r, a, crate::vm::ast::BinOp::Sub)
}

fn m_set_symdiff(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    set_op(vm, r, a, crate::vm::ast::BinOp::BitXor)
}

fn m_set_issubset(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let o = arg(vm, &a, 0, "issubset")?;
    let items = vm.iterate(&o)?;
    let other = vm.new_set(items)?;
    for x in vm.iterate(&s)? {
        if !vm.contains(&other, &x)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

fn m_set_issuperset(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let o = arg(vm, &a, 0, "issuperset")?;
    for x in vm.iterate(&o)? {
        if !vm.contains(&s, &x)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

fn m_set_isdisjoint(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let o = arg(vm, &a, 0, "isdisjoint")?;
    for x in vm.iterate(&o)? {
        if vm.contains(&s, &x)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

fn m_set_copy(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let items = vm.iterate(&s)?;
    vm.new_set(items)
}

// ----- generators, iterators, streams, numbers -----

fn m_gen_next(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let g = recv(vm, r)?;
    if let PyObj::Generator(..) = &*g {
        return vm.gen_send(&g, None);
    }
    match vm.next(&g)? {
        Some(v) => Ok(v),
        None => {
            let e = crate::vm::error::instantiate_empty(vm, "StopIteration");
            Err(Unwind::Exc(e))
        }
    }
}

fn m_gen_send(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let g = recv(vm, r)?;
    let v = arg(vm, &a, 0, "send")?;
    if let PyObj::Generator(state, _) = &*g {
        let started = state.borrow().as_ref().map(|e| e.started).unwrap_or(true);
        if !started && !v.is_none() {
            return vm.type_error("can't send non-None value to a just-started generator");
        }
    }
    vm.gen_send(&g, Some(v))
}

fn m_gen_close(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let g = recv(vm, r)?;
    vm.gen_close(&g)?;
    Ok(vm.none.clone())
}

/// `gen.throw(type[, value])` or `gen.throw(instance)`.
fn m_gen_throw(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let g = recv(vm, r)?;
    let ty = arg(vm, &a, 0, "throw")?;
    let exc = match &*ty {
        PyObj::Class(_) => {
            let args = match a.get(1) {
                None => Vec::new(),
                Some(v) if v.is_none() => Vec::new(),
                Some(v) => match &**v {
                    PyObj::Tuple(t) => t.clone(),
                    _ => vec![v.clone()],
                },
            };
            vm.call_sync(&ty, args, Vec::new())?
        }
        _ => ty,
    };
    vm.gen_throw(&g, exc)
}

fn m_stream_write(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let x = arg(vm, &a, 0, "write")?;
    let Some(text) = x.as_str().map(|t| t.to_string()) else {
        let tn = vm.type_name(&x);
        let msg = if vm.sem.has_long {
            format!("expected a string or other character buffer object, not {tn}")
        } else {
            format!("write() argument must be str, not {tn}")
        };
        return vm.type_error(msg);
    };
    let n = match &*s {
        PyObj::Stream(n) => *n,
        _ => 1,
    };
    let text = if vm.sem.has_long && matches!(&*x, PyObj::Str(_)) {
        crate::vm::interp::format::latin1_to_output(&text)
    } else {
        text
    };
    vm.write_stream(n, &text)?;
    vm.softspace = false;
    if vm.sem.has_long {
        return Ok(vm.none.clone());
    }
    Ok(PyObj::new_int(text.chars().count()))
}

fn m_int_bit_length(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let i = recv(vm, r)?.as_bigint().unwrap_or_default();
    Ok(PyObj::new_int(i.abs().bits()))
}

fn m_float_is_integer(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let f = recv(vm, r)?;
    let b = matches!(&*f, PyObj::Float(x) if x.fract() == 0.0 && x.is_finite());
    Ok(vm.bool(b))
}

fn prop_with(vm: &mut Vm, r: Option<PyRef>, a: Args, which: u8) -> PyResult<PyRef> {
    let p = recv(vm, r)?;
    let f = arg(vm, &a, 0, "setter")?;
    let PyObj::Property { fget, fset, fdel } = &*p else {
        return Ok(p.clone());
    };
    let (mut g, mut s, mut d) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    Ok(Rc::new(PyObj::Property {
        fget: g,
        fset: s,
        fdel: d,
    }))
}

fn m_prop_getter(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    prop_with(vm, r, a, 0)
}

fn m_prop_setter(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    prop_with(vm, r, a, 1)
}

fn m_prop_deleter(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    prop_with(vm, r, a, 2)
}
