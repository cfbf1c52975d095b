//! Frames: the Python-visible [`Frame`] (variables, cells, the locals mapping) and the
//! execution state [`Exec`] (instruction pointer, value stack, handler blocks).
//!
//! A frame carries its fast locals, one cell per cell/free variable, and an optional
//! `f_locals` mapping. For module and class bodies and 2.7 unoptimised functions that mapping
//! *is* the namespace `*Name` operations use; for optimised functions it is the dict that
//! `locals()` refreshes (2.7, 3.12), created on first use, as CPython's `f_locals` is. 3.13's
//! `FrameLocalsProxy` views the same fast slots and keeps unknown keys in `extra_locals`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::vm::bytecode::Code;
use crate::vm::objects::PyRef;

/// A frame object.
pub struct Frame {
    pub code: Rc<Code>,
    pub globals: PyRef,
    pub builtins: PyRef,
    pub fast: RefCell<Vec<Option<PyRef>>>,
    /// Cell objects for cellvars ++ freevars. An inlined comprehension with a cell variable
    /// replaces that cell for its duration (`MAKE_CELL` on the shared slot), so the vector
    /// can change.
    pub cells: RefCell<Vec<PyRef>>,
    pub locals: RefCell<Option<PyRef>>,
    /// 3.13 `f_extra_locals`: keys written through the proxy that are not variables.
    pub extra_locals: RefCell<Option<PyRef>>,
    pub lineno: Cell<u32>,
    pub back: Option<Rc<Frame>>,
    /// Exceptions being handled (innermost last), for bare `raise` and `sys.exc_info()`.
    pub handling: RefCell<Vec<PyRef>>,
    /// 2.7: the last exception caught in this frame, which `sys.exc_info()` and a bare
    /// `raise` still see after its handler ended.
    pub last_exc: RefCell<Option<PyRef>>,
    /// The frame's Python object, so `sys._getframe() is sys._getframe()`.
    pub pyobj: RefCell<Option<std::rc::Weak<crate::vm::objects::PyObj>>>,
    /// `f_trace`: the local trace function, set from what the global one returned for the
    /// frame's `call` event.
    pub f_trace: RefCell<Option<PyRef>>,
    /// The line and instruction of the last traced step, to find where a `line` event is due.
    pub trace_pos: Cell<(u32, usize)>,
    /// The trace function has seen this entry of the frame: `call` fires on each entry,
    /// generator resumptions included, but not for frames already running when
    /// `sys.settrace` is called.
    pub trace_entered: Cell<bool>,
}

impl Frame {
    /// The cell object for cellvars ++ freevars index `i`.
    pub fn cell(&self, i: usize) -> PyRef {
        self.cells.borrow()[i].clone()
    }
}

/// An exception handler block.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    pub stack_depth: usize,
    pub exc_depth: usize,
}

/// What to do with a frame's return value when it finishes.
pub enum RetMode {
    /// Push it onto the caller's stack.
    Push,
    /// `__init__`: it must be None; push the instance instead.
    Init(PyRef),
    /// A class body: build the class from the frame's namespace.
    ClassBody {
        name: String,
        bases: Vec<PyRef>,
        keywords: Vec<(String, PyRef)>,
    },
}

/// The execution state of a running or suspended frame.
pub struct Exec {
    pub frame: Rc<Frame>,
    pub ip: usize,
    pub stack: Vec<PyRef>,
    pub blocks: Vec<Block>,
    pub ret: RetMode,
    /// A generator that has started (a resume pushes the sent value).
    pub started: bool,
}

impl Exec {
    pub fn new(frame: Rc<Frame>) -> Exec {
        Exec {
            frame,
            ip: 0,
            stack: Vec::with_capacity(8),
            blocks: Vec::new(),
            ret: RetMode::Push,
            started: false,
        }
    }
}
