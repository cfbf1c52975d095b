//! The VM's canonicaliser: VM objects to [`observe::Value`], by the rules in `src/observe.rs`
//! and exactly as `harness/ref/sitecustomize.py` walks CPython objects (pre-order node
//! counting with the same cap, identity ordinals across the run, instance depth). The walk
//! never runs user code and is iterative.

use rustc_hash::FxHashMap as HashMap;

use num_traits::Signed;

use crate::observe::{Value, INSTANCE_DEPTH, INT_DECIMAL_MAX_BITS, MAX_NESTING, NODE_CAP};
use crate::vm::interp::Vm;
use crate::vm::objects::{addr, num, PyObj, PyRef};

/// Identity ordinals for one run. Objects are kept alive so their addresses stay unique.
#[derive(Default)]
pub struct Canon {
    ids: HashMap<usize, u32>,
    keep: Vec<PyRef>,
}

/// A partly built container on the walk's stack.
enum Build {
    Tuple {
        ty: String,
        items: Vec<Value>,
    },
    Seq {
        ty: String,
        id: u32,
        items: Vec<Value>,
    },
    Map {
        ty: String,
        id: u32,
        items: Vec<(Value, Value)>,
        key: Option<Value>,
    },
    Instance {
        ty: String,
        id: u32,
        items: Vec<(Value, Value)>,
        key: Option<Value>,
    },
}

enum Task {
    Value(PyRef, u32),
    /// Continue a container with its remaining children (values, or key/value pairs flattened).
    Next {
        children: Vec<PyRef>,
        i: usize,
        depth: u32,
        pairs: bool,
    },
    Close,
}

fn int_text(i: &num_bigint::BigInt) -> String {
    if i.bits() > INT_DECIMAL_MAX_BITS {
        let h = format!("{:x}", i.abs());
        if i.is_negative() {
            format!("-0x{h}")
        } else {
            format!("0x{h}")
        }
    } else {
        i.to_string()
    }
}

/// Canonicalises one probed value.
pub fn canonicalise(vm: &mut Vm, root: &PyRef) -> Value {
    let mut nodes = 0usize;
    let mut tasks = vec![Task::Value(root.clone(), 0)];
    let mut builds: Vec<Build> = Vec::new();
    let mut result: Option<Value> = None;
    // Delivers a finished value to the innermost open container (or the result).
    fn deliver(builds: &mut [Build], result: &mut Option<Value>, v: Value) {
        match builds.last_mut() {
            None => *result = Some(v),
            Some(Build::Tuple { items, .. }) | Some(Build::Seq { items, .. }) => items.push(v),
            Some(Build::Map { items, key, .. }) | Some(Build::Instance { items, key, .. }) => {
                match key.take() {
                    None => *key = Some(v),
                    Some(k) => items.push((k, v)),
                }
            }
        }
    }
    while let Some(task) = tasks.pop() {
        match task {
            Task::Close => {
                let Some(b) = builds.pop() else { continue };
                let v = match b {
                    Build::Tuple { ty, items } => Value::Tuple { ty, items },
                    Build::Seq { ty, id, items } => Value::Seq { ty, id, items },
                    Build::Map { ty, id, items, .. } => Value::Map { ty, id, items },
                    Build::Instance { ty, id, items, .. } => Value::Instance {
                        ty,
                        id,
                        attrs: Some(items),
                    },
                };
                deliver(&mut builds, &mut result, v);
            }
            Task::Next {
                children,
                i,
                depth,
                pairs,
            } => {
                let step = if pairs { 2 } else { 1 };
                if i >= children.len() {
                    continue;
                }
                if nodes >= NODE_CAP {
                    if pairs {
                        deliver(&mut builds, &mut result, Value::Truncated);
                        deliver(&mut builds, &mut result, Value::Truncated);
                    } else {
                        deliver(&mut builds, &mut result, Value::Truncated);
                    }
                    continue;
                }
                tasks.push(Task::Next {
                    children: children.clone(),
                    i: i + step,
                    depth,
                    pairs,
                });
                if pairs {
                    tasks.push(Task::Value(children[i + 1].clone(), depth));
                }
                tasks.push(Task::Value(children[i].clone(), depth));
            }
            Task::Value(obj, depth) => {
                // `builds` holds one entry per enclosing container.
                if nodes >= NODE_CAP || builds.len() > MAX_NESTING {
                    deliver(&mut builds, &mut result, Value::Truncated);
                    continue;
                }
                nodes += 1;
                // An instance of a subclass of a builtin type walks as that builtin's value
                // under the subclass's name (the reference tests `issubclass(t, list)`...).
                let (obj, ty_override) = match subclass_value(vm, &obj) {
                    Some((native, ty)) => (native, Some(ty)),
                    None => (obj, None),
                };
                if let Some(v) = leaf(vm, &obj) {
                    let v = match &ty_override {
                        Some(ty) => retype(v, ty),
                        None => v,
                    };
                    deliver(&mut builds, &mut result, v);
                    continue;
                }
                if let PyObj::Tuple(items) = &*obj {
                    builds.push(Build::Tuple {
                        ty: ty_override.clone().unwrap_or_else(|| "tuple".into()),
                        items: Vec::new(),
                    });
                    tasks.push(Task::Close);
                    tasks.push(Task::Next {
                        children: items.clone(),
                        i: 0,
                        depth,
                        pairs: false,
                    });
                    continue;
                }
                let key = addr(&obj);
                if let Some(id) = vm.canon.ids.get(&key) {
                    deliver(&mut builds, &mut result, Value::Ref { id: *id });
                    continue;
                }
                vm.canon.keep.push(obj.clone());
                let id = vm.canon.keep.len() as u32;
                vm.canon.ids.insert(key, id);
                let tyname = ty_override.unwrap_or_else(|| vm.class_name(&vm.type_of(&obj)));
                if std::rc::Rc::ptr_eq(&obj, &vm.builtins) {
                    // The interpreter's namespace, not the program's.
                    deliver(&mut builds, &mut result, Value::Other { ty: tyname, id });
                    continue;
                }
                match &*obj {
                    PyObj::Dict(_) | PyObj::MappingProxy(_) | PyObj::FrameLocalsProxy(_) => {
                        let items = vm.mapping_items(&obj).unwrap_or_default();
                        let mut children = Vec::with_capacity(items.len() * 2);
                        for (k, v) in items {
                            children.push(k);
                            children.push(v);
                        }
                        builds.push(Build::Map {
                            ty: tyname,
                            id,
                            items: Vec::new(),
                            key: None,
                        });
                        tasks.push(Task::Close);
                        tasks.push(Task::Next {
                            children,
                            i: 0,
                            depth,
                            pairs: true,
                        });
                    }
                    PyObj::List(_) | PyObj::Set(_) | PyObj::FrozenSet(_) => {
                        let items = vm.iterate(&obj).unwrap_or_default();
                        builds.push(Build::Seq {
                            ty: tyname,
                            id,
                            items: Vec::new(),
                        });
                        tasks.push(Task::Close);
                        tasks.push(Task::Next {
                            children: items,
                            i: 0,
                            depth,
                            pairs: false,
                        });
                    }
                    PyObj::Function(_)
                    | PyObj::Builtin(_)
                    | PyObj::Method { .. }
                    | PyObj::UnboundMethod { .. } => {
                        let name = callable_name(vm, &obj);
                        deliver(
                            &mut builds,
                            &mut result,
                            Value::Function {
                                ty: tyname,
                                id,
                                name,
                            },
                        );
                    }
                    PyObj::Class(c) => {
                        let name = if vm.sem.has_qualname {
                            c.qualname.borrow().clone()
                        } else {
                            c.name.borrow().clone()
                        };
                        deliver(
                            &mut builds,
                            &mut result,
                            Value::Class {
                                ty: tyname,
                                id,
                                name,
                            },
                        );
                    }
                    PyObj::Cell(c) => match c.borrow().clone() {
                        None => {
                            deliver(&mut builds, &mut result, Value::Cell { id, contents: None })
                        }
                        Some(v) => {
                            // Walk the contents as a one-item sequence marked as a cell;
                            // `fix_cell_values` turns it back into a cell at the end.
                            builds.push(Build::Seq {
                                ty: "\u{0}cell".into(),
                                id,
                                items: Vec::new(),
                            });
                            tasks.push(Task::Close);
                            tasks.push(Task::Value(v, depth));
                        }
                    },
                    PyObj::Module(m) => {
                        let name = m.name.clone();
                        deliver(&mut builds, &mut result, Value::Module { id, name });
                    }
                    PyObj::Code(c) => {
                        let name = c.name.clone();
                        deliver(&mut builds, &mut result, Value::Code { id, name });
                    }
                    PyObj::Instance(inst) => {
                        let cls = inst.class.borrow().clone();
                        let user = cls.as_class().map(|c| !c.builtin).unwrap_or(false);
                        if !user {
                            deliver(&mut builds, &mut result, Value::Other { ty: tyname, id });
                            continue;
                        }
                        let ty = if vm.sem.has_qualname {
                            vm.class_qualname(&cls)
                        } else {
                            vm.class_name(&cls)
                        };
                        if depth > INSTANCE_DEPTH {
                            deliver(
                                &mut builds,
                                &mut result,
                                Value::Instance {
                                    ty,
                                    id,
                                    attrs: None,
                                },
                            );
                            continue;
                        }
                        let items = match &*inst.dict {
                            PyObj::Dict(d) => d.borrow().items(),
                            _ => Vec::new(),
                        };
                        let mut children = Vec::with_capacity(items.len() * 2);
                        for (k, v) in items {
                            children.push(k);
                            children.push(v);
                        }
                        builds.push(Build::Instance {
                            ty,
                            id,
                            items: Vec::new(),
                            key: None,
                        });
                        tasks.push(Task::Close);
                        tasks.push(Task::Next {
                            children,
                            i: 0,
                            depth: depth + 1,
                            pairs: true,
                        });
                    }
                    _ => deliver(&mut builds, &mut result, Value::Other { ty: tyname, id }),
                }
            }
        }
    }
    result.map(fix_cell_values).unwrap_or(Value::Truncated)
}

/// The builtin value and type name of an instance of a class extending a builtin type.
fn subclass_value(vm: &Vm, obj: &PyRef) -> Option<(PyRef, String)> {
    let native = obj.native()?;
    let cls = vm.class_of(obj);
    let base = vm.type_of(native);
    if !vm.is_subclass(&cls, &base) {
        return None;
    }
    let ty = if vm.sem.has_qualname {
        vm.class_qualname(&cls)
    } else {
        vm.class_name(&cls)
    };
    Some((native.clone(), ty))
}

/// A leaf value under another type name.
fn retype(v: Value, name: &str) -> Value {
    let ty = name.to_string();
    match v {
        Value::Int { v, .. } => Value::Int { ty, v },
        Value::Float { v, .. } => Value::Float { ty, v },
        Value::Complex { v, .. } => Value::Complex { ty, v },
        Value::Str { v, .. } => Value::Str { ty, v },
        other => other,
    }
}

/// Rewrites the internal one-item sequences that stand for cells.
fn fix_cell_values(v: Value) -> Value {
    match v {
        Value::Seq { ty, id, items } if ty == "\u{0}cell" => Value::Cell {
            id,
            contents: items
                .into_iter()
                .next()
                .map(|c| Box::new(fix_cell_values(c))),
        },
        Value::Seq { ty, id, items } => Value::Seq {
            ty,
            id,
            items: items.into_iter().map(fix_cell_values).collect(),
        },
        Value::Tuple { ty, items } => Value::Tuple {
            ty,
            items: items.into_iter().map(fix_cell_values).collect(),
        },
        Value::Map { ty, id, items } => Value::Map {
            ty,
            id,
            items: items
                .into_iter()
                .map(|(k, v)| (fix_cell_values(k), fix_cell_values(v)))
                .collect(),
        },
        Value::Instance { ty, id, attrs } => Value::Instance {
            ty,
            id,
            attrs: attrs.map(|a| {
                a.into_iter()
                    .map(|(k, v)| (fix_cell_values(k), fix_cell_values(v)))
                    .collect()
            }),
        },
        other => other,
    }
}

/// Values without identity.
fn leaf(vm: &Vm, o: &PyRef) -> Option<Value> {
    let py2 = vm.sem.has_long;
    Some(match &**o {
        PyObj::None => Value::None,
        PyObj::Bool(b) => Value::Bool { v: *b },
        PyObj::Int(i) => Value::Int {
            ty: "int".into(),
            v: int_text(i),
        },
        PyObj::Long(i) => Value::Int {
            ty: "long".into(),
            v: int_text(i),
        },
        PyObj::Float(f) => Value::Float {
            ty: "float".into(),
            v: num::float_repr(*f),
        },
        PyObj::Complex(r, i) => Value::Complex {
            ty: "complex".into(),
            v: {
                let fmt = |f: f64| {
                    let s = num::float_repr(f);
                    s.strip_suffix(".0").map(|x| x.to_string()).unwrap_or(s)
                };
                if *r == 0.0 && !r.is_sign_negative() {
                    format!("{}j", fmt(*i))
                } else {
                    let sign = if *i < 0.0 { "-" } else { "+" };
                    format!("({}{}{}j)", fmt(*r), sign, fmt(i.abs()))
                }
            },
        },
        PyObj::Str(s) => Value::Str {
            ty: "str".into(),
            v: if py2 {
                decode_bytes(&crate::vm::interp::format::latin1_bytes(s))
            } else {
                s.to_string()
            },
        },
        PyObj::Unicode(s) => Value::Str {
            ty: "unicode".into(),
            v: s.to_string(),
        },
        PyObj::Bytes(b) => Value::Str {
            ty: if py2 { "str".into() } else { "bytes".into() },
            v: decode_bytes(b),
        },
        _ => return None,
    })
}

fn decode_bytes(b: &[u8]) -> String {
    let mut out = String::new();
    let mut rest = b;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                out.push_str(&format!("\\x{:02x}", rest[good]));
                rest = &rest[good + 1..];
            }
        }
    }
}

fn callable_name(vm: &Vm, f: &PyRef) -> String {
    match &**f {
        PyObj::Function(func) => {
            if vm.sem.has_qualname {
                func.qualname.borrow().clone()
            } else {
                func.name.borrow().clone()
            }
        }
        PyObj::Builtin(b) => match &b.receiver {
            Some(r) if vm.sem.has_qualname && !matches!(&**r, PyObj::Module(_)) => {
                format!("{}.{}", vm.class_name(&vm.type_of(r)), b.name)
            }
            _ => b.name.to_string(),
        },
        PyObj::Method { func, .. } | PyObj::UnboundMethod { func, .. } => callable_name(vm, func),
        _ => vm.class_name(&vm.type_of(f)),
    }
}
