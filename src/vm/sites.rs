//! Sites: named points in the interpreter at the granularity of a branch ("a `del` of a local
//! that is not bound", "floor division of ints of different signs"), recorded as a run
//! passes them. A run's [`SiteSet`] is its *spectrum*; comparing the spectra of a diverging
//! program and of agreeing ones tells which branch a divergence comes from (spectrum-based
//! fault localisation, `crate::campaign::cause`). The VM models CPython's mechanisms, so its
//! spectrum of a program names the mechanisms the program exercises whichever implementation
//! is under test.
//!
//! A site is recorded with [`hit`] into a thread-local set (the run thread's), so objects,
//! the compiler and the interpreter record alike without a handle on the VM; `run_inner`
//! clears it before a run and takes it after. This module depends on nothing.

use std::cell::Cell;

macro_rules! sites {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal,)*) => {
        /// One branch of the interpreter a run can pass.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Site {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Site {
            /// Every site, in bit order.
            pub const ALL: &'static [Site] = &[$(Site::$variant,)*];

            /// The site in words, stable: reports and cause signatures use it.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Site::$variant => $name,)*
                }
            }

            /// The site named `name`.
            pub fn from_name(name: &str) -> Option<Site> {
                Site::ALL.iter().copied().find(|s| s.name() == name)
            }
        }
    };
}

sites! {
    // ----- fast locals -----
    /// `LOAD_FAST` of a bound local.
    LoadFastBound = "read of a bound fast local",
    /// `LOAD_FAST` of an unbound local: `UnboundLocalError`.
    LoadFastUnbound = "read of an unbound fast local",
    /// `STORE_FAST`.
    StoreFast = "store to a fast local",
    /// `DELETE_FAST` of a bound local.
    DeleteFastBound = "del of a bound fast local",
    /// `DELETE_FAST` of an unbound local: `UnboundLocalError`.
    DeleteFastUnbound = "del of an unbound fast local",
    /// An inlined comprehension (PEP 709) saves its iteration variable's outer value.
    InlinedSave = "inlined comprehension saves an outer local",
    /// An inlined comprehension restores its iteration variable's bound outer value.
    InlinedRestoreBound = "inlined comprehension restores a bound outer local",
    /// An inlined comprehension unbinds its iteration variable, unbound before it.
    InlinedRestoreUnbound = "inlined comprehension unbinds its variable again",
    // ----- names (unoptimised namespaces) -----
    /// `LOAD_NAME` found the name in the locals mapping.
    LoadNameLocal = "name read from the locals mapping",
    /// `LOAD_NAME` fell through to the globals.
    LoadNameGlobal = "name read falls through to the globals",
    /// `LOAD_NAME` fell through to the builtins.
    LoadNameBuiltin = "name read falls through to the builtins",
    /// `LOAD_NAME` found the name nowhere: `NameError`.
    LoadNameMissing = "name read finds nothing",
    /// `STORE_NAME` where the locals mapping is the globals (module level).
    StoreNameGlobals = "name stored in the module namespace",
    /// `STORE_NAME` in a class body.
    StoreNameClass = "name stored in a class namespace",
    /// `STORE_NAME` into separate locals of exec'd code (or a 2.7 unoptimised function).
    StoreNameLocals = "name stored in separate exec locals",
    /// `DELETE_NAME` of a name the locals mapping holds.
    DeleteNameFound = "name deleted from the locals mapping",
    /// `DELETE_NAME` of a name the locals mapping does not hold: `NameError`.
    DeleteNameMissing = "name deleted that the locals mapping lacks",
    // ----- globals -----
    /// `LOAD_GLOBAL` found the name in the globals.
    LoadGlobalFound = "global read from the globals",
    /// `LOAD_GLOBAL` fell through to the builtins.
    LoadGlobalBuiltin = "global read falls through to the builtins",
    /// `LOAD_GLOBAL` found the name nowhere: `NameError`.
    LoadGlobalMissing = "global read finds nothing",
    /// `STORE_GLOBAL`.
    StoreGlobal = "store to a declared global",
    /// `DELETE_GLOBAL` of a bound global.
    DeleteGlobalFound = "del of a bound global",
    /// `DELETE_GLOBAL` of a name the globals lack: `NameError`.
    DeleteGlobalMissing = "del of a global that is not bound",
    // ----- cells -----
    /// `LOAD_DEREF` of a bound cell or free variable.
    LoadDerefBound = "read of a bound cell",
    /// `LOAD_DEREF` of an empty free variable: `NameError`.
    LoadDerefUnboundFree = "read of an unbound free variable",
    /// `LOAD_DEREF` of an empty cell variable: `UnboundLocalError`.
    LoadDerefUnboundCell = "read of an unbound cell variable",
    /// A class body's free name found in the class namespace (`LOAD_CLASSDEREF`).
    ClassDerefNamespace = "class body free name read from the class namespace",
    /// A class body's free name read from the cell.
    ClassDerefCell = "class body free name read from its cell",
    /// `STORE_DEREF`.
    StoreDeref = "store to a cell",
    /// `DELETE_DEREF` of a bound cell.
    DeleteDerefBound = "del of a bound cell",
    /// `DELETE_DEREF` of an empty cell.
    DeleteDerefUnbound = "del of an unbound cell",
    // ----- the symbol table -----
    /// A `del` target makes a name local to its function.
    SymtableDelBinds = "del target binds a function local",
    /// A name read in a function is resolved as an implicit global.
    SymtableImplicitGlobal = "function name resolved as an implicit global",
    /// A `del` compiled as `DELETE_GLOBAL` of a name with no `global` declaration.
    DelOfImplicitGlobal = "del compiled for an undeclared global",
    /// A `del` compiled as `DELETE_DEREF` of a free variable with no `nonlocal` declaration.
    DelOfUndeclaredFree = "del compiled for an undeclared free variable",
    // ----- locals() and frame synchronisation -----
    /// `locals()` (and bare exec/eval, `vars()`, `dir()`) in an optimised frame returns a
    /// fresh snapshot (3.13).
    LocalsSnapshot = "locals() of a function returns a fresh snapshot",
    /// `PyFrame_FastToLocals` of a function frame: its persistent locals dict refreshed from
    /// fast locals and cells (2.7, 3.12).
    FastToLocalsFunction = "function locals dict refreshed from fast locals",
    /// A function frame's persistent locals dict, made by an earlier `locals()`, refreshed
    /// again (2.7, 3.12).
    FunctionLocalsDictReused = "function locals dict reused",
    /// The same of a module, class or exec'd namespace (only hidden or free variables sync).
    FastToLocalsNamespace = "namespace refreshed from fast locals",
    /// `FastToLocals` removes a key whose fast local is unbound.
    FastToLocalsRemovesUnbound = "locals refresh removes an unbound local",
    /// `PyFrame_LocalsToFast`: the locals dict written back into fast locals (2.7).
    LocalsToFast = "frame locals dict written back into fast locals",
    /// `LocalsToFast` binds a local to another object than it held (an exec or a trace
    /// function rebound it in the dict).
    LocalsToFastChanges = "write-back rebinds a local",
    /// `LocalsToFast` with clearing: a missing key unbinds a fast local.
    LocalsToFastUnbinds = "write-back unbinds a local missing from the dict",
    /// `locals()` while an inlined comprehension runs (hidden variables included).
    LocalsWithHidden = "locals() includes inlined comprehension variables",
    // ----- exec and eval -----
    /// `exec`/`eval` in the caller's namespaces inside a function.
    ExecBareInFunction = "bare exec in a function",
    /// `exec`/`eval` with explicit globals and separate locals.
    ExecSeparateLocals = "exec with separate globals and locals",
    /// `exec`/`eval` with explicit globals only.
    ExecGlobalsOnly = "exec with globals only",
    /// `exec`/`eval` in the caller's namespaces at module level or in a class body.
    ExecBareUnoptimised = "bare exec in an unoptimised namespace",
    // ----- the 3.13 write-through proxy -----
    /// `FrameLocalsProxy` read of a fast local.
    ProxyGetFast = "frame proxy reads a fast local",
    /// `FrameLocalsProxy` read of an extra (non-fast) local.
    ProxyGetExtra = "frame proxy reads an extra local",
    /// `FrameLocalsProxy` write of a fast local.
    ProxySetFast = "frame proxy writes a fast local",
    /// `FrameLocalsProxy` write of a new extra local.
    ProxySetExtra = "frame proxy writes an extra local",
    // ----- exceptions -----
    /// An `except E as e` handler compiled without unbinding `e` at its end (2.7).
    ExceptTargetKept = "except handler leaves its target bound",
    // ----- class bodies -----
    /// A class body is compiled to store `__qualname__` first (3.x).
    ClassQualnameStored = "class namespace gets __qualname__",
    /// A class body is compiled without `__qualname__` (2.7).
    ClassQualnameAbsent = "class namespace without __qualname__",
    // ----- dicts -----
    /// A dict insertion of a new key.
    DictInsert = "dict inserts a new key",
    /// A dict assignment to an existing key.
    DictOverwrite = "dict overwrites a key",
    /// A dict deletion.
    DictDelete = "dict deletes a key",
    /// A dict insertion of a key deleted earlier from the same dict.
    DictReinsert = "dict inserts a key it deleted before",
    // ----- arithmetic -----
    /// `//` of ints of the same sign (or a zero dividend).
    IntFloorDivSameSign = "int floor division, same signs",
    /// `//` of ints of different signs.
    IntFloorDivMixedSign = "int floor division, different signs",
    /// `%` of ints of the same sign (or a zero dividend).
    IntModSameSign = "int modulo, same signs",
    /// `%` of ints of different signs.
    IntModMixedSign = "int modulo, different signs",
    /// An int division or modulo by zero.
    IntDivByZero = "int division by zero",
    /// `**` of ints with a negative exponent (a float result).
    IntPowNegative = "int power with a negative exponent",
    /// A float `//` or `%`.
    FloatFloorDivMod = "float floor division or modulo",
    /// An int shift.
    IntShift = "int shift",
    /// `round` of a float, halves to even and to an int without ndigits (3.x).
    RoundFloatHalfEven = "round of a float, halves to even",
    /// `round` of a float, halves away from zero and to a float (2.7).
    RoundFloatHalfAway = "round of a float, halves away from zero",
}

/// A set of sites, one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SiteSet([u64; 2]);

const _: () = assert!(Site::ALL.len() <= 128, "widen SiteSet");

impl SiteSet {
    pub fn insert(&mut self, site: Site) {
        let i = site as usize;
        self.0[i / 64] |= 1 << (i % 64);
    }

    pub const fn contains(&self, site: Site) -> bool {
        let i = site as usize;
        self.0[i / 64] & (1 << (i % 64)) != 0
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }

    /// The sites in bit order.
    pub fn iter(self) -> impl Iterator<Item = Site> {
        Site::ALL.iter().copied().filter(move |s| self.contains(*s))
    }

    pub fn union(self, other: SiteSet) -> SiteSet {
        SiteSet([self.0[0] | other.0[0], self.0[1] | other.0[1]])
    }
}

impl FromIterator<Site> for SiteSet {
    fn from_iter<I: IntoIterator<Item = Site>>(iter: I) -> SiteSet {
        let mut out = SiteSet::default();
        for s in iter {
            out.insert(s);
        }
        out
    }
}

thread_local! {
    static HIT: Cell<SiteSet> = const { Cell::new(SiteSet([0; 2])) };
    static ORDER: std::cell::RefCell<Vec<Site>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Records that the running program passed `site`.
pub fn hit(site: Site) {
    HIT.with(|h| {
        let mut s = h.get();
        if !s.contains(site) {
            s.insert(site);
            h.set(s);
            ORDER.with(|o| o.borrow_mut().push(site));
        }
    });
}

/// The sites recorded on this thread since the last call, in the order they were first
/// passed, and a fresh start.
pub fn take() -> Vec<Site> {
    HIT.with(|h| h.set(SiteSet::default()));
    ORDER.with(|o| std::mem::take(&mut *o.borrow_mut()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_sets_round_trip() {
        let names: std::collections::BTreeSet<&str> = Site::ALL.iter().map(|s| s.name()).collect();
        assert_eq!(names.len(), Site::ALL.len());
        for s in Site::ALL {
            assert_eq!(Site::from_name(s.name()), Some(*s));
            let one: SiteSet = [*s].into_iter().collect();
            assert_eq!(one.iter().collect::<Vec<_>>(), vec![*s]);
        }
        take();
        hit(Site::IntShift);
        hit(Site::LoadFastBound);
        hit(Site::IntShift);
        assert_eq!(take(), vec![Site::IntShift, Site::LoadFastBound]);
        assert!(take().is_empty());
    }
}
