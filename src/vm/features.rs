//! The execution-feature record: which scope mechanisms a run actually *executed*.
//!
//! [`Executed`] is a `Copy` bitset with one bit per [`Event`]. The interpreter sets a bit at
//! the point where the mechanism happens (the opcode, the builtin, the call), never by
//! looking at source text, so a feature that a program contains but never reaches (a branch
//! not taken, a call that raised first, code after an uncaught exception) is not counted.
//! Setting a bit is one OR into a `u64` on the [`crate::vm::interp::Vm`]; the record comes
//! back in [`crate::vm::RunOutput::executed`].
//!
//! Each event's doc comment states its counting rule. The generator's health statistics
//! (`execdiff gen --stats`) map its feature families onto these events
//! (`gen::config::Feature::executed_by`). This module depends on nothing.

macro_rules! events {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal,)*) => {
        /// One mechanism the interpreter can record as executed.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Event {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Event {
            /// Every event, in bit order.
            pub const ALL: &'static [Event] = &[$(Event::$variant,)*];

            /// A short stable name for statistics and reports.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Event::$variant => $name,)*
                }
            }
        }
    };
}

events! {
    /// 2.7's `exec` statement ran (any form, the tuple form `exec(code, g)` included).
    ExecStmt = "exec-stmt",
    /// The `exec()` builtin ran (3.x).
    ExecCall = "exec-call",
    /// `exec` (statement or builtin) ran in the caller's own namespaces: no globals, no
    /// locals given.
    ExecBare = "exec-bare",
    /// `exec` ran with an explicit globals mapping and no locals.
    ExecGlobals = "exec-globals",
    /// `exec` ran with explicit globals and locals mappings.
    ExecGlobalsLocals = "exec-globals-locals",
    /// `exec` ran a code object (from `compile`), in any of the forms above.
    ExecCodeObject = "exec-code-object",
    /// `exec` ran source text (a string), in any of the forms above.
    ExecString = "exec-string",
    /// A bare `exec` (caller's namespaces) ran inside a function's frame: 2.7's unqualified
    /// exec that de-optimises the function, or 3.x `exec()` whose writes `locals()` sees.
    ExecBareInFunction = "exec-bare-in-function",
    /// `exec` or `eval` started while code run by another `exec`/`eval` was executing.
    ExecNested = "exec-nested",
    /// `eval()` ran a source string.
    Eval = "eval",
    /// `eval()` ran a code object.
    EvalCodeObject = "eval-code-object",
    /// `eval()` ran with an explicit globals mapping (and maybe locals).
    EvalDicts = "eval-dicts",
    /// `compile(..., 'exec')` returned a code object.
    CompileExec = "compile-exec",
    /// `compile(..., 'eval')` returned a code object.
    CompileEval = "compile-eval",
    /// `compile(..., 'single')` returned a code object.
    CompileSingle = "compile-single",
    /// `del` of a fast (optimised) local ran (`DELETE_FAST`), bound or not.
    DelFast = "del-fast",
    /// `del` of a cell variable of the running frame ran (`DELETE_DEREF` on a cellvar).
    DelCell = "del-cell",
    /// `del` of a free variable ran (`DELETE_DEREF` on a freevar, 3.x `nonlocal`).
    DelFree = "del-free",
    /// `del` of a global ran: `DELETE_GLOBAL`, or `DELETE_NAME` where the locals mapping is
    /// the globals dict (module level, and exec'd code run in the module's namespace).
    DelGlobal = "del-global",
    /// `del` of a name in an unoptimised namespace other than the globals (`DELETE_NAME` in a
    /// class body, a 2.7 unqualified-exec function, exec'd code with separate locals).
    DelName = "del-name",
    /// `del m[k]` on a dict or a 3.13 `FrameLocalsProxy` ran, whether or not `k` was there.
    DelSubscr = "del-subscr",
    /// `locals()` was called.
    Locals = "locals",
    /// A mapping that an earlier `locals()` or argument-less `vars()` call returned was read
    /// by subscript (`d[k]`).
    LocalsHeldRead = "locals-held-read",
    /// A mapping that an earlier `locals()` or argument-less `vars()` call returned had a
    /// key stored or deleted by subscript (`d[k] = v`, `del d[k]`).
    LocalsHeldWrite = "locals-held-write",
    /// `vars()` without arguments was called.
    Vars = "vars",
    /// `dir()` without arguments was called.
    Dir = "dir",
    /// `globals()` was called.
    Globals = "globals",
    /// `sys._getframe()` returned a frame.
    GetFrame = "getframe",
    /// A frame's `f_locals` attribute was read.
    FrameLocals = "frame-f_locals",
    /// A free variable was read through its cell (`LOAD_DEREF`/`LOAD_CLASSDEREF` of a
    /// freevar): a closure reading its enclosing scope.
    FreeLoad = "free-load",
    /// A cell variable was stored (`STORE_DEREF` on a cellvar): a local that a nested scope
    /// captured.
    CellStore = "cell-store",
    /// A free variable was stored (`STORE_DEREF` on a freevar): only `nonlocal` does that.
    NonlocalStore = "nonlocal-store",
    /// A name declared `global` in a function (or exec'd code) was stored or deleted
    /// (`STORE_GLOBAL`/`DELETE_GLOBAL`; only a `global` declaration compiles to them).
    GlobalStore = "global-store",
    /// A Python function (not a builtin) was called; the implicit call that starts a
    /// non-inlined comprehension or a generator expression does not count.
    PyCall = "py-call",
    /// A Python function was called with at least one argument bound to a parameter (not
    /// counting the implicit calls of comprehensions).
    CallArgs = "call-args",
    /// A parameter took its default value in a call.
    DefaultUsed = "default-used",
    /// A lambda was called.
    LambdaCall = "lambda-call",
    /// A function called itself directly (the caller's code is the callee's code).
    Recursion = "recursion",
    /// A class body ran while a function's frame was the running frame: a class statement
    /// inside a function.
    ClassInFunction = "class-in-function",
    /// A list, set or dict comprehension produced an element (`LIST_APPEND`/`SET_ADD`/
    /// `MAP_ADD`, inlined or not). Generator expressions count as [`Event::GeneratorResumed`]
    /// only: every generated program ends in one (its final globals probe).
    Comprehension = "comprehension",
    /// A generator was resumed.
    GeneratorResumed = "generator-resumed",
    /// A `for` loop started an iteration (`FOR_ITER` produced an item) outside the code of a
    /// generator expression or non-inlined comprehension. Comprehensions inlined into their
    /// function (PEP 709 in 3.12+, 2.7 list comprehensions) count as loops of that function.
    LoopIteration = "loop-iteration",
    /// A conditional jump (`POP_JUMP_IF_FALSE`/`POP_JUMP_IF_TRUE`) was evaluated, outside
    /// the code of a generator expression or non-inlined comprehension (whose `if` filters
    /// every program's final probe runs).
    Branch = "branch",
    /// An `except` clause matched an exception (any type).
    Caught = "caught",
    /// An `except` clause matched a `NameError` (exactly that type).
    CaughtNameError = "caught-name-error",
    /// An `except` clause matched an `UnboundLocalError`.
    CaughtUnboundLocal = "caught-unbound-local",
    /// An `except` clause matched a `KeyError`.
    CaughtKeyError = "caught-key-error",
    /// A read or `del` of a local found it unbound (`UnboundLocalError` from
    /// `LOAD_FAST`/`DELETE_FAST`, or from an empty cell of the running frame): the name is
    /// local by some binding that has not run, or was deleted.
    UnboundLocal = "unbound-local",
    /// `print` wrote something (the 2.7 statement or the builtin).
    Print = "print",
    /// A variable was stored (`STORE_FAST`/`STORE_NAME`/`STORE_GLOBAL`/`STORE_DEREF`).
    Assign = "assign",
    /// `exec()` ran a code object with free variables against the cells given as
    /// `closure=` (3.11+).
    ExecClosure = "exec-closure",
    /// A read of a local (`LOAD_FAST`, or `LOAD_DEREF` of the frame's own cell) found it
    /// unbound while the frame's globals hold that name: a binding of the function that has
    /// not run (often a later one) hides the global, which a wrong symbol table would read.
    UnboundShadowsGlobal = "unbound-shadows-global",
    /// A read or `del` of a free variable found its cell empty (`NameError`): the enclosing
    /// function's binding has not run (yet), or was deleted.
    UnboundFree = "unbound-free",
    /// A `del` of a local found it unbound (`UnboundLocalError` from `DELETE_FAST`, or from
    /// `DELETE_DEREF` of the frame's own cell).
    DelUnboundLocal = "del-unbound-local",
    /// A `del` found nothing to delete in a namespace dict (`NameError` from `DELETE_NAME`
    /// or `DELETE_GLOBAL`): a global or class-body name never bound, or already deleted.
    DelUnboundName = "del-unbound-name",
    /// A `del` of a free variable (3.x `nonlocal`) found its cell empty.
    DelUnboundFree = "del-unbound-free",
    /// Compiling source at run time (`compile`, `exec` or `eval` of a string) raised a
    /// `SyntaxError` from the symbol table or code generator (not the parser), such as a
    /// `global` after a use.
    CompileSyntaxError = "compile-syntax-error",
    /// `/`, `//`, `%` or `divmod()` ran on numbers (int, float, bool) at least one of which
    /// is negative.
    DivModNegative = "divmod-negative",
    /// `**` ran on numbers with a negative exponent.
    PowNegative = "pow-negative",
    /// `<<` or `>>` ran with a negative operand (the value or the count).
    ShiftNegative = "shift-negative",
    /// Binary arithmetic ran on an int (or a bool) and a float.
    MixedArith = "mixed-arith",
    /// A comparison ran between two numbers of different types (int, float, bool).
    MixedCompare = "mixed-compare",
    /// `round()` was called.
    Round = "round",
    /// Division, modulo, `divmod()` or a power of numbers raised `ZeroDivisionError`.
    ZeroDivision = "zero-division",
}

// All 64 bits are in use: the next event widens `Executed` to a `u128`.
const _: () = assert!(Event::ALL.len() <= 64);

impl Event {
    const fn bit(self) -> u64 {
        1 << self as u32
    }
}

/// The set of [`Event`]s a run executed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Executed(u64);

impl Executed {
    /// Records `event`.
    #[inline(always)]
    pub fn mark(&mut self, event: Event) {
        self.0 |= event.bit();
    }

    pub const fn contains(self, event: Event) -> bool {
        self.0 & event.bit() != 0
    }

    /// Whether any of `events` was executed.
    pub fn any(self, events: &[Event]) -> bool {
        events.iter().any(|e| self.contains(*e))
    }

    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The raw bits, in [`Event`] order.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The events executed, in [`Event::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Event> {
        Event::ALL
            .iter()
            .copied()
            .filter(move |e| self.contains(*e))
    }

    /// Both records together (a run made of several parts).
    pub const fn union(self, other: Executed) -> Executed {
        Executed(self.0 | other.0)
    }
}

impl FromIterator<Event> for Executed {
    fn from_iter<I: IntoIterator<Item = Event>>(iter: I) -> Executed {
        let mut out = Executed::default();
        for e in iter {
            out.mark(e);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{Event, Executed};

    #[test]
    fn names_are_unique_and_bits_round_trip() {
        let names: std::collections::BTreeSet<&str> = Event::ALL.iter().map(|e| e.name()).collect();
        assert_eq!(names.len(), Event::ALL.len());
        for (idx, e) in Event::ALL.iter().enumerate() {
            assert_eq!(*e as usize, idx);
            let one: Executed = [*e].into_iter().collect();
            assert_eq!(one.iter().collect::<Vec<_>>(), vec![*e]);
            assert!(one.contains(*e) && one.any(&[Event::Assign, *e]));
        }
        assert!(Executed::default().is_empty());
    }
}
