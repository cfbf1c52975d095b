//! Names in scope while a program is generated, so that references are valid by construction.
//!
//! The generator keeps a stack of [`Scope`]s (module, functions, class bodies, `exec`'d code).
//! Each records the names it binds or reads, with a type (so arithmetic only meets ints), a
//! state (surely bound, or maybe unbound after a `del`, a dead assignment or an `exec`), and
//! how the name is bound there (local, parameter, `global`, `nonlocal`, read from an enclosing
//! scope). The rules that follow from CPython's symbol table (`Python/symtable.c`) live here:
//! which names a `nonlocal` may name, which names a function may still assign without turning
//! an earlier read into an `UnboundLocalError`, and which enclosing names a nested block
//! sees (class bodies are skipped by functions nested in them).
//!
//! Everything is kept in `BTreeMap`s so iteration, and therefore generation, is deterministic.

use std::collections::{BTreeMap, BTreeSet};

use crate::vm::ast::Ident;

/// Identifiers shared by every scope, so shadowing between scopes happens often.
pub const NAME_POOL: [&str; 8] = ["a", "b", "c", "x", "y", "z", "v", "w"];

/// What a name holds. Arithmetic only reads `Int`s; calls only call `Func`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    Int,
    /// A namespace dict (`locals()`, `globals()`, a dict for exec) or a frame-locals mapping.
    Dict,
    /// A function or lambda taking between `min_args` and `max_args` positional arguments,
    /// costing about `cost` statements per call.
    Func {
        min_args: u8,
        max_args: u8,
        cost: u32,
    },
    Class,
    /// A code object from `compile` in the given mode.
    Code(CompileMode),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    Exec,
    Eval,
    Single,
}

impl CompileMode {
    pub fn as_str(self) -> &'static str {
        match self {
            CompileMode::Exec => "exec",
            CompileMode::Eval => "eval",
            CompileMode::Single => "single",
        }
    }
}

/// Whether a name is certainly bound at this point of the generated code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Bound,
    /// Maybe unbound: read only inside a `try` that catches the `NameError`.
    Maybe,
}

/// How a scope refers to a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// Assigned (or deleted, or a loop target) in this scope: a local.
    Local,
    Param,
    /// Declared `global` here.
    Global,
    /// Declared `nonlocal` here.
    Nonlocal,
    /// Read here, bound in an enclosing function: a free variable. Never assigned here, which
    /// would make it local and the earlier read an `UnboundLocalError`.
    FreeRef,
    /// Read here, bound at module level: an implicit global. Never assigned here either.
    GlobalRef,
    /// Never bound by syntax, only by `exec`'d code or a namespace-dict write: reading it
    /// compiles to a global (or `LOAD_NAME`) lookup that may fail.
    Phantom,
}

impl Binding {
    /// Whether an assignment in this scope keeps the name's binding as it is.
    pub fn assignable(self) -> bool {
        matches!(
            self,
            Binding::Local | Binding::Param | Binding::Global | Binding::Nonlocal
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Var {
    pub ty: Ty,
    pub state: State,
    pub binding: Binding,
    /// [`tick`] when the name was last bound, and last unbound: blocks compare these with
    /// the tick at their start instead of copying every state.
    pub bound_at: u64,
    pub lost_at: u64,
}

thread_local! {
    static CLOCK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A per-thread monotonic clock for [`Var::bound_at`] (64 bits: it never wraps). Only
/// comparisons between ticks of one generation matter, so generation stays deterministic.
pub fn tick() -> u64 {
    CLOCK.with(|c| {
        let t = c.get() + 1;
        c.set(t);
        t
    })
}

impl Var {
    pub fn new(ty: Ty, state: State, binding: Binding) -> Var {
        let bound_at = if state == State::Bound { tick() } else { 0 };
        Var {
            ty,
            state,
            binding,
            bound_at,
            lost_at: 0,
        }
    }

    /// The name may be unbound from here on.
    pub fn unbind(&mut self) {
        if self.state == State::Bound {
            self.lost_at = tick();
        }
        self.state = State::Maybe;
    }

    /// The name is surely bound from here on.
    pub fn rebind(&mut self) {
        self.state = State::Bound;
        self.bound_at = tick();
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    /// Code run by `exec`: module-level code whose namespace is whatever exec was given.
    ExecBody,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// The probe label prefix: `f1`, `f1.g2`, `f1.C3`, `exec4`.
    pub label: String,
    pub vars: BTreeMap<Ident, Var>,
    /// Names a nested scope reads or declares `nonlocal`: this scope's cells (2.7 forbids
    /// deleting them).
    pub captured: BTreeSet<Ident>,
    /// 2.7: this function uses unqualified `exec`, so it may contain no nested block with free
    /// names (every generated nested function has some: its probe).
    pub bare_exec: bool,
    /// Estimated statements one run of this body executes, callees included.
    pub cost: u32,
    /// Product of the iteration counts of the loops around the current point.
    pub loop_mult: u32,
}

impl Scope {
    pub fn new(kind: ScopeKind, label: String) -> Scope {
        Scope {
            kind,
            label,
            vars: BTreeMap::new(),
            captured: BTreeSet::new(),
            bare_exec: false,
            cost: 1,
            loop_mult: 1,
        }
    }

    pub fn is_function(&self) -> bool {
        self.kind == ScopeKind::Function
    }

    pub fn bind(&mut self, name: &str, ty: Ty, binding: Binding) {
        self.vars
            .insert(name.to_string(), Var::new(ty, State::Bound, binding));
    }

    /// A pool name not yet used in this scope, or a numbered one once the pool is spent.
    pub fn fresh_candidates(&self) -> Vec<&'static str> {
        NAME_POOL
            .iter()
            .copied()
            .filter(|n| !self.vars.contains_key(*n))
            .collect()
    }

    /// After a block that began at tick `start` and may not have run to its end: whatever it
    /// bound is only maybe bound.
    pub fn merge_block(&mut self, start: u64) {
        for var in self.vars.values_mut() {
            if var.state == State::Bound && var.bound_at > start {
                var.state = State::Maybe;
            }
        }
    }

    /// Whether a block that began at tick `start` unbound a name that was bound.
    pub fn lost_since(&self, start: u64) -> bool {
        self.vars.values().any(|v| v.lost_at > start)
    }
}

/// A name visible from the innermost scope, and where it lives.
#[derive(Clone, Debug)]
pub struct Visible {
    pub name: Ident,
    pub var: Var,
    /// Index of the scope that binds it.
    pub scope: usize,
}

/// Calls `f(name, var, scope_index)` for each name readable from the innermost scope of
/// `scopes`, innermost binding first, without allocating (this runs for every expression).
///
/// A function skips enclosing class bodies, as CPython's name resolution does; a class body
/// sees its enclosing functions; module names are globals to everyone; `exec`'d code sees
/// only its own scope (the generator copies in what its namespace holds).
pub fn for_each_visible<'s>(scopes: &'s [Scope], mut f: impl FnMut(&'s str, &'s Var, usize)) {
    let Some(inner) = scopes.len().checked_sub(1) else {
        return;
    };
    for (idx, scope) in scopes.iter().enumerate().rev() {
        let innermost = idx == inner;
        if !innermost {
            if scopes[inner].kind == ScopeKind::ExecBody {
                break;
            }
            if scope.kind == ScopeKind::Class {
                continue;
            }
        }
        for (name, var) in &scope.vars {
            // Shadowed by an inner scope that binds or refers to it.
            let shadowed = scopes[idx + 1..].iter().enumerate().any(|(off, s)| {
                let is_inner = idx + 1 + off == inner;
                if !is_inner && s.kind == ScopeKind::Class {
                    return false;
                }
                s.vars.get(name).is_some_and(|v| {
                    is_inner || !matches!(v.binding, Binding::FreeRef | Binding::GlobalRef)
                })
            });
            if shadowed {
                continue;
            }
            // Inner references to outer names are found at the binding scope itself.
            if !innermost && matches!(var.binding, Binding::FreeRef | Binding::GlobalRef) {
                continue;
            }
            f(name, var, idx);
        }
    }
}

/// The names readable from the innermost scope, collected (see [`for_each_visible`]).
pub fn visible(scopes: &[Scope]) -> Vec<Visible> {
    let mut out = Vec::new();
    for_each_visible(scopes, |name, var, scope| {
        out.push(Visible {
            name: name.to_string(),
            var: *var,
            scope,
        })
    });
    out
}

/// Names an inner function may declare `nonlocal`: ints bound by syntax in an enclosing
/// function (class bodies are transparent), not hidden by a `global` on the way.
pub fn nonlocal_candidates(scopes: &[Scope]) -> Vec<Ident> {
    let mut hidden: BTreeSet<&str> = BTreeSet::new();
    let mut out = BTreeSet::new();
    for scope in scopes.iter().rev() {
        match scope.kind {
            ScopeKind::Function => {}
            ScopeKind::Class => continue,
            ScopeKind::Module | ScopeKind::ExecBody => break,
        }
        for (name, var) in &scope.vars {
            if var.binding == Binding::Global {
                hidden.insert(name);
                continue;
            }
            let binds = matches!(
                var.binding,
                Binding::Local | Binding::Param | Binding::Nonlocal
            );
            if binds && var.ty == Ty::Int && !hidden.contains(name.as_str()) {
                out.insert(name.clone());
            }
        }
    }
    out.into_iter().collect()
}
