//! The generator's knobs: which feature families a program may mix, how often, and how big
//! it may grow.
//!
//! [`GenConfig`] is plain data with documented defaults, in the manner of wasm-smith's
//! `Config`. It also implements `Arbitrary` as a *swarm* configuration: each fuzz input first
//! switches feature families on or off and resizes the limits, so different inputs explore
//! different corners instead of every program being the same average mix. [`Feature`] names
//! every family once; the production table in `stmt.rs` tags each production with one.

use arbitrary::{Arbitrary, Unstructured};

use crate::observe::End;
use crate::vm::features::{Event, Executed};

/// A family of constructs the generator can emit. `Program::features()` lists the ones a
/// program contains; the health statistics count them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Feature {
    /// A plain or augmented assignment of a local, global or cell.
    Assign,
    /// `print` (a statement in 2.7, a call in 3.x).
    Print,
    /// `if`/`else` on a runtime condition.
    Branch,
    /// A bounded `for _ in range(k)` loop.
    Loop,
    /// `try`/`except` around statements that may raise `NameError`, `UnboundLocalError`,
    /// `KeyError` or `TypeError`, observing the exception and going on.
    TryExcept,
    /// A call of a generated function or lambda, its result observed at the call site.
    Call,
    /// A function with parameters, some with defaults (3.x: keyword-only ones too).
    Params,
    /// A function nested in another function (closures up to three deep).
    Closure,
    /// A lambda, usually reading names of its enclosing scope.
    Lambda,
    /// A `global` declaration in a function.
    Global,
    /// A `nonlocal` declaration (3.x).
    Nonlocal,
    /// A function calling itself with a bounded depth.
    Recursion,
    /// A class body inside a function, reading the function's names.
    ClassInFunction,
    /// A list/set/dict comprehension or generator expression.
    Comprehension,
    /// An assignment that never runs (`if False: x = 1`) but makes the name local.
    DeadAssign,
    /// `del` of a plain local.
    DelLocal,
    /// `del` of a cell variable (a local that a nested scope reads).
    DelCell,
    /// `del` of a free variable through `nonlocal` (3.x).
    DelFree,
    /// `del` of a global (module level or through `global`).
    DelGlobal,
    /// `del d[key]` on a namespace dict (`locals()`, `globals()`, an exec dict).
    DelDictEntry,
    /// `locals()` read and observed.
    Locals,
    /// `locals()` held in a variable, mutated and re-called.
    LocalsHeld,
    /// `vars()` with no argument.
    Vars,
    /// `dir()` with no argument.
    Dir,
    /// `sys._getframe().f_locals` read, held and written.
    FrameLocals,
    /// `globals()` read and written.
    Globals,
    /// `exec` of a generated source string.
    ExecSource,
    /// `exec` of a code object from `compile`.
    ExecCode,
    /// `exec`/`eval` with explicit globals and/or locals dicts.
    ExecDicts,
    /// Generated code that itself calls `exec` on generated code.
    ExecNested,
    /// 2.7's unqualified `exec` statement inside a function (de-optimises it).
    BareExec,
    /// `eval` of a generated expression.
    Eval,
    /// `compile` in `exec`, `eval` or `single` mode.
    Compile,
    /// A deliberately invalid program (2.7 bare exec beside a closure; `nonlocal` at module
    /// level) that must be a `SyntaxError` on every implementation.
    Invalid,
    /// A read, then a later binding of the name in any form (assignment, augmented
    /// assignment, `del`, `for`, `with ... as`, `except ... as`, `import`, `def`, `class`) in
    /// a function, a class body or a comprehension; or a nested function reading the name
    /// before its enclosing function binds it (`gen::reach`).
    LaterBinding,
    /// `del` of a name never bound: a local, a `global`, a free variable (3.x `nonlocal`), a
    /// class-body or module name.
    DelNeverBound,
    /// `global`/`nonlocal` after a use or assignment of the name, or naming a parameter, in a
    /// string compiled at run time inside a guard (3.x `SyntaxError`; 2.7 warns and runs).
    DeclAfterUse,
    /// Integer and float arithmetic with negative operands and mixed types: `/`, `//`, `%`,
    /// `divmod`, `**` with a negative exponent, shifts, `round`, comparisons across int,
    /// float and bool.
    Arith,
}

impl Feature {
    /// Every feature, in declaration order.
    pub const ALL: [Feature; 38] = [
        Feature::Assign,
        Feature::Print,
        Feature::Branch,
        Feature::Loop,
        Feature::TryExcept,
        Feature::Call,
        Feature::Params,
        Feature::Closure,
        Feature::Lambda,
        Feature::Global,
        Feature::Nonlocal,
        Feature::Recursion,
        Feature::ClassInFunction,
        Feature::Comprehension,
        Feature::DeadAssign,
        Feature::DelLocal,
        Feature::DelCell,
        Feature::DelFree,
        Feature::DelGlobal,
        Feature::DelDictEntry,
        Feature::Locals,
        Feature::LocalsHeld,
        Feature::Vars,
        Feature::Dir,
        Feature::FrameLocals,
        Feature::Globals,
        Feature::ExecSource,
        Feature::ExecCode,
        Feature::ExecDicts,
        Feature::ExecNested,
        Feature::BareExec,
        Feature::Eval,
        Feature::Compile,
        Feature::Invalid,
        Feature::LaterBinding,
        Feature::DelNeverBound,
        Feature::DeclAfterUse,
        Feature::Arith,
    ];

    pub const COUNT: usize = Feature::ALL.len();

    pub fn index(self) -> usize {
        self as usize
    }

    /// A short stable name for histograms and `--stats`.
    pub fn name(self) -> &'static str {
        match self {
            Feature::Assign => "assign",
            Feature::Print => "print",
            Feature::Branch => "branch",
            Feature::Loop => "loop",
            Feature::TryExcept => "try-except",
            Feature::Call => "call",
            Feature::Params => "params",
            Feature::Closure => "closure",
            Feature::Lambda => "lambda",
            Feature::Global => "global",
            Feature::Nonlocal => "nonlocal",
            Feature::Recursion => "recursion",
            Feature::ClassInFunction => "class-in-function",
            Feature::Comprehension => "comprehension",
            Feature::DeadAssign => "dead-assign",
            Feature::DelLocal => "del-local",
            Feature::DelCell => "del-cell",
            Feature::DelFree => "del-free",
            Feature::DelGlobal => "del-global",
            Feature::DelDictEntry => "del-dict-entry",
            Feature::Locals => "locals",
            Feature::LocalsHeld => "locals-held",
            Feature::Vars => "vars",
            Feature::Dir => "dir",
            Feature::FrameLocals => "frame-f_locals",
            Feature::Globals => "globals",
            Feature::ExecSource => "exec-source",
            Feature::ExecCode => "exec-code",
            Feature::ExecDicts => "exec-dicts",
            Feature::ExecNested => "exec-nested",
            Feature::BareExec => "bare-exec",
            Feature::Eval => "eval",
            Feature::Compile => "compile",
            Feature::Invalid => "invalid",
            Feature::LaterBinding => "later-binding",
            Feature::DelNeverBound => "del-never-bound",
            Feature::DeclAfterUse => "decl-after-use",
            Feature::Arith => "arith",
        }
    }

    /// The VM events ([`crate::vm::features::Event`]) that show a run *executed* this family:
    /// it did when it executed any of them. Empty for [`Feature::Invalid`], which never runs:
    /// a program executes it when its run ends in a compile-time `SyntaxError`
    /// ([`Feature::was_executed`]).
    ///
    /// Families that are only static are counted by what runs because of them:
    /// [`Feature::DeadAssign`] by an `UnboundLocalError` for a local whose binding never ran
    /// (or was deleted); [`Feature::Closure`] by a nested scope reading or writing its
    /// enclosing scope's variable through a cell; [`Feature::Params`] by a call binding an
    /// argument to a parameter; [`Feature::Global`] by a store or `del` compiled for a
    /// `global` declaration.
    pub const fn executed_by(self) -> &'static [Event] {
        match self {
            Feature::Assign => &[Event::Assign],
            Feature::Print => &[Event::Print],
            Feature::Branch => &[Event::Branch],
            Feature::Loop => &[Event::LoopIteration],
            // The generator's guards are about these three; a TypeError caught does not count.
            Feature::TryExcept => &[
                Event::CaughtNameError,
                Event::CaughtUnboundLocal,
                Event::CaughtKeyError,
            ],
            Feature::Call => &[Event::PyCall],
            Feature::Params => &[Event::CallArgs],
            Feature::Closure => &[Event::FreeLoad, Event::NonlocalStore, Event::DelFree],
            Feature::Lambda => &[Event::LambdaCall],
            Feature::Global => &[Event::GlobalStore],
            Feature::Nonlocal => &[Event::NonlocalStore, Event::DelFree],
            Feature::Recursion => &[Event::Recursion],
            Feature::ClassInFunction => &[Event::ClassInFunction],
            Feature::Comprehension => &[Event::Comprehension],
            Feature::DeadAssign => &[Event::UnboundLocal],
            // In exec'd code and class bodies a local's `del` is a `DELETE_NAME`.
            Feature::DelLocal => &[Event::DelFast, Event::DelName],
            Feature::DelCell => &[Event::DelCell],
            Feature::DelFree => &[Event::DelFree],
            Feature::DelGlobal => &[Event::DelGlobal],
            Feature::DelDictEntry => &[Event::DelSubscr],
            Feature::Locals => &[Event::Locals],
            Feature::LocalsHeld => &[Event::LocalsHeldRead, Event::LocalsHeldWrite],
            Feature::Vars => &[Event::Vars],
            Feature::Dir => &[Event::Dir],
            Feature::FrameLocals => &[Event::FrameLocals],
            Feature::Globals => &[Event::Globals],
            Feature::ExecSource => &[Event::ExecString],
            Feature::ExecCode => &[Event::ExecCodeObject, Event::EvalCodeObject],
            Feature::ExecDicts => &[
                Event::ExecGlobals,
                Event::ExecGlobalsLocals,
                Event::EvalDicts,
            ],
            Feature::ExecNested => &[Event::ExecNested],
            Feature::BareExec => &[Event::ExecBareInFunction],
            Feature::Eval => &[Event::Eval, Event::EvalCodeObject],
            Feature::Compile => &[Event::CompileExec, Event::CompileEval, Event::CompileSingle],
            Feature::Invalid => &[],
            // The read the later binding made local finds it unbound although a global of
            // that name exists (what a symbol table that missed the binding would read), or a
            // nested function finds its enclosing function's binding not yet run.
            Feature::LaterBinding => &[Event::UnboundShadowsGlobal, Event::UnboundFree],
            Feature::DelNeverBound => &[
                Event::DelUnboundLocal,
                Event::DelUnboundName,
                Event::DelUnboundFree,
            ],
            // 2.7 only warns for a declaration after a use; its SyntaxError is a parameter
            // declared `global`.
            Feature::DeclAfterUse => &[Event::CompileSyntaxError],
            Feature::Arith => &[
                Event::DivModNegative,
                Event::PowNegative,
                Event::ShiftNegative,
                Event::MixedArith,
                Event::MixedCompare,
                Event::Round,
                Event::ZeroDivision,
            ],
        }
    }

    /// Whether a run that executed `executed` and ended with `end` executed this family
    /// (see [`Feature::executed_by`]).
    pub fn was_executed(self, executed: Executed, end: &End) -> bool {
        match self {
            Feature::Invalid => matches!(end, End::SyntaxError { .. }) && executed.is_empty(),
            _ => executed.any(self.executed_by()),
        }
    }

    /// Whether a dialect can have this feature at all (asked of [`crate::version::Semantics`]).
    pub fn exists_in(self, sem: &crate::version::Semantics) -> bool {
        match self {
            Feature::Nonlocal | Feature::DelFree => sem.has_nonlocal,
            // 2.7 refuses to delete a cell at compile time, so only 3.x programs do it.
            Feature::DelCell => sem.can_delete_deref,
            Feature::BareExec => sem.exec_is_statement,
            _ => true,
        }
    }

    /// The default weight: relative frequency among the productions whose predicate holds
    /// (statement features), or a per-mille chance (function-header features `Params`,
    /// `Global`, `Nonlocal`, and `Invalid` per program).
    ///
    /// The scope features (exec, locals, del, closures) weigh more than the plumbing
    /// (assign, print, branch) because they are what the tool is for; plumbing stays common
    /// enough that exec'd code and closures have names to work on.
    pub const fn default_weight(self) -> u32 {
        match self {
            Feature::Assign => 30,
            Feature::Print => 4,
            Feature::Branch => 6,
            Feature::Loop => 6,
            Feature::TryExcept => 8,
            Feature::Call => 14,
            // Per mille per function: most functions have parameters.
            Feature::Params => 700,
            Feature::Closure => 14,
            Feature::Lambda => 6,
            // Per mille per function: a global declaration in a fifth of functions.
            Feature::Global => 200,
            // Per mille per nested function: the point of nesting is reaching outward.
            Feature::Nonlocal => 500,
            Feature::Recursion => 3,
            Feature::ClassInFunction => 5,
            Feature::Comprehension => 7,
            Feature::DeadAssign => 6,
            Feature::DelLocal => 7,
            // Only eligible where a captured local (a `nonlocal` name) exists, which is rare,
            // so they weigh more: at 30 and 40 (and eligible everywhere) 3.x programs executed
            // them in only 7.0% and 6.3% of programs, too near the 5% floor.
            Feature::DelCell => 45,
            Feature::DelFree => 60,
            Feature::DelGlobal => 8,
            Feature::DelDictEntry => 4,
            Feature::Locals => 10,
            Feature::LocalsHeld => 8,
            Feature::Vars => 4,
            Feature::Dir => 4,
            Feature::FrameLocals => 6,
            Feature::Globals => 4,
            Feature::ExecSource => 14,
            Feature::ExecCode => 6,
            Feature::ExecDicts => 8,
            Feature::ExecNested => 4,
            // Per mille per top-level 2.7 function: unqualified exec de-optimises the whole
            // function and forbids closures in it, so it gets its own share of functions.
            Feature::BareExec => 250,
            Feature::Eval => 8,
            Feature::Compile => 5,
            // Per mille per program: the issue asks for "a small share" of SyntaxErrors;
            // 1.5% keeps them visible in 10,000 programs without drowning the valid ones.
            Feature::Invalid => 15,
            // Issue 17 asks for each of these in at least 3% of programs: a campaign of a few
            // thousand cases must surely execute them.
            Feature::LaterBinding => 10,
            Feature::DelNeverBound => 6,
            // Each ends in a SyntaxError caught at run time on 3.x; rare enough not to crowd
            // the guards' observations.
            Feature::DeclAfterUse => 3,
            Feature::Arith => 12,
        }
    }
}

/// One weight per [`Feature`]; zero switches the family off.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeatureWeights([u32; Feature::COUNT]);

impl FeatureWeights {
    pub fn get(&self, feature: Feature) -> u32 {
        self.0[feature.index()]
    }

    pub fn set(&mut self, feature: Feature, weight: u32) {
        self.0[feature.index()] = weight;
    }
}

impl Default for FeatureWeights {
    fn default() -> FeatureWeights {
        let mut weights = [0; Feature::COUNT];
        for feature in Feature::ALL {
            weights[feature.index()] = feature.default_weight();
        }
        FeatureWeights(weights)
    }
}

/// Everything that shapes a generated program. `GenConfig::default()` is the campaign mix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenConfig {
    /// Relative weights (or per-mille chances, see [`Feature::default_weight`]).
    pub weights: FeatureWeights,
    /// Top-level functions per program (default 4).
    pub max_functions: u32,
    /// Statements in one body or block (default 6).
    pub max_body_stmts: u32,
    /// Statements in the whole program before productions stop being chosen (default 120):
    /// keeps generation fast and reduction cheap.
    pub max_total_stmts: u32,
    /// Functions nested inside functions, counting the outermost (default 3, as the issue
    /// asks for closures "nested up to three deep").
    pub max_function_depth: u32,
    /// `if`/`for`/`try` blocks nested inside one another (default 2).
    pub max_block_depth: u32,
    /// Iterations of a generated loop (default 3).
    pub max_loop_iters: u32,
    /// Depth of a recursive function (default 5): far below CPython's default limit of 1000
    /// even when the probe and `exec` frames are counted.
    pub max_recursion_depth: u32,
    /// Nesting of generated code inside `exec`'d strings (default 2).
    pub max_exec_depth: u32,
    /// Estimated statements executed by one call, loops and callees included (default 400):
    /// bounds the run time of call chains and loops, so every program stays far from any
    /// timeout even on a slow VM.
    pub max_call_cost: u32,
}

impl Default for GenConfig {
    fn default() -> GenConfig {
        GenConfig {
            weights: FeatureWeights::default(),
            max_functions: 4,
            max_body_stmts: 6,
            max_total_stmts: 120,
            max_function_depth: 3,
            max_block_depth: 2,
            max_loop_iters: 3,
            max_recursion_depth: 5,
            max_exec_depth: 2,
            max_call_cost: 400,
        }
    }
}

impl<'a> Arbitrary<'a> for GenConfig {
    /// A swarm configuration: each family is kept (with a weight between half and twice its
    /// default) or dropped, and the limits shrink or grow within safe bounds.
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<GenConfig> {
        let mut cfg = GenConfig::default();
        for feature in Feature::ALL {
            // Keep three families in four: dropping more makes most programs trivial.
            let keep = u.ratio(3u8, 4u8)?;
            let weight = if keep {
                let base = feature.default_weight();
                u.int_in_range(base.div_ceil(2)..=base * 2)?
            } else {
                0
            };
            cfg.weights.set(feature, weight.min(1000));
        }
        cfg.max_functions = u.int_in_range(1..=6)?;
        cfg.max_body_stmts = u.int_in_range(2..=8)?;
        cfg.max_total_stmts = u.int_in_range(20..=160)?;
        cfg.max_function_depth = u.int_in_range(1..=3)?;
        cfg.max_block_depth = u.int_in_range(0..=2)?;
        cfg.max_loop_iters = u.int_in_range(1..=4)?;
        cfg.max_recursion_depth = u.int_in_range(1..=8)?;
        cfg.max_exec_depth = u.int_in_range(0..=3)?;
        Ok(cfg)
    }
}
