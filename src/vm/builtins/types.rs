//! Calling builtin types: `int(x)`, `str(x)`, `list(it)`, `dict(...)`, `type(x)` and
//! `type(name, bases, ns)`, `range`, `property`, `super`, ... with each version's messages.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::{kwarg, nargs, Args, Kw};
use crate::version::{Gap, Unsupported};
use crate::vm::interp::{PyResult, Unwind, Vm};
use crate::vm::objects::{num, PyObj, PyRef};

/// Calling a builtin type: `int(x)`, `list(it)`, `type(x)`, ...
pub fn construct(vm: &mut Vm, cls: &PyRef, args: Args, kw: Kw) -> PyResult<PyRef> {
    let t = vm.t.clone();
    // A builtin subclass's instance converts as the builtin value it extends.
    let mut args = args;
    let numeric = [&t.int, &t.long, &t.float]
        .iter()
        .any(|c| Rc::ptr_eq(c, cls));
    if let Some(first) = args.first_mut().filter(|_| numeric) {
        let own = ["__int__", "__float__", "__index__", "__trunc__"]
            .iter()
            .any(|m| vm.lookup_special(first, m).is_some());
        if let Some(n) = first.native().filter(|_| !own) {
            *first = n.clone();
        }
    }
    let is = |c: &PyRef| Rc::ptr_eq(cls, c);
    if is(&t.type_) {
        return match args.len() {
            1 => Ok(vm.type_of(&args[0])),
            3 => {
                let name = args[0].as_str().unwrap_or("?").to_string();
                // `type_new`: no bases means `object` (so never a 2.7 classic class), and a
                // namespace without `__module__` takes the calling frame's `__name__`.
                let bases = match &*args[1] {
                    PyObj::Tuple(t) if !t.is_empty() => t.clone(),
                    _ => vec![vm.t.object.clone()],
                };
                let ns = vm.new_dict();
                vm.dict_merge(&ns, &args[2])?;
                if vm.mapping_get_str(&ns, "__module__")?.is_none() {
                    let globals = vm.current_frame().map(|f| f.globals.clone());
                    if let Some(g) = globals {
                        let g = crate::vm::interp::names::globals_dict(&g);
                        if let Some(m) = vm.mapping_get_str(&g, "__name__")? {
                            vm.setitem(&ns, PyObj::new_str("__module__"), m)?;
                        }
                    }
                }
                vm.make_class(&name, bases, ns, Vec::new())
            }
            _ => vm.type_error("type() takes 1 or 3 arguments"),
        };
    }
    if is(&t.object) {
        if !args.is_empty() {
            return vm.type_error("object() takes no arguments");
        }
        return Ok(Rc::new(PyObj::Instance(crate::vm::objects::Instance {
            class: RefCell::new(cls.clone()),
            dict: vm.new_dict(),
            exc: None,
            native: None,
        })));
    }
    if is(&t.int) || is(&t.long) {
        let long = is(&t.long);
        let v = match args.first() {
            None => BigInt::zero(),
            Some(a) => to_int(vm, a, args.get(1))?,
        };
        return Ok(vm.int_result(v, long));
    }
    if is(&t.bool_) {
        let v = match args.first() {
            Some(a) => vm.truthy(a)?,
            None => false,
        };
        return Ok(vm.bool(v));
    }
    if is(&t.float) {
        return match args.first() {
            None => Ok(Rc::new(PyObj::Float(0.0))),
            Some(a) => match &**a {
                PyObj::Float(_) => Ok(a.clone()),
                PyObj::Str(s) | PyObj::Unicode(s) => {
                    let st = s.trim();
                    let f = match st.to_ascii_lowercase().as_str() {
                        "inf" | "+inf" | "infinity" => Some(f64::INFINITY),
                        "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
                        "nan" | "+nan" | "-nan" => Some(f64::NAN),
                        _ => st.replace('_', "").parse::<f64>().ok(),
                    };
                    match f {
                        Some(f) => Ok(Rc::new(PyObj::Float(f))),
                        None => {
                            let r = vm.repr(a)?;
                            let msg = vm.sem.msgs.float_parse(s, &r, float_prefix_parses(s));
                            vm.err("ValueError", msg)
                        }
                    }
                }
                _ => match a.as_bigint() {
                    Some(i) => match num::int_to_float(&i) {
                        Some(f) => Ok(Rc::new(PyObj::Float(f))),
                        None => {
                            let long = matches!(&**a, PyObj::Long(_));
                            let msg = vm.sem.msgs.int_too_large_for_float(long);
                            vm.err("OverflowError", msg)
                        }
                    },
                    None => {
                        let tn = vm.type_name(a);
                        let msg = vm.sem.msgs.float_arg_type(&tn);
                        vm.type_error(msg)
                    }
                },
            },
        };
    }
    if is(&t.str_) || is(&t.unicode) {
        let s = match args.first() {
            None => String::new(),
            Some(a) => vm.to_str(a)?,
        };
        // 2.7 converts between `str` and `unicode` with the default (ASCII) codec.
        match args.first().map(|a| &**a) {
            Some(PyObj::Str(_)) if is(&t.unicode) => ascii_check(vm, &s, true)?,
            Some(PyObj::Unicode(_)) if is(&t.str_) => ascii_check(vm, &s, false)?,
            _ => {}
        }
        if is(&t.unicode) {
            return Ok(Rc::new(PyObj::Unicode(Rc::from(s.as_str()))));
        }
        return Ok(vm.str(&s));
    }
    if is(&t.bytes) {
        return match args.first() {
            None => Ok(Rc::new(PyObj::Bytes(Vec::new()))),
            Some(a) => match &**a {
                PyObj::Str(s) if args.len() > 1 => Ok(Rc::new(PyObj::Bytes(s.as_bytes().to_vec()))),
                _ => {
                    let items = vm.iterate(a)?;
                    let mut out = Vec::new();
                    for i in items {
                        out.push(i.as_bigint().and_then(|b| b.to_u8()).unwrap_or(0));
                    }
                    Ok(Rc::new(PyObj::Bytes(out)))
                }
            },
        };
    }
    if is(&t.tuple) {
        return match args.first() {
            None => Ok(PyObj::new_tuple(Vec::new())),
            Some(a) => {
                let items = vm.iterate(a)?;
                Ok(PyObj::new_tuple(items))
            }
        };
    }
    if is(&t.list) {
        return match args.first() {
            None => Ok(PyObj::new_list(Vec::new())),
            Some(a) => {
                let items = vm.iterate(a)?;
                Ok(PyObj::new_list(items))
            }
        };
    }
    if is(&t.set) || is(&t.frozenset) {
        let items = match args.first() {
            None => Vec::new(),
            Some(a) => vm.iterate(a)?,
        };
        let s = vm.new_set(items)?;
        if is(&t.frozenset) {
            if let PyObj::Set(d) = &*s {
                return Ok(Rc::new(PyObj::FrozenSet(d.borrow().clone())));
            }
        }
        return Ok(s);
    }
    if is(&t.dict) {
        let d = vm.new_dict();
        if let Some(a) = args.first() {
            match &**a {
                PyObj::Dict(_) | PyObj::MappingProxy(_) | PyObj::FrameLocalsProxy(_) => {
                    vm.dict_merge(&d, a)?
                }
                // `dict_update_arg`: anything with a `keys` attribute is a mapping.
                PyObj::Instance(_) if vm.hasattr(a, "keys")? => vm.dict_merge(&d, a)?,
                _ => {
                    let items = vm.iterate(a)?;
                    for (n, it) in items.into_iter().enumerate() {
                        let pair = match vm.iterate(&it) {
                            Ok(p) => p,
                            Err(Unwind::Exc(e)) if vm.is_instance_of_name(&e, "TypeError") => {
                                let msg = format!(
                                    "cannot convert dictionary update sequence element #{n} to a sequence"
                                );
                                return vm.type_error(msg);
                            }
                            Err(e) => return Err(e),
                        };
                        if pair.len() != 2 {
                            let msg = format!(
                                "dictionary update sequence element #{n} has length {}; 2 is required",
                                pair.len()
                            );
                            return vm.err("ValueError", msg);
                        }
                        vm.setitem(&d, pair[0].clone(), pair[1].clone())?;
                    }
                }
            }
        }
        for (k, v) in kw {
            let k = vm.str(&k);
            vm.setitem(&d, k, v)?;
        }
        return Ok(d);
    }
    if is(&t.range) {
        return range_object(vm, &args, false);
    }
    if is(&t.property) {
        let g = |i: usize, n: &str| -> PyRef {
            args.get(i)
                .cloned()
                .or_else(|| kwarg(&kw, n))
                .unwrap_or_else(|| vm.none.clone())
        };
        return Ok(Rc::new(PyObj::Property {
            fget: g(0, "fget"),
            fset: g(1, "fset"),
            fdel: g(2, "fdel"),
        }));
    }
    if is(&t.staticmethod) {
        nargs(vm, "staticmethod", &args, 1, 1)?;
        return Ok(Rc::new(PyObj::StaticMethod(args[0].clone())));
    }
    if is(&t.classmethod) {
        nargs(vm, "classmethod", &args, 1, 1)?;
        return Ok(Rc::new(PyObj::ClassMethod(args[0].clone())));
    }
    if is(&t.super_) {
        return make_super(vm, args);
    }
    if is(&t.slice) {
        let n = vm.none.clone();
        let (a, b, c) = match args.len() {
            1 => (n.clone(), args[0].clone(), n),
            2 => (args[0].clone(), args[1].clone(), n),
            _ => (
                args[0].clone(),
                args[1].clone(),
                args.get(2).cloned().unwrap_or(n),
            ),
        };
        return Ok(Rc::new(PyObj::Slice {
            start: a,
            stop: b,
            step: c,
        }));
    }
    if is(&t.complex) && args.iter().all(|a| a.as_str().is_none()) {
        // `complex(real=0, imag=0)` of numbers: real + imag*1j.
        let part = |vm: &mut Vm, a: Option<&PyRef>| -> PyResult<(f64, f64)> {
            let Some(a) = a else {
                return Ok((0.0, 0.0));
            };
            match &**a {
                PyObj::Complex(r, i) => Ok((*r, *i)),
                PyObj::Float(f) => Ok((*f, 0.0)),
                _ => match a.as_bigint() {
                    Some(i) => match num::int_to_float(&i) {
                        Some(f) => Ok((f, 0.0)),
                        None => vm.err("OverflowError", "int too large to convert to float"),
                    },
                    None => {
                        let tn = vm.type_name(a);
                        vm.type_error(format!(
                            "complex() argument must be a string or a number, not '{tn}'"
                        ))
                    }
                },
            }
        };
        let real = args.first().cloned().or_else(|| kwarg(&kw, "real"));
        let imag = args.get(1).cloned().or_else(|| kwarg(&kw, "imag"));
        let (rr, ri) = part(vm, real.as_ref())?;
        let (ir, ii) = part(vm, imag.as_ref())?;
        return Ok(Rc::new(PyObj::Complex(rr - ii, ri + ir)));
    }
    vm.unsupported(Unsupported::Builtin(Gap::BuiltinConstructor))
}

fn make_super(vm: &mut Vm, args: Args) -> PyResult<PyRef> {
    if args.is_empty() && vm.sem.has_long {
        return vm.type_error("super() takes at least 1 argument (0 given)");
    }
    let (cls, obj) = if args.len() == 2 {
        (args[0].clone(), args[1].clone())
    } else {
        // Zero-argument form: the `__class__` cell and first argument of the caller.
        let Some(frame) = vm.frames.last().cloned() else {
            return vm.err("RuntimeError", "super(): no current frame");
        };
        let obj = frame.fast.borrow().first().cloned().flatten();
        let Some(obj) = obj else {
            return vm.err("RuntimeError", "super(): no arguments");
        };
        let idx = frame.code.freevars.iter().position(|n| n == "__class__");
        let cls = idx.and_then(|i| match &*frame.cell(frame.code.cellvars.len() + i) {
            PyObj::Cell(c) => c.borrow().clone(),
            _ => None,
        });
        match cls {
            Some(c) => (c, obj),
            None => return vm.err("RuntimeError", "super(): __class__ cell not found"),
        }
    };
    // `super_init`'s `supercheck`: obj must be a subtype or an instance of the type, found
    // when super() is made (a generator expression's first local is its iterator, `.0`).
    if cls.as_class().is_some() {
        let is_subtype = obj.as_class().is_some() && vm.is_subclass(&obj, &cls);
        let obj_type = vm.type_of(&obj);
        if !is_subtype && !vm.is_subclass(&obj_type, &cls) {
            let what = if obj.as_class().is_some() {
                format!("type {}", vm.tp_name(&obj))
            } else {
                format!("instance of {}", vm.tp_name(&obj_type))
            };
            let ty = vm.tp_name(&cls);
            let msg = vm.sem.msgs.super_check_failed(&what, &ty);
            return vm.type_error(msg);
        }
    }
    Ok(Rc::new(PyObj::Super { class: cls, obj }))
}

/// `int(x[, base])`.
pub fn to_int(vm: &mut Vm, a: &PyRef, base: Option<&PyRef>) -> PyResult<BigInt> {
    match &**a {
        PyObj::Float(f) => {
            if f.is_nan() {
                return vm.err("ValueError", "cannot convert float NaN to integer");
            }
            if f.is_infinite() {
                return vm.err("OverflowError", "cannot convert float infinity to integer");
            }
            Ok(num::float_to_bigint(*f))
        }
        PyObj::Str(s) | PyObj::Unicode(s) => {
            let b = base
                .and_then(|b| b.as_bigint())
                .and_then(|b| b.to_u32())
                .unwrap_or(10);
            if b == 1 || b > 36 {
                return vm.err("ValueError", "int() base must be >= 2 and <= 36, or 0");
            }
            let t = s.trim();
            let (neg, digits) = match t.strip_prefix('-') {
                Some(r) => (true, r),
                None => (false, t.strip_prefix('+').unwrap_or(t)),
            };
            let lower = digits.to_ascii_lowercase();
            let (b, digits) = match (b, lower.get(..2)) {
                (0 | 16, Some("0x")) => (16, &digits[2..]),
                (0 | 8, Some("0o")) => (8, &digits[2..]),
                (0 | 2, Some("0b")) => (2, &digits[2..]),
                (0, _) if vm.sem.has_long && digits.len() > 1 && digits.starts_with('0') => {
                    (8, &digits[1..])
                }
                (0, _)
                    if digits.len() > 1
                        && digits.starts_with('0')
                        && digits.trim_start_matches('0').is_empty() =>
                {
                    (10, digits)
                }
                (0, _) if digits.len() > 1 && digits.starts_with('0') => (0, digits),
                (0, _) => (10, digits),
                (b, _) => (b, digits),
            };
            let shown_base = base
                .and_then(|b| b.as_bigint())
                .and_then(|b| b.to_u32())
                .unwrap_or(10);
            if b == 0 {
                let r = vm.repr(a)?;
                return vm.err(
                    "ValueError",
                    format!("invalid literal for int() with base 0: {r}"),
                );
            }
            let digits = if vm.sem.has_long {
                digits.trim_end_matches(['l', 'L'])
            } else {
                digits
            };
            let parsed = if digits.is_empty() || digits.contains("__") || digits.starts_with('_') {
                None
            } else {
                BigInt::parse_bytes(digits.replace('_', "").as_bytes(), b)
            };
            match parsed {
                Some(v) => Ok(if neg { -v } else { v }),
                None => {
                    let r = vm.repr(a)?;
                    vm.err(
                        "ValueError",
                        format!("invalid literal for int() with base {shown_base}: {r}"),
                    )
                }
            }
        }
        _ => match a.as_bigint() {
            Some(i) => Ok(i),
            None => {
                if let Some(f) = vm.lookup_special(a, "__int__") {
                    let r = vm.call_sync(&f, Vec::new(), Vec::new())?;
                    return Ok(r.as_bigint().unwrap_or_default());
                }
                let tn = vm.type_name(a);
                let msg = if vm.sem.has_long {
                    format!("int() argument must be a string or a number, not '{tn}'")
                } else {
                    format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'")
                };
                vm.type_error(msg)
            }
        },
    }
}

/// A range object from `range(...)` arguments (3.x `range`, 2.7 `xrange`), or, with
/// `list_form`, the arguments of 2.7's list-building `range()`; each checks its arguments in
/// order (start, stop, step) with its own texts (`bltinmodule.c`'s `get_range_long_argument`
/// in 2.7, `PyNumber_Index` in 3.x).
pub fn range_object(vm: &mut Vm, args: &[PyRef], list_form: bool) -> PyResult<PyRef> {
    if args.is_empty() || args.len() > 3 {
        return vm.type_error("range() requires integer arguments");
    }
    let which: &[&str] = match args.len() {
        1 => &["end"],
        2 => &["start", "end"],
        _ => &["start", "end", "step"],
    };
    let mut ints = Vec::with_capacity(args.len());
    for (a, w) in args.iter().zip(which) {
        match a.as_bigint() {
            Some(i) => ints.push(i),
            None => {
                let tn = vm.type_name(a);
                let msg = vm.sem.msgs.range_arg_not_int(list_form, w, &tn);
                return vm.type_error(msg);
            }
        }
    }
    let (start, stop, step) = match ints.len() {
        1 => (BigInt::zero(), ints[0].clone(), BigInt::from(1)),
        2 => (ints[0].clone(), ints[1].clone(), BigInt::from(1)),
        _ => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
    };
    if step.is_zero() {
        let msg = vm.sem.msgs.range_zero_step(list_form);
        return vm.err("ValueError", msg);
    }
    Ok(Rc::new(PyObj::Range { start, stop, step }))
}

/// Whether a leading part of `s` reads as a float (2.7's `PyOS_string_to_double` consumed
/// something before failing).
fn float_prefix_parses(s: &str) -> bool {
    let t = s.trim_start();
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let lower = t.to_ascii_lowercase();
    let mut chars = t.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('.') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => lower.starts_with("inf") || lower.starts_with("nan"),
    }
}

/// 2.7's implicit ASCII codec: the `UnicodeDecodeError` (decoding a `str`) or
/// `UnicodeEncodeError` (encoding a `unicode`) for the first non-ASCII character.
pub fn ascii_check(vm: &mut Vm, s: &str, decoding: bool) -> PyResult<()> {
    let Some((pos, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii()) else {
        return Ok(());
    };
    let code = c as u32;
    if decoding {
        let msg = format!(
            "'ascii' codec can't decode byte 0x{code:02x} in position {pos}: ordinal not in range(128)"
        );
        return vm.err("UnicodeDecodeError", msg);
    }
    let ch = if code <= 0xff {
        format!("u'\\x{code:02x}'")
    } else if code <= 0xffff {
        format!("u'\\u{code:04x}'")
    } else {
        format!("u'\\U{code:08x}'")
    };
    let msg = format!(
        "'ascii' codec can't encode character {ch} in position {pos}: ordinal not in range(128)"
    );
    vm.err("UnicodeEncodeError", msg)
}

/// `sys.version_info`: a struct sequence with named fields, a tuple subclass in 3.x.
pub fn version_info(vm: &mut Vm, major: u8, minor: u8, micro: u32) -> PyRef {
    let fields: [(&str, PyRef); 5] = [
        ("major", PyObj::new_int(major)),
        ("minor", PyObj::new_int(minor)),
        ("micro", PyObj::new_int(micro)),
        ("releaselevel", PyObj::new_str("final")),
        ("serial", PyObj::new_int(0)),
    ];
    let base = if vm.sem.version_info_is_tuple {
        vm.t.tuple.clone()
    } else {
        vm.t.object.clone()
    };
    let cls = crate::vm::error::builtin_class("version_info", &base, vm.dict_mode, "sys");
    // The fields in their order (the repr lists them so), whatever the version's dict order.
    let mut attrs = crate::vm::objects::Dict::new(crate::vm::objects::dict::Mode::Insertion);
    for (name, value) in &fields {
        attrs.set_str(name, value.clone());
    }
    let items = fields.into_iter().map(|(_, v)| v).collect();
    Rc::new(PyObj::Instance(crate::vm::objects::Instance {
        class: RefCell::new(cls),
        dict: PyObj::new_dict(attrs),
        exc: None,
        native: Some(PyObj::new_tuple(items)),
    }))
}
