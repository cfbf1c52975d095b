//! Text of values: `repr`, `str`, `%`-formatting, `format()` specs and `str.format`, each in
//! the version's flavour (2.7's `L` suffix, `u''` reprs, `set([...])`, `<type 'int'>`).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::{PyResult, Vm};
use crate::vm::objects::text::{repr_bytes, repr_str3, repr_unicode27};
use crate::vm::objects::{addr, num, PyObj, PyRef, ViewKind};

impl Vm {
    pub fn repr(&mut self, o: &PyRef) -> PyResult<String> {
        let mut seen = Vec::new();
        self.repr_inner(o, &mut seen)
    }

    fn module_of(&self, cls: &PyRef) -> String {
        if let Some(c) = cls.as_class() {
            if c.builtin {
                return self.type_module(cls).unwrap_or_default();
            }
            if let PyObj::Dict(d) = &*c.dict {
                if let Some(m) = d.borrow().get_str("__module__") {
                    if let Some(s) = m.as_str() {
                        return s.to_string();
                    }
                }
            }
        }
        String::new()
    }

    /// `module.qualname` of a class as reprs show it.
    pub fn class_full_name(&self, cls: &PyRef) -> String {
        let m = self.module_of(cls);
        let q = if self.sem.has_qualname {
            self.class_qualname(cls)
        } else {
            self.class_name(cls)
        };
        if m.is_empty() || m == "builtins" || m == "__builtin__" {
            q
        } else {
            format!("{m}.{q}")
        }
    }

    fn repr_inner(&mut self, o: &PyRef, seen: &mut Vec<usize>) -> PyResult<String> {
        self.charge(1)?;
        self.enter_native("maximum recursion depth exceeded while getting the repr of an object")?;
        let r = self.repr_one(o, seen);
        self.leave_native();
        r
    }

    fn repr_one(&mut self, o: &PyRef, seen: &mut Vec<usize>) -> PyResult<String> {
        let py2 = self.sem.has_long;
        Ok(match &**o {
            PyObj::None => "None".into(),
            PyObj::NotImplemented => "NotImplemented".into(),
            PyObj::Ellipsis => "Ellipsis".into(),
            PyObj::Bool(b) => if *b { "True" } else { "False" }.into(),
            PyObj::Int(i) => self.int_text(i)?,
            PyObj::Long(i) => format!("{}L", self.int_text(i)?),
            PyObj::Float(f) => num::float_repr(*f),
            PyObj::Complex(r, i) => complex_repr(*r, *i),
            PyObj::Str(s) => {
                if py2 {
                    repr_bytes(&latin1_bytes(s))
                } else {
                    repr_str3(s)
                }
            }
            PyObj::Unicode(s) => repr_unicode27(s),
            PyObj::Bytes(b) => format!("b{}", repr_bytes(b)),
            PyObj::Tuple(t) => {
                let mut parts = Vec::with_capacity(t.len());
                seen.push(addr(o));
                for i in t.clone() {
                    parts.push(self.repr_inner(&i, seen)?);
                }
                seen.pop();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            PyObj::List(l) => {
                if seen.contains(&addr(o)) {
                    return Ok("[...]".into());
                }
                seen.push(addr(o));
                let items = l.borrow().clone();
                let mut parts = Vec::with_capacity(items.len());
                for i in items {
                    parts.push(self.repr_inner(&i, seen)?);
                }
                seen.pop();
                format!("[{}]", parts.join(", "))
            }
            PyObj::Dict(_) | PyObj::FrameLocalsProxy(_) => {
                if seen.contains(&addr(o)) {
                    return Ok("{...}".into());
                }
                seen.push(addr(o));
                let items = self.mapping_items(o)?;
                let mut parts = Vec::with_capacity(items.len());
                for (k, v) in items {
                    let ks = self.repr_inner(&k, seen)?;
                    let vs = self.repr_inner(&v, seen)?;
                    parts.push(format!("{ks}: {vs}"));
                }
                seen.pop();
                format!("{{{}}}", parts.join(", "))
            }
            PyObj::Set(_) | PyObj::FrozenSet(_) => {
                let items = self.iterate(o)?;
                let mut parts = Vec::with_capacity(items.len());
                seen.push(addr(o));
                for i in items {
                    parts.push(self.repr_inner(&i, seen)?);
                }
                seen.pop();
                let name = self.type_name(o);
                if py2 {
                    format!("{name}([{}])", parts.join(", "))
                } else if parts.is_empty() {
                    format!("{name}()")
                } else if matches!(&**o, PyObj::Set(_)) {
                    format!("{{{}}}", parts.join(", "))
                } else {
                    format!("{name}({{{}}})", parts.join(", "))
                }
            }
            PyObj::Function(f) => {
                let n = if py2 {
                    f.name.borrow().clone()
                } else {
                    f.qualname.borrow().clone()
                };
                format!("<function {n} at 0x{:x}>", addr(o))
            }
            PyObj::Builtin(b) => match (&b.receiver, &b.owner) {
                (None, Some(owner)) => {
                    let on = self.class_name(owner);
                    let kind = if is_dunder(b.name) {
                        "slot wrapper"
                    } else {
                        "method"
                    };
                    format!("<{kind} '{}' of '{on}' objects>", b.name)
                }
                (Some(r), _) if !matches!(&**r, PyObj::Module(_)) => {
                    let tn = self.type_name(r);
                    format!(
                        "<built-in method {} of {tn} object at 0x{:x}>",
                        b.name,
                        addr(r)
                    )
                }
                _ => format!("<built-in function {}>", b.name),
            },
            PyObj::Method { func, obj } => {
                let fname = match &**func {
                    PyObj::Function(f) => {
                        if py2 {
                            let cls = self.class_of(obj);
                            format!("{}.{}", self.class_name(&cls), f.name.borrow())
                        } else {
                            f.qualname.borrow().clone()
                        }
                    }
                    _ => self.callable_name(func),
                };
                let r = self.repr_inner(obj, seen)?;
                format!("<bound method {fname} of {r}>")
            }
            PyObj::UnboundMethod { func, class } => {
                format!(
                    "<unbound method {}.{}>",
                    self.class_name(class),
                    self.callable_name(func)
                )
            }
            PyObj::Class(c) => {
                if c.classic {
                    format!("<class {} at 0x{:x}>", self.class_full_name(o), addr(o))
                } else if py2 && c.builtin {
                    format!("<type '{}'>", self.class_full_name(o))
                } else {
                    format!("<class '{}'>", self.class_full_name(o))
                }
            }
            PyObj::Instance(inst) => {
                if let Some(f) = self.lookup_special(o, "__repr__") {
                    let r = self.call_sync(&f, Vec::new(), Vec::new())?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => {
                            let tn = self.type_name(&r);
                            self.type_error(format!("__repr__ returned non-string (type {tn})"))
                        }
                    };
                }
                let cls = inst.class.borrow().clone();
                if inst.exc.is_some() {
                    return crate::vm::error::exc_repr(self, o);
                }
                if let Some(n) = inst.native.clone() {
                    if cls.as_class().is_some_and(|c| c.builtin) {
                        // A struct sequence (`sys.version_info`): `module.name(field=value, ...)`.
                        let mut parts = Vec::new();
                        for (k, v) in self.mapping_items(&inst.dict.clone())? {
                            let k = k.as_str().unwrap_or("?").to_string();
                            parts.push(format!("{k}={}", self.repr_inner(&v, seen)?));
                        }
                        let module = cls
                            .as_class()
                            .and_then(|c| c.dict.dict_ref()?.borrow().get_str("__module__"))
                            .and_then(|m| m.as_str().map(str::to_string))
                            .unwrap_or_default();
                        let name = self.class_name(&cls);
                        return Ok(format!("{module}.{name}({})", parts.join(", ")));
                    }
                    return self.repr_inner(&n, seen);
                }
                if cls.as_class().map(|c| c.classic).unwrap_or(false) {
                    format!(
                        "<{} instance at 0x{:x}>",
                        self.class_full_name(&cls),
                        addr(o)
                    )
                } else {
                    format!("<{} object at 0x{:x}>", self.class_full_name(&cls), addr(o))
                }
            }
            PyObj::Cell(c) => match c.borrow().clone() {
                Some(v) => format!(
                    "<cell at 0x{:x}: {} object at 0x{:x}>",
                    addr(o),
                    self.type_name(&v),
                    addr(&v)
                ),
                None => format!("<cell at 0x{:x}: empty>", addr(o)),
            },
            PyObj::Code(c) => format!(
                "<code object {} at 0x{:x}, file \"{}\", line {}>",
                c.name,
                addr(o),
                c.filename,
                c.firstlineno
            ),
            PyObj::Module(m) => {
                if m.name == "__main__" {
                    format!("<module '__main__' from '{}'>", self.filename)
                } else {
                    format!("<module '{}' (built-in)>", m.name)
                }
            }
            PyObj::Frame(f) => format!(
                "<frame at 0x{:x}, file '{}', line {}, code {}>",
                addr(o),
                f.code.filename,
                f.lineno.get(),
                f.code.name
            ),
            PyObj::Range { start, stop, step } => {
                if py2 {
                    if start.to_i64() == Some(0) && step.to_i64() == Some(1) {
                        format!("xrange({stop})")
                    } else if step.to_i64() == Some(1) {
                        format!("xrange({start}, {stop})")
                    } else {
                        format!("xrange({start}, {stop}, {step})")
                    }
                } else if step.to_i64() == Some(1) {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            PyObj::Slice { start, stop, step } => {
                let a = self.repr_inner(start, seen)?;
                let b = self.repr_inner(stop, seen)?;
                let c = self.repr_inner(step, seen)?;
                format!("slice({a}, {b}, {c})")
            }
            PyObj::Generator(_, info) => {
                format!("<generator object {} at 0x{:x}>", info.name, addr(o))
            }
            PyObj::MappingProxy(d) => {
                let inner = self.repr_inner(&d.clone(), seen)?;
                if py2 {
                    format!("dict_proxy({inner})")
                } else {
                    format!("mappingproxy({inner})")
                }
            }
            PyObj::DictView { kind, dict } => {
                let items = self.mapping_items(&dict.clone())?;
                let mut parts = Vec::new();
                for (k, v) in items {
                    parts.push(match kind {
                        ViewKind::Keys => self.repr_inner(&k, seen)?,
                        ViewKind::Values => self.repr_inner(&v, seen)?,
                        ViewKind::Items => {
                            let t = PyObj::new_tuple(vec![k, v]);
                            self.repr_inner(&t, seen)?
                        }
                    });
                }
                format!("{}([{}])", self.type_name(o), parts.join(", "))
            }
            PyObj::Property { .. } => format!("<property object at 0x{:x}>", addr(o)),
            PyObj::GetSet { name, owner } => format!("<attribute '{name}' of '{owner}' objects>"),
            PyObj::StaticMethod(_) => format!("<staticmethod object at 0x{:x}>", addr(o)),
            PyObj::ClassMethod(_) => format!("<classmethod object at 0x{:x}>", addr(o)),
            PyObj::Stream(n) => {
                let name = if *n == 2 { "<stderr>" } else { "<stdout>" };
                if py2 {
                    format!("<open file '{name}', mode 'w' at 0x{:x}>", addr(o))
                } else {
                    format!("<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>")
                }
            }
            _ => format!("<{} object at 0x{:x}>", self.type_name(o), addr(o)),
        })
    }

    fn int_text(&mut self, i: &BigInt) -> PyResult<String> {
        if !self.sem.has_long && i.bits() > 14000 {
            return self.err(
                "ValueError",
                "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            );
        }
        self.charge(i.bits() / 64)?;
        Ok(i.to_string())
    }

    /// `str(o)`.
    pub fn to_str(&mut self, o: &PyRef) -> PyResult<String> {
        match &**o {
            PyObj::Str(s) | PyObj::Unicode(s) => Ok(s.to_string()),
            PyObj::Long(i) => self.int_text(i),
            PyObj::Float(f) => Ok(if self.sem.float_str_is_repr {
                num::float_repr(*f)
            } else {
                num::float_str27(*f)
            }),
            PyObj::Class(c) if c.classic => Ok(self.class_full_name(o)),
            PyObj::Instance(inst) => {
                if let Some(f) = self.lookup_special(o, "__str__") {
                    let r = self.call_sync(&f, Vec::new(), Vec::new())?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => {
                            let tn = self.type_name(&r);
                            self.type_error(format!("__str__ returned non-string (type {tn})"))
                        }
                    };
                }
                if inst.exc.is_some() {
                    return crate::vm::error::exc_str(self, o);
                }
                // `str.__str__` gives the text; other builtins' `__str__` is their repr,
                // which a subclass may override.
                if let Some(n) = inst.native.as_ref().filter(|n| n.as_str().is_some()) {
                    return Ok(n.as_str().unwrap_or("").to_string());
                }
                self.repr(o)
            }
            _ => self.repr(o),
        }
    }

    /// f-string replacement fields.
    pub fn format_value(&mut self, v: &PyRef, conv: u8, spec: Option<&PyRef>) -> PyResult<String> {
        let v = match conv {
            b's' => {
                let s = self.to_str(v)?;
                self.str(&s)
            }
            b'r' | b'a' => {
                let s = self.repr(v)?;
                self.str(&s)
            }
            _ => v.clone(),
        };
        let spec = spec
            .and_then(|s| s.as_str().map(|s| s.to_string()))
            .unwrap_or_default();
        self.format_spec(&v, &spec)
    }

    /// `format(v, spec)`.
    pub fn format_spec(&mut self, v: &PyRef, spec: &str) -> PyResult<String> {
        // `format(v, spec)` asks the class's `__format__` even for an empty spec.
        if let PyObj::Instance(_) = &**v {
            if let Some(f) = self.lookup_special(v, "__format__") {
                let s = self.str(spec);
                let r = self.call_sync(&f, vec![s], Vec::new())?;
                return match r.as_str() {
                    Some(s) => Ok(s.to_string()),
                    None => {
                        let tn = self.type_name(&r);
                        self.type_error(format!("__format__ must return a str, not {tn}"))
                    }
                };
            }
        }
        if spec.is_empty() {
            return self.to_str(v);
        }
        if let Some(n) = v.native() {
            let n = n.clone();
            return self.format_spec(&n, spec);
        }
        let sp = parse_spec(spec);
        let body = match (&**v, sp.ty) {
            (PyObj::Int(_) | PyObj::Long(_) | PyObj::Bool(_), t) if t != Some('s') => {
                let i = v.as_bigint().unwrap_or_default();
                match t {
                    Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
                        let f = num::int_to_float(&i).unwrap_or(f64::INFINITY);
                        format_float_spec(f, &sp)
                    }
                    _ => {
                        let mut digits = match t {
                            Some('x') => format!("{:x}", i.abs()),
                            Some('X') => format!("{:X}", i.abs()),
                            Some('o') => format!("{:o}", i.abs()),
                            Some('b') => format!("{:b}", i.abs()),
                            Some('c') => char::from_u32(i.to_u32().unwrap_or(0))
                                .unwrap_or('?')
                                .to_string(),
                            _ => i.abs().to_string(),
                        };
                        if sp.alt {
                            let p = match t {
                                Some('x') => "0x",
                                Some('X') => "0X",
                                Some('o') => "0o",
                                Some('b') => "0b",
                                _ => "",
                            };
                            digits = format!("{p}{digits}");
                        }
                        if let Some(sep) = sp.grouping {
                            // Hex, octal and binary digits group by four (PEP 515).
                            let every = if matches!(t, Some('x' | 'X' | 'o' | 'b')) {
                                4
                            } else {
                                3
                            };
                            digits = group(&digits, sep, every);
                        }
                        sign_prefix(i.is_negative(), sp.sign) + &digits
                    }
                }
            }
            (PyObj::Float(_), Some(t)) if !"eEfFgGn%".contains(t) => {
                let tn = self.type_name(v);
                return self.err(
                    "ValueError",
                    format!("Unknown format code '{t}' for object of type '{tn}'"),
                );
            }
            (PyObj::Float(f), _) => format_float_spec(*f, &sp),
            (PyObj::Str(_) | PyObj::Unicode(_), Some(t)) if t != 's' => {
                let tn = self.type_name(v);
                return self.err(
                    "ValueError",
                    format!("Unknown format code '{t}' for object of type '{tn}'"),
                );
            }
            (PyObj::Str(s) | PyObj::Unicode(s), _) => {
                let mut s = s.to_string();
                if let Some(p) = sp.precision {
                    s = s.chars().take(p).collect();
                }
                s
            }
            _ => {
                let s = self.to_str(v)?;
                if sp.ty.is_some() || sp.precision.is_some() {
                    let tn = self.type_name(v);
                    return self.type_error(format!(
                        "unsupported format string passed to {tn}.__format__"
                    ));
                }
                s
            }
        };
        let numeric = matches!(
            &**v,
            PyObj::Int(_) | PyObj::Long(_) | PyObj::Float(_) | PyObj::Bool(_)
        );
        Ok(pad(&body, &sp, numeric))
    }

    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: &PyRef, args: &PyRef) -> PyResult<PyRef> {
        let f = fmt.as_str().unwrap_or("").to_string();
        // A 2.7 `str` template formats bytes (`PyString_Format`), a text one code points.
        let byte_template = self.sem.has_long && matches!(&**fmt, PyObj::Str(_));
        let (items, mapping): (Vec<PyRef>, Option<PyRef>) = match &**args {
            PyObj::Tuple(t) => (t.clone(), None),
            PyObj::Dict(_) | PyObj::FrameLocalsProxy(_) => (vec![args.clone()], Some(args.clone())),
            PyObj::Instance(_) if self.lookup_special(args, "__getitem__").is_some() => {
                (vec![args.clone()], Some(args.clone()))
            }
            _ => (vec![args.clone()], None),
        };
        let mut out = String::new();
        let mut idx = 0usize;
        let mut used_mapping = false;
        let chars: Vec<char> = f.chars().collect();
        let mut i = 0;
        let mut unicode = matches!(&**fmt, PyObj::Unicode(_));
        while i < chars.len() {
            let c = chars[i];
            i += 1;
            if c != '%' {
                out.push(c);
                continue;
            }
            let mut key_val: Option<PyRef> = None;
            if i < chars.len() && chars[i] == '(' {
                let start = i + 1;
                let mut depth = 1;
                let mut j = start;
                while j < chars.len() && depth > 0 {
                    if chars[j] == '(' {
                        depth += 1;
                    } else if chars[j] == ')' {
                        depth -= 1;
                    }
                    j += 1;
                }
                if depth > 0 {
                    return self.err("ValueError", "incomplete format key");
                }
                let key: String = chars[start..j - 1].iter().collect();
                i = j;
                let Some(m) = &mapping else {
                    return self.type_error("format requires a mapping");
                };
                used_mapping = true;
                let k = self.str(&key);
                key_val = Some(self.getitem(m, &k)?);
            }
            let mut sp = Spec::default();
            while i < chars.len() && "-+ #0".contains(chars[i]) {
                match chars[i] {
                    '-' => sp.align = Some('<'),
                    '+' => sp.sign = Some('+'),
                    ' ' => {
                        if sp.sign.is_none() {
                            sp.sign = Some(' ')
                        }
                    }
                    '#' => sp.alt = true,
                    _ => sp.zero = true,
                }
                i += 1;
            }
            let mut next_arg = |vm: &mut Vm| -> PyResult<PyRef> {
                if let Some(v) = key_val.take() {
                    return Ok(v);
                }
                match items.get(idx) {
                    Some(v) => {
                        idx += 1;
                        Ok(v.clone())
                    }
                    None => vm.type_error("not enough arguments for format string"),
                }
            };
            if i < chars.len() && chars[i] == '*' {
                let w = next_arg(self)?;
                sp.width = w.as_bigint().and_then(|b| b.to_usize());
                i += 1;
            } else {
                let mut w = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    w.push(chars[i]);
                    i += 1;
                }
                if !w.is_empty() {
                    sp.width = w.parse().ok();
                }
            }
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                if i < chars.len() && chars[i] == '*' {
                    let p = next_arg(self)?;
                    sp.precision = p.as_bigint().and_then(|b| b.to_usize());
                    i += 1;
                } else {
                    let mut p = String::new();
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        p.push(chars[i]);
                        i += 1;
                    }
                    sp.precision = Some(p.parse().unwrap_or(0));
                }
            }
            while i < chars.len() && "hlL".contains(chars[i]) {
                i += 1;
            }
            let Some(&conv) = chars.get(i) else {
                return self.err("ValueError", "incomplete format");
            };
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let v = next_arg(self)?;
            // A number or string subclass converts as its builtin value (`%s`/`%r` still
            // call the instance's own `__str__`/`__repr__`).
            let v = match (conv, v.native()) {
                ('s' | 'r' | 'a', _) | (_, None) => v,
                (_, Some(n)) => n.clone(),
            };
            let body = match conv {
                's' => {
                    if matches!(&*v, PyObj::Unicode(_)) {
                        unicode = true;
                    }
                    let mut s = self.to_str(&v)?;
                    if let Some(p) = sp.precision {
                        s = s.chars().take(p).collect();
                    }
                    s
                }
                'r' | 'a' => {
                    let mut s = self.repr(&v)?;
                    if let Some(p) = sp.precision {
                        s = s.chars().take(p).collect();
                    }
                    s
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let iv = match &*v {
                        PyObj::Float(f) => Some(num::float_to_bigint(*f)),
                        _ => v.as_bigint(),
                    };
                    let Some(iv) = iv else {
                        let tn = self.type_name(&v);
                        let msg = if conv == 'x' || conv == 'X' || conv == 'o' {
                            if self.sem.has_long {
                                format!("%{conv} format: a number is required, not {tn}")
                            } else {
                                format!("%{conv} format: an integer is required, not {tn}")
                            }
                        } else if self.sem.has_long {
                            format!("%{conv} format: a number is required, not {tn}")
                        } else {
                            format!("%{conv} format: a real number is required, not {tn}")
                        };
                        return self.type_error(msg);
                    };
                    let mut digits = match conv {
                        'x' => format!("{:x}", iv.abs()),
                        'X' => format!("{:X}", iv.abs()),
                        'o' => format!("{:o}", iv.abs()),
                        _ => iv.abs().to_string(),
                    };
                    if sp.alt {
                        digits = match conv {
                            'x' => format!("0x{digits}"),
                            'X' => format!("0X{digits}"),
                            'o' if self.sem.octal_prefix_is_zero => format!("0{digits}"),
                            'o' => format!("0o{digits}"),
                            _ => digits,
                        };
                    }
                    if let Some(p) = sp.precision {
                        while digits.len() < p {
                            digits.insert(0, '0');
                        }
                    }
                    sign_prefix(iv.is_negative(), sp.sign) + &digits
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let fv = match &*v {
                        PyObj::Float(f) => *f,
                        _ => match v.as_bigint() {
                            Some(b) => num::int_to_float(&b).unwrap_or(f64::INFINITY),
                            None => {
                                let tn = self.type_name(&v);
                                let msg = if self.sem.has_long {
                                    "a float is required".to_string()
                                } else {
                                    format!("must be real number, not {tn}")
                                };
                                return self.type_error(msg);
                            }
                        },
                    };
                    let mut fsp = sp.clone();
                    fsp.ty = Some(conv);
                    if fsp.precision.is_none() {
                        fsp.precision = Some(6);
                    }
                    fsp.width = None;
                    format_float_spec(fv, &fsp)
                }
                'c' => match (&*v, v.as_bigint()) {
                    (PyObj::Str(s) | PyObj::Unicode(s), _) if s.chars().count() == 1 => {
                        s.to_string()
                    }
                    (_, Some(i)) if byte_template => self.percent_c_byte(&i)?,
                    (_, Some(i)) => match i.to_u32().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        None => {
                            let msg = self.sem.msgs.percent_c_range();
                            return self.err("OverflowError", msg);
                        }
                    },
                    (PyObj::Float(_), _) if byte_template => {
                        return self.type_error("integer argument expected, got float")
                    }
                    _ => return self.type_error("%c requires int or char"),
                },
                other => {
                    let msg = format!(
                        "unsupported format character '{other}' (0x{:x}) at index {}",
                        other as u32,
                        i - 1
                    );
                    return self.err("ValueError", msg);
                }
            };
            // `%` conversions right-align everything unless `-`; `0` pads numbers only.
            let numeric = "diuxXoeEfFgG".contains(conv);
            let mut psp = sp.clone();
            psp.zero &= numeric;
            out.push_str(&pad(&body, &psp, true));
        }
        if idx < items.len() && !used_mapping && mapping.is_none() {
            return self.type_error("not all arguments converted during string formatting");
        }
        if unicode && self.sem.has_long {
            if let PyObj::Str(text) = &**fmt {
                crate::vm::builtins::types::ascii_check(self, text, true)?;
            }
            return Ok(Rc::new(PyObj::Unicode(Rc::from(out.as_str()))));
        }
        self.alloc(out.len(), 1)?;
        Ok(self.str(&out))
    }

    /// `%c` of an int in a 2.7 `str` template: the `"b"` format (a C `long`, then one
    /// unsigned byte), held as one latin-1 char.
    fn percent_c_byte(&mut self, i: &num_bigint::BigInt) -> PyResult<String> {
        let msg = match (i.to_i64(), i.to_u8()) {
            (_, Some(b)) => return Ok(char::from(b).to_string()),
            (None, _) => self.sem.msgs.c_long_overflow(),
            (Some(l), None) if l < 0 => "unsigned byte integer is less than minimum",
            (Some(_), None) => "unsigned byte integer is greater than maximum",
        };
        self.err("OverflowError", msg)
    }

    /// `str.format(*args, **kwargs)`.
    pub fn str_format(
        &mut self,
        fmt: &str,
        args: &[PyRef],
        kwargs: &[(String, PyRef)],
    ) -> PyResult<String> {
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        let mut auto = 0usize;
        while i < chars.len() {
            let c = chars[i];
            if c == '{' {
                if chars.get(i + 1) == Some(&'{') {
                    out.push('{');
                    i += 2;
                    continue;
                }
                let mut j = i + 1;
                let mut depth = 1;
                while j < chars.len() {
                    if chars[j] == '{' {
                        depth += 1;
                    } else if chars[j] == '}' {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    j += 1;
                }
                if j >= chars.len() {
                    return self.err("ValueError", "expected '}' before end of string");
                }
                let field: String = chars[i + 1..j].iter().collect();
                i = j + 1;
                let (field, spec) = match field.find(':') {
                    Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                    None => (field, String::new()),
                };
                let (field, conv) = match field.find('!') {
                    Some(p) => (field[..p].to_string(), field[p + 1..].chars().next()),
                    None => (field, None),
                };
                let name_end = field.find(['.', '[']).unwrap_or(field.len());
                let (first, rest) = field.split_at(name_end);
                let mut v = if first.is_empty() {
                    let v = args.get(auto).cloned();
                    auto += 1;
                    match v {
                        Some(v) => v,
                        None => {
                            let msg = if self.sem.has_long {
                                "tuple index out of range".to_string()
                            } else {
                                format!(
                                    "Replacement index {} out of range for positional args tuple",
                                    auto - 1
                                )
                            };
                            return self.err("IndexError", msg);
                        }
                    }
                } else if let Ok(n) = first.parse::<usize>() {
                    match args.get(n) {
                        Some(v) => v.clone(),
                        None => {
                            let msg = if self.sem.has_long {
                                "tuple index out of range".to_string()
                            } else {
                                format!(
                                    "Replacement index {n} out of range for positional args tuple"
                                )
                            };
                            return self.err("IndexError", msg);
                        }
                    }
                } else {
                    match kwargs.iter().find(|(k, _)| k == first) {
                        Some((_, v)) => v.clone(),
                        None => {
                            let k = self.str(first);
                            let e = crate::vm::error::key_error(self, k);
                            return Err(super::Unwind::Exc(e));
                        }
                    }
                };
                let mut rest = rest;
                while !rest.is_empty() {
                    if let Some(r) = rest.strip_prefix('.') {
                        let end = r.find(['.', '[']).unwrap_or(r.len());
                        v = self.getattr(&v, &r[..end])?;
                        rest = &r[end..];
                    } else if let Some(r) = rest.strip_prefix('[') {
                        let end = r.find(']').unwrap_or(r.len());
                        let key = &r[..end];
                        let k = match key.parse::<i64>() {
                            Ok(n) => PyObj::new_int(n),
                            Err(_) => self.str(key),
                        };
                        v = self.getitem(&v, &k)?;
                        rest = r.get(end + 1..).unwrap_or("");
                    } else {
                        break;
                    }
                }
                let v = match conv {
                    Some('r') | Some('a') => {
                        let s = self.repr(&v)?;
                        self.str(&s)
                    }
                    Some('s') => {
                        let s = self.to_str(&v)?;
                        self.str(&s)
                    }
                    _ => v,
                };
                let spec = if spec.contains('{') {
                    self.str_format(&spec, args, kwargs)?
                } else {
                    spec
                };
                let s = self.format_spec(&v, &spec)?;
                out.push_str(&s);
            } else if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return self.err("ValueError", "Single '}' encountered in format string");
            } else {
                out.push(c);
                i += 1;
            }
        }
        Ok(out)
    }
}

/// The bytes of a 2.7 `str`, which holds one char per byte.
/// A `__special__` name: builtin types expose those as slot wrappers.
pub fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

pub fn latin1_bytes(s: &str) -> Vec<u8> {
    s.chars().map(|c| u32::from(c).min(255) as u8).collect()
}

/// How a 2.7 `str` reaches a UTF-8 stream: its bytes, read as UTF-8.
pub fn latin1_to_output(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    String::from_utf8_lossy(&latin1_bytes(s)).into_owned()
}

fn complex_repr(r: f64, i: f64) -> String {
    let fmt = |f: f64| -> String {
        let s = num::float_repr(f);
        s.strip_suffix(".0").map(|x| x.to_string()).unwrap_or(s)
    };
    if r == 0.0 && !r.is_sign_negative() {
        format!("{}j", fmt(i))
    } else {
        let sign = if i < 0.0 || (i == 0.0 && i.is_sign_negative()) {
            "-"
        } else {
            "+"
        };
        format!("({}{}{}j)", fmt(r), sign, fmt(i.abs()))
    }
}

#[derive(Clone, Default)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    /// The thousands separator (`,` or `_`).
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(spec: &str) -> Spec {
    let c: Vec<char> = spec.chars().collect();
    let mut sp = Spec::default();
    let mut i = 0;
    if c.len() >= 2 && "<>=^".contains(c[1]) {
        sp.fill = Some(c[0]);
        sp.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && "<>=^".contains(c[0]) {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && "+- ".contains(c[i]) {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let mut w = String::new();
    while i < c.len() && c[i].is_ascii_digit() {
        w.push(c[i]);
        i += 1;
    }
    sp.width = w.parse().ok();
    if i < c.len() && (c[i] == ',' || c[i] == '_') {
        sp.grouping = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let mut p = String::new();
        while i < c.len() && c[i].is_ascii_digit() {
            p.push(c[i]);
            i += 1;
        }
        sp.precision = p.parse().ok();
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
    }
    sp
}

fn sign_prefix(neg: bool, sign: Option<char>) -> String {
    if neg {
        "-".into()
    } else {
        match sign {
            Some('+') => "+".into(),
            Some(' ') => " ".into(),
            _ => String::new(),
        }
    }
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let (head, tail) = match digits.find('.') {
        Some(p) => (&digits[..p], &digits[p..]),
        None => (digits, ""),
    };
    let mut out = String::new();
    for (n, ch) in head.chars().enumerate() {
        if n > 0 && (head.len() - n) % every == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out + tail
}

fn format_float_spec(f: f64, sp: &Spec) -> String {
    let neg = f.is_sign_negative() && !(f == 0.0 && sp.ty.is_none());
    let a = f.abs();
    let body = match sp.ty {
        Some('f') | Some('F') => num::format_f(a, sp.precision.unwrap_or(6)),
        Some('e') => num::format_e(a, sp.precision.unwrap_or(6)),
        Some('E') => num::format_e(a, sp.precision.unwrap_or(6)).to_uppercase(),
        Some('g') | Some('G') => {
            let s = num::format_g(a, sp.precision.unwrap_or(6), sp.alt);
            if sp.ty == Some('G') {
                s.to_uppercase()
            } else {
                s
            }
        }
        Some('%') => format!("{}%", num::format_f(a * 100.0, sp.precision.unwrap_or(6))),
        _ => match sp.precision {
            Some(p) => {
                let s = num::format_g(a, p.max(1), false);
                if s.contains(['.', 'e', 'n', 'i']) {
                    s
                } else {
                    s + ".0"
                }
            }
            None => num::float_repr(a),
        },
    };
    let body = match sp.grouping {
        Some(sep) => group(&body, sep, 3),
        None => body,
    };
    sign_prefix(
        neg && f != 0.0 || (f == 0.0 && f.is_sign_negative()),
        sp.sign,
    ) + &body
}

fn pad(body: &str, sp: &Spec, numeric: bool) -> String {
    let Some(width) = sp.width else {
        return body.to_string();
    };
    let len = body.chars().count();
    if len >= width {
        return body.to_string();
    }
    let n = width - len;
    if sp.zero && sp.align.is_none() && numeric {
        let (sign, digits) = match body.chars().next() {
            Some(c) if "+- ".contains(c) => (c.to_string(), &body[1..]),
            _ => (String::new(), body),
        };
        return format!("{sign}{}{digits}", "0".repeat(n));
    }
    let fill = sp.fill.unwrap_or(' ').to_string();
    let align = sp.align.unwrap_or(if numeric { '>' } else { '<' });
    match align {
        '<' => format!("{body}{}", fill.repeat(n)),
        '^' => format!("{}{body}{}", fill.repeat(n / 2), fill.repeat(n - n / 2)),
        '=' => {
            let (sign, digits) = match body.chars().next() {
                Some(c) if "+- ".contains(c) => (c.to_string(), &body[1..]),
                _ => (String::new(), body),
            };
            format!("{sign}{}{digits}", fill.repeat(n))
        }
        _ => format!("{}{body}", fill.repeat(n)),
    }
}
