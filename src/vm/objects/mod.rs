//! The VM's object model: one reference-counted [`PyObj`] enum for every Python value.
//!
//! Objects are shared through [`PyRef`] (`Rc`), so identity is pointer identity, exactly the
//! `is` of CPython. Mutable containers use `RefCell`. Types are themselves objects
//! ([`Class`]); the interpreter's [`Types`] registry holds the builtin ones so that `type(x)`,
//! `isinstance` and the exception hierarchy work on real class objects. This module knows
//! nothing about versions: version-dependent behaviour (reprs, hashes, dict order) is chosen
//! by callers from the `Semantics` table.

pub mod dict;
pub mod num;
pub mod text;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use crate::vm::bytecode::Code;
use crate::vm::interp::frame::Frame;

pub use dict::Dict;

/// A shared reference to a Python object.
pub type PyRef = Rc<PyObj>;

/// Every Python value the VM can hold.
pub enum PyObj {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// `int` (3.x, and 2.7's machine int).
    Int(BigInt),
    /// 2.7 `long`.
    Long(BigInt),
    Float(f64),
    Complex(f64, f64),
    /// `str` (2.7: bytes, held as text here).
    Str(Rc<str>),
    /// 2.7 `unicode`.
    Unicode(Rc<str>),
    /// 3.x `bytes`.
    Bytes(Vec<u8>),
    Tuple(Vec<PyRef>),
    List(RefCell<Vec<PyRef>>),
    Dict(RefCell<Dict>),
    Set(RefCell<Dict>),
    FrozenSet(Dict),
    Function(Function),
    Builtin(Builtin),
    /// A bound method: `func` called with `obj` prepended.
    Method {
        func: PyRef,
        obj: PyRef,
    },
    /// 2.7 unbound method (`C.f`).
    UnboundMethod {
        func: PyRef,
        class: PyRef,
    },
    Class(Class),
    Instance(Instance),
    Cell(RefCell<Option<PyRef>>),
    Code(Rc<Code>),
    Module(Module),
    Frame(Rc<Frame>),
    /// 3.13's write-through view of an optimised frame's variables.
    FrameLocalsProxy(Rc<Frame>),
    Range {
        start: BigInt,
        stop: BigInt,
        step: BigInt,
    },
    Slice {
        start: PyRef,
        stop: PyRef,
        step: PyRef,
    },
    Iter(RefCell<IterState>),
    Generator(
        RefCell<Option<Box<crate::vm::interp::frame::Exec>>>,
        GenInfo,
    ),
    Property {
        fget: PyRef,
        fset: PyRef,
        fdel: PyRef,
    },
    StaticMethod(PyRef),
    ClassMethod(PyRef),
    Super {
        class: PyRef,
        obj: PyRef,
    },
    /// A class's `__dict__` seen from Python (`mappingproxy`, 2.7 `dictproxy`).
    MappingProxy(PyRef),
    DictView {
        kind: ViewKind,
        dict: PyRef,
    },
    /// `sys.stdout` (1) or `sys.stderr` (2).
    Stream(u8),
    /// A class's `__dict__`/`__weakref__` attribute descriptor.
    GetSet {
        name: &'static str,
        owner: String,
    },
}

/// Static facts about a generator object.
pub struct GenInfo {
    pub name: String,
    pub running: Cell<bool>,
    /// The generator's frame (`gi_frame` while it has not finished).
    pub frame: Rc<crate::vm::interp::frame::Frame>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// The state of a builtin iterator.
pub enum IterState {
    /// Iterating a sequence snapshot-free by index (list, tuple, str items materialised).
    Seq {
        seq: PyRef,
        idx: usize,
    },
    /// Iterating precomputed items (dict keys, set items, string chars).
    Items {
        items: Vec<PyRef>,
        idx: usize,
        kind: &'static str,
    },
    /// Iterating a dict's keys/values/items live, detecting size changes.
    DictIter {
        dict: PyRef,
        kind: ViewKind,
        idx: usize,
        len: usize,
    },
    Range {
        next: BigInt,
        stop: BigInt,
        step: BigInt,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: PyRef,
        sentinel: PyRef,
    },
    Enumerate {
        inner: PyRef,
        count: BigInt,
    },
    Zip {
        inners: Vec<PyRef>,
    },
    Map {
        func: PyRef,
        inners: Vec<PyRef>,
    },
    Filter {
        func: PyRef,
        inner: PyRef,
    },
    Reversed {
        seq: PyRef,
        idx: usize,
    },
    /// Iteration exhausted; the iterator keeps the type name it had.
    Exhausted(&'static str),
    /// The old sequence protocol: `obj[0]`, `obj[1]`, ... until `IndexError`.
    GetItem {
        obj: PyRef,
        idx: usize,
    },
}

/// A user function.
pub struct Function {
    pub code: Rc<Code>,
    pub globals: PyRef,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub defaults: RefCell<Vec<PyRef>>,
    pub kwdefaults: RefCell<Vec<(String, PyRef)>>,
    /// One cell per free variable of `code`.
    pub closure: Vec<PyRef>,
    pub dict: PyRef,
    pub module: PyRef,
    pub doc: PyRef,
}

/// A function implemented in Rust, optionally bound to a receiver.
pub struct Builtin {
    pub name: &'static str,
    pub func: crate::vm::builtins::BuiltinFn,
    pub receiver: Option<PyRef>,
    /// For a method descriptor taken from its type (`str.upper`): that type; a call takes
    /// the receiver from its first argument.
    pub owner: Option<PyRef>,
    /// For a module's function (`len`, `sys.exc_info`): the module's name, its `__module__`.
    pub module: Option<&'static str>,
}

/// A class: user-defined or builtin.
pub struct Class {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<PyRef>>,
    /// Method resolution order, starting with the class itself (held weakly as `None`).
    pub mro: RefCell<Vec<PyRef>>,
    pub dict: PyRef,
    /// The builtin kind instances of this class are built on.
    pub base_kind: BaseKind,
    /// 2.7 old-style class (`classobj`).
    pub classic: bool,
    /// The metaclass (`type` for every class here but 2.7 classic ones).
    pub builtin: bool,
}

/// Which builtin layout an instance of a class has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Exception,
    /// A builtin type that is not subclassable here (its instances are not `Instance`).
    Native,
}

/// An instance of a user class (or of a builtin exception class).
pub struct Instance {
    pub class: RefCell<PyRef>,
    pub dict: PyRef,
    /// Exception arguments, for instances of exception classes.
    pub exc: Option<RefCell<ExcData>>,
    /// For an instance of a subclass of a builtin type (`class L(list)`), the builtin value it
    /// extends; operations the class does not override act on it.
    pub native: Option<PyRef>,
}

/// What an exception instance carries besides its `__dict__`.
#[derive(Default)]
pub struct ExcData {
    pub args: Vec<PyRef>,
    /// Traceback entries, innermost last: (filename, line, function name).
    pub traceback: Vec<(String, u32, String)>,
    /// Extra suffix printed in the traceback only (3.12+ "Did you mean").
    pub suggestion: Option<String>,
    pub context: Option<PyRef>,
    pub cause: Option<PyRef>,
    pub suppress_context: bool,
}

/// A module object.
pub struct Module {
    pub name: String,
    pub dict: PyRef,
}

impl PyObj {
    pub fn new_str(s: &str) -> PyRef {
        Rc::new(PyObj::Str(Rc::from(s)))
    }

    pub fn new_int<T: Into<BigInt>>(v: T) -> PyRef {
        Rc::new(PyObj::Int(v.into()))
    }

    pub fn new_list(items: Vec<PyRef>) -> PyRef {
        track(Rc::new(PyObj::List(RefCell::new(items))))
    }

    pub fn new_tuple(items: Vec<PyRef>) -> PyRef {
        Rc::new(PyObj::Tuple(items))
    }

    pub fn new_dict(dict: Dict) -> PyRef {
        track(Rc::new(PyObj::Dict(RefCell::new(dict))))
    }

    pub fn new_cell(v: Option<PyRef>) -> PyRef {
        track(Rc::new(PyObj::Cell(RefCell::new(v))))
    }

    /// The text of a `str`/`unicode`, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            PyObj::Str(s) | PyObj::Unicode(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            PyObj::Int(i) | PyObj::Long(i) => Some(i.clone()),
            PyObj::Bool(b) => Some(BigInt::from(*b as u8)),
            _ => None,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, PyObj::None)
    }

    pub fn as_class(&self) -> Option<&Class> {
        match self {
            PyObj::Class(c) => Some(c),
            _ => None,
        }
    }

    pub fn as_instance(&self) -> Option<&Instance> {
        match self {
            PyObj::Instance(i) => Some(i),
            _ => None,
        }
    }

    /// The builtin value a builtin-subclass instance extends.
    pub fn native(&self) -> Option<&PyRef> {
        match self {
            PyObj::Instance(i) => i.native.as_ref(),
            _ => None,
        }
    }

    pub fn dict_ref(&self) -> Option<&RefCell<Dict>> {
        match self {
            PyObj::Dict(d) => Some(d),
            _ => None,
        }
    }
}

thread_local! {
    /// Every mutable container and frame created on this thread, weakly: reference cycles
    /// (a function in its own globals, a closure cell holding its function, a frame in its
    /// own locals) would otherwise outlive the run inside a long fuzzing campaign.
    static ARENA: RefCell<Vec<std::rc::Weak<PyObj>>> = const { RefCell::new(Vec::new()) };
    static FRAMES: RefCell<Vec<std::rc::Weak<Frame>>> = const { RefCell::new(Vec::new()) };
}

thread_local! {
    static DROP_DEPTH: Cell<usize> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<PyRef>> = const { RefCell::new(Vec::new()) };
}

/// Nesting of drops handled recursively before children are deferred.
const DROP_NESTING: usize = 64;

/// Dropping a deeply nested structure (`t = (t,)` a million times) must not recurse once per
/// level on the Rust stack: like CPython's trashcan, children met below a nesting depth are
/// queued and released iteratively by the outermost drop.
impl Drop for PyObj {
    fn drop(&mut self) {
        let kids: Vec<PyRef> = match self {
            PyObj::Tuple(v) => std::mem::take(v),
            PyObj::List(l) => std::mem::take(l.get_mut()),
            PyObj::Cell(c) => c.get_mut().take().into_iter().collect(),
            PyObj::Dict(d) | PyObj::Set(d) => d.get_mut().take_all(),
            PyObj::FrozenSet(d) => d.take_all(),
            _ => return,
        };
        if kids.is_empty() {
            return;
        }
        let Ok(depth) = DROP_DEPTH.try_with(|d| d.get()) else {
            return;
        };
        if depth >= DROP_NESTING {
            let _ = DEFERRED.try_with(|q| q.borrow_mut().extend(kids));
            return;
        }
        let _ = DROP_DEPTH.try_with(|d| d.set(depth + 1));
        drop(kids);
        if depth == 0 {
            loop {
                let batch = DEFERRED
                    .try_with(|q| std::mem::take(&mut *q.borrow_mut()))
                    .unwrap_or_default();
                if batch.is_empty() {
                    break;
                }
                drop(batch);
            }
        }
        let _ = DROP_DEPTH.try_with(|d| d.set(depth));
    }
}

/// Registers an object that can take part in a reference cycle.
pub fn track(o: PyRef) -> PyRef {
    ARENA.with(|a| a.borrow_mut().push(Rc::downgrade(&o)));
    o
}

/// Registers a frame (its variables can refer back to it).
pub fn track_frame(f: &Rc<Frame>) {
    FRAMES.with(|a| a.borrow_mut().push(Rc::downgrade(f)));
}

/// Runs `build` without registering what it creates for cycle breaking: its objects must
/// outlive every run on this thread (the shared builtin state, `interp::base`).
pub fn untracked<T>(build: impl FnOnce() -> T) -> T {
    let marks = (
        ARENA.with(|a| a.borrow().len()),
        FRAMES.with(|a| a.borrow().len()),
    );
    let built = build();
    ARENA.with(|a| a.borrow_mut().truncate(marks.0));
    FRAMES.with(|a| a.borrow_mut().truncate(marks.1));
    built
}

/// Forgets what earlier runs on this thread registered.
pub fn reset_arena() {
    ARENA.with(|a| a.borrow_mut().clear());
    FRAMES.with(|a| a.borrow_mut().clear());
}

/// Empties every registered container and frame that is still alive, so cycles fall apart.
/// Contents are moved out first and dropped afterwards, all at once, so dropping never
/// recurses through deeply nested structures.
pub fn break_cycles() {
    let mut graveyard: Vec<PyRef> = Vec::new();
    let mut dicts: Vec<Dict> = Vec::new();
    let mut execs = Vec::new();
    let objs = ARENA.with(|a| std::mem::take(&mut *a.borrow_mut()));
    for w in objs {
        let Some(o) = w.upgrade() else { continue };
        match &*o {
            PyObj::List(l) => graveyard.append(&mut l.borrow_mut()),
            PyObj::Dict(d) => {
                let mode = d.borrow().mode();
                dicts.push(std::mem::replace(&mut *d.borrow_mut(), Dict::new(mode)));
            }
            PyObj::Cell(c) => graveyard.extend(c.borrow_mut().take()),
            PyObj::Generator(state, _) => execs.extend(state.borrow_mut().take()),
            PyObj::Class(c) => {
                graveyard.append(&mut c.mro.borrow_mut());
                graveyard.append(&mut c.bases.borrow_mut());
            }
            PyObj::Instance(i) => {
                if let Some(e) = &i.exc {
                    let mut e = e.borrow_mut();
                    graveyard.append(&mut e.args);
                    graveyard.extend(e.context.take());
                    graveyard.extend(e.cause.take());
                }
            }
            _ => {}
        }
        graveyard.push(o);
    }
    let frames = FRAMES.with(|a| std::mem::take(&mut *a.borrow_mut()));
    for w in frames {
        let Some(f) = w.upgrade() else { continue };
        graveyard.extend(f.fast.borrow_mut().drain(..).flatten());
        graveyard.extend(f.locals.borrow_mut().take());
        graveyard.extend(f.extra_locals.borrow_mut().take());
    }
    drop(execs);
    drop(dicts);
    // Dropping may free containers registered after the take above; they are empty or
    // acyclic by now.
    drop(graveyard);
    reset_arena();
}

/// Pointer identity of two objects.
pub fn same(a: &PyRef, b: &PyRef) -> bool {
    Rc::ptr_eq(a, b)
}

/// The address-like id of an object (stable while it lives).
pub fn addr(a: &PyRef) -> usize {
    Rc::as_ptr(a) as *const u8 as usize
}

/// The builtin type objects, created once per run.
#[derive(Clone)]
pub struct Types {
    pub object: PyRef,
    pub type_: PyRef,
    pub none: PyRef,
    pub bool_: PyRef,
    pub int: PyRef,
    pub long: PyRef,
    pub float: PyRef,
    pub complex: PyRef,
    pub str_: PyRef,
    pub unicode: PyRef,
    pub bytes: PyRef,
    pub tuple: PyRef,
    pub list: PyRef,
    pub dict: PyRef,
    pub set: PyRef,
    pub frozenset: PyRef,
    pub function: PyRef,
    pub builtin_function: PyRef,
    pub method: PyRef,
    pub cell: PyRef,
    pub code: PyRef,
    pub module: PyRef,
    pub frame: PyRef,
    pub frame_locals_proxy: PyRef,
    pub range: PyRef,
    pub slice: PyRef,
    pub iterator: PyRef,
    pub generator: PyRef,
    pub property: PyRef,
    pub staticmethod: PyRef,
    pub classmethod: PyRef,
    pub super_: PyRef,
    pub mappingproxy: PyRef,
    pub dict_keys: PyRef,
    pub dict_values: PyRef,
    pub dict_items: PyRef,
    pub file: PyRef,
    pub getset: PyRef,
    pub classobj: PyRef,
    pub instance: PyRef,
    pub not_implemented: PyRef,
    pub ellipsis: PyRef,
}
