//! Planted bugs: narrow semantic mistakes the VM can be told to make, so that a test can show
//! a campaign finds, reduces and buckets each of them, alone and all at once. Only builds with
//! the `planted-bugs` cargo feature; release builds do not have it. Each mistake is the kind a
//! real implementation makes, in one branch of one mechanism.

macro_rules! planted_bugs {
    ($($(#[doc = $doc:literal])* $variant:ident,)*) => {
        /// One deliberate mistake.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum PlantedBug {
            $($(#[doc = $doc])* $variant,)*
        }

        impl PlantedBug {
            /// Every mistake, in bit order.
            pub const ALL: &'static [PlantedBug] = &[$(PlantedBug::$variant,)*];
        }
    };
}

planted_bugs! {
    /// exec namespaces: 3.12's bare `exec()` in a function writes the frame dict back into
    /// fast locals (as 2.7's `LocalsToFast` does).
    ExecWritesBackFastLocals,
    /// exec namespaces: 2.7's bare `exec` runs `PyFrame_LocalsToFast(f, 1)`, so an exec'd
    /// `del` unbinds locals.
    LocalsToFastClears,
    /// locals(): 3.13's `vars()` with no argument returns the frame's one cached dict (as
    /// 2.7 and 3.12 do) instead of a fresh snapshot, as if PEP 667 had missed that caller.
    VarsCachesLocals,
    /// error paths: a read of an unbound fast local raises `NameError` ("name 'x' is not
    /// defined") instead of `UnboundLocalError`.
    UnboundReadIsNameError,
    /// error paths: a read of an unbound free variable raises the cell variable's
    /// `UnboundLocalError` instead of `NameError` (free variable referenced before
    /// assignment).
    UnboundFreeIsUnboundLocal,
    /// arithmetic: int `//` of operands of different signs truncates toward zero (C's
    /// division) instead of flooring.
    FloorDivTruncates,
    /// arithmetic: int `%` of operands of different signs takes the dividend's sign (C's
    /// remainder) instead of the divisor's.
    ModTakesDividendSign,
    /// dict order: a key deleted from a dict and inserted again goes back to its old place
    /// instead of the end.
    DictReinsertKeepsPlace,
    /// symbol table: a `del` target does not make a name local, so a function whose only
    /// binding of a name is `del` reads it as a global.
    DelDoesNotBind,
    /// class bodies: the class namespace starts without `__qualname__`.
    ClassNamespaceLacksQualname,
    /// the 3.13 proxy: writing a fast local through `frame.f_locals` stores an extra local
    /// beside it instead of writing the fast local.
    ProxyWriteMissesFast,
    /// comprehensions: an inlined (PEP 709) comprehension does not unbind its iteration
    /// variable afterwards when it was unbound before, so the variable leaks.
    InlinedLoopVariableLeaks,
    /// exec namespaces: `exec(src, g, l)` (2.7 `exec src in g, l`) runs in `g` alone,
    /// ignoring the locals mapping.
    ExecIgnoresLocalsMapping,
    /// version table: the `round_half_even` row answers 2.7's value on 3.x, so `round` of a
    /// float returns a float and rounds halves away from zero.
    RoundHalfAwayOn3,
}

/// A set of planted mistakes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Planted(u32);

const _: () = assert!(PlantedBug::ALL.len() <= 32);

impl Planted {
    /// Only `bug`.
    pub fn one(bug: PlantedBug) -> Planted {
        Planted(1 << bug as u32)
    }

    /// Every mistake at once.
    pub fn all() -> Planted {
        PlantedBug::ALL
            .iter()
            .map(|b| Planted::one(*b))
            .fold(Planted(0), |a, b| Planted(a.0 | b.0))
    }

    pub fn has(self, bug: PlantedBug) -> bool {
        self.0 & (1 << bug as u32) != 0
    }
}

impl From<Option<PlantedBug>> for Planted {
    fn from(bug: Option<PlantedBug>) -> Planted {
        bug.map_or(Planted::default(), Planted::one)
    }
}

thread_local! {
    static ON: std::cell::Cell<Planted> = const { std::cell::Cell::new(Planted(0)) };
}

/// Switches on the mistakes of `planted` for the runs on this thread (the run thread's).
pub fn set(planted: Planted) {
    ON.with(|on| on.set(planted));
}

/// Whether `bug` is on for the run on this thread.
pub fn is_on(bug: PlantedBug) -> bool {
    ON.with(|on| on.get().has(bug))
}
