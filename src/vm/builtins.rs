//! Builtin functions, builtin type constructors and the builtin modules (`sys`,
//! `__future__`), each in its version's flavour (2.7's list-returning `range`/`map`/`zip`,
//! `exec` as a 3.x function, `print` softspace, `round`'s rules).

use std::cell::RefCell;
use std::rc::Rc;

use num_traits::{Signed, ToPrimitive, Zero};

use crate::version::{Gap, Unsupported};
use crate::vm::ast::CmpOp;
use crate::vm::compile::Mode;
use crate::vm::features::Event;
use crate::vm::interp::{PyResult, Unwind, Vm};
use crate::vm::objects::{num, Builtin, Dict, IterState, Module, PyObj, PyRef};
use crate::vm::sites::{self, Site};

/// The signature of every builtin: receiver (for bound methods), positional and keyword args.
pub type BuiltinFn =
    fn(&mut Vm, Option<PyRef>, Vec<PyRef>, Vec<(String, PyRef)>) -> PyResult<PyRef>;

pub fn builtin(name: &'static str, func: BuiltinFn, receiver: Option<PyRef>) -> PyRef {
    Rc::new(PyObj::Builtin(Builtin {
        name,
        func,
        receiver,
        owner: None,
        module: None,
    }))
}

/// A function of the module named `module` (`PyCFunction` with `m_module` set).
pub fn module_function(name: &'static str, func: BuiltinFn, module: &'static str) -> PyRef {
    Rc::new(PyObj::Builtin(Builtin {
        name,
        func,
        receiver: None,
        owner: None,
        module: Some(module),
    }))
}

/// A builtin type's method taken from the type (`str.upper`, `list.append`): a
/// `method_descriptor` whose call takes its receiver from the first argument.
pub fn method_descriptor(name: &'static str, func: BuiltinFn, owner: PyRef) -> PyRef {
    Rc::new(PyObj::Builtin(Builtin {
        name,
        func,
        receiver: None,
        owner: Some(owner),
        module: None,
    }))
}

pub mod inspect;
mod sys;

use sys::{
    sys_exc_info, sys_exit, sys_getframe, sys_getrecursionlimit, sys_gettrace, sys_setprofile,
    sys_setrecursionlimit, sys_settrace,
};
pub mod types;

type Args = Vec<PyRef>;
type Kw = Vec<(String, PyRef)>;

fn nargs(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max && min == 1 {
            format!("{name}() takes exactly one argument ({} given)", args.len())
        } else if args.len() < min {
            format!(
                "{name} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                args.len()
            )
        };
        return vm.type_error(msg);
    }
    Ok(())
}

fn no_kw(vm: &mut Vm, name: &str, kw: &Kw) -> PyResult<()> {
    if !kw.is_empty() {
        return vm.type_error(format!("{name}() takes no keyword arguments"));
    }
    Ok(())
}

fn kwarg(kw: &Kw, name: &str) -> Option<PyRef> {
    kw.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

/// Registers the builtins and the `sys` module.
pub fn install(vm: &mut Vm) {
    let py2 = vm.sem.has_long;
    let mut table: Vec<(&'static str, BuiltinFn)> = vec![
        ("__observe__", b_observe),
        ("len", b_len),
        ("repr", b_repr),
        ("print", b_print),
        ("locals", b_locals),
        ("globals", b_globals),
        ("vars", b_vars),
        ("dir", b_dir),
        ("eval", b_eval),
        ("compile", b_compile),
        ("id", b_id),
        ("hash", b_hash),
        ("callable", b_callable),
        ("iter", b_iter),
        ("next", b_next),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("hasattr", b_hasattr),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("abs", b_abs),
        ("round", b_round),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("sum", b_sum),
        ("min", b_min),
        ("max", b_max),
        ("any", b_any),
        ("all", b_all),
        ("chr", b_chr),
        ("ord", b_ord),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("format", b_format),
        ("sorted", b_sorted),
        ("reversed", b_reversed),
        ("enumerate", b_enumerate),
        ("zip", b_zip),
        ("map", b_map),
        ("filter", b_filter),
        ("__import__", b_import),
    ];
    if py2 {
        table.push(("reduce", b_reduce));
        table.push(("cmp", b_cmp));
        table.push(("unichr", b_chr));
        table.push(("intern", b_intern));
    } else {
        table.push(("exec", b_exec));
        table.push(("ascii", b_repr));
    }
    let b = vm.builtins.clone();
    let PyObj::Dict(d) = &*b else { return };
    {
        let module = vm.sem.builtins_module();
        let mut d = d.borrow_mut();
        for (name, f) in table {
            d.set_str(name, module_function(name, f, module));
        }
        let t = &vm.t;
        let types: Vec<(&str, &PyRef)> = vec![
            ("object", &t.object),
            ("type", &t.type_),
            ("bool", &t.bool_),
            ("int", &t.int),
            ("float", &t.float),
            ("complex", &t.complex),
            ("str", &t.str_),
            ("tuple", &t.tuple),
            ("list", &t.list),
            ("dict", &t.dict),
            ("set", &t.set),
            ("frozenset", &t.frozenset),
            ("property", &t.property),
            ("staticmethod", &t.staticmethod),
            ("classmethod", &t.classmethod),
            ("super", &t.super_),
            ("slice", &t.slice),
        ];
        for (n, c) in types {
            d.set_str(n, c.clone());
        }
        if py2 {
            d.set_str("long", t.long.clone());
            d.set_str("unicode", t.unicode.clone());
            d.set_str("xrange", t.range.clone());
            d.set_str("basestring", t.str_.clone());
            d.set_str("bytes", t.str_.clone());
            d.set_str("range", module_function("range", b_range_list, module));
            d.set_str("True", vm.true_.clone());
            d.set_str("False", vm.false_.clone());
            d.set_str("None", vm.none.clone());
        } else {
            d.set_str("range", t.range.clone());
            d.set_str("bytes", t.bytes.clone());
        }
        d.set_str("NotImplemented", Rc::new(PyObj::NotImplemented));
        d.set_str("Ellipsis", Rc::new(PyObj::Ellipsis));
        d.set_str("__debug__", vm.true_.clone());
        d.set_str(
            "__name__",
            PyObj::new_str(if py2 { "__builtin__" } else { "builtins" }),
        );
        d.set_str("__doc__", vm.none.clone());
    }
    let bmod = Rc::new(PyObj::Module(Module {
        name: if py2 { "__builtin__" } else { "builtins" }.into(),
        dict: vm.builtins.clone(),
    }));
    let sys = make_sys(vm);
    vm.sys = sys.clone();
    let modules = vm.modules.clone();
    if let PyObj::Dict(m) = &*modules {
        let mut m = m.borrow_mut();
        m.set_str("sys", sys);
        m.set_str(if py2 { "__builtin__" } else { "builtins" }, bmod);
    }
}

fn make_sys(vm: &mut Vm) -> PyRef {
    let py2 = vm.sem.has_long;
    let mut d = Dict::new(vm.dict_mode);
    let fns: Vec<(&'static str, BuiltinFn)> = vec![
        ("_getframe", sys_getframe),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exit", sys_exit),
        ("settrace", sys_settrace),
        ("setprofile", sys_setprofile),
        ("gettrace", sys_gettrace),
        ("exc_info", sys_exc_info),
        ("intern", b_intern),
    ];
    for (n, f) in fns {
        d.set_str(n, module_function(n, f, "sys"));
    }
    d.set_str("__name__", PyObj::new_str("sys"));
    let v = vm.sem.version;
    let (micro, label) = match (v.major, v.minor) {
        (2, _) => (18, "2.7.18"),
        (3, 12) => (1, "3.12.1"),
        _ => (0, "3.13.0"),
    };
    d.set_str(
        "version_info",
        types::version_info(vm, v.major, v.minor, micro),
    );
    d.set_str("version", PyObj::new_str(label));
    d.set_str(
        "hexversion",
        PyObj::new_int(((v.major as u32) << 24) | ((v.minor as u32) << 16) | (micro << 8) | 0xf0),
    );
    d.set_str("maxsize", PyObj::new_int(i64::MAX));
    if py2 {
        d.set_str("maxint", PyObj::new_int(i64::MAX));
    }
    d.set_str("stdout", Rc::new(PyObj::Stream(1)));
    d.set_str("stderr", Rc::new(PyObj::Stream(2)));
    d.set_str("__stdout__", Rc::new(PyObj::Stream(1)));
    d.set_str("__stderr__", Rc::new(PyObj::Stream(2)));
    d.set_str("modules", vm.modules.clone());
    d.set_str("argv", PyObj::new_list(vec![PyObj::new_str(&vm.filename)]));
    d.set_str(
        "platform",
        PyObj::new_str(if py2 { "linux2" } else { "linux" }),
    );
    d.set_str("byteorder", PyObj::new_str("little"));
    d.set_str("path", PyObj::new_list(Vec::new()));
    d.set_str("flags", vm.none.clone());
    Rc::new(PyObj::Module(Module {
        name: "sys".into(),
        dict: PyObj::new_dict(d),
    }))
}

/// Modules the VM can import besides `sys` (`None`: not one of them).
pub fn make_module(vm: &mut Vm, name: &str) -> PyResult<Option<PyRef>> {
    let mut d = Dict::new(vm.dict_mode);
    d.set_str("__name__", PyObj::new_str(name));
    match name {
        "__future__" => {
            let py2 = vm.sem.has_long;
            let mut fd = Dict::new(vm.dict_mode);
            fd.set_str("__module__", PyObj::new_str("__future__"));
            let cls = crate::vm::objects::track(Rc::new(PyObj::Class(crate::vm::objects::Class {
                name: RefCell::new("_Feature".into()),
                qualname: RefCell::new("_Feature".into()),
                bases: RefCell::new(vec![vm.t.object.clone()]),
                mro: RefCell::new(vec![vm.t.object.clone()]),
                dict: PyObj::new_dict(fd),
                base_kind: crate::vm::objects::BaseKind::Object,
                classic: false,
                builtin: false,
            })));
            if let PyObj::Class(c) = &*cls {
                c.mro.borrow_mut().insert(0, cls.clone());
            }
            // `Include/code.h` CO_FUTURE_* flags of each version.
            let feats: &[(&str, u32, u32)] = &[
                ("nested_scopes", 0x0010, 0x0010),
                ("generators", 0, 0),
                ("division", 0x2000, 0x20000),
                ("absolute_import", 0x4000, 0x40000),
                ("with_statement", 0x8000, 0x80000),
                ("print_function", 0x10000, 0x100000),
                ("unicode_literals", 0x20000, 0x200000),
                ("barry_as_FLUFL", 0, 0x400000),
                ("generator_stop", 0, 0x800000),
                ("annotations", 0, 0x1000000),
            ];
            for (name, f2, f3) in feats {
                if py2 && matches!(*name, "barry_as_FLUFL" | "generator_stop" | "annotations") {
                    continue;
                }
                let inst = Rc::new(PyObj::Instance(crate::vm::objects::Instance {
                    class: RefCell::new(cls.clone()),
                    dict: vm.new_dict(),
                    exc: None,
                    native: None,
                }));
                if let PyObj::Instance(i) = &*inst {
                    if let PyObj::Dict(id) = &*i.dict {
                        id.borrow_mut()
                            .set_str("compiler_flag", PyObj::new_int(if py2 { *f2 } else { *f3 }));
                    }
                }
                d.set_str(name, inst);
            }
        }
        "inspect" => {
            let dict = PyObj::new_dict(d);
            inspect::populate(vm, &dict)?;
            return Ok(Some(Rc::new(PyObj::Module(Module {
                name: name.into(),
                dict,
            }))));
        }
        _ => return Ok(None),
    }
    Ok(Some(Rc::new(PyObj::Module(Module {
        name: name.into(),
        dict: PyObj::new_dict(d),
    }))))
}

fn b_observe(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "__observe__", &args, 2, 2)?;
    let Some(label) = args[0].as_str().map(|s| s.to_string()) else {
        return vm.type_error("__observe__ label must be a string");
    };
    let value = crate::vm::canon::canonicalise(vm, &args[1]);
    vm.probes.push(crate::observe::Probe { label, value });
    Ok(vm.none.clone())
}

fn b_len(vm: &mut Vm, _r: Option<PyRef>, args: Args, kw: Kw) -> PyResult<PyRef> {
    no_kw(vm, "len", &kw)?;
    nargs(vm, "len", &args, 1, 1)?;
    let n = vm.len(&args[0])?;
    Ok(PyObj::new_int(n))
}

fn b_repr(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "repr", &args, 1, 1)?;
    let s = vm.repr(&args[0])?;
    Ok(vm.str(&s))
}

fn b_print(vm: &mut Vm, _r: Option<PyRef>, args: Args, kw: Kw) -> PyResult<PyRef> {
    vm.mark(Event::Print);
    let sep = kwarg(&kw, "sep").filter(|s| !s.is_none());
    let end = kwarg(&kw, "end").filter(|s| !s.is_none());
    let file = kwarg(&kw, "file").filter(|s| !s.is_none());
    let sep = match sep {
        Some(s) => s.as_str().unwrap_or(" ").to_string(),
        None => " ".into(),
    };
    let end = match end {
        Some(s) => s.as_str().unwrap_or("\n").to_string(),
        None => "\n".into(),
    };
    let stream = match file.as_deref() {
        Some(PyObj::Stream(n)) => *n,
        Some(_) => return vm.unsupported(Unsupported::Builtin(Gap::PrintFileObject)),
        None => 1,
    };
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        let s = vm.to_str(a)?;
        if vm.sem.has_long && matches!(&**a, PyObj::Str(_)) {
            out.push_str(&crate::vm::interp::format::latin1_to_output(&s));
        } else {
            out.push_str(&s);
        }
    }
    out.push_str(&end);
    vm.write_stream(stream, &out)?;
    vm.softspace = false;
    Ok(vm.none.clone())
}

fn caller(vm: &mut Vm) -> PyResult<Rc<crate::vm::interp::frame::Frame>> {
    match vm.frames.last().cloned() {
        Some(f) => Ok(f),
        // Builtins run from a frame; none here is a VM bug, not a Python exception.
        None => Err(crate::vm::interp::Unwind::Halt(
            crate::vm::interp::Halt::Internal("builtin called with no current frame".into()),
        )),
    }
}

fn b_locals(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "locals", &args, 0, 0)?;
    vm.mark(Event::Locals);
    let f = caller(vm)?;
    let ns = vm.frame_locals(&f)?;
    vm.note_namespace_returned(&ns);
    Ok(ns)
}

fn b_globals(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "globals", &args, 0, 0)?;
    vm.mark(Event::Globals);
    let f = caller(vm)?;
    Ok(f.globals.clone())
}

fn b_vars(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "vars", &args, 0, 1)?;
    match args.first() {
        None => {
            vm.mark(Event::Vars);
            let f = caller(vm)?;
            let ns = if f.code.optimized && planted!(VarsCachesLocals) {
                vm.fast_to_locals(&f)?
            } else {
                vm.frame_locals(&f)?
            };
            vm.note_namespace_returned(&ns);
            Ok(ns)
        }
        Some(o) => match vm.getattr_opt(o, "__dict__")? {
            Some(d) => Ok(d),
            None => vm.type_error("vars() argument must have __dict__ attribute"),
        },
    }
}

fn b_dir(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "dir", &args, 0, 1)?;
    let mut keys: Vec<String> = Vec::new();
    match args.first() {
        None => {
            vm.mark(Event::Dir);
            let f = caller(vm)?;
            let l = vm.frame_locals(&f)?;
            for (k, _) in vm.mapping_items(&l)? {
                if let Some(s) = k.as_str() {
                    keys.push(s.to_string());
                }
            }
        }
        Some(o) => {
            let mut maps = Vec::new();
            match &**o {
                PyObj::Module(m) => {
                    if let Some(module) = crate::version::partial_module(&m.name) {
                        return vm.unsupported(Unsupported::ModuleAttribute {
                            module,
                            attr: "__dir__".into(),
                        });
                    }
                    maps.push(m.dict.clone())
                }
                PyObj::Instance(i) => {
                    maps.push(i.dict.clone());
                    let cls = i.class.borrow().clone();
                    if let Some(c) = cls.as_class() {
                        for k in c.mro.borrow().iter() {
                            if let Some(kc) = k.as_class() {
                                maps.push(kc.dict.clone());
                            }
                        }
                    }
                }
                PyObj::Class(c) => {
                    for k in c.mro.borrow().iter() {
                        if let Some(kc) = k.as_class() {
                            maps.push(kc.dict.clone());
                        }
                    }
                }
                _ => return vm.unsupported(Unsupported::Builtin(Gap::DirBuiltinObject)),
            }
            for m in maps {
                for (k, _) in vm.mapping_items(&m)? {
                    if let Some(s) = k.as_str() {
                        keys.push(s.to_string());
                    }
                }
            }
            keys.dedup();
        }
    }
    keys.sort();
    keys.dedup();
    let items = keys.iter().map(|k| vm.str(k)).collect();
    Ok(PyObj::new_list(items))
}

/// The arguments of `exec()`/`eval()`: source, globals, locals (Python `None` when not
/// given) and `closure=` (`None` when absent or given as `None`, as `builtin_exec_impl`
/// treats it).
struct ExecArgs {
    source: PyRef,
    globals: PyRef,
    locals: PyRef,
    closure: Option<PyRef>,
}

fn exec_args(vm: &mut Vm, name: &str, args: &Args, kw: &Kw) -> PyResult<ExecArgs> {
    let is_exec = name == "exec";
    let mut names: Vec<&str> = Vec::new();
    if vm.sem.exec_accepts_keywords {
        names.extend(["globals", "locals"]);
    }
    if is_exec && vm.sem.exec_accepts_closure {
        names.push("closure");
    }
    // Argument Clinic (3.x `exec`, 3.13 `eval`) counts the arguments before it looks at the
    // keywords; `PyArg_UnpackTuple` callers reject keywords first.
    let clinic_counts_first =
        (is_exec && vm.sem.exec_accepts_closure) || vm.sem.exec_accepts_keywords;
    let arity = vm
        .sem
        .msgs
        .exec_arity(name, args.len(), args.len() + kw.len());
    if clinic_counts_first {
        if let Some(msg) = arity.clone() {
            return vm.type_error(msg);
        }
    }
    for (k, _) in kw.iter() {
        if !names.contains(&k.as_str()) {
            let known = ["globals", "locals", "closure"];
            let candidates = known
                .iter()
                .copied()
                .filter(|n| *n != "closure" || (is_exec && vm.sem.exec_accepts_closure));
            let suggestion = crate::vm::interp::names::closest(k, candidates);
            let msg = vm.sem.msgs.exec_keyword(name, k, suggestion);
            return vm.type_error(msg);
        }
    }
    if let Some(msg) = arity {
        return vm.type_error(msg);
    }
    let n = vm.none.clone();
    let globals = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "globals"))
        .unwrap_or_else(|| n.clone());
    let locals = args
        .get(2)
        .cloned()
        .or_else(|| kwarg(kw, "locals"))
        .unwrap_or(n);
    let closure = kwarg(kw, "closure").filter(|c| !c.is_none());
    Ok(ExecArgs {
        source: args[0].clone(),
        globals,
        locals,
        closure,
    })
}

fn b_exec(vm: &mut Vm, _r: Option<PyRef>, args: Args, kw: Kw) -> PyResult<PyRef> {
    let a = exec_args(vm, "exec", &args, &kw)?;
    vm.mark(Event::ExecCall);
    let closure = a.closure.as_ref();
    vm.exec_or_eval(
        &a.source,
        &a.globals,
        &a.locals,
        closure,
        Mode::Exec,
        "exec",
    )?;
    Ok(vm.none.clone())
}

fn b_eval(vm: &mut Vm, _r: Option<PyRef>, args: Args, kw: Kw) -> PyResult<PyRef> {
    let a = exec_args(vm, "eval", &args, &kw)?;
    vm.exec_or_eval(&a.source, &a.globals, &a.locals, None, Mode::Eval, "eval")
}

fn b_compile(vm: &mut Vm, _r: Option<PyRef>, args: Args, kw: Kw) -> PyResult<PyRef> {
    let get = |i: usize, n: &str| args.get(i).cloned().or_else(|| kwarg(&kw, n));
    let (Some(src), Some(fname), Some(mode)) =
        (get(0, "source"), get(1, "filename"), get(2, "mode"))
    else {
        return vm.type_error("compile() missing required argument");
    };
    let flags = get(3, "flags")
        .and_then(|f| f.as_bigint())
        .unwrap_or_default();
    let dont_inherit = match get(4, "dont_inherit") {
        Some(d) => vm.truthy(&d)?,
        None => false,
    };
    if let Some(msg) = vm.sem.msgs.compile_bad_optimize() {
        if let Some(o) = get(5, "optimize").and_then(|o| o.as_bigint()) {
            if !(-1..=2).contains(&vm.c_int_arg(&o)?) {
                return vm.err("ValueError", msg);
            }
        }
    }
    let mode = match mode.as_str() {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => {
            let msg = vm.sem.msgs.compile_bad_mode();
            return vm.err("ValueError", msg);
        }
    };
    let mut future = if dont_inherit {
        Default::default()
    } else {
        vm.caller_future()
    };
    let flags = flags.to_u64().unwrap_or(0);
    if flags & 0x2000 != 0 {
        future.division = true;
    }
    if flags & 0x10000 != 0 {
        future.print_function = true;
    }
    if flags & 0x20000 != 0 {
        future.unicode_literals = true;
    }
    let text = match &*src {
        PyObj::Str(s) | PyObj::Unicode(s) => s.to_string(),
        PyObj::Bytes(b) => String::from_utf8_lossy(crate::vm::lexer::strip_bom(b)).into_owned(),
        PyObj::Code(_) => return Ok(src.clone()),
        _ => {
            let msg = vm.sem.msgs.compile_bad_source();
            return vm.type_error(msg);
        }
    };
    let fname = vm.to_str(&fname)?;
    let code = vm.compile_source(&text, &fname, mode, future)?;
    vm.mark(match mode {
        Mode::Exec => Event::CompileExec,
        Mode::Eval => Event::CompileEval,
        Mode::Single => Event::CompileSingle,
    });
    Ok(Rc::new(PyObj::Code(code)))
}

fn b_id(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "id", &args, 1, 1)?;
    Ok(PyObj::new_int(crate::vm::objects::addr(&args[0]) as u64))
}

fn b_hash(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "hash", &args, 1, 1)?;
    let h = vm.hash(&args[0])?;
    Ok(PyObj::new_int(h))
}

fn b_callable(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "callable", &args, 1, 1)?;
    let c = is_callable(vm, &args[0]);
    Ok(vm.bool(c))
}

/// `PyCallable_Check`.
fn is_callable(vm: &Vm, o: &PyRef) -> bool {
    match &**o {
        PyObj::Function(_)
        | PyObj::Builtin(_)
        | PyObj::Method { .. }
        | PyObj::UnboundMethod { .. }
        | PyObj::StaticMethod(_)
        | PyObj::ClassMethod(_)
        | PyObj::Class(_) => true,
        PyObj::Instance(_) => vm.lookup_special(o, "__call__").is_some(),
        _ => false,
    }
}

fn b_iter(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "iter", &args, 1, 2)?;
    if args.len() == 2 {
        if !is_callable(vm, &args[0]) {
            let msg = vm.sem.msgs.iter_sentinel_not_callable();
            return vm.type_error(msg);
        }
        return Ok(Rc::new(PyObj::Iter(RefCell::new(IterState::Callable {
            func: args[0].clone(),
            sentinel: args[1].clone(),
        }))));
    }
    vm.get_iter(&args[0])
}

fn b_next(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "next", &args, 1, 2)?;
    match &*args[0] {
        PyObj::Iter(_) | PyObj::Generator(..) | PyObj::Instance(_) => {}
        _ => {
            let tn = vm.type_name(&args[0]);
            let msg = vm.sem.msgs.not_an_iterator(&tn);
            return vm.type_error(msg);
        }
    }
    if let (PyObj::Generator(..), None) = (&*args[0], args.get(1)) {
        return vm.gen_send(&args[0], None);
    }
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let e = crate::vm::error::instantiate_empty(vm, "StopIteration");
                Err(Unwind::Exc(e))
            }
        },
    }
}

fn b_isinstance(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "isinstance", &args, 2, 2)?;
    let r = vm.isinstance(&args[0], &args[1])?;
    Ok(vm.bool(r))
}

fn b_issubclass(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "issubclass", &args, 2, 2)?;
    let bases = match &*args[1] {
        PyObj::Tuple(t) => t.clone(),
        _ => vec![args[1].clone()],
    };
    if args[0].as_class().is_none() {
        return vm.type_error("issubclass() arg 1 must be a class");
    }
    if bases.iter().any(|b| b.as_class().is_none()) {
        let msg = vm.sem.msgs.issubclass_arg2();
        return vm.type_error(msg);
    }
    let r = bases.iter().any(|b| vm.is_subclass(&args[0], b));
    Ok(vm.bool(r))
}

fn attr_name(vm: &mut Vm, a: &PyRef) -> PyResult<String> {
    match a.as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(a);
            let msg = if vm.sem.has_long {
                "attribute name must be string".to_string()
            } else {
                format!("attribute name must be string, not '{tn}'")
            };
            vm.type_error(msg)
        }
    }
}

fn b_hasattr(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "hasattr", &args, 2, 2)?;
    let n = attr_name(vm, &args[1])?;
    let r = vm.hasattr(&args[0], &n)?;
    Ok(vm.bool(r))
}

fn b_getattr(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "getattr", &args, 2, 3)?;
    let n = attr_name(vm, &args[1])?;
    match vm.getattr(&args[0], &n) {
        Ok(v) => Ok(v),
        Err(Unwind::Exc(e)) if args.len() == 3 && vm.is_instance_of_name(&e, "AttributeError") => {
            Ok(args[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "setattr", &args, 3, 3)?;
    let n = attr_name(vm, &args[1])?;
    vm.setattr(&args[0], &n, args[2].clone())?;
    Ok(vm.none.clone())
}

fn b_delattr(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "delattr", &args, 2, 2)?;
    let n = attr_name(vm, &args[1])?;
    vm.delattr(&args[0], &n)?;
    Ok(vm.none.clone())
}

fn b_abs(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "abs", &args, 1, 1)?;
    match &*args[0] {
        PyObj::Float(f) => Ok(Rc::new(PyObj::Float(f.abs()))),
        PyObj::Long(i) => Ok(vm.int_result(i.abs(), true)),
        PyObj::Complex(r, i) => Ok(Rc::new(PyObj::Float(r.hypot(*i)))),
        _ => match args[0].as_bigint() {
            Some(i) => Ok(vm.int_result(i.abs(), false)),
            None if matches!(&*args[0], PyObj::Instance(_)) => {
                match vm.lookup_special(&args[0], "__abs__") {
                    Some(f) => vm.call_sync(&f, Vec::new(), Vec::new()),
                    None => match args[0].native().cloned() {
                        Some(n) => b_abs(vm, None, vec![n], Vec::new()),
                        None => {
                            let tn = vm.type_name(&args[0]);
                            vm.type_error(format!("bad operand type for abs(): '{tn}'"))
                        }
                    },
                }
            }
            None => {
                let tn = vm.type_name(&args[0]);
                vm.type_error(format!("bad operand type for abs(): '{tn}'"))
            }
        },
    }
}

fn b_round(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "round", &args, 1, 2)?;
    vm.mark(Event::Round);
    let nd = args
        .get(1)
        .filter(|a| !a.is_none())
        .and_then(|a| a.as_bigint());
    let half_even = vm.sem.round_half_even && !planted!(RoundHalfAwayOn3);
    match &*args[0] {
        PyObj::Float(f) => {
            sites::hit(if half_even {
                Site::RoundFloatHalfEven
            } else {
                Site::RoundFloatHalfAway
            });
            // `PyNumber_AsSsize_t(ndigits, NULL)` clamps a huge ndigits, which then rounds
            // to `x` itself or to zero.
            let digits = nd.as_ref().map_or(0, |n| {
                n.to_i32()
                    .unwrap_or(if n.is_negative() { i32::MIN } else { i32::MAX })
            });
            let r = num::round_float(*f, digits, half_even);
            if nd.is_none() && half_even {
                if !r.is_finite() {
                    return vm.err("OverflowError", "cannot convert float infinity to integer");
                }
                return Ok(vm.int_result(num::float_to_bigint(r), false));
            }
            Ok(Rc::new(PyObj::Float(r)))
        }
        _ => match args[0].as_bigint() {
            Some(i) => {
                let digits = nd.as_ref().and_then(|n| n.to_i32()).unwrap_or(0);
                if vm.sem.has_long {
                    // 2.7 rounds every number as a float.
                    let f = num::int_to_float(&i).unwrap_or(f64::INFINITY);
                    let r = num::round_float(f, digits, half_even);
                    return Ok(Rc::new(PyObj::Float(r)));
                }
                if digits >= 0 {
                    return Ok(vm.int_result(i, false));
                }
                // 3.x `int.__round__`: to a multiple of 10**-digits, halves to even.
                let unit =
                    num_traits::pow(num_bigint::BigInt::from(10), digits.unsigned_abs() as usize);
                let (q, r) = num_integer::Integer::div_mod_floor(&i, &unit);
                let twice = &r * 2;
                let up = twice > unit || (twice == unit && num_integer::Integer::is_odd(&q));
                let q = if up { q + 1 } else { q };
                Ok(vm.int_result(q * unit, false))
            }
            None => {
                let tn = vm.type_name(&args[0]);
                let msg = vm.sem.msgs.round_arg(&tn);
                vm.type_error(msg)
            }
        },
    }
}

fn b_divmod(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "divmod", &args, 2, 2)?;
    use crate::vm::ast::BinOp;
    let is_float = matches!(&*args[0], PyObj::Float(_)) || matches!(&*args[1], PyObj::Float(_));
    if is_float {
        let b = match &*args[1] {
            PyObj::Float(f) => *f,
            _ => args[1].as_bigint().and_then(|i| i.to_f64()).unwrap_or(1.0),
        };
        if b == 0.0 {
            vm.mark(Event::ZeroDivision);
            return vm.err("ZeroDivisionError", "float divmod()");
        }
    } else if args[1].as_bigint().map(|b| b.is_zero()).unwrap_or(false) {
        vm.mark(Event::ZeroDivision);
        let long = matches!(&*args[0], PyObj::Long(_)) || matches!(&*args[1], PyObj::Long(_));
        let m = vm
            .sem
            .msgs
            .zero_division(crate::version::ZeroDiv::IntDivmod, long);
        return vm.err("ZeroDivisionError", m);
    }
    let q = vm.binary(&args[0], &args[1], BinOp::FloorDiv, false, true)?;
    let m = vm.binary(&args[0], &args[1], BinOp::Mod, false, true)?;
    Ok(PyObj::new_tuple(vec![q, m]))
}

fn b_pow(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "pow", &args, 2, 3)?;
    if args.len() == 3 {
        let (Some(b), Some(e), Some(m)) = (
            args[0].as_bigint(),
            args[1].as_bigint(),
            args[2].as_bigint(),
        ) else {
            return vm
                .type_error("pow() 3rd argument not allowed unless all arguments are integers");
        };
        if m.is_zero() {
            return vm.err("ValueError", "pow() 3rd argument cannot be 0");
        }
        if e.is_negative() {
            return vm.unsupported(Unsupported::Builtin(Gap::PowNegativeModular));
        }
        vm.charge(e.bits())?;
        let r = b.modpow(&e, &m);
        let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
            r + &m
        } else {
            r
        };
        return Ok(vm.int_result(r, false));
    }
    vm.binary(&args[0], &args[1], crate::vm::ast::BinOp::Pow, false, true)
}

fn b_sum(vm: &mut Vm, _r: Option<PyRef>, args: Args, kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "sum", &args, 1, 2)?;
    let items = vm.iterate(&args[0])?;
    let mut acc = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(&kw, "start"))
        .unwrap_or_else(|| PyObj::new_int(0));
    if acc.as_str().is_some() {
        return vm.type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    let add = crate::vm::ast::BinOp::Add;
    let mut float_phase_done = !vm.sem.sum_compensates_floats;
    let mut it = items.into_iter();
    while let Some(i) = it.next() {
        let PyObj::Float(start) = &*acc else {
            acc = vm.binary(&acc, &i, add, false, true)?;
            continue;
        };
        if float_phase_done {
            acc = vm.binary(&acc, &i, add, false, true)?;
            continue;
        }
        // `builtin_sum_impl`'s float loop: Neumaier's improved Kahan-Babuska summation over
        // floats and machine-size ints, until another kind of item.
        let (mut f, mut c) = (*start, 0.0f64);
        let mut pending = Some(i);
        loop {
            let Some(item) = pending.take().or_else(|| it.next()) else {
                if c != 0.0 && c.is_finite() {
                    f += c;
                }
                return Ok(Rc::new(PyObj::Float(f)));
            };
            let x = match &*item {
                PyObj::Float(x) => Some(*x),
                PyObj::Int(_) | PyObj::Long(_) | PyObj::Bool(_) => {
                    item.as_bigint().and_then(|b| b.to_i64()).map(|v| v as f64)
                }
                _ => None,
            };
            if let Some(x) = x {
                let t = f + x;
                if f.abs() >= x.abs() {
                    c += (f - t) + x;
                } else {
                    c += (x - t) + f;
                }
                f = t;
                continue;
            }
            if c != 0.0 && c.is_finite() {
                f += c;
            }
            float_phase_done = true;
            let partial = Rc::new(PyObj::Float(f));
            acc = vm.binary(&partial, &item, add, false, true)?;
            break;
        }
    }
    Ok(acc)
}

fn minmax(vm: &mut Vm, args: Args, kw: Kw, name: &str, want: CmpOp) -> PyResult<PyRef> {
    let key = kwarg(&kw, "key").filter(|k| !k.is_none());
    let default = kwarg(&kw, "default");
    let items = if args.len() == 1 {
        vm.iterate(&args[0])?
    } else if args.is_empty() {
        return vm.type_error(format!("{name} expected at least 1 argument, got 0"));
    } else {
        args
    };
    if items.is_empty() {
        if let Some(d) = default {
            return Ok(d);
        }
        let msg = if vm.sem.has_long {
            format!("{name}() arg is an empty sequence")
        } else {
            format!("{name}() iterable argument is empty")
        };
        return vm.err("ValueError", msg);
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call_sync(k, vec![best.clone()], Vec::new())?,
        None => best.clone(),
    };
    for it in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) => vm.call_sync(kf, vec![it.clone()], Vec::new())?,
            None => it.clone(),
        };
        let r = vm.compare(&k, &best_key, want)?;
        if vm.truthy(&r)? {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

fn b_min(vm: &mut Vm, _r: Option<PyRef>, args: Args, kw: Kw) -> PyResult<PyRef> {
    minmax(vm, args, kw, "min", CmpOp::Lt)
}

fn b_max(vm: &mut Vm, _r: Option<PyRef>, args: Args, kw: Kw) -> PyResult<PyRef> {
    minmax(vm, args, kw, "max", CmpOp::Gt)
}

fn b_any(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "any", &args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(vm.bool(true));
        }
    }
    Ok(vm.bool(false))
}

fn b_all(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "all", &args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

fn b_chr(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "chr", &args, 1, 1)?;
    if let Some(big) = args[0].as_bigint() {
        let fits = match vm.sem.chr_arg() {
            crate::version::IntArg::CLong => big.to_i64().is_some(),
            crate::version::IntArg::CInt => {
                vm.c_int_arg(&big)?;
                true
            }
            crate::version::IntArg::Unbounded => true,
        };
        if !fits {
            let msg = vm.sem.msgs.c_long_overflow();
            return vm.err("OverflowError", msg);
        }
    }
    let i = args[0].as_bigint().and_then(|i| i.to_u32());
    if vm.sem.has_long {
        // 2.7 `chr` makes a one-byte `str` (held as one latin-1 char).
        return match i.filter(|c| *c < 256).and_then(char::from_u32) {
            Some(c) => Ok(vm.str(&c.to_string())),
            None => vm.err("ValueError", "chr() arg not in range(256)"),
        };
    }
    match i.and_then(char::from_u32) {
        Some(c) => Ok(vm.str(&c.to_string())),
        None => vm.err("ValueError", "chr() arg not in range(0x110000)"),
    }
}

fn b_ord(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "ord", &args, 1, 1)?;
    match args[0].as_str() {
        Some(s) if s.chars().count() == 1 => {
            Ok(PyObj::new_int(s.chars().next().unwrap_or('\0') as u32))
        }
        Some(s) => vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        )),
        None => {
            let tn = vm.type_name(&args[0]);
            vm.type_error(format!("ord() expected string of length 1, but {tn} found"))
        }
    }
}

fn radix(vm: &mut Vm, args: &Args, name: &str, prefix: &str, r: u32) -> PyResult<PyRef> {
    nargs(vm, name, args, 1, 1)?;
    let Some(i) = vm.index_value(&args[0])? else {
        let tn = vm.type_name(&args[0]);
        let msg = vm.sem.msgs.radix_arg(name, &tn);
        return vm.type_error(msg);
    };
    let digits = i.abs().to_str_radix(r);
    let sign = if i.is_negative() { "-" } else { "" };
    let prefix = if vm.sem.octal_prefix_is_zero && r == 8 {
        "0"
    } else {
        prefix
    };
    let digits = if vm.sem.octal_prefix_is_zero && r == 8 && i.is_zero() {
        String::new()
    } else {
        digits
    };
    let suffix = if matches!(&*args[0], PyObj::Long(_)) && r != 2 {
        "L"
    } else {
        ""
    };
    Ok(vm.str(&format!("{sign}{prefix}{digits}{suffix}")))
}

fn b_hex(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    radix(vm, &args, "hex", "0x", 16)
}

fn b_oct(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    radix(vm, &args, "oct", "0o", 8)
}

fn b_bin(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    radix(vm, &args, "bin", "0b", 2)
}

fn b_format(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "format", &args, 1, 2)?;
    let spec = args
        .get(1)
        .and_then(|s| s.as_str().map(|s| s.to_string()))
        .unwrap_or_default();
    let s = vm.format_spec(&args[0], &spec)?;
    Ok(vm.str(&s))
}

/// A stable merge sort whose comparisons may fail.
pub fn sort_items(
    vm: &mut Vm,
    items: Vec<PyRef>,
    key: Option<&PyRef>,
    cmp: Option<&PyRef>,
    reverse: bool,
) -> PyResult<Vec<PyRef>> {
    let mut keyed = Vec::with_capacity(items.len());
    for it in items {
        let k = match key {
            Some(kf) => vm.call_sync(kf, vec![it.clone()], Vec::new())?,
            None => it.clone(),
        };
        keyed.push((k, it));
    }
    if reverse {
        keyed.reverse();
    }
    let n = keyed.len();
    vm.charge((n as u64) * (64 - (n as u64).leading_zeros() as u64))?;
    let mut width = 1;
    let mut cur = keyed;
    while width < n {
        let mut out = Vec::with_capacity(n);
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let end = (i + 2 * width).min(n);
            let (mut a, mut b) = (i, mid);
            while a < mid && b < end {
                let less = match cmp {
                    // 2.7 `cmp=`: a negative result orders the right item first.
                    Some(f) => {
                        let r =
                            vm.call_sync(f, vec![cur[b].0.clone(), cur[a].0.clone()], Vec::new())?;
                        match r.as_bigint() {
                            Some(i) => i.is_negative(),
                            None => {
                                let tn = vm.type_name(&r);
                                return vm.type_error(format!(
                                    "comparison function must return int, not {tn}"
                                ));
                            }
                        }
                    }
                    None => {
                        let r = vm.compare(&cur[b].0, &cur[a].0, CmpOp::Lt)?;
                        vm.truthy(&r)?
                    }
                };
                if less {
                    out.push(cur[b].clone());
                    b += 1;
                } else {
                    out.push(cur[a].clone());
                    a += 1;
                }
            }
            out.extend(cur[a..mid].iter().cloned());
            out.extend(cur[b..end].iter().cloned());
            i = end;
        }
        cur = out;
        width *= 2;
    }
    let mut res: Vec<PyRef> = cur.into_iter().map(|(_, v)| v).collect();
    if reverse {
        res.reverse();
    }
    Ok(res)
}

fn b_sorted(vm: &mut Vm, _r: Option<PyRef>, args: Args, kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "sorted", &args, 1, 1)?;
    let items = vm.iterate(&args[0])?;
    let key = kwarg(&kw, "key").filter(|k| !k.is_none());
    let cmp = sort_cmp(vm, &kw, "sort")?;
    let reverse = match kwarg(&kw, "reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    let sorted = sort_items(vm, items, key.as_ref(), cmp.as_ref(), reverse)?;
    Ok(PyObj::new_list(sorted))
}

fn b_reversed(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "reversed", &args, 1, 1)?;
    let seq = match &*args[0] {
        PyObj::List(_) | PyObj::Tuple(_) => args[0].clone(),
        PyObj::Str(_) | PyObj::Unicode(_) | PyObj::Range { .. } => {
            let items = vm.iterate(&args[0])?;
            PyObj::new_tuple(items)
        }
        PyObj::Instance(_) => {
            let obj = args[0].clone();
            if let Some(f) = vm.lookup_special(&obj, "__reversed__") {
                return vm.call_sync(&f, Vec::new(), Vec::new());
            }
            let getitem = vm.lookup_special(&obj, "__getitem__");
            if let (Some(n), None) = (obj.native().cloned(), &getitem) {
                return b_reversed(vm, None, vec![n], Vec::new());
            }
            if getitem.is_none() || vm.lookup_special(&obj, "__len__").is_none() {
                let tn = vm.type_name(&obj);
                return vm.type_error(format!("'{tn}' object is not reversible"));
            }
            // The sequence protocol, read from the end as `reversed` does.
            let n = vm.len(&obj)?;
            let mut items = Vec::with_capacity(n);
            for i in (0..n).rev() {
                items.push(vm.getitem(&obj, &PyObj::new_int(i))?);
            }
            return Ok(Rc::new(PyObj::Iter(RefCell::new(IterState::Items {
                items,
                idx: 0,
                kind: "reversed",
            }))));
        }
        _ => {
            let tn = vm.type_name(&args[0]);
            return vm.type_error(format!("'{tn}' object is not reversible"));
        }
    };
    let idx = vm.len(&seq)?;
    Ok(Rc::new(PyObj::Iter(RefCell::new(IterState::Reversed {
        seq,
        idx,
    }))))
}

fn b_enumerate(vm: &mut Vm, _r: Option<PyRef>, args: Args, kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "enumerate", &args, 1, 2)?;
    let inner = vm.get_iter(&args[0])?;
    let start = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(&kw, "start"))
        .and_then(|s| s.as_bigint())
        .unwrap_or_default();
    Ok(Rc::new(PyObj::Iter(RefCell::new(IterState::Enumerate {
        inner,
        count: start,
    }))))
}

fn lazy_or_list(vm: &mut Vm, it: PyRef) -> PyResult<PyRef> {
    if vm.sem.builtins_return_lists {
        let items = vm.iterate(&it)?;
        return Ok(PyObj::new_list(items));
    }
    Ok(it)
}

fn b_zip(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    let mut inners = Vec::new();
    for (n, a) in args.iter().enumerate() {
        match vm.get_iter(a) {
            Ok(it) => inners.push(it),
            // 2.7's `zip` names the argument that is not iterable.
            Err(Unwind::Exc(e))
                if vm.sem.builtins_return_lists && vm.is_instance_of_name(&e, "TypeError") =>
            {
                return vm.type_error(format!("zip argument #{} must support iteration", n + 1));
            }
            Err(e) => return Err(e),
        }
    }
    let it = Rc::new(PyObj::Iter(RefCell::new(IterState::Zip { inners })));
    lazy_or_list(vm, it)
}

fn b_map(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    if args.len() < 2 {
        return vm.type_error("map() must have at least two arguments.");
    }
    if vm.sem.builtins_return_lists {
        return map27(vm, &args);
    }
    let mut inners = Vec::new();
    for a in &args[1..] {
        inners.push(vm.get_iter(a)?);
    }
    let it = Rc::new(PyObj::Iter(RefCell::new(IterState::Map {
        func: args[0].clone(),
        inners,
    })));
    lazy_or_list(vm, it)
}

/// 2.7's `map`: a list, the iterables padded with None to the longest; `None` as the
/// function gives the items themselves (tuples of them for several iterables).
fn map27(vm: &mut Vm, args: &[PyRef]) -> PyResult<PyRef> {
    let mut columns = Vec::with_capacity(args.len() - 1);
    for (n, a) in args[1..].iter().enumerate() {
        match vm.iterate(a) {
            Ok(items) => columns.push(items),
            Err(Unwind::Exc(e)) if vm.is_instance_of_name(&e, "TypeError") => {
                let msg = format!("argument {} to map() must support iteration", n + 2);
                return vm.type_error(msg);
            }
            Err(e) => return Err(e),
        }
    }
    let longest = columns.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = Vec::with_capacity(longest);
    for i in 0..longest {
        let row: Vec<PyRef> = columns
            .iter()
            .map(|c| c.get(i).cloned().unwrap_or_else(|| vm.none.clone()))
            .collect();
        out.push(if !args[0].is_none() {
            vm.call_sync(&args[0], row, Vec::new())?
        } else if row.len() == 1 {
            row[0].clone()
        } else {
            PyObj::new_tuple(row)
        });
    }
    Ok(PyObj::new_list(out))
}

fn b_filter(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "filter", &args, 2, 2)?;
    let inner = vm.get_iter(&args[1])?;
    let it = Rc::new(PyObj::Iter(RefCell::new(IterState::Filter {
        func: args[0].clone(),
        inner,
    })));
    if vm.sem.builtins_return_lists {
        let items = vm.iterate(&it)?;
        return match &*args[1] {
            PyObj::Tuple(_) => Ok(PyObj::new_tuple(items)),
            PyObj::Str(_) => {
                let s: String = items.iter().filter_map(|i| i.as_str()).collect();
                Ok(vm.str(&s))
            }
            _ => Ok(PyObj::new_list(items)),
        };
    }
    Ok(it)
}

fn b_range_list(vm: &mut Vm, _r: Option<PyRef>, args: Args, kw: Kw) -> PyResult<PyRef> {
    if let Some((k, _)) = kw.first() {
        let msg = format!("range() got an unexpected keyword argument '{k}'");
        return vm.type_error(msg);
    }
    let r = types::range_object(vm, &args, true)?;
    if let PyObj::Range { start, stop, step } = &*r {
        let n = crate::vm::interp::ops::range_len(start, stop, step);
        // 2.7's `builtin_range` counts the items in a C `long` first.
        if i64::try_from(n).is_err() {
            return vm.err("OverflowError", "range() result has too many items");
        }
        vm.alloc(n, 8)?;
    }
    let items = vm.iterate(&r)?;
    Ok(PyObj::new_list(items))
}

fn b_import(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "__import__", &args, 1, 5)?;
    let name = attr_name(vm, &args[0])?;
    let none = vm.none.clone();
    vm.import(&name, &none, 0)
}

fn b_reduce(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "reduce", &args, 2, 3)?;
    let items = vm.iterate(&args[1])?;
    let mut it = items.into_iter();
    let mut acc = match args.get(2) {
        Some(a) => a.clone(),
        None => match it.next() {
            Some(v) => v,
            None => return vm.type_error("reduce() of empty sequence with no initial value"),
        },
    };
    for x in it {
        acc = vm.call_sync(&args[0], vec![acc, x], Vec::new())?;
    }
    Ok(acc)
}

/// The `cmp=` function of a 2.7 sort (`None` when absent or `None`); 3.x refuses it.
pub fn sort_cmp(vm: &mut Vm, kw: &Kw, func: &str) -> PyResult<Option<PyRef>> {
    let Some(c) = kwarg(kw, "cmp") else {
        return Ok(None);
    };
    if !vm.sem.has_cmp_protocol {
        let msg = vm.sem.msgs.unknown_keyword(func, "cmp");
        return vm.type_error(msg);
    }
    Ok(Some(c).filter(|c| !c.is_none()))
}

fn b_cmp(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "cmp", &args, 2, 2)?;
    if let Some(o) = vm.user_cmp(&args[0], &args[1])? {
        return Ok(PyObj::new_int(o as i8));
    }
    if vm.eq(&args[0], &args[1])? {
        return Ok(PyObj::new_int(0));
    }
    let o = vm.order(&args[0], &args[1], CmpOp::Lt)?;
    Ok(PyObj::new_int(if o == std::cmp::Ordering::Less {
        -1
    } else {
        1
    }))
}

fn b_intern(vm: &mut Vm, _r: Option<PyRef>, args: Args, _kw: Kw) -> PyResult<PyRef> {
    nargs(vm, "intern", &args, 1, 1)?;
    Ok(args[0].clone())
}
