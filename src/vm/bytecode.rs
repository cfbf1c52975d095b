//! Bytecode: the instruction set and code objects.
//!
//! The name operations keep CPython's families, because the scope semantics this VM models
//! live in them: `*Fast` (optimised locals), `*Name` (the frame's locals mapping, then
//! globals, then builtins), `*Global`, `*Deref` (cells and free variables) and
//! `LoadClassDeref` (3.x class bodies: the class namespace first, then the cell). Jump targets
//! are instruction indices.

use std::rc::Rc;

use crate::vm::ast::{BinOp, CmpOp, UnaryOp};
use crate::vm::objects::PyRef;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    LoadConst(u32),
    Pop,
    Dup,
    DupTwo,
    Rot2,
    Rot3,
    Rot4,
    /// Moves the item `n` places down (1 = top) to the top of the stack.
    Lift(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// PEP 709: push the fast local (or a null marker) and clear it.
    LoadFastAndClear(u32),
    /// PEP 709: restore a fast local saved by `LoadFastAndClear` (null unbinds).
    RestoreFast(u32),
    /// PEP 709: push the cell object at cellvars index `i` and put a fresh empty cell in its
    /// place, for an inlined comprehension whose variable is a cell (`MAKE_CELL`).
    SwapCell(u32),
    /// PEP 709: put back the cell object saved by `SwapCell`.
    RestoreCell(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Index into cellvars ++ freevars.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    LoadClassDeref(u32),
    LoadClosure(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    Subscr,
    StoreSubscr,
    DeleteSubscr,
    BuildSlice(u32),
    Binary(BinOp),
    Inplace(BinOp),
    Unary(UnaryOp),
    /// 2.7 backticks.
    Repr,
    Compare(CmpOp),
    /// `isinstance`-style match of an exception against a class or tuple.
    ExcMatch,
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// Pops `2*n` items (k, v pairs).
    BuildMap(u32),
    /// Merges the mapping on top into the dict below it (`{**m}`).
    DictMerge,
    /// Extends the list below with the iterable on top (`[*x]`, `f(*x)`).
    ListExtend,
    ListToTuple,
    /// Comprehension appends: the container is `depth` items below the top.
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    FormatValue {
        conv: u8,
        has_spec: bool,
    },
    BuildString(u32),
    UnpackSequence(u32),
    UnpackEx {
        before: u32,
        after: u32,
    },
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    ForIter(u32),
    /// Calls with `nargs` positional arguments; `kwnames` indexes a const tuple of names for
    /// the last keyword arguments (`u32::MAX`: none).
    Call {
        nargs: u32,
        kwnames: u32,
    },
    /// Calls `f(*args, **dict)`: stack is func, args (a tuple, or the one iterable of a lone
    /// `f(*x)`), kwargs dict (or None).
    CallEx,
    /// `ListExtend` for a call's `*x`: stack is func, list, iterable (CPython 3.x
    /// `LIST_EXTEND`, 2.7 `ext_do_call`: the error names the callee in 2.7).
    CallArgsExtend,
    /// `DictMerge` for a call's `**m`: stack is func, args, dict, mapping; a repeated key is
    /// an error naming the callee (CPython `DICT_MERGE`).
    CallKwMerge,
    MakeFunction {
        code: u32,
        ndefaults: u32,
        kwdefaults: bool,
        closure: bool,
    },
    /// Stack: body function, bases tuple, keywords dict; runs the class body.
    BuildClass(u32),
    Return,
    Yield,
    YieldFrom,
    /// 0: re-raise, 1: raise exc, 2: raise exc from cause, 3: 2.7 `raise E, V`, 4: with tb.
    Raise(u32),
    /// Pushes an exception handler block.
    SetupExcept(u32),
    PopBlock,
    /// Ends an `except` clause: restores the previously handled exception.
    PopExcept,
    /// Re-raises the exception on top of the stack (end of a finally or unmatched handlers).
    Reraise,
    ImportName {
        name: u32,
        fromlist: u32,
        level: u32,
    },
    ImportFrom(u32),
    ImportStar,
    PrintItem,
    PrintItemTo,
    PrintNewline,
    PrintNewlineTo,
    /// 2.7 `exec` statement: body, globals, locals on the stack.
    ExecStmt,
    /// Pushes the frame's locals mapping (class bodies return it).
    LoadLocals,
    /// `assert` failure: raises AssertionError (with the message on the stack if `true`).
    RaiseAssert(bool),
    /// `compile(..., 'single')` expression statements: `sys.displayhook`.
    PrintExpr,
    /// `with`: replaces the context manager on top with its bound `__exit__` and the result
    /// of calling `__enter__` (pushed by a follow-up call).
    WithEnter,
    /// Replaces the exception on top with `type, value, traceback` (for `__exit__`).
    ExcTriple,
    /// Stores the `__class__` cell of a class body into the namespace (`__classcell__`).
    StoreClassCell(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    /// The body of a non-inlined comprehension or generator expression.
    Comprehension,
    /// `eval` of an expression.
    Eval,
    /// `compile(..., 'single')`.
    Interactive,
}

/// `__future__` features in effect for a unit of code (2.7).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Future {
    pub division: bool,
    pub print_function: bool,
    pub unicode_literals: bool,
    pub absolute_import: bool,
}

/// How a local variable is reached when the frame syncs its locals mapping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Fast(u32),
    /// Index into cellvars ++ freevars.
    Cell(u32),
    /// A cell variable that an inlined comprehension also binds as a fast local. CPython
    /// 3.12 gives both one locals-plus slot, which holds the cell outside the comprehension
    /// and the comprehension's own value inside it; `fast` is bound only while inside.
    Shared {
        fast: u32,
        cell: u32,
    },
}

/// A compiled code object.
pub struct Code {
    pub name: String,
    pub qualname: String,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub kind: CodeKind,
    /// `CO_OPTIMIZED`: locals live in fast slots, not in a mapping.
    pub optimized: bool,
    /// `CO_NEWLOCALS`: the frame gets its own locals namespace.
    pub newlocals: bool,
    pub generator: bool,
    pub argcount: u32,
    pub kwonlyargcount: u32,
    pub varargs: bool,
    pub varkw: bool,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub names: Vec<String>,
    pub consts: Vec<PyRef>,
    pub ops: Vec<Op>,
    pub lines: Vec<u32>,
    /// For each cellvar, the argument it is initialised from.
    pub cell2arg: Vec<Option<u32>>,
    /// Fast locals hidden from `locals()` (PEP 709 comprehension variables outside functions).
    pub hidden: Vec<bool>,
    pub future: Future,
    /// The code's Python object while one is alive, so `f.__code__ is frame.f_code`.
    pub pyobj: std::cell::RefCell<std::rc::Weak<crate::vm::objects::PyObj>>,
}

impl Code {
    /// The one Python object for this code (`__code__`, `f_code`, `gi_code` and the constant
    /// in the enclosing code are the same object, as in CPython).
    pub fn object(self: &Rc<Self>) -> PyRef {
        if let Some(o) = self.pyobj.borrow().upgrade() {
            return o;
        }
        let o = Rc::new(crate::vm::objects::PyObj::Code(self.clone()));
        *self.pyobj.borrow_mut() = Rc::downgrade(&o);
        o
    }

    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }

    /// Name of the cell or free variable at `idx` of cellvars ++ freevars.
    pub fn deref_name(&self, idx: u32) -> &str {
        let i = idx as usize;
        if i < self.cellvars.len() {
            &self.cellvars[i]
        } else {
            &self.freevars[i - self.cellvars.len()]
        }
    }

    /// Whether the deref slot `idx` is a free variable (rather than a cell of this code).
    pub fn is_free(&self, idx: u32) -> bool {
        idx as usize >= self.cellvars.len()
    }

    /// The locals-plus layout in CPython 3.x order: variables (cell arguments as cells, cells
    /// an inlined comprehension rebinds as shared slots), then cells that are not variables,
    /// then free variables.
    pub fn layout3(&self) -> Vec<(String, Slot)> {
        let mut out = Vec::new();
        let nargs = (self.argcount + self.kwonlyargcount) as usize
            + usize::from(self.varargs)
            + usize::from(self.varkw);
        for (i, v) in self.varnames.iter().enumerate() {
            match self.cellvars.iter().position(|c| c == v) {
                Some(ci) if i < nargs => out.push((v.clone(), Slot::Cell(ci as u32))),
                Some(ci) => out.push((
                    v.clone(),
                    Slot::Shared {
                        fast: i as u32,
                        cell: ci as u32,
                    },
                )),
                None => out.push((v.clone(), Slot::Fast(i as u32))),
            }
        }
        for (ci, c) in self.cellvars.iter().enumerate() {
            if !self.varnames.contains(c) {
                out.push((c.clone(), Slot::Cell(ci as u32)));
            }
        }
        for (fi, f) in self.freevars.iter().enumerate() {
            out.push((f.clone(), Slot::Cell((self.cellvars.len() + fi) as u32)));
        }
        out
    }
}
