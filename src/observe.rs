//! What every target returns for one program: the [`Observation`], and the canonical value
//! model its probes use.
//!
//! This is an IPC boundary. `harness/ref/sitecustomize.py` (CPython) and the VM's own
//! canonicaliser both produce these records, and the JSON form is what blessings store, so the
//! structs here are their own and carry [`SCHEMA_VERSION`]; nothing from the VM is serialised
//! directly.
//!
//! The canonical value model (DESIGN.md, "Observations"):
//! - exact type names (`bool` is not `int`, 2.7 `long` is not `int`, `FrameLocalsProxy` is
//!   not `dict`); subclasses of builtin scalars keep their own class name in `ty`;
//! - ints exactly: decimal up to [`INT_DECIMAL_MAX_BITS`] bits, `0x`-prefixed hex beyond (never
//!   through `repr`, which refuses huge ints on 3.x); floats by `repr`;
//! - containers in their iteration order;
//! - identity: each mutable or reference-like object (list, dict, set, mapping proxy,
//!   function, class, instance, cell, module, code, other objects) gets an ordinal `id` the first
//!   time a case's probes meet it, numbered from 1 across all the case's probes; meeting it again
//!   gives `Ref { id }`. Tuples, scalars and strings carry no identity, because interning
//!   differs between implementations and is not what this tool checks;
//! - functions and classes by qualified name (`__name__` on 2.7), instances with their
//!   `__dict__` down to [`INSTANCE_DEPTH`] nested instances, cells as cells;
//! - the walk is bounded: past [`NODE_CAP`] nodes in one probe the rest is `Truncated`, and so
//!   is a value inside more than [`MAX_NESTING`] containers;
//! - the builtins module's namespace dict (`__builtins__` as `exec` inserts it into a globals
//!   dict) is `Other` with type `dict`: its contents belong to the interpreter.

use serde::{Deserialize, Serialize};

/// Bumped whenever the JSON form of [`Observation`] or [`Value`], or what a value is
/// canonicalised to, changes. 2: the nesting cap, and the builtins namespace as `Other`.
pub const SCHEMA_VERSION: u32 = 2;

/// Ints up to this many bits are written in decimal; larger ones in hex.
pub const INT_DECIMAL_MAX_BITS: u64 = 4000;

/// Nested instances whose `__dict__` is still expanded.
pub const INSTANCE_DEPTH: u32 = 2;

/// Nodes canonicalised per probe before the rest becomes `Truncated`.
pub const NODE_CAP: usize = 2000;

/// Enclosing containers (tuples, maps, seqs, cells, instances) a value may have; a value
/// deeper than this is `Truncated`, so a record's JSON stays well inside serde_json's
/// nesting limit of 128 (a map level costs three JSON levels).
pub const MAX_NESTING: usize = 30;

/// Everything one run of one program shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Observation {
    pub schema: u32,
    /// What the program wrote to stdout, with ` at 0x…>` addresses numbered by
    /// [`normalize_stdout`].
    pub stdout: String,
    pub end: End,
    pub probes: Vec<Probe>,
}

impl Observation {
    pub fn new(stdout: String, end: End, probes: Vec<Probe>) -> Observation {
        Observation {
            schema: SCHEMA_VERSION,
            stdout: normalize_stdout(&stdout),
            end,
            probes,
        }
    }
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum End {
    Ok,
    /// An uncaught exception: `ty` as the traceback prints it (`KeyError`, `__main__.E`),
    /// `message` as `str(exc)`.
    Exception {
        ty: String,
        message: String,
    },
    SyntaxError {
        /// `SyntaxError` or a subclass (`IndentationError`, `TabError`).
        ty: String,
        message: String,
        line: Option<u32>,
    },
    Timeout,
    Crash {
        detail: String,
    },
    /// The VM met a construct on the closed `Unsupported` list.
    Unsupported {
        construct: String,
        line: Option<u32>,
    },
}

/// One call of `__observe__(label, value)`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Probe {
    pub label: String,
    pub value: Value,
}

/// A canonical Python value (see the module docs for the rules).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum Value {
    None,
    Bool {
        v: bool,
    },
    /// `int`, 2.7 `long`, or a subclass (`ty` is its name).
    Int {
        ty: String,
        v: String,
    },
    /// `float` or a subclass; `v` is `float.__repr__`.
    Float {
        ty: String,
        v: String,
    },
    /// `complex`; `v` is `complex.__repr__`.
    Complex {
        ty: String,
        v: String,
    },
    /// `str`, 2.7 `unicode`, 3.x `bytes` or a subclass. Bytes (2.7 `str`, 3.x `bytes`) are
    /// decoded as UTF-8, each invalid byte written as `\xNN`.
    Str {
        ty: String,
        v: String,
    },
    /// A tuple: no identity.
    Tuple {
        ty: String,
        items: Vec<Value>,
    },
    /// `list`, `set`, `frozenset` or another iterable container, in iteration order.
    Seq {
        ty: String,
        id: u32,
        items: Vec<Value>,
    },
    /// `dict`, `FrameLocalsProxy`, `mappingproxy` and their kin, in iteration order.
    Map {
        ty: String,
        id: u32,
        items: Vec<(Value, Value)>,
    },
    /// A function, builtin function, bound method (`ty` tells which) by qualified name.
    Function {
        ty: String,
        id: u32,
        name: String,
    },
    /// A class by qualified name; `ty` is its metaclass (`type`, 2.7 `classobj`).
    Class {
        ty: String,
        id: u32,
        name: String,
    },
    /// An instance of a user class; `ty` is the class's qualified name. `attrs` is its
    /// `__dict__` in order, or `None` past the instance depth or when it has none.
    Instance {
        ty: String,
        id: u32,
        attrs: Option<Vec<(Value, Value)>>,
    },
    /// A cell; `contents` is `None` while it is empty.
    Cell {
        id: u32,
        contents: Option<Box<Value>>,
    },
    Module {
        id: u32,
        name: String,
    },
    /// A code object by its `co_name`.
    Code {
        id: u32,
        name: String,
    },
    /// Anything else (a frame, a range, an exception instance ...) by its exact type name.
    Other {
        ty: String,
        id: u32,
    },
    /// The object already met with this `id`.
    Ref {
        id: u32,
    },
    /// The node cap was reached.
    Truncated,
}

/// Rewrites each ` at 0x…>` address to ` at 0x#N>`, numbering distinct addresses in order of
/// first appearance. Nothing else is touched.
pub fn normalize_stdout(text: &str) -> String {
    const PREFIX: &str = " at 0x";
    let mut seen: Vec<&str> = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find(PREFIX) {
        let after = &rest[pos + PREFIX.len()..];
        let n_hex = after.bytes().take_while(u8::is_ascii_hexdigit).count();
        if n_hex > 0 && after[n_hex..].starts_with('>') {
            let addr = &after[..n_hex];
            let ordinal = match seen.iter().position(|a| *a == addr) {
                Some(i) => i + 1,
                None => {
                    seen.push(addr);
                    seen.len()
                }
            };
            out.push_str(&rest[..pos]);
            out.push_str(PREFIX);
            out.push('#');
            out.push_str(&ordinal.to_string());
            rest = &after[n_hex..];
        } else {
            out.push_str(&rest[..pos + PREFIX.len()]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_ordinals() {
        let text = "<function f at 0x7f12ab> <object at 0xdead> <function f at 0x7f12ab>";
        assert_eq!(
            normalize_stdout(text),
            "<function f at 0x#1> <object at 0x#2> <function f at 0x#1>"
        );
    }

    #[test]
    fn non_addresses_are_kept() {
        for text in ["look at 0x", "at 0x12 no bracket", "at 0xzz>", ""] {
            assert_eq!(normalize_stdout(text), text);
        }
    }

    #[test]
    fn value_json_shape_is_stable() {
        let v = Value::Map {
            ty: "dict".into(),
            id: 1,
            items: vec![(
                Value::Str {
                    ty: "str".into(),
                    v: "a".into(),
                },
                Value::Int {
                    ty: "int".into(),
                    v: "1".into(),
                },
            )],
        };
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(
            json,
            r#"{"t":"map","ty":"dict","id":1,"items":[[{"t":"str","ty":"str","v":"a"},{"t":"int","ty":"int","v":"1"}]]}"#
        );
        assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), v);
    }
}
