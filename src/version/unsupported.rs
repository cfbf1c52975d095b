//! The closed list of constructs the VM knowingly does not run.
//!
//! A run may end as `Unsupported` only with an [`Unsupported`] value, and every such value
//! names a member of a list here: a module in [`UNMODELLED_MODULES`], an attribute (or a
//! traced first import) of a module in [`PARTIAL_MODULES`], a [`Gap`] in [`Gap::ALL`], a [`SyntaxGap`] in [`SyntaxGap::ALL`], or
//! one of the four unit variants. Each member carries the reason the VM leaves it out.
//! [`Unsupported::name`] gives the stable construct name reports show, and [`listed`] checks a
//! name against the lists, so a consumer can tell a listed gap from anything else. Plain data:
//! nothing here depends on the rest of the crate.

/// Standard-library modules the VM does not model, each with the reason. `import` of one ends
/// the run as [`Unsupported::ImportModule`]; any other unknown module raises `ImportError`.
pub const UNMODELLED_MODULES: &[(&str, &str)] = &[
    ("dis", DIS),
    ("opcode", DIS),
    ("ctypes", "reads and writes the interpreter's memory"),
    ("subprocess", "starts other processes"),
    ("traceback", TRACEBACK),
    ("linecache", TRACEBACK),
    (
        "warnings",
        "warning filters and their stderr output are not modelled",
    ),
    ("ast", COMPILER),
    ("symtable", COMPILER),
    ("tokenize", COMPILER),
    ("keyword", COMPILER),
    ("os", OS),
    ("platform", OS),
    ("time", OS),
    ("random", OS),
    ("threading", OS),
    ("io", OS),
    ("codecs", OS),
    ("types", LIBRARY),
    ("collections", LIBRARY),
    ("itertools", LIBRARY),
    ("functools", LIBRARY),
    ("gc", LIBRARY),
    ("re", LIBRARY),
    ("math", LIBRARY),
    ("string", LIBRARY),
    ("copy", LIBRARY),
    ("operator", LIBRARY),
    ("json", LIBRARY),
    ("weakref", LIBRARY),
    ("contextlib", LIBRARY),
    ("abc", LIBRARY),
    ("struct", LIBRARY),
    ("pickle", LIBRARY),
    ("textwrap", LIBRARY),
    ("builtins", BUILTINS),
    ("__builtin__", BUILTINS),
    ("exceptions", BUILTINS),
    ("imp", IMPORT),
    ("importlib", IMPORT),
    ("marshal", IMPORT),
];

const DIS: &str = "disassembles CPython bytecode, which the VM does not share";
const TRACEBACK: &str = "formats tracebacks from source files on disk";
const COMPILER: &str = "exposes CPython's own compiler data structures";
const OS: &str = "operating-system and I/O services outside the language";
const LIBRARY: &str = "library code built on the language, outside the scope semantics under test";
const BUILTINS: &str = "the builtins namespace is not importable as a module object in the VM";
const IMPORT: &str = "the import system and code serialisation are not modelled";

/// Modules the VM models in part, each with what it models. Reading any other attribute of one
/// (or its `__dict__`, `dir()`, `import *`, a submodule) ends the run as
/// [`Unsupported::ModuleAttribute`].
pub const PARTIAL_MODULES: &[(&str, &str)] = &[(
    "inspect",
    "only the frame access scope programs use is modelled: currentframe() and the module's sys",
)];

/// The listed name of an unmodelled module.
pub fn unmodelled_module(name: &str) -> Option<&'static str> {
    UNMODELLED_MODULES
        .iter()
        .find(|(m, _)| *m == name)
        .map(|(m, _)| *m)
}

/// The listed name of a partially modelled module.
pub fn partial_module(name: &str) -> Option<&'static str> {
    PARTIAL_MODULES
        .iter()
        .find(|(m, _)| *m == name)
        .map(|(m, _)| *m)
}

/// A builtin function, method or type behaviour the VM knowingly does not implement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// A negative number to a fractional power, whose 3.x result is complex.
    ComplexPower,
    /// `range(...)[a:b]`.
    RangeSlicing,
    /// `pow(b, e, m)` with `e < 0` (3.8+ modular inverse).
    PowNegativeModular,
    /// `print(..., file=f)` with `f` not `sys.stdout`/`sys.stderr`.
    PrintFileObject,
    /// 2.7 `print >> f, ...` with `f` not `sys.stdout`/`sys.stderr`.
    PrintChevronObject,
    /// `dir(x)` of a builtin value (not a module, class or instance).
    DirBuiltinObject,
    /// Calling a builtin type the VM has no constructor for (`complex('1j')`, `NoneType()` ...).
    BuiltinConstructor,
    /// A class statement whose base is a builtin type the VM cannot extend.
    BuiltinSubclass,
}

impl Gap {
    /// Every gap, for the closed list.
    pub const ALL: &'static [Gap] = &[
        Gap::ComplexPower,
        Gap::RangeSlicing,
        Gap::PowNegativeModular,
        Gap::PrintFileObject,
        Gap::PrintChevronObject,
        Gap::DirBuiltinObject,
        Gap::BuiltinConstructor,
        Gap::BuiltinSubclass,
    ];

    /// The stable name (after `builtin:` in a construct name).
    pub fn name(self) -> &'static str {
        match self {
            Gap::ComplexPower => "complex-power",
            Gap::RangeSlicing => "range-slicing",
            Gap::PowNegativeModular => "pow-negative-exponent-modulus",
            Gap::PrintFileObject => "print-file-object",
            Gap::PrintChevronObject => "print-chevron-object",
            Gap::DirBuiltinObject => "dir-builtin-object",
            Gap::BuiltinConstructor => "builtin-constructor",
            Gap::BuiltinSubclass => "builtin-subclass",
        }
    }

    /// Why the VM leaves it out.
    pub fn reason(self) -> &'static str {
        match self {
            Gap::ComplexPower => "complex arithmetic is not modelled",
            Gap::RangeSlicing => "range objects are not sliceable in the VM",
            Gap::PowNegativeModular => "modular inverses are not implemented",
            Gap::PrintFileObject | Gap::PrintChevronObject => {
                "output goes only to the two standard streams"
            }
            Gap::DirBuiltinObject => "builtin types list no attributes in the VM",
            Gap::BuiltinConstructor => {
                "only the builtin types scope programs construct have constructors"
            }
            Gap::BuiltinSubclass => {
                "only int, long, float, str, unicode, tuple, list, dict, set, frozenset and \
                 exceptions are extensible"
            }
        }
    }
}

/// Valid syntax the shared AST cannot represent; the parser reports it by [`SyntaxGap::name`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxGap {
    AsyncStatement,
    TypeAlias,
    MatchStatement,
    AnnotatedAssignment,
    LambdaTupleParameters,
    PositionalOnlyParameters,
    NamedUnicodeEscape,
}

impl SyntaxGap {
    /// Every syntax gap, for the closed list.
    pub const ALL: &'static [SyntaxGap] = &[
        SyntaxGap::AsyncStatement,
        SyntaxGap::TypeAlias,
        SyntaxGap::MatchStatement,
        SyntaxGap::AnnotatedAssignment,
        SyntaxGap::LambdaTupleParameters,
        SyntaxGap::PositionalOnlyParameters,
        SyntaxGap::NamedUnicodeEscape,
    ];

    /// The construct as the parser words it (after `syntax:` in a construct name).
    pub fn name(self) -> &'static str {
        match self {
            SyntaxGap::AsyncStatement => "async statement",
            SyntaxGap::TypeAlias => "type alias",
            SyntaxGap::MatchStatement => "match statement",
            SyntaxGap::AnnotatedAssignment => "annotated assignment",
            SyntaxGap::LambdaTupleParameters => "tuple parameters in lambda",
            SyntaxGap::PositionalOnlyParameters => "positional-only parameters",
            SyntaxGap::NamedUnicodeEscape => "\\N{...} escape",
        }
    }

    /// The gap the parser reported with this wording.
    pub fn from_name(name: &str) -> Option<SyntaxGap> {
        SyntaxGap::ALL.iter().copied().find(|g| g.name() == name)
    }
}

/// A construct the VM cannot run, named so the verdict can call the run inconclusive.
///
/// This list is closed: a run may end as `Unsupported` only with one of these, and every
/// payload is a member of a list in this module (the attribute name of a
/// [`Unsupported::ModuleAttribute`] aside, which only says which part of a listed module).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unsupported {
    /// `import` of a module in [`UNMODELLED_MODULES`].
    ImportModule(&'static str),
    /// An attribute the VM does not model of a module in [`PARTIAL_MODULES`].
    ModuleAttribute { module: &'static str, attr: String },
    /// The first `import` of a module in [`PARTIAL_MODULES`] while a trace function is set:
    /// CPython traces the module's own source (and its imports), which the VM does not have.
    TracedImport(&'static str),
    /// `sys.setprofile`: profile functions are not modelled (`sys.settrace` is).
    TraceFunction,
    /// A builtin behaviour in [`Gap::ALL`].
    Builtin(Gap),
    /// Metaclasses other than `type`.
    Metaclass,
    /// Non-UTF-8 source bytes.
    SourceEncoding,
    /// Valid syntax in [`SyntaxGap::ALL`].
    Syntax(SyntaxGap),
}

impl Unsupported {
    /// A short stable name for reports (`import:dis`, `matmul`, ...).
    pub fn name(&self) -> String {
        match self {
            Unsupported::ImportModule(m) => format!("import:{m}"),
            Unsupported::ModuleAttribute { module, attr } => format!("attribute:{module}.{attr}"),
            Unsupported::TracedImport(m) => format!("traced-import:{m}"),
            Unsupported::TraceFunction => "trace-function".into(),
            Unsupported::Builtin(g) => format!("builtin:{}", g.name()),
            Unsupported::Metaclass => "metaclass".into(),
            Unsupported::SourceEncoding => "source-encoding".into(),
            Unsupported::Syntax(s) => format!("syntax:{}", s.name()),
        }
    }

    /// Why the VM does not run it.
    pub fn reason(&self) -> &'static str {
        let listed = |list: &[(&'static str, &'static str)], name: &str| {
            list.iter()
                .find(|(m, _)| *m == name)
                .map_or("", |(_, r)| *r)
        };
        match self {
            Unsupported::ImportModule(m) => listed(UNMODELLED_MODULES, m),
            Unsupported::ModuleAttribute { module, .. } => listed(PARTIAL_MODULES, module),
            Unsupported::TracedImport(_) => {
                "CPython traces the module's own source, which the VM does not have"
            }
            Unsupported::TraceFunction => "profile hooks are not modelled",
            Unsupported::Builtin(g) => g.reason(),
            Unsupported::Metaclass => "custom metaclasses are not modelled",
            Unsupported::SourceEncoding => "the VM reads UTF-8 source only",
            Unsupported::Syntax(_) => "the shared AST has no node for this construct",
        }
    }
}

/// Whether a construct name (as [`Unsupported::name`] gives it) names a member of the closed
/// list; anything else ending a VM run as unsupported is a VM defect.
pub fn listed(construct: &str) -> bool {
    if let Some(m) = construct.strip_prefix("import:") {
        return unmodelled_module(m).is_some();
    }
    if let Some(rest) = construct.strip_prefix("attribute:") {
        return rest
            .split_once('.')
            .is_some_and(|(m, attr)| partial_module(m).is_some() && !attr.is_empty());
    }
    if let Some(m) = construct.strip_prefix("traced-import:") {
        return partial_module(m).is_some();
    }
    if let Some(g) = construct.strip_prefix("builtin:") {
        return Gap::ALL.iter().any(|x| x.name() == g);
    }
    if let Some(s) = construct.strip_prefix("syntax:") {
        return SyntaxGap::from_name(s).is_some();
    }
    matches!(
        construct,
        "trace-function" | "metaclass" | "source-encoding"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_value() -> Vec<Unsupported> {
        let mut all = vec![
            Unsupported::TraceFunction,
            Unsupported::Metaclass,
            Unsupported::SourceEncoding,
        ];
        all.extend(
            UNMODELLED_MODULES
                .iter()
                .map(|(m, _)| Unsupported::ImportModule(m)),
        );
        all.extend(
            PARTIAL_MODULES
                .iter()
                .map(|(m, _)| Unsupported::ModuleAttribute {
                    module: m,
                    attr: "stack".into(),
                }),
        );
        all.extend(
            PARTIAL_MODULES
                .iter()
                .map(|(m, _)| Unsupported::TracedImport(m)),
        );
        all.extend(Gap::ALL.iter().map(|g| Unsupported::Builtin(*g)));
        all.extend(SyntaxGap::ALL.iter().map(|s| Unsupported::Syntax(*s)));
        all
    }

    #[test]
    fn every_member_is_listed_with_a_reason() {
        for u in every_value() {
            assert!(listed(&u.name()), "{} is not listed", u.name());
            assert!(!u.reason().is_empty(), "{} has no reason", u.name());
        }
    }

    #[test]
    fn names_are_unique() {
        let names: Vec<String> = every_value().iter().map(Unsupported::name).collect();
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len());
    }

    #[test]
    fn other_names_are_not_listed() {
        for name in [
            "import:inspect",
            "import:numpy",
            "attribute:os.path",
            "attribute:inspect.",
            "builtin:print(file=...)",
            "syntax:lambda",
            "user-hash",
            "worker fallback: x",
        ] {
            assert!(!listed(name), "{name} should not be listed");
        }
    }
}
