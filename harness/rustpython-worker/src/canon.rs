//! The native `__observe__` and the end record: RustPython objects canonicalised into the JSON
//! of execdiff's `observe::Value`, following the rules of `harness/ref/sitecustomize.py` in the
//! same order (see its docstring), with RustPython's own type names.
//!
//! Names and `co_name` are read through the builtin (final) types' own attributes, containers
//! through their storage, so no user code runs; an instance's `attrs` is its instance dict when
//! the first `__dict__` on its MRO is the builtin descriptor, as in the Python canonicaliser.
//!
//! Identity ordinals and the objects they keep alive live in a thread-local, reset per case.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::File;
use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;

use rustpython_vm::builtins::{
    PyBaseExceptionRef, PyBytes, PyComplex, PyDict, PyFloat, PyFrozenSet, PyInt, PyList, PySet,
    PyStr, PyTuple, PyType,
};
use rustpython_vm::types::PyTypeFlags;
use rustpython_vm::{AsObject, Py, PyObjectRef, PyResult, VirtualMachine};

/// The reference run's probe descriptor.
const PROBE_FD: i32 = 3;
const NODE_CAP: usize = 2000;
/// `observe::MAX_NESTING`: a value inside more enclosing containers is truncated.
const MAX_NESTING: usize = 30;
const INSTANCE_DEPTH: u32 = 2;
const INT_DECIMAL_MAX_BITS: u64 = 4000;
const TRUNCATED: &str = r#"{"t":"truncated"}"#;

#[derive(Default)]
struct Identity {
    ids: HashMap<usize, u32>,
    keep: Vec<PyObjectRef>,
}

thread_local! {
    static IDENTITY: RefCell<Identity> = RefCell::new(Identity::default());
}

/// Forgets the identities met so far (between cases).
pub fn reset() {
    IDENTITY.with(|cell| {
        let old = std::mem::take(&mut *cell.borrow_mut());
        drop(old);
    });
}

/// The native `__observe__(label, value)`.
pub fn native_observe(vm: &VirtualMachine) -> PyObjectRef {
    vm.new_function(
        "__observe__",
        |label: PyObjectRef, value: PyObjectRef, vm: &VirtualMachine| -> PyResult<()> {
            if !is_text(vm, &label) {
                return Err(vm.new_type_error("__observe__ label must be a string"));
            }
            let mut walk = Walk {
                vm,
                nodes: 0,
                level: 0,
            };
            let mut text = String::new();
            walk.value(&value, 0, &mut text);
            let mut line = String::from(r#"{"probe":{"label":"#);
            line.push_str(&quote_obj(&label));
            line.push_str(r#","value":"#);
            line.push_str(&text);
            line.push_str("}}\n");
            write_record(&line);
            Ok(())
        },
    )
    .into()
}

fn write_record(line: &str) {
    let mut probes = ManuallyDrop::new(
        // SAFETY: fd 3 is opened by the pool for the worker's whole life; never closed here.
        unsafe { File::from_raw_fd(PROBE_FD) },
    );
    let _ = probes.write_all(line.as_bytes());
}

/// Writes the `end` record of an uncaught exception (not `SystemExit`).
pub fn write_end(vm: &VirtualMachine, exc: &PyBaseExceptionRef) {
    let class = exc.class();
    let mut name = qualname(vm, class);
    if let Some(module) = class
        .as_object()
        .get_attr("__module__", vm)
        .ok()
        .and_then(|m| text_of(&m))
    {
        if module != "builtins" && module != "__main__" {
            name = format!("{module}.{name}");
        }
    }
    let record = if exc.fast_isinstance(vm.ctx.exceptions.syntax_error) {
        let msg = match exc.as_object().get_attr("msg", vm) {
            Ok(m) if vm.is_none(&m) => String::new(),
            Ok(m) => text_of(&m).unwrap_or_else(|| "?".into()),
            Err(_) => String::new(),
        };
        let line = exc
            .as_object()
            .get_attr("lineno", vm)
            .ok()
            .filter(|l| l.class().is(vm.ctx.types.int_type) || is_int_subclass(vm, l))
            .and_then(|l| l.downcast_ref::<PyInt>().map(|i| i.as_bigint().to_string()))
            .unwrap_or_else(|| "null".into());
        format!(
            r#"{{"end":{{"kind":"syntax_error","ty":{},"message":{},"line":{line}}}}}"#,
            quote(&name),
            quote(&msg),
        )
    } else {
        let message = exc
            .as_object()
            .str(vm)
            .map(|s| text(&s))
            .unwrap_or_else(|_| "<exception str() failed>".into());
        format!(
            r#"{{"end":{{"kind":"exception","ty":{},"message":{}}}}}"#,
            quote(&name),
            quote(&message),
        )
    };
    write_record(&(record + "\n"));
}

fn is_int_subclass(vm: &VirtualMachine, obj: &PyObjectRef) -> bool {
    !obj.class().is(vm.ctx.types.bool_type) && obj.class().fast_issubclass(vm.ctx.types.int_type)
}

/// One probe's walk: counts nodes against the cap.
struct Walk<'vm> {
    vm: &'vm VirtualMachine,
    nodes: usize,
    /// Containers enclosing the value being written.
    level: usize,
}

impl Walk<'_> {
    fn value(&mut self, obj: &PyObjectRef, depth: u32, out: &mut String) {
        if self.nodes >= NODE_CAP || self.level > MAX_NESTING {
            out.push_str(TRUNCATED);
            return;
        }
        self.nodes += 1;
        let vm = self.vm;
        let types = &vm.ctx.types;
        if vm.is_none(obj) {
            out.push_str(r#"{"t":"none"}"#);
            return;
        }
        let class = obj.class();
        if class.is(types.bool_type) {
            out.push_str(if obj.is(&vm.ctx.true_value) {
                r#"{"t":"bool","v":true}"#
            } else {
                r#"{"t":"bool","v":false}"#
            });
            return;
        }
        let ty = quote(&qualname(vm, class));
        if let Some(i) = obj.downcast_ref::<PyInt>() {
            let n = i.as_bigint();
            let v = if n.bits() > INT_DECIMAL_MAX_BITS {
                let hex = n.to_str_radix(16);
                match hex.strip_prefix('-') {
                    Some(digits) => format!("-0x{digits}"),
                    None => format!("0x{hex}"),
                }
            } else {
                n.to_string()
            };
            out.push_str(&format!(r#"{{"t":"int","ty":{ty},"v":"{v}"}}"#));
            return;
        }
        if obj.downcast_ref::<PyFloat>().is_some() {
            let v = builtin_repr(vm, types.float_type, obj);
            out.push_str(&format!(r#"{{"t":"float","ty":{ty},"v":{}}}"#, quote(&v)));
            return;
        }
        if obj.downcast_ref::<PyComplex>().is_some() {
            let v = builtin_repr(vm, types.complex_type, obj);
            out.push_str(&format!(r#"{{"t":"complex","ty":{ty},"v":{}}}"#, quote(&v)));
            return;
        }
        if is_text(vm, obj) {
            out.push_str(&format!(
                r#"{{"t":"str","ty":{ty},"v":{}}}"#,
                quote_obj(obj)
            ));
            return;
        }
        if let Some(tuple) = obj.downcast_ref::<PyTuple>() {
            out.push_str(&format!(r#"{{"t":"tuple","ty":{ty},"items":"#));
            let items: Vec<PyObjectRef> = tuple.as_slice().to_vec();
            self.seq(&items, depth, out);
            out.push('}');
            return;
        }
        // Everything below has identity.
        let key = obj.get_id();
        let (seen, ordinal) = IDENTITY.with(|cell| {
            let mut identity = cell.borrow_mut();
            if let Some(id) = identity.ids.get(&key) {
                return (true, *id);
            }
            identity.keep.push(obj.clone());
            let id = identity.keep.len() as u32;
            identity.ids.insert(key, id);
            (false, id)
        });
        if seen {
            out.push_str(&format!(r#"{{"t":"ref","id":{ordinal}}}"#));
            return;
        }
        if let Some(ns) = vm.builtins.as_object().dict() {
            if obj.is(&ns) {
                // The interpreter's namespace, not the program's.
                out.push_str(&format!(r#"{{"t":"other","ty":{ty},"id":{ordinal}}}"#));
                return;
            }
        }
        let pairs = if let Some(dict) = obj.downcast_ref::<PyDict>() {
            Some(dict.items_vec())
        } else if class.is(types.mappingproxy_type) || class.is(types.frame_locals_proxy_type) {
            Some(mapping_items(vm, obj))
        } else {
            None
        };
        if let Some(pairs) = pairs {
            out.push_str(&format!(r#"{{"t":"map","ty":{ty},"id":{ordinal},"items":"#));
            self.pairs(&pairs, depth, out);
            out.push('}');
            return;
        }
        let items = if let Some(list) = obj.downcast_ref::<PyList>() {
            Some(list.borrow_vec().to_vec())
        } else if let Some(set) = obj.downcast_ref::<PySet>() {
            Some(set.elements())
        } else {
            obj.downcast_ref::<PyFrozenSet>().map(|s| s.elements())
        };
        if let Some(items) = items {
            out.push_str(&format!(r#"{{"t":"seq","ty":{ty},"id":{ordinal},"items":"#));
            self.seq(&items, depth, out);
            out.push('}');
            return;
        }
        if is_callable_kind(vm, class) {
            let name = quote(&callable_name(vm, obj));
            out.push_str(&format!(
                r#"{{"t":"function","ty":{ty},"id":{ordinal},"name":{name}}}"#
            ));
            return;
        }
        if let Some(klass) = obj.downcast_ref::<PyType>() {
            let name = quote(&qualname(vm, klass));
            out.push_str(&format!(
                r#"{{"t":"class","ty":{ty},"id":{ordinal},"name":{name}}}"#
            ));
            return;
        }
        if class.is(types.cell_type) {
            out.push_str(&format!(r#"{{"t":"cell","id":{ordinal},"contents":"#));
            match obj.get_attr("cell_contents", vm) {
                Ok(contents) => {
                    self.level += 1;
                    self.value(&contents, depth, out);
                    self.level -= 1;
                }
                Err(_) => out.push_str("null"),
            }
            out.push('}');
            return;
        }
        if class.fast_issubclass(types.module_type) {
            let name = obj
                .dict()
                .and_then(|d| d.get_item_opt("__name__", vm).ok().flatten())
                .and_then(|n| is_text(vm, &n).then(|| quote_obj(&n)))
                .unwrap_or_else(|| quote("?"));
            out.push_str(&format!(r#"{{"t":"module","id":{ordinal},"name":{name}}}"#));
            return;
        }
        if class.is(types.code_type) {
            let name = obj
                .get_attr("co_name", vm)
                .ok()
                .map(|n| quote_obj(&n))
                .unwrap_or_else(|| quote("?"));
            out.push_str(&format!(r#"{{"t":"code","id":{ordinal},"name":{name}}}"#));
            return;
        }
        if class.slots.flags.has_feature(PyTypeFlags::HEAPTYPE) {
            out.push_str(&format!(
                r#"{{"t":"instance","ty":{ty},"id":{ordinal},"attrs":"#
            ));
            match instance_dict(vm, obj, class) {
                Some(dict) if depth <= INSTANCE_DEPTH => {
                    self.pairs(&dict.items_vec(), depth + 1, out);
                }
                _ => out.push_str("null"),
            }
            out.push('}');
            return;
        }
        out.push_str(&format!(r#"{{"t":"other","ty":{ty},"id":{ordinal}}}"#));
    }

    fn seq(&mut self, items: &[PyObjectRef], depth: u32, out: &mut String) {
        self.level += 1;
        out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if self.nodes >= NODE_CAP {
                out.push_str(TRUNCATED);
                break;
            }
            self.value(item, depth, out);
        }
        out.push(']');
        self.level -= 1;
    }

    fn pairs(&mut self, items: &[(PyObjectRef, PyObjectRef)], depth: u32, out: &mut String) {
        self.level += 1;
        out.push('[');
        for (i, (key, val)) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if self.nodes >= NODE_CAP {
                out.push_str(&format!("[{TRUNCATED},{TRUNCATED}]"));
                break;
            }
            out.push('[');
            self.value(key, depth, out);
            out.push(',');
            self.value(val, depth, out);
            out.push(']');
        }
        out.push(']');
        self.level -= 1;
    }
}

/// The instance dict, when the first `__dict__` on the class's MRO is the builtin getset
/// descriptor (not, say, a property, which is never called).
fn instance_dict(
    vm: &VirtualMachine,
    obj: &PyObjectRef,
    class: &Py<PyType>,
) -> Option<rustpython_vm::builtins::PyDictRef> {
    let name = vm.ctx.intern_str("__dict__");
    let mut chain = vec![class.to_owned()];
    chain.extend(class.mro_collect());
    for klass in chain {
        if let Some(desc) = klass.get_direct_attr(name) {
            if desc.class().is(vm.ctx.types.getset_type) {
                return obj.dict();
            }
            return None;
        }
    }
    None
}

/// `(key, value)` pairs of a mappingproxy or FrameLocalsProxy, through its builtin `items`.
fn mapping_items(vm: &VirtualMachine, obj: &PyObjectRef) -> Vec<(PyObjectRef, PyObjectRef)> {
    let Ok(items) = vm.call_method(obj, "items", ()) else {
        return Vec::new();
    };
    let Ok(list) = vm.ctx.types.list_type.as_object().call((items,), vm) else {
        return Vec::new();
    };
    let Some(list) = list.downcast_ref::<PyList>() else {
        return Vec::new();
    };
    let items: Vec<PyObjectRef> = list.borrow_vec().to_vec();
    items
        .iter()
        .filter_map(|pair| {
            let pair = pair.downcast_ref::<PyTuple>()?;
            match pair.as_slice() {
                [k, v] => Some((k.clone(), v.clone())),
                _ => None,
            }
        })
        .collect()
}

fn is_callable_kind(vm: &VirtualMachine, class: &Py<PyType>) -> bool {
    let types = &vm.ctx.types;
    class.is(types.function_type)
        || class.is(types.builtin_function_or_method_type)
        || class.is(types.builtin_method_type)
        || class.is(types.bound_method_type)
}

fn callable_name(vm: &VirtualMachine, f: &PyObjectRef) -> String {
    let types = &vm.ctx.types;
    let class = f.class();
    if class.is(types.bound_method_type) {
        return match f.get_attr("__func__", vm) {
            Ok(func) => callable_name(vm, &func),
            Err(_) => "?".into(),
        };
    }
    if is_callable_kind(vm, class) {
        return f
            .get_attr("__qualname__", vm)
            .ok()
            .and_then(|n| text_of(&n))
            .unwrap_or_else(|| "?".into());
    }
    qualname(vm, class)
}

fn qualname(vm: &VirtualMachine, class: &Py<PyType>) -> String {
    text_of(&class.__qualname__(vm)).unwrap_or_else(|| class.name().to_string())
}

/// `float.__repr__(obj)` (or complex's): the builtin's repr, never a subclass override.
fn builtin_repr(vm: &VirtualMachine, base: &Py<PyType>, obj: &PyObjectRef) -> String {
    base.as_object()
        .get_attr("__repr__", vm)
        .and_then(|r| r.call((obj.clone(),), vm))
        .ok()
        .and_then(|s| text_of(&s))
        .unwrap_or_else(|| "?".into())
}

fn is_text(vm: &VirtualMachine, obj: &PyObjectRef) -> bool {
    let class = obj.class();
    class.fast_issubclass(vm.ctx.types.str_type) || class.fast_issubclass(vm.ctx.types.bytes_type)
}

/// The text of a str (lone surrogates as the text `\udNNN`) or bytes (UTF-8, invalid bytes as
/// the text `\xNN`).
fn text_of(obj: &PyObjectRef) -> Option<String> {
    if let Some(s) = obj.downcast_ref::<PyStr>() {
        return Some(text(s));
    }
    obj.downcast_ref::<PyBytes>()
        .map(|b| decode_bytes(b.as_bytes()))
}

fn text(s: &PyStr) -> String {
    if let Some(utf8) = s.to_str() {
        return utf8.to_string();
    }
    let mut out = String::new();
    for cp in s.as_wtf8().code_points() {
        let n = cp.to_u32();
        match char::from_u32(n) {
            Some(c) => out.push(c),
            None => out.push_str(&format!("\\u{n:04x}")),
        }
    }
    out
}

fn decode_bytes(mut data: &[u8]) -> String {
    let mut out = String::new();
    loop {
        match std::str::from_utf8(data) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&data[..good]).unwrap_or_default());
                out.push_str(&format!("\\x{:02x}", data[good]));
                data = &data[good + 1..];
            }
        }
    }
}

fn quote(text: &str) -> String {
    serde_json::Value::String(text.to_string()).to_string()
}

fn quote_obj(obj: &PyObjectRef) -> String {
    quote(&text_of(obj).unwrap_or_default())
}
