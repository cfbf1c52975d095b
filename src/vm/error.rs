//! Builtin types and the exception hierarchy of each version (2.7's `StandardError` and
//! `exceptions` module, 3.x's `builtins`), exception instances, their attributes, `str` and
//! `repr`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::version::Semantics;
use crate::vm::interp::{PyResult, Vm};
use crate::vm::objects::dict::Mode;
use crate::vm::objects::{BaseKind, Class, Dict, ExcData, Instance, PyObj, PyRef, Types};

fn class(name: &str, bases: Vec<PyRef>, kind: BaseKind, mode: Mode, module: Option<&str>) -> PyRef {
    let mut d = Dict::new(mode);
    if let Some(m) = module {
        d.set_str("__module__", PyObj::new_str(m));
    }
    let cls = crate::vm::objects::track(Rc::new(PyObj::Class(Class {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict: PyObj::new_dict(d),
        base_kind: kind,
        classic: false,
        builtin: true,
    })));
    let mut mro = vec![cls.clone()];
    if let Some(b) = bases.first() {
        if let Some(bc) = b.as_class() {
            mro.extend(bc.mro.borrow().iter().cloned());
        }
    }
    if let PyObj::Class(c) = &*cls {
        *c.mro.borrow_mut() = mro;
    }
    cls
}

/// A builtin class that instances are not made from by user code (iterator types).
pub fn native_class(name: &str, object: &PyRef, mode: Mode) -> PyRef {
    class(name, vec![object.clone()], BaseKind::Native, mode, None)
}

/// A builtin class of the interpreter's own (a struct sequence such as `sys.version_info`)
/// whose instances are `Instance`s, possibly extending a builtin value.
pub fn builtin_class(name: &str, base: &PyRef, mode: Mode, module: &str) -> PyRef {
    class(
        name,
        vec![base.clone()],
        BaseKind::Object,
        mode,
        Some(module),
    )
}

/// The builtin type objects for a version.
pub fn make_types(sem: &Semantics, mode: Mode) -> Types {
    let py2 = sem.has_long;
    let object = class("object", Vec::new(), BaseKind::Object, mode, None);
    let n = |name: &str| class(name, vec![object.clone()], BaseKind::Native, mode, None);
    let int = n("int");
    let bool_ = class("bool", vec![int.clone()], BaseKind::Native, mode, None);
    Types {
        type_: n("type"),
        none: n("NoneType"),
        bool_,
        int,
        long: n("long"),
        float: n("float"),
        complex: n("complex"),
        str_: n("str"),
        unicode: n("unicode"),
        bytes: n(if py2 { "str" } else { "bytes" }),
        tuple: n("tuple"),
        list: n("list"),
        dict: n("dict"),
        set: n("set"),
        frozenset: n("frozenset"),
        function: n("function"),
        builtin_function: n("builtin_function_or_method"),
        method: n(if py2 { "instancemethod" } else { "method" }),
        cell: n("cell"),
        code: n("code"),
        module: n("module"),
        frame: n("frame"),
        frame_locals_proxy: n("FrameLocalsProxy"),
        range: n(if py2 { "xrange" } else { "range" }),
        slice: n("slice"),
        iterator: n(if py2 { "listiterator" } else { "list_iterator" }),
        generator: n("generator"),
        property: n("property"),
        staticmethod: n("staticmethod"),
        classmethod: n("classmethod"),
        super_: n("super"),
        mappingproxy: n(if py2 { "dictproxy" } else { "mappingproxy" }),
        dict_keys: n("dict_keys"),
        dict_values: n("dict_values"),
        dict_items: n("dict_items"),
        classobj: n("classobj"),
        instance: n("instance"),
        not_implemented: n("NotImplementedType"),
        ellipsis: n("ellipsis"),
        file: n(if py2 { "file" } else { "TextIOWrapper" }),
        getset: n("getset_descriptor"),
        object,
    }
}

/// The exception classes, registered in `vm.exc_types` and the builtins.
pub fn install_exceptions(vm: &mut Vm) {
    let py2 = vm.sem.has_long;
    let mode = vm.dict_mode;
    let add = |vm: &mut Vm, name: &'static str, base: Option<&str>| {
        let bases = match base {
            Some(b) => vec![vm.exc_types[b].clone()],
            None => vec![vm.t.object.clone()],
        };
        // The module is the type's (`Vm::type_module`), not an entry of its `__dict__`.
        let c = class(name, bases, BaseKind::Exception, mode, None);
        vm.exc_types.insert(name, c);
    };
    add(vm, "BaseException", None);
    for n in [
        "SystemExit",
        "KeyboardInterrupt",
        "GeneratorExit",
        "Exception",
    ] {
        add(vm, n, Some("BaseException"));
    }
    let std = if py2 {
        add(vm, "StandardError", Some("Exception"));
        "StandardError"
    } else {
        "Exception"
    };
    add(vm, "StopIteration", Some("Exception"));
    for n in [
        "ArithmeticError",
        "AssertionError",
        "AttributeError",
        "BufferError",
        "EOFError",
        "ImportError",
        "LookupError",
        "MemoryError",
        "NameError",
        "ReferenceError",
        "RuntimeError",
        "SyntaxError",
        "SystemError",
        "TypeError",
        "ValueError",
    ] {
        add(vm, n, Some(std));
    }
    if py2 {
        add(vm, "EnvironmentError", Some(std));
        add(vm, "IOError", Some("EnvironmentError"));
        add(vm, "OSError", Some("EnvironmentError"));
    } else {
        add(vm, "OSError", Some("Exception"));
        add(vm, "ModuleNotFoundError", Some("ImportError"));
        add(vm, "RecursionError", Some("RuntimeError"));
        add(vm, "StopAsyncIteration", Some("Exception"));
    }
    for (n, b) in [
        ("ZeroDivisionError", "ArithmeticError"),
        ("OverflowError", "ArithmeticError"),
        ("FloatingPointError", "ArithmeticError"),
        ("IndexError", "LookupError"),
        ("KeyError", "LookupError"),
        ("UnboundLocalError", "NameError"),
        ("NotImplementedError", "RuntimeError"),
        ("IndentationError", "SyntaxError"),
        ("TabError", "IndentationError"),
        ("UnicodeError", "ValueError"),
        ("UnicodeDecodeError", "UnicodeError"),
        ("UnicodeEncodeError", "UnicodeError"),
        ("Warning", "Exception"),
        ("UserWarning", "Warning"),
        ("DeprecationWarning", "Warning"),
        ("SyntaxWarning", "Warning"),
        ("RuntimeWarning", "Warning"),
        ("FutureWarning", "Warning"),
        ("PendingDeprecationWarning", "Warning"),
        ("ImportWarning", "Warning"),
        ("UnicodeWarning", "Warning"),
        ("BytesWarning", "Warning"),
    ] {
        add(vm, n, Some(b));
    }
    let names: Vec<(&'static str, PyRef)> =
        vm.exc_types.iter().map(|(k, v)| (*k, v.clone())).collect();
    let mut names = names;
    names.sort_by(|a, b| a.0.cmp(b.0));
    for (n, c) in names {
        let b = vm.builtins.clone();
        if let PyObj::Dict(d) = &*b {
            d.borrow_mut().set_str(n, c);
        }
    }
    if !py2 {
        let os = vm.exc_types["OSError"].clone();
        vm.exc_types.insert("IOError", os.clone());
        vm.exc_types.insert("EnvironmentError", os.clone());
        let b = vm.builtins.clone();
        if let PyObj::Dict(d) = &*b {
            d.borrow_mut().set_str("IOError", os.clone());
            d.borrow_mut().set_str("EnvironmentError", os);
        }
    }
}

/// A new exception instance of `cls` with `args`.
pub fn instantiate(vm: &mut Vm, cls: &PyRef, args: Vec<PyRef>) -> PyRef {
    crate::vm::objects::track(Rc::new(PyObj::Instance(Instance {
        class: RefCell::new(cls.clone()),
        dict: vm.new_dict(),
        exc: Some(RefCell::new(ExcData {
            args,
            ..ExcData::default()
        })),
        native: None,
    })))
}

pub fn instantiate_empty(vm: &mut Vm, name: &str) -> PyRef {
    let cls = vm.exc_class(name);
    instantiate(vm, &cls, Vec::new())
}

/// `KeyError(key)`.
pub fn key_error(vm: &mut Vm, key: PyRef) -> PyRef {
    let cls = vm.exc_class("KeyError");
    instantiate(vm, &cls, vec![key])
}

/// A `SyntaxError` (or subclass) instance with `msg`, `lineno` and `filename`.
pub fn syntax_error(vm: &mut Vm, ty: &str, msg: &str, line: Option<u32>, filename: &str) -> PyRef {
    let cls = vm.exc_class(ty);
    let m = vm.str(msg);
    let lineno = match line {
        Some(l) => PyObj::new_int(l),
        None => vm.none.clone(),
    };
    let details = PyObj::new_tuple(vec![
        vm.str(filename),
        lineno.clone(),
        vm.none.clone(),
        vm.none.clone(),
    ]);
    let e = instantiate(vm, &cls, vec![m.clone(), details]);
    if let PyObj::Instance(i) = &*e {
        if let PyObj::Dict(d) = &*i.dict {
            let mut d = d.borrow_mut();
            d.set_str("msg", m);
            d.set_str("lineno", lineno);
            d.set_str("filename", PyObj::new_str(filename));
        }
    }
    e
}

fn exc_args(e: &PyRef) -> Vec<PyRef> {
    match &**e {
        PyObj::Instance(i) => match &i.exc {
            Some(d) => d.borrow().args.clone(),
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Attributes every exception has.
pub fn exc_attr(vm: &mut Vm, e: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
    let PyObj::Instance(i) = &**e else {
        return Ok(None);
    };
    let Some(data) = &i.exc else {
        return Ok(None);
    };
    let data = data.borrow();
    let opt = |o: &Option<PyRef>, vm: &Vm| o.clone().unwrap_or_else(|| vm.none.clone());
    Ok(Some(match name {
        "args" => PyObj::new_tuple(data.args.clone()),
        "message" if vm.sem.has_long => {
            if data.args.len() == 1 {
                data.args[0].clone()
            } else {
                vm.str("")
            }
        }
        "__traceback__" => vm.none.clone(),
        "__context__" => opt(&data.context, vm),
        "__cause__" => opt(&data.cause, vm),
        "__suppress_context__" => vm.bool(data.suppress_context),
        "code" if vm.is_instance_of_name(e, "SystemExit") => match data.args.len() {
            0 => vm.none.clone(),
            1 => data.args[0].clone(),
            _ => PyObj::new_tuple(data.args.clone()),
        },
        "value" if vm.is_instance_of_name(e, "StopIteration") => data
            .args
            .first()
            .cloned()
            .unwrap_or_else(|| vm.none.clone()),
        _ => return Ok(None),
    }))
}

/// Sets `args` and friends; `false` if the attribute is an ordinary one.
pub fn set_exc_attr(_vm: &mut Vm, e: &PyRef, name: &str, v: &PyRef) -> PyResult<bool> {
    let PyObj::Instance(i) = &**e else {
        return Ok(false);
    };
    let Some(data) = &i.exc else {
        return Ok(false);
    };
    match name {
        "args" => {
            data.borrow_mut().args = match &**v {
                PyObj::Tuple(t) => t.clone(),
                _ => vec![v.clone()],
            };
            Ok(true)
        }
        "__cause__" => {
            let mut d = data.borrow_mut();
            d.cause = if v.is_none() { None } else { Some(v.clone()) };
            d.suppress_context = true;
            Ok(true)
        }
        "__context__" => {
            data.borrow_mut().context = if v.is_none() { None } else { Some(v.clone()) };
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// `str(exception)`.
pub fn exc_str(vm: &mut Vm, e: &PyRef) -> PyResult<String> {
    let args = exc_args(e);
    if vm.is_instance_of_name(e, "SyntaxError") && args.len() == 2 {
        // `SyntaxError.__str__`: "msg (file, line N)" with the file's base name.
        let msg = vm.to_str(&args[0])?;
        if let PyObj::Tuple(t) = &*args[1] {
            let file = t.first().and_then(|f| f.as_str().map(|s| s.to_string()));
            let line = t.get(1).and_then(|l| l.as_bigint());
            let base = file.map(|f| f.rsplit('/').next().unwrap_or("").to_string());
            return Ok(match (base, line) {
                (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
                (Some(f), None) => format!("{msg} ({f})"),
                (None, Some(l)) => format!("{msg} (line {l})"),
                (None, None) => msg,
            });
        }
        return Ok(msg);
    }
    if vm.is_instance_of_name(e, "KeyError") && args.len() == 1 {
        return vm.repr(&args[0]);
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.to_str(&args[0]),
        _ => vm.repr(&PyObj::new_tuple(args)),
    }
}

/// `repr(exception)`.
pub fn exc_repr(vm: &mut Vm, e: &PyRef) -> PyResult<String> {
    let args = exc_args(e);
    let cls = vm.class_of(e);
    let name = vm.class_name(&cls);
    if args.len() == 1 && !vm.sem.has_long {
        let r = vm.repr(&args[0])?;
        return Ok(format!("{name}({r})"));
    }
    let t = vm.repr(&PyObj::new_tuple(args))?;
    if t == "()" {
        return Ok(format!("{name}()"));
    }
    Ok(format!("{name}{t}"))
}

/// The exception's type name as a traceback prints it (`KeyError`, `__main__.E` on 2.7).
pub fn exc_type_name(vm: &Vm, e: &PyRef) -> String {
    let cls = vm.class_of(e);
    let c = cls.as_class();
    let name = if vm.sem.has_qualname {
        vm.class_qualname(&cls)
    } else {
        vm.class_name(&cls)
    };
    if c.map(|c| c.builtin).unwrap_or(false) {
        return name;
    }
    let module = match c.map(|c| c.dict.clone()) {
        Some(d) => match &*d {
            PyObj::Dict(d) => d
                .borrow()
                .get_str("__module__")
                .and_then(|m| m.as_str().map(|s| s.to_string())),
            _ => None,
        },
        None => None,
    };
    match module {
        Some(m) if m == "__main__" && !vm.sem.has_long => name,
        Some(m) if m != "builtins" && m != "exceptions" => format!("{m}.{name}"),
        _ => name,
    }
}
