//! Python versions and what differs between them: the only module that compares versions.
//!
//! A [`PyVersion`] resolves once into a [`Semantics`] value of named answers. The parser,
//! symbol table, compiler, interpreter, generator and harness ask those questions
//! (`sem.exec_is_statement`, `sem.msgs.unbound_local(name)`); nobody else writes
//! `version >= 3.12`. Adding a version means adding one column to [`Semantics::of`].
//! Everything here is plain data with no dependency on the rest of the crate.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

mod unsupported;

pub use unsupported::{
    listed as unsupported_listed, partial_module, unmodelled_module, Gap, SyntaxGap, Unsupported,
    PARTIAL_MODULES, UNMODELLED_MODULES,
};

/// A CPython minor version: one the VM emulates ([`PyVersion::ALL`]: 2.7, 3.12, 3.13) or one
/// that only serves as the reference of an external target ([`PyVersion::KNOWN`]: any of 3.6
/// to 3.13, as discovery finds them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PyVersion {
    pub major: u8,
    pub minor: u8,
}

impl PyVersion {
    pub const PY27: PyVersion = PyVersion { major: 2, minor: 7 };
    pub const PY312: PyVersion = PyVersion {
        major: 3,
        minor: 12,
    };
    pub const PY313: PyVersion = PyVersion {
        major: 3,
        minor: 13,
    };

    pub const PY39: PyVersion = PyVersion { major: 3, minor: 9 };

    /// Every version the VM emulates, oldest first.
    pub const ALL: [PyVersion; 3] = [PyVersion::PY27, PyVersion::PY312, PyVersion::PY313];

    /// Every CPython version that can serve as a reference, oldest first: the emulated ones
    /// and the 3.x releases an external target may declare (`pypy=3.9:...`).
    pub const KNOWN: [PyVersion; 9] = [
        PyVersion::PY27,
        PyVersion { major: 3, minor: 6 },
        PyVersion { major: 3, minor: 7 },
        PyVersion { major: 3, minor: 8 },
        PyVersion::PY39,
        PyVersion {
            major: 3,
            minor: 10,
        },
        PyVersion {
            major: 3,
            minor: 11,
        },
        PyVersion::PY312,
        PyVersion::PY313,
    ];

    /// The versions the VM emulates.
    pub fn iter() -> impl Iterator<Item = PyVersion> {
        PyVersion::ALL.into_iter()
    }

    /// Every version that can serve as a reference.
    pub fn known() -> impl Iterator<Item = PyVersion> {
        PyVersion::KNOWN.into_iter()
    }

    /// Whether the VM emulates this version.
    pub fn is_emulated(self) -> bool {
        PyVersion::ALL.contains(&self)
    }

    /// The emulated version whose scope machinery this one shares: 2.7 for 2.x, 3.12 for 3.6
    /// to 3.12 (a per-frame locals dict that `locals()` refreshes), 3.13 for 3.13 (PEP 667).
    /// The VM's sites of a program on this version name its mechanisms ([`crate::vm::sites`]).
    pub fn nearest_emulated(self) -> PyVersion {
        PyVersion::ALL
            .into_iter()
            .filter(|v| v.major == self.major)
            .find(|v| *v >= self)
            .unwrap_or(PyVersion::PY313)
    }

    /// `self`, if the VM emulates it; else an error that says which versions it does.
    pub fn emulated(self) -> Result<PyVersion, NotEmulated> {
        if self.is_emulated() {
            Ok(self)
        } else {
            Err(NotEmulated(self))
        }
    }

    pub fn semantics(self) -> Semantics {
        Semantics::of(self)
    }

    /// The source dialect this version parses.
    pub fn dialect(self) -> Dialect {
        if self.major == 2 {
            Dialect::Py2
        } else {
            Dialect::Py3
        }
    }
}

impl fmt::Display for PyVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown python version `{0}` (expected 2.7 or one of 3.6 to 3.13)")]
pub struct UnknownVersion(pub String);

#[derive(Debug, thiserror::Error)]
#[error(
    "the VM emulates only 2.7, 3.12 and 3.13, not {0}; other CPython versions serve as the \
     reference of an external target (--targets NAME={0}:COMMAND, or --targets pypy)"
)]
pub struct NotEmulated(pub PyVersion);

impl FromStr for PyVersion {
    type Err = UnknownVersion;

    fn from_str(s: &str) -> Result<PyVersion, UnknownVersion> {
        PyVersion::KNOWN
            .into_iter()
            .find(|v| v.to_string() == s.trim())
            .ok_or_else(|| UnknownVersion(s.to_string()))
    }
}

impl TryFrom<String> for PyVersion {
    type Error = UnknownVersion;
    fn try_from(s: String) -> Result<PyVersion, UnknownVersion> {
        s.parse()
    }
}

impl From<PyVersion> for String {
    fn from(v: PyVersion) -> String {
        v.to_string()
    }
}

/// The two source languages: 2.7's and 3.x's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Dialect {
    #[serde(rename = "2.7")]
    Py2,
    #[serde(rename = "3")]
    Py3,
}

impl Dialect {
    pub fn semantics(self) -> Semantics {
        match self {
            Dialect::Py2 => Semantics::of(PyVersion::PY27),
            Dialect::Py3 => Semantics::of(PyVersion::PY313),
        }
    }
}

impl FromStr for Dialect {
    type Err = UnknownVersion;
    fn from_str(s: &str) -> Result<Dialect, UnknownVersion> {
        match s {
            "2" | "2.7" | "py2" => Ok(Dialect::Py2),
            "3" | "3.12" | "3.13" | "py3" => Ok(Dialect::Py3),
            _ => Err(UnknownVersion(s.to_string())),
        }
    }
}

/// The named answers that make one version differ from another.
///
/// Each field documents the CPython mechanism it stands for. Later work extends this table;
/// the interpreter, parser and generator consult it and never the version number. For a
/// version the VM does not emulate (3.6 to 3.11) only the rows the generator and the harness
/// ask (syntax, builtins, `embeddable`, the `__main__` shape) are checked against CPython; the
/// VM refuses such a version ([`PyVersion::emulated`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Semantics {
    pub version: PyVersion,
    /// `print` is a statement unless `from __future__ import print_function` (2.7).
    pub print_is_statement: bool,
    /// `exec` is a statement with `in g, l` forms (2.7) rather than a builtin function.
    pub exec_is_statement: bool,
    /// 2.7 has `int` and `long`, `L` literal suffixes and `0777` octal literals.
    pub has_long: bool,
    /// `/` on two ints is floor division unless `from __future__ import division` (2.7).
    pub classic_division: bool,
    /// `nonlocal` statement exists (3.x).
    pub has_nonlocal: bool,
    /// f-strings exist (3.6+).
    pub has_fstrings: bool,
    /// Keyword-only parameters exist (3.x).
    pub has_kwonly_args: bool,
    /// Backticks and `<>` exist (2.7).
    pub has_backticks: bool,
    /// List comprehensions run in the enclosing scope and leak their variable (2.7).
    pub listcomp_leaks: bool,
    /// Comprehensions are inlined into the enclosing function (PEP 709, 3.12+).
    pub comprehensions_inlined: bool,
    /// After a bare `exec` in a function, `PyFrame_LocalsToFast(f, 0)` copies the frame dict
    /// back into fast locals and cells (2.7).
    pub exec_writes_back_fast_locals: bool,
    /// `locals()` in an optimised scope returns a fresh snapshot each call (PEP 667, 3.13).
    pub locals_returns_snapshot: bool,
    /// `frame.f_locals` of an optimised frame is a write-through `FrameLocalsProxy` (3.13).
    pub f_locals_is_proxy: bool,
    /// `range`, `map`, `filter`, `zip`, `dict.keys()` return lists (2.7).
    pub builtins_return_lists: bool,
    /// `dict` iterates in insertion order (3.x) instead of hash-table order (2.7).
    pub dict_insertion_ordered: bool,
    /// `except E as e` unbinds `e` at the end of the handler (3.x).
    pub except_target_unbound: bool,
    /// The exception raised when the recursion limit is hit is `RecursionError` (3.5+), not
    /// `RuntimeError`.
    pub has_recursion_error: bool,
    /// A free variable read in a class body looks in the class namespace first
    /// (`LOAD_CLASSDEREF`, 3.12 `LOAD_FROM_DICT_OR_DEREF`); 2.7 reads the cell directly.
    pub class_deref_checks_namespace: bool,
    /// `del` of a cell or free variable compiles (`DELETE_DEREF`, 3.x); 2.7 refuses it with
    /// "can not delete variable 'x' referenced in nested scope".
    pub can_delete_deref: bool,
    /// Functions and classes have `__qualname__` (3.3+).
    pub has_qualname: bool,
    /// New-style classes only: `class C:` derives from `object` (3.x); 2.7 makes a classic
    /// class (`classobj`) unless a base is new-style.
    pub classic_classes: bool,
    /// `NameError` tracebacks get `. Did you mean: 'x'?` (3.12+; traceback only).
    pub name_error_suggestions: bool,
    /// `exec`/`eval` builtins accept `globals=`/`locals=` keywords (3.13).
    pub exec_accepts_keywords: bool,
    /// `dict.popitem()` removes the last item (3.x) rather than the first slot (2.7).
    pub popitem_last: bool,
    /// `round(x)` returns an int and rounds half to even (3.x); 2.7 returns a float, half
    /// away from zero.
    pub round_half_even: bool,
    /// `str(float)` is `repr` (3.x) rather than 12 significant digits (2.7).
    pub float_str_is_repr: bool,
    /// `PyMapping_Check` rejects sequences that support slicing (2.7), so a list is not a
    /// valid `locals` for `eval`/`exec` there; 3.x accepts anything with `__getitem__`.
    pub mapping_check_excludes_sequences: bool,
    /// Class bodies store `__firstlineno__` after `__qualname__` (3.13).
    pub class_firstlineno: bool,
    /// Class bodies end by storing `__static_attributes__`, the sorted names assigned as
    /// `self.name` in the class's methods (3.13).
    pub class_static_attributes: bool,
    /// `type()` adds `__dict__` and `__weakref__` descriptors to a new class whose bases lack
    /// them (3.x; 2.7 does too for new-style classes but its class dicts order them by hash).
    pub type_dict_descriptors: bool,
    /// The embedded worker builds against this interpreter (PyO3 needs 3.9+, and its probe walk
    /// calls `PyType_GetQualName`, 3.11+), so it gets that worker; older versions get only
    /// `harness/worker.py`.
    pub embeddable: bool,
    /// A source file without a coding declaration is UTF-8 (3.x, PEP 3120); 2.7 takes it as
    /// ASCII and refuses any other byte.
    pub source_defaults_to_utf8: bool,
    /// Inside an inlined comprehension, every name whose scope there differs from the
    /// enclosing one is compiled with the comprehension's scope (3.13); 3.12.1 does so only
    /// for names the comprehension binds, so a sibling comprehension's variable reads as a
    /// local of the function.
    pub inlined_comp_overrides_all_names: bool,
    // Rows of the symbol table and compiler of inlined comprehensions (PEP 709), issue 12.
    /// A class body's comprehension that names `__class__` (or `super`) reads it as a global
    /// and the class gets no `__class__` cell: 3.13's `inline_comprehension` turns a free
    /// `__class__` into GLOBAL_IMPLICIT. 3.12.1 lets it be free through the class, and its
    /// compiler then fails on the class's closure (a `SystemError`, or worse).
    pub inlined_comp_class_cell_is_global: bool,
    /// The script's `__file__` (and its loader's `path`) is made absolute (3.x); 2.7 keeps
    /// the path as given on the command line.
    pub main_file_absolute: bool,
    /// A frame whose `globals['__builtins__']` is neither a module nor a dict gets the minimal
    /// builtins `{'None': None}` (2.7's `PyFrame_New`); 3.x uses the object as it is and
    /// subscripts it for each builtin name (`_PyEval_BuiltinsFromGlobals`).
    pub non_dict_builtins_become_minimal: bool,
    /// A generator's `gi_running` is a bool (3.x); 2.7 exposes the C int (`0`/`1`).
    pub gi_running_is_bool: bool,
    /// The trace trampoline copies the frame into its `f_locals` dict before calling a trace
    /// function and back with `PyFrame_LocalsToFast(f, 1)` after it (2.7, 3.12); 3.13's
    /// write-through proxy needs no copies (PEP 667).
    pub trace_trampoline_syncs_locals: bool,
    /// `PyFrame_LocalsToFast(f, 1)` meeting a bound fast local whose key is gone assigns None
    /// with a `RuntimeWarning` (3.12: the compiler may have proven it bound); 2.7 unbinds it.
    pub locals_to_fast_clear_assigns_none: bool,
    /// A module-level code object (a module, exec'd or eval'd code) starts at line 0: its
    /// `RESUME` has no line (3.11+), which a trace function's `call` event shows as
    /// `f_lineno`; 2.7 frames start at `co_firstlineno`.
    pub module_code_starts_at_line_zero: bool,
    /// The `__main__` namespace holds the import system's `__loader__`, `__spec__` and
    /// `__cached__` (PEP 451, PEP 3147) and an `__annotations__` dict (3.x); 2.7's holds
    /// `__name__`, `__doc__`, `__package__`, `__builtins__` and `__file__` only.
    pub main_has_import_attrs: bool,
    /// `sys.exc_info()` and a bare `raise` still see the last exception a frame caught after
    /// its handler ended (2.7's `f_exc_*`); 3.x clears it when the handler ends.
    pub exc_info_outlives_handler: bool,
    /// A `StopIteration` escaping a generator becomes `RuntimeError` (PEP 479, 3.7+).
    pub generator_stop: bool,
    /// The compiler leaves out the branch an `if`/`while` with a constant test (a number or
    /// string literal, `__debug__`) never takes (2.7's `expr_constant`): its names get no
    /// slots and its compile-time errors (`'return' outside function`, ...) are not raised.
    /// 3.x compiles such code and drops it later.
    pub compiler_skips_constant_tests: bool,
    /// 2.7's `ext_do_call` converts every `*`/`**` call argument itself: any `TypeError` but a
    /// generator's becomes '<callee> argument after * must be an iterable', and non-string keywords
    /// name the callee; 3.x converts `f(a, *x)` with `LIST_EXTEND` ('Value after * ...'), masks only
    /// a non-iterable's error, and says just 'keywords must be strings'.
    pub unpacking_errors_name_callee: bool,
    /// Call errors name the callee as `module.qualname()` (3.x `_PyObject_FunctionStr`); 2.7 uses
    /// `PyEval_GetFuncName` and `PyEval_GetFuncDesc` (`f()`, `C constructor`, `type object`).
    pub callee_named_by_qualname: bool,
    /// An alternate-form octal (`'%#o' % 8`) is written `010` (2.7); 3.x writes `0o10`.
    pub octal_prefix_is_zero: bool,
    /// `BaseException.__new__` stores the call's arguments as `args` (3.x), so a user `__init__` that
    /// never calls the base's still shows them; 2.7 sets `args` only in `BaseException.__init__`.
    pub exc_new_sets_args: bool,
    /// Assigning a non-iterable to any list slice says 'must assign iterable to extended slice'
    /// (3.13); before, a step-1 slice says 'can only assign an iterable'.
    pub slice_assign_error_is_extended: bool,
    /// An uncaught exception's traceback first shows its `__cause__` or `__context__` chain (3.x,
    /// PEP 3134); 2.7 shows only the last exception.
    pub traceback_shows_chain: bool,
    /// Comparisons and `cmp()` fall back to `__cmp__`, and `sort`/`sorted` take `cmp=` (2.7); 3.x
    /// ignores `__cmp__`.
    pub has_cmp_protocol: bool,
    /// A class that defines `__eq__` but not `__hash__` gets `__hash__ = None`, so its instances are
    /// unhashable (3.x `type_new`); 2.7 new-style classes keep inheriting `object.__hash__`.
    pub eq_without_hash_unhashable: bool,
    /// `sys.version_info` is a tuple subclass (3.x struct sequence); 2.7's struct sequence indexes and
    /// compares like a tuple without being one.
    pub version_info_is_tuple: bool,
    /// `a != b` on a class without `__ne__` inverts its `__eq__` (3.x `object.__ne__`); 2.7 falls
    /// back to identity.
    pub ne_inverts_eq: bool,
    /// `sum()` adds floats with Neumaier's compensated summation (3.12, gh-100425); 2.7 adds them
    /// one by one.
    pub sum_compensates_floats: bool,
    /// `LOAD_GLOBAL` reads globals that are not an exact dict (a dict subclass given to
    /// `exec`/`eval`) through `PyObject_GetItem`, so the subclass's `__getitem__`/`__missing__`
    /// answer, and both `LOAD_GLOBAL` and `LOAD_NAME` read such a `__builtins__` the same way
    /// (3.x `ceval.c`/`bytecodes.c` slow path). 2.7 reads both with `PyDict_GetItem`. On every
    /// version `LOAD_NAME`'s globals step, `STORE_GLOBAL` and `DELETE_GLOBAL` use the dict
    /// inside, never the subclass's methods.
    pub globals_subclass_getitem: bool,
    /// `inspect.currentframe` is `sys._getframe` itself (2.7 `Lib/inspect.py`); 3.x defines it
    /// as a Python function returning `sys._getframe(1)`, which takes no argument and runs as
    /// a frame of its own (see [`Semantics::inspect_currentframe_line`]).
    pub inspect_currentframe_is_getframe: bool,
    /// `exec()` takes a keyword-only `closure=`, a tuple of cells for a code object's free
    /// variables (3.11+ `builtin_exec_impl`); without it (2.7's statement has no such form)
    /// code with free variables cannot be exec'd at all.
    pub exec_accepts_closure: bool,
    /// `str` (and 2.7's `unicode`) have their own iterator (`tp_iter`), so a subclass that
    /// overrides `__getitem__` still iterates its characters. 2.7's string types have none:
    /// `iter()` falls back to the sequence protocol and calls the override.
    pub str_has_iter: bool,
    /// `dict | dict` and `|=` (PEP 584, 3.9+).
    pub dict_union: bool,
    /// The type error of an in-place power names `**=` (3.x `ternary_op` takes the
    /// operator's name); 2.7's says `** or pow()` whatever the operator.
    pub ternary_error_names_operator: bool,
    /// Exception and warning texts.
    pub msgs: Messages,
}

/// The C type a builtin parses an integer argument into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntArg {
    /// A C `long`: an int outside it is an `OverflowError`.
    CLong,
    /// A C `int` ([`Messages::c_int_overflow`]).
    CInt,
    /// Any int: the builtin checks the range itself.
    Unbounded,
}

/// What is wrong with the arguments of a `sys._getframe` call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GetframeArg<'a> {
    /// More than one positional argument (how many).
    TooMany(usize),
    /// The depth is not an integer (its type's name).
    NotInt(&'a str),
    /// A keyword argument.
    Keywords,
}

/// Message templates whose wording changes between versions.
#[derive(Clone, Debug, PartialEq)]
pub struct Messages {
    version: PyVersion,
}

/// Which division raised `ZeroDivisionError`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZeroDiv {
    IntTrueDiv,
    IntFloorDiv,
    IntMod,
    FloatTrueDiv,
    FloatFloorDiv,
    FloatMod,
    IntDivmod,
    FloatDivmod,
}

impl Messages {
    /// `ZeroDivisionError` text; `long` is 2.7's `long` operand.
    pub fn zero_division(&self, kind: ZeroDiv, long: bool) -> &'static str {
        let py2 = self.version.major == 2;
        match kind {
            ZeroDiv::IntTrueDiv if !py2 => "division by zero",
            ZeroDiv::IntTrueDiv | ZeroDiv::IntFloorDiv | ZeroDiv::IntMod | ZeroDiv::IntDivmod
                if py2 =>
            {
                if long {
                    "long division or modulo by zero"
                } else {
                    "integer division or modulo by zero"
                }
            }
            ZeroDiv::IntFloorDiv | ZeroDiv::IntDivmod | ZeroDiv::IntTrueDiv => {
                "integer division or modulo by zero"
            }
            ZeroDiv::IntMod => "integer modulo by zero",
            ZeroDiv::FloatTrueDiv => "float division by zero",
            ZeroDiv::FloatFloorDiv if py2 => "float divmod()",
            ZeroDiv::FloatFloorDiv => "float floor division by zero",
            ZeroDiv::FloatMod if self.version >= PyVersion::PY313 => "float modulo by zero",
            ZeroDiv::FloatMod => "float modulo",
            ZeroDiv::FloatDivmod => "float divmod()",
        }
    }

    /// `ValueError` text for unpacking too few values.
    pub fn unpack_too_few(&self, expected: usize, got: usize) -> String {
        if self.version.major == 2 {
            let s = if got == 1 { "value" } else { "values" };
            format!("need more than {got} {s} to unpack")
        } else {
            format!("not enough values to unpack (expected {expected}, got {got})")
        }
    }

    /// `ValueError` text for unpacking too many values.
    pub fn unpack_too_many(&self, expected: usize) -> String {
        if self.version.major == 2 {
            "too many values to unpack".into()
        } else {
            format!("too many values to unpack (expected {expected})")
        }
    }

    /// `TypeError` text for `str + other`.
    pub fn str_concat(&self, left: &str, right: &str) -> String {
        if self.version.major == 2 {
            format!("cannot concatenate '{left}' and '{right}' objects")
        } else {
            format!("can only concatenate str (not \"{right}\") to str")
        }
    }

    /// `TypeError` text for `exec(code)` when `code` has free variables.
    pub fn exec_free_vars(&self) -> &'static str {
        if self.version.major == 2 {
            "code object passed to exec may not contain free variables"
        } else {
            "code object requires a closure of exactly length {n}"
        }
    }

    /// `TypeError` text for `exec`/`eval` given a keyword argument it does not take;
    /// `suggestion` is the closest keyword the function does take (3.13's Argument Clinic
    /// appends it as "Did you mean").
    pub fn exec_keyword(&self, func: &str, kw: &str, suggestion: Option<&str>) -> String {
        if self.version >= PyVersion::PY313 {
            let hint = suggestion
                .map(|s| format!(". Did you mean '{s}'?"))
                .unwrap_or_default();
            format!("{func}() got an unexpected keyword argument '{kw}'{hint}")
        } else if func == "exec" {
            format!("'{kw}' is an invalid keyword argument for exec()")
        } else {
            format!("{func}() takes no keyword arguments")
        }
    }

    /// `TypeError` text for `exec()`/`eval()` called with a wrong number of arguments
    /// (`nargs` positional, `total` with the keywords), or `None` when the count is right.
    /// 3.x's `exec` is an Argument Clinic function `(source, globals, locals, /, *, closure)`
    /// (`_PyArg_UnpackKeywords`); `eval` is one from 3.13 and uses `PyArg_UnpackTuple`
    /// before.
    pub fn exec_arity(&self, func: &str, nargs: usize, total: usize) -> Option<String> {
        let clinic = func == "exec" || self.version >= PyVersion::PY313;
        let max_total = if func == "exec" { 4 } else { 3 };
        if !clinic {
            return if nargs > 3 {
                Some(format!("{func} expected at most 3 arguments, got {nargs}"))
            } else if nargs == 0 {
                // 2.7's `PyArg_UnpackTuple` always says "arguments".
                let s = if self.version.major == 2 { "s" } else { "" };
                Some(format!("{func} expected at least 1 argument{s}, got 0"))
            } else {
                None
            };
        }
        if total > max_total {
            let kind = if nargs == 0 { "keyword " } else { "" };
            Some(format!(
                "{func}() takes at most {max_total} {kind}arguments ({total} given)"
            ))
        } else if nargs > 3 && func == "exec" {
            Some(format!(
                "{func}() takes at most 3 positional arguments ({nargs} given)"
            ))
        } else if nargs == 0 {
            Some(format!(
                "{func}() takes at least 1 positional argument (0 given)"
            ))
        } else {
            None
        }
    }

    /// The recursion error text when comparing nested containers exceeds the limit.
    pub fn recursion_in_comparison(&self) -> &'static str {
        if self.version.major == 2 {
            "maximum recursion depth exceeded in cmp"
        } else {
            "maximum recursion depth exceeded in comparison"
        }
    }

    /// `TypeError` text for an ordering comparison between unorderable types (3.x only).
    pub fn unorderable(&self, op: &str, left: &str, right: &str) -> String {
        format!("'{op}' not supported between instances of '{left}' and '{right}'")
    }

    /// `UnboundLocalError` text for a fast local read before assignment.
    /// `supercheck`'s `TypeError` when `super(type, obj)`'s obj is neither an instance nor a
    /// subtype of type (`Objects/typeobject.c`): 3.13 names both; `obj` is `instance of T`
    /// or `type T` there.
    pub fn super_check_failed(&self, obj: &str, ty: &str) -> String {
        if self.version >= PyVersion::PY313 {
            format!("super(type, obj): obj ({obj}) is not an instance or subtype of type ({ty}).")
        } else {
            "super(type, obj): obj must be an instance or subtype of type".to_string()
        }
    }

    pub fn unbound_local(&self, name: &str) -> String {
        if self.version.major == 2 {
            format!("local variable '{name}' referenced before assignment")
        } else {
            format!("cannot access local variable '{name}' where it is not associated with a value")
        }
    }

    /// `NameError` text for a free variable read before its cell is bound.
    pub fn unbound_free(&self, name: &str) -> String {
        if self.version.major == 2 {
            format!("free variable '{name}' referenced before assignment in enclosing scope")
        } else {
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            )
        }
    }

    /// `NameError` text for a name missing from globals and builtins, read by `LOAD_GLOBAL`.
    pub fn global_name_not_defined(&self, name: &str) -> String {
        if self.version.major == 2 {
            format!("global name '{name}' is not defined")
        } else {
            format!("name '{name}' is not defined")
        }
    }

    fn py2(&self) -> bool {
        self.version.major == 2
    }

    /// The version these messages are for.
    pub fn version(&self) -> PyVersion {
        self.version
    }

    /// Generic parser failure.
    pub fn invalid_syntax(&self) -> String {
        "invalid syntax".to_string()
    }

    /// A backslash continuation at the very end of the input.
    pub fn eof_after_continuation(&self) -> String {
        "unexpected EOF while parsing".to_string()
    }

    /// Whether a backslash continuation at end of input is an error at all (2.7 accepts it).
    pub fn eof_after_continuation_is_error(&self) -> bool {
        !self.py2()
    }

    /// A character that cannot start any token; 3.x shows it only when it is printable
    /// (`printable`, [`crate::vm::objects::text::is_printable`]).
    pub fn invalid_character(&self, ch: char, printable: bool) -> String {
        if self.py2() || (ch.is_ascii() && printable) {
            "invalid syntax".to_string()
        } else if printable {
            format!("invalid character '{ch}' (U+{:04X})", ch as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        }
    }

    /// Whether inconsistent tabs and spaces raise `TabError` (3.x; 2.7 only with `-tt`).
    pub fn tab_error_enabled(&self) -> bool {
        !self.py2()
    }

    pub fn tab_error(&self) -> String {
        "inconsistent use of tabs and spaces in indentation".to_string()
    }

    /// End of input inside brackets; `single_line` when the whole source is one line (2.7
    /// then says "unexpected EOF").
    pub fn never_closed(&self, open: char, single_line: bool) -> String {
        if self.py2() {
            if single_line {
                "unexpected EOF while parsing".to_string()
            } else {
                "invalid syntax".to_string()
            }
        } else {
            format!("'{open}' was never closed")
        }
    }

    /// The line reported for [`Messages::never_closed`]: the bracket's (3.x) or the last
    /// line's (2.7).
    pub fn never_closed_line(&self, open_line: u32, eof_line: u32) -> u32 {
        if self.py2() {
            eof_line
        } else {
            open_line
        }
    }

    /// A closing bracket with nothing open; `None` when the tokenizer does not check (2.7).
    pub fn unmatched_bracket(&self, close: char) -> Option<String> {
        (!self.py2()).then(|| format!("unmatched '{close}'"))
    }

    /// A closing bracket that does not match the open one; `None` when not checked (2.7).
    pub fn mismatched_bracket(
        &self,
        close: char,
        open: char,
        open_line: u32,
        line: u32,
    ) -> Option<String> {
        if self.py2() {
            return None;
        }
        Some(if open_line == line {
            format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
        } else {
            format!(
                "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}"
            )
        })
    }

    /// A malformed number literal; `radix_name` is "decimal", "hexadecimal", "octal" or
    /// "binary".
    pub fn invalid_number(&self, radix_name: &str) -> String {
        if self.py2() {
            "invalid token".to_string()
        } else {
            format!("invalid {radix_name} literal")
        }
    }

    /// `0b2`, `0o8` on 3.x; `None` on 2.7 (which tokenizes the digit separately).
    pub fn invalid_digit(&self, digit: char, radix: u32) -> Option<String> {
        if self.py2() {
            return None;
        }
        let name = if radix == 8 { "octal" } else { "binary" };
        Some(format!("invalid digit '{digit}' in {name} literal"))
    }

    /// `{1: 2, 3}` on 3.x.
    pub fn dict_key_without_value(&self) -> Option<String> {
        (!self.py2()).then(|| "':' expected after dictionary key".to_string())
    }

    /// `if x = 1:` on 3.x.
    pub fn assign_in_expression(&self) -> Option<String> {
        (!self.py2())
            .then(|| "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string())
    }

    /// The tokenizer's bracket nesting limit (3.x's `MAXLEVEL`); 2.7 has none.
    pub fn max_paren_level(&self) -> Option<usize> {
        (!self.py2()).then_some(200)
    }

    /// Source nested too deeply for the parser (a `MemoryError` in CPython).
    pub fn parser_too_deep(&self) -> String {
        if self.py2() {
            String::new()
        } else {
            "Parser stack overflowed - Python source too complex to parse".to_string()
        }
    }

    /// `compile('', 'f', 'eval')` and `'single'` with nothing in it.
    pub fn empty_input(&self) -> String {
        if self.py2() {
            "unexpected EOF while parsing".to_string()
        } else {
            "invalid syntax".to_string()
        }
    }

    /// Whether `compile(src, f, 'single')` compiles only the first statement and ignores the
    /// rest (2.7) instead of rejecting "multiple statements" (3.x).
    pub fn single_mode_ignores_rest(&self) -> bool {
        self.py2()
    }

    /// Whether target and argument errors ("can't assign to literal", "keyword can't be an
    /// expression", bad string escapes) come from building the AST after the whole file has
    /// parsed (2.7's `ast.c`), so any syntax error anywhere wins over them.
    pub fn ast_errors_after_parse(&self) -> bool {
        self.py2()
    }

    /// `def f:` (3.x forces the parenthesis).
    pub fn expected_open_paren(&self) -> String {
        if self.py2() {
            "invalid syntax".to_string()
        } else {
            "expected '('".to_string()
        }
    }

    /// Whether a string literal spanning lines is reported at its last line (2.7's tokenizer
    /// sets a token's line when it ends) rather than its first (3.8+).
    pub fn string_line_is_end(&self) -> bool {
        self.py2()
    }

    /// `print(*)` (3.13); `None` for "invalid syntax".
    pub fn invalid_star_expression(&self) -> Option<String> {
        (self.version >= PyVersion::PY313).then(|| "Invalid star expression".to_string())
    }

    /// `[a for x y in z]` (3.13); `None` for "invalid syntax".
    pub fn in_expected_after_for_targets(&self) -> Option<String> {
        (self.version >= PyVersion::PY313)
            .then(|| "'in' expected after for-loop variables".to_string())
    }

    /// `0777` on 3.x.
    pub fn leading_zeros(&self) -> String {
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".to_string()
    }

    /// A single-quoted string running into the end of its line; `escaped_quote` when the
    /// line ends in a backslash and a quote (3.13 adds a hint then).
    pub fn unterminated_string(&self, line: u32, escaped_quote: bool) -> String {
        if self.py2() {
            "EOL while scanning string literal".to_string()
        } else if escaped_quote && self.version >= PyVersion::PY313 {
            format!(
                "unterminated string literal (detected at line {line}); perhaps you escaped the end quote?"
            )
        } else {
            format!("unterminated string literal (detected at line {line})")
        }
    }

    /// `import` or `from m import` with nothing after it (3.13); `None` for "invalid syntax".
    pub fn expected_import_names(&self) -> Option<String> {
        (self.version >= PyVersion::PY313)
            .then(|| "Expected one or more names after 'import'".to_string())
    }

    /// The line reported for [`Messages::unterminated_string`]: where the string starts
    /// (3.x) or where the tokenizer noticed (2.7).
    pub fn unterminated_string_line(&self, start: u32, line: u32) -> u32 {
        if self.py2() {
            line
        } else {
            start
        }
    }

    /// A triple-quoted string running into the end of input.
    pub fn unterminated_triple(&self, line: u32) -> String {
        if self.py2() {
            "EOF while scanning triple-quoted string literal".to_string()
        } else {
            format!("unterminated triple-quoted string literal (detected at line {line})")
        }
    }

    /// The line reported for [`Messages::unterminated_triple`]: where the string starts
    /// (3.x) or where input ends (2.7).
    pub fn unterminated_triple_line(&self, start: u32, eof_line: u32) -> u32 {
        if self.py2() {
            eof_line
        } else {
            start
        }
    }

    /// `f'{x!z}'`.
    pub fn fstring_bad_conversion(&self, ch: char) -> String {
        format!("f-string: invalid conversion character '{ch}': expected 's', 'r', or 'a'")
    }

    /// `print x` where `print` is not a keyword.
    pub fn missing_parens(&self, name: &str) -> Option<String> {
        (!self.py2())
            .then(|| format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"))
    }

    /// A missing `:` after a compound statement header.
    pub fn expected_colon(&self) -> String {
        if self.py2() {
            "invalid syntax".to_string()
        } else {
            "expected ':'".to_string()
        }
    }

    /// Two expressions side by side inside brackets.
    pub fn forgot_comma(&self) -> String {
        if self.py2() {
            "invalid syntax".to_string()
        } else {
            "invalid syntax. Perhaps you forgot a comma?".to_string()
        }
    }

    /// `x if y` without `else`.
    pub fn expected_else(&self) -> String {
        if self.py2() {
            "invalid syntax".to_string()
        } else {
            "expected 'else' after 'if' expression".to_string()
        }
    }

    /// A block header followed by no indented block; `what` names the header as 3.x does
    /// ("'if' statement", "function definition").
    pub fn expected_indented_block(&self, what: &str, line: u32) -> String {
        if self.py2() {
            "expected an indented block".to_string()
        } else {
            format!("expected an indented block after {what} on line {line}")
        }
    }

    /// `f(**a, *b)`.
    pub fn iterable_unpacking_after_kwargs(&self) -> String {
        if self.py2() {
            "invalid syntax".to_string()
        } else {
            "iterable argument unpacking follows keyword argument unpacking".to_string()
        }
    }

    /// `f(a+1=2)`.
    pub fn keyword_is_expression(&self) -> String {
        if self.py2() {
            "keyword can't be an expression".to_string()
        } else {
            "expression cannot contain assignment, perhaps you meant \"==\"?".to_string()
        }
    }

    /// `f(a=1, a=2)`.
    pub fn keyword_repeated(&self, name: &str) -> String {
        if self.py2() {
            "keyword argument repeated".to_string()
        } else {
            format!("keyword argument repeated: {name}")
        }
    }

    /// A positional argument after a keyword argument (`unpack`: after `**kwargs`), or in
    /// 2.7 after `*args` (`star`).
    pub fn positional_after_keyword(&self, unpack: bool, star: bool) -> String {
        match (self.py2(), unpack, star) {
            (true, true, _) => "invalid syntax".to_string(),
            (true, false, true) => "only named arguments may follow *expression".to_string(),
            (true, false, false) => "non-keyword arg after keyword arg".to_string(),
            (false, true, _) => {
                "positional argument follows keyword argument unpacking".to_string()
            }
            (false, false, _) => "positional argument follows keyword argument".to_string(),
        }
    }

    /// `f(x for x in y, 1)`.
    pub fn genexp_must_be_parenthesized(&self) -> String {
        if self.py2() {
            "Generator expression must be parenthesized if not sole argument".to_string()
        } else {
            "Generator expression must be parenthesized".to_string()
        }
    }

    /// `def f(*): pass`.
    pub fn named_after_bare_star(&self) -> String {
        if self.py2() {
            "invalid syntax".to_string()
        } else {
            "named arguments must follow bare *".to_string()
        }
    }

    /// `def f(a=1, b): pass`.
    pub fn non_default_after_default(&self) -> String {
        if self.py2() {
            "non-default argument follows default argument".to_string()
        } else {
            "parameter without a default follows parameter with a default".to_string()
        }
    }

    /// The name 2.7 uses for an expression kind that 3.x calls `what` (see
    /// `_PyPegen_get_expr_name` and 2.7's `ast.c:set_context`).
    fn expr_name<'s>(&self, what: &'s str) -> &'s str {
        if !self.py2() {
            return what;
        }
        match what {
            "expression" => "operator",
            "dict literal" | "set display" | "ellipsis" | "f-string expression" => "literal",
            other => other,
        }
    }

    /// Assignment to something that cannot be assigned; `hint` for 3.x's single `a = b` form.
    pub fn cannot_assign(&self, what: &str, hint: bool) -> String {
        if matches!(what, "None" | "True" | "False" | "__debug__") {
            return format!("cannot assign to {what}");
        }
        if self.py2() {
            format!("can't assign to {}", self.expr_name(what))
        } else if hint {
            format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
        } else {
            format!("cannot assign to {what}")
        }
    }

    /// `del` of something that cannot be deleted.
    pub fn cannot_delete(&self, what: &str) -> String {
        if self.py2() {
            if what == "None" {
                return "cannot delete None".to_string();
            }
            format!("can't delete {}", self.expr_name(what))
        } else {
            format!("cannot delete {what}")
        }
    }

    /// An augmented assignment to a tuple, list or other non-target; `None` when 2.7 reports
    /// it as an ordinary [`Messages::cannot_assign`].
    pub fn illegal_augassign(&self, what: &str) -> Option<String> {
        if self.py2() {
            matches!(what, "tuple" | "list")
                .then(|| "illegal expression for augmented assignment".to_string())
        } else {
            Some(format!(
                "'{what}' is an illegal expression for augmented assignment"
            ))
        }
    }

    /// Whether a decorated `def`/`class` takes the first decorator's line (2.7) rather than
    /// the `def` keyword's (3.8+).
    pub fn decorated_def_line_is_decorator(&self) -> bool {
        self.py2()
    }

    /// Whether, after a generic "invalid syntax", a tokenizer error later in the source is
    /// reported instead (3.10+ pegen).
    pub fn tokenizer_errors_first(&self) -> bool {
        !self.py2()
    }

    /// `continue` inside a `finally` block: an error only before 3.8.
    pub fn continue_in_finally(&self) -> Option<String> {
        self.py2()
            .then(|| "'continue' not supported inside 'finally' clause".to_string())
    }

    /// `except A, B:` on 3.x.
    pub fn multiple_exception_types(&self) -> String {
        if self.py2() {
            "invalid syntax".to_string()
        } else {
            "multiple exception types must be parenthesized".to_string()
        }
    }

    /// `try:` with neither `except` nor `finally`.
    pub fn try_without_except(&self) -> String {
        if self.py2() {
            "invalid syntax".to_string()
        } else {
            "expected 'except' or 'finally' block".to_string()
        }
    }

    /// The line of "default 'except:' must be last": the bare handler's (3.x) or, as 2.7's
    /// compiler reports its current line, that of the last statement compiled before it.
    pub fn default_except_line(&self, handler_line: u32, last_stmt_line: u32) -> u32 {
        if self.py2() {
            last_stmt_line
        } else {
            handler_line
        }
    }

    /// `def f(**k, a)`.
    pub fn args_after_kwargs(&self) -> String {
        if self.py2() {
            "invalid syntax".to_string()
        } else {
            "arguments cannot follow var-keyword argument".to_string()
        }
    }

    /// `def f(*a, *b)`; `None` where it is a plain "invalid syntax".
    pub fn star_arg_twice(&self) -> Option<String> {
        (!self.py2()).then(|| "* argument may appear only once".to_string())
    }

    /// `def f((a, b))` on 3.x (`lambda` for a lambda's parameters).
    pub fn parenthesized_parameters(&self, lambda: bool) -> String {
        if self.py2() {
            "invalid syntax".to_string()
        } else if lambda {
            "Lambda expression parameters cannot be parenthesized".to_string()
        } else {
            "Function parameters cannot be parenthesized".to_string()
        }
    }

    /// `TypeError` text for `eval`/`exec` given a source that is neither text nor code.
    pub fn exec_source_type(&self, eval: bool) -> &'static str {
        match (self.py2(), eval) {
            (true, true) => "eval() arg 1 must be a string or code object",
            (true, false) => "exec: arg 1 must be a string, file, or code object",
            (false, true) => "eval() arg 1 must be a string, bytes or code object",
            (false, false) => "exec() arg 1 must be a string, bytes or code object",
        }
    }

    /// `ValueError` text for `compile()` with an unknown mode.
    pub fn compile_bad_mode(&self) -> &'static str {
        if self.py2() {
            "compile() arg 3 must be 'exec', 'eval' or 'single'"
        } else {
            "compile() mode must be 'exec', 'eval' or 'single'"
        }
    }

    /// `ValueError` text for `compile()` with an `optimize` outside -1..=2, checked before the
    /// mode; `None` on 2.7, whose `compile` has no `optimize`.
    pub fn compile_bad_optimize(&self) -> Option<&'static str> {
        if self.py2() {
            None
        } else {
            Some("compile(): invalid optimize value")
        }
    }

    /// `TypeError` text for a one-argument function of the `sys` module (`settrace`,
    /// `setprofile`) called with `given` arguments: 3.x names the module.
    pub fn sys_one_argument(&self, name: &str, given: usize) -> String {
        if self.py2() {
            format!("{name}() takes exactly one argument ({given} given)")
        } else {
            format!("sys.{name}() takes exactly one argument ({given} given)")
        }
    }

    /// `TypeError` text for `compile()` given a source that is not text.
    pub fn compile_bad_source(&self) -> &'static str {
        if self.py2() {
            "compile() expected string without null bytes"
        } else {
            "compile() arg 1 must be a string, bytes or AST object"
        }
    }

    /// Import error text for a module that does not exist (`name` is the dotted name).
    pub fn no_module_named(&self, name: &str) -> String {
        if self.py2() {
            format!(
                "No module named {}",
                name.rsplit('.').next().unwrap_or(name)
            )
        } else {
            format!("No module named '{name}'")
        }
    }

    /// `ImportError` text for `from module import name` when the module lacks it.
    pub fn cannot_import_name(&self, name: &str, module: &str) -> String {
        if self.py2() {
            format!("cannot import name {name}")
        } else {
            format!("cannot import name '{name}' from '{module}' (unknown location)")
        }
    }

    /// `NameError` text for a name missing from locals, globals and builtins (`LOAD_NAME`).
    pub fn name_not_defined(&self, name: &str) -> String {
        format!("name '{name}' is not defined")
    }

    /// `TypeError` text for a `range` argument that is not an integer; `list_form`: 2.7's
    /// list-building `range()` (its `xrange` and 3.x's `range` share one text each).
    pub fn range_arg_not_int(&self, list_form: bool, which: &str, type_name: &str) -> String {
        if list_form {
            format!("range() integer {which} argument expected, got {type_name}.")
        } else if self.py2() {
            format!("integer argument expected, got {type_name}")
        } else {
            format!("'{type_name}' object cannot be interpreted as an integer")
        }
    }

    /// `ValueError` text for a zero `range` step.
    pub fn range_zero_step(&self, list_form: bool) -> &'static str {
        if list_form {
            "range() step argument must not be zero"
        } else if self.py2() {
            "xrange() arg 3 must not be zero"
        } else {
            "range() arg 3 must not be zero"
        }
    }

    /// `ValueError` text for `float(s)` of an unparsable string (`s_repr`: its `repr`;
    /// `prefix_parses`: a leading part of `s` is a number, which 2.7 words differently).
    pub fn float_parse(&self, s: &str, s_repr: &str, prefix_parses: bool) -> String {
        if self.py2() && prefix_parses {
            format!("invalid literal for float(): {s}")
        } else if self.py2() {
            format!("could not convert string to float: {s}")
        } else {
            format!("could not convert string to float: {s_repr}")
        }
    }

    /// `OverflowError` text for an integer too large for a float; `long`: 2.7's `long`.
    pub fn int_too_large_for_float(&self, long: bool) -> &'static str {
        if self.py2() && long {
            "long int too large to convert to float"
        } else {
            "int too large to convert to float"
        }
    }

    /// `TypeError` text for `isinstance(x, bad)`.
    pub fn isinstance_arg2(&self) -> &'static str {
        if self.py2() {
            "isinstance() arg 2 must be a class, type, or tuple of classes and types"
        } else {
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        }
    }

    /// `TypeError` text for an unbound method descriptor called without arguments.
    pub fn descriptor_needs_argument(&self, name: &str, owner: &str) -> String {
        if self.py2() {
            format!("descriptor '{name}' of '{owner}' object needs an argument")
        } else {
            format!("unbound method {owner}.{name}() needs an argument")
        }
    }

    /// `TypeError` text for an unbound method descriptor given a receiver of another type;
    /// `slot`: a slot wrapper (`__init__`), which keeps the older wording in 3.x.
    pub fn descriptor_wrong_receiver(
        &self,
        name: &str,
        owner: &str,
        got: &str,
        slot: bool,
    ) -> String {
        if self.py2() || slot {
            format!("descriptor '{name}' requires a '{owner}' object but received a '{got}'")
        } else {
            format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object")
        }
    }

    /// `TypeError` text for a keyword a builtin's argument-clinic parser does not know.
    pub fn unknown_keyword(&self, func: &str, kw: &str) -> String {
        if self.version >= PyVersion::PY313 {
            format!("{func}() got an unexpected keyword argument '{kw}'")
        } else {
            format!("'{kw}' is an invalid keyword argument for {func}()")
        }
    }

    /// `TypeError` text for a `__hash__` that returned a non-integer.
    pub fn hash_not_int(&self) -> &'static str {
        if self.py2() {
            "an integer is required"
        } else {
            "__hash__ method should return an integer"
        }
    }

    /// `TypeError` text for an `__index__` that returned a non-integer.
    pub fn index_not_int(&self, type_name: &str) -> String {
        if self.py2() {
            format!("__index__ returned non-(int,long) (type {type_name})")
        } else {
            format!("__index__ returned non-int (type {type_name})")
        }
    }

    /// `TypeError` text for `iter(v, w)` with an uncallable `v`.
    pub fn iter_sentinel_not_callable(&self) -> &'static str {
        if self.version == PyVersion::PY312 {
            "iter(object, sentinel): object must be callable"
        } else {
            "iter(v, w): v must be callable"
        }
    }

    /// `TypeError` text for `float(x)` of a non-number.
    pub fn float_arg_type(&self, type_name: &str) -> String {
        if self.py2() {
            "float() argument must be a string or a number".into()
        } else {
            format!("float() argument must be a string or a real number, not '{type_name}'")
        }
    }

    /// `TypeError` text for a `str` method (`find`, `count`, ...) given a non-string.
    pub fn str_method_arg(&self, func: &str, type_name: &str) -> String {
        if self.py2() {
            "expected a string or other character buffer object".into()
        } else if self.version >= PyVersion::PY313 {
            format!("{func}() argument 1 must be str, not {type_name}")
        } else {
            format!("must be str, not {type_name}")
        }
    }

    /// `TypeError` texts for `sys._getframe`'s arguments: 2.7's `PyArg_ParseTuple("|i")`, 3.x's
    /// Argument Clinic (`_PyArg_CheckPositional`, `_PyLong_AsInt`, `_PyArg_NoKeywords`).
    pub fn getframe_args(&self, bad: GetframeArg<'_>) -> String {
        match (self.py2(), bad) {
            (true, GetframeArg::TooMany(n)) => {
                format!("_getframe() takes at most 1 argument ({n} given)")
            }
            (false, GetframeArg::TooMany(n)) => {
                format!("_getframe expected at most 1 argument, got {n}")
            }
            (true, GetframeArg::NotInt("float")) => "integer argument expected, got float".into(),
            (true, GetframeArg::NotInt(_)) => "an integer is required".into(),
            (false, GetframeArg::NotInt(t)) => {
                format!("'{t}' object cannot be interpreted as an integer")
            }
            (true, GetframeArg::Keywords) => "_getframe() takes no keyword arguments".into(),
            (false, GetframeArg::Keywords) => "sys._getframe() takes no keyword arguments".into(),
        }
    }

    /// `TypeError` text for `hex`/`oct`/`bin` of a non-integer.
    pub fn radix_arg(&self, func: &str, type_name: &str) -> String {
        match (self.py2(), func) {
            (true, "bin") => format!("'{type_name}' object cannot be interpreted as an index"),
            (true, _) => format!("{func}() argument can't be converted to {func}"),
            _ => format!("'{type_name}' object cannot be interpreted as an integer"),
        }
    }

    /// `TypeError` text for `round` of a non-number.
    pub fn round_arg(&self, type_name: &str) -> String {
        if self.py2() {
            "a float is required".into()
        } else {
            format!("type {type_name} doesn't define __round__ method")
        }
    }

    /// `AttributeError` text for setting an attribute on an instance without `__dict__`.
    pub fn no_attribute_to_set(&self, type_name: &str, name: &str) -> String {
        if self.version >= PyVersion::PY313 {
            format!(
                "'{type_name}' object has no attribute '{name}' and no __dict__ for setting new attributes"
            )
        } else {
            format!("'{type_name}' object has no attribute '{name}'")
        }
    }

    /// `TypeError` text for `issubclass(C, bad)`.
    pub fn issubclass_arg2(&self) -> &'static str {
        if self.py2() {
            "issubclass() arg 2 must be a class or tuple of classes"
        } else {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        }
    }

    /// `TypeError` text for `next(x)` of a non-iterator.
    pub fn not_an_iterator(&self, type_name: &str) -> String {
        if self.py2() {
            format!("{type_name} object is not an iterator")
        } else {
            format!("'{type_name}' object is not an iterator")
        }
    }

    /// `AttributeError` text for setting (`deleting` false) or deleting a property that has
    /// no setter or deleter.
    pub fn property_readonly(&self, deleting: bool, name: &str, type_name: &str) -> String {
        match (self.py2(), deleting) {
            (true, false) => "can't set attribute".into(),
            (true, true) => "can't delete attribute".into(),
            (false, false) => format!("property '{name}' of '{type_name}' object has no setter"),
            (false, true) => format!("property '{name}' of '{type_name}' object has no deleter"),
        }
    }

    /// `OverflowError` text for an argument parsed as a C `int` that does not fit (`fits_long`:
    /// it fits a C `long`). 2.7's `"i"` format reads a `long` first, then range-checks it
    /// (`Python/getargs.c`); 3.x's `_PyLong_AsInt` reports the `int` conversion itself.
    pub fn c_int_overflow(&self, fits_long: bool, negative: bool) -> &'static str {
        match (self.py2(), fits_long, negative) {
            (false, _, _) => "Python int too large to convert to C int",
            (true, false, _) => "Python int too large to convert to C long",
            (true, true, true) => "signed integer is less than minimum",
            (true, true, false) => "signed integer is greater than maximum",
        }
    }

    /// `TypeError` text for setting or deleting an attribute of a builtin type
    /// (`type_setattro`; `type_name` is its `tp_name`).
    pub fn immutable_type_attr(&self, name: &str, type_name: &str) -> String {
        if self.py2() {
            format!("can't set attributes of built-in/extension type '{type_name}'")
        } else {
            format!("cannot set '{name}' attribute of immutable type '{type_name}'")
        }
    }

    /// `OverflowError` text for an int that does not fit a C `long` (`PyLong_AsLong`).
    pub fn c_long_overflow(&self) -> &'static str {
        "Python int too large to convert to C long"
    }

    /// `OverflowError` text for a `%c` code point outside Unicode (2.7 names its build).
    pub fn percent_c_range(&self) -> &'static str {
        if self.py2() {
            "%c arg not in range(0x110000) (wide Python build)"
        } else {
            "%c arg not in range(0x110000)"
        }
    }

    /// `OverflowError` text for an int that does not fit a `Py_ssize_t` (`PyLong_AsSsize_t`;
    /// 2.7's `PyInt_AsSsize_t` goes through a C `long`).
    pub fn ssize_overflow(&self) -> &'static str {
        if self.py2() {
            "Python int too large to convert to C long"
        } else {
            "Python int too large to convert to C ssize_t"
        }
    }
}

impl Semantics {
    /// The table: one column per version.
    pub fn of(version: PyVersion) -> Semantics {
        const PY37: PyVersion = PyVersion { major: 3, minor: 7 };
        const PY311: PyVersion = PyVersion {
            major: 3,
            minor: 11,
        };
        let py2 = version.major == 2;
        let pep667 = version >= PyVersion::PY313;
        let pep709 = version >= PyVersion::PY312;
        Semantics {
            version,
            print_is_statement: py2,
            exec_is_statement: py2,
            has_long: py2,
            classic_division: py2,
            has_nonlocal: !py2,
            has_fstrings: !py2,
            has_kwonly_args: !py2,
            has_backticks: py2,
            listcomp_leaks: py2,
            comprehensions_inlined: pep709,
            exec_writes_back_fast_locals: py2,
            locals_returns_snapshot: pep667,
            f_locals_is_proxy: pep667,
            builtins_return_lists: py2,
            dict_insertion_ordered: !py2,
            except_target_unbound: !py2,
            has_recursion_error: !py2,
            class_deref_checks_namespace: !py2,
            can_delete_deref: !py2,
            has_qualname: !py2,
            classic_classes: py2,
            name_error_suggestions: version >= PyVersion::PY312,
            exec_accepts_keywords: pep667,
            popitem_last: !py2,
            round_half_even: !py2,
            float_str_is_repr: !py2,
            mapping_check_excludes_sequences: py2,
            class_firstlineno: pep667,
            class_static_attributes: pep667,
            type_dict_descriptors: true,
            embeddable: version >= PY311,
            source_defaults_to_utf8: !py2,
            main_file_absolute: version >= PyVersion::PY39,
            inlined_comp_overrides_all_names: pep667,
            inlined_comp_class_cell_is_global: pep667,
            non_dict_builtins_become_minimal: py2,
            gi_running_is_bool: !py2,
            trace_trampoline_syncs_locals: !pep667,
            locals_to_fast_clear_assigns_none: !py2 && !pep667,
            module_code_starts_at_line_zero: version >= PY311,
            main_has_import_attrs: !py2,
            exc_info_outlives_handler: py2,
            generator_stop: version >= PY37,
            compiler_skips_constant_tests: py2,
            unpacking_errors_name_callee: py2,
            callee_named_by_qualname: !py2,
            octal_prefix_is_zero: py2,
            exc_new_sets_args: !py2,
            slice_assign_error_is_extended: version >= PyVersion::PY313,
            traceback_shows_chain: !py2,
            has_cmp_protocol: py2,
            eq_without_hash_unhashable: !py2,
            version_info_is_tuple: !py2,
            ne_inverts_eq: !py2,
            sum_compensates_floats: version >= PyVersion::PY312,
            globals_subclass_getitem: !py2,
            inspect_currentframe_is_getframe: py2,
            exec_accepts_closure: version >= PY311,
            str_has_iter: !py2,
            dict_union: version >= PyVersion::PY39,
            ternary_error_names_operator: !py2,
            msgs: Messages { version },
        }
    }
}

impl Semantics {
    /// The line of `def currentframe():` in the version's `Lib/inspect.py` (3.12.1, 3.13.0), so
    /// trace events in the VM's copy of it carry CPython's line numbers.
    pub fn inspect_currentframe_line(&self) -> u32 {
        if self.version >= PyVersion::PY313 {
            1742
        } else {
            1768
        }
    }

    /// Every yes/no answer of the table by name, for tests that flip them one at a time. The
    /// destructuring lists every field, so a new answer cannot be left out.
    pub fn flags_mut(&mut self) -> Vec<(&'static str, &mut bool)> {
        let Semantics {
            version: _,
            msgs: _,
            print_is_statement,
            exec_is_statement,
            has_long,
            classic_division,
            has_nonlocal,
            has_fstrings,
            has_kwonly_args,
            has_backticks,
            listcomp_leaks,
            comprehensions_inlined,
            exec_writes_back_fast_locals,
            locals_returns_snapshot,
            f_locals_is_proxy,
            builtins_return_lists,
            dict_insertion_ordered,
            except_target_unbound,
            has_recursion_error,
            class_deref_checks_namespace,
            can_delete_deref,
            has_qualname,
            classic_classes,
            name_error_suggestions,
            exec_accepts_keywords,
            popitem_last,
            round_half_even,
            float_str_is_repr,
            mapping_check_excludes_sequences,
            class_firstlineno,
            class_static_attributes,
            type_dict_descriptors,
            embeddable,
            source_defaults_to_utf8,
            inlined_comp_overrides_all_names,
            inlined_comp_class_cell_is_global,
            main_file_absolute,
            non_dict_builtins_become_minimal,
            gi_running_is_bool,
            trace_trampoline_syncs_locals,
            locals_to_fast_clear_assigns_none,
            module_code_starts_at_line_zero,
            main_has_import_attrs,
            exc_info_outlives_handler,
            generator_stop,
            compiler_skips_constant_tests,
            unpacking_errors_name_callee,
            callee_named_by_qualname,
            octal_prefix_is_zero,
            exc_new_sets_args,
            slice_assign_error_is_extended,
            traceback_shows_chain,
            has_cmp_protocol,
            eq_without_hash_unhashable,
            version_info_is_tuple,
            ne_inverts_eq,
            sum_compensates_floats,
            globals_subclass_getitem,
            inspect_currentframe_is_getframe,
            exec_accepts_closure,
            str_has_iter,
            dict_union,
            ternary_error_names_operator,
        } = self;
        vec![
            ("print_is_statement", print_is_statement),
            ("exec_is_statement", exec_is_statement),
            ("has_long", has_long),
            ("classic_division", classic_division),
            ("has_nonlocal", has_nonlocal),
            ("has_fstrings", has_fstrings),
            ("has_kwonly_args", has_kwonly_args),
            ("has_backticks", has_backticks),
            ("listcomp_leaks", listcomp_leaks),
            ("comprehensions_inlined", comprehensions_inlined),
            ("exec_writes_back_fast_locals", exec_writes_back_fast_locals),
            ("locals_returns_snapshot", locals_returns_snapshot),
            ("f_locals_is_proxy", f_locals_is_proxy),
            ("builtins_return_lists", builtins_return_lists),
            ("dict_insertion_ordered", dict_insertion_ordered),
            ("except_target_unbound", except_target_unbound),
            ("has_recursion_error", has_recursion_error),
            ("class_deref_checks_namespace", class_deref_checks_namespace),
            ("can_delete_deref", can_delete_deref),
            ("has_qualname", has_qualname),
            ("classic_classes", classic_classes),
            ("name_error_suggestions", name_error_suggestions),
            ("exec_accepts_keywords", exec_accepts_keywords),
            ("popitem_last", popitem_last),
            ("round_half_even", round_half_even),
            ("float_str_is_repr", float_str_is_repr),
            (
                "mapping_check_excludes_sequences",
                mapping_check_excludes_sequences,
            ),
            ("class_firstlineno", class_firstlineno),
            ("class_static_attributes", class_static_attributes),
            ("type_dict_descriptors", type_dict_descriptors),
            ("embeddable", embeddable),
            ("source_defaults_to_utf8", source_defaults_to_utf8),
            (
                "inlined_comp_overrides_all_names",
                inlined_comp_overrides_all_names,
            ),
            (
                "inlined_comp_class_cell_is_global",
                inlined_comp_class_cell_is_global,
            ),
            ("main_file_absolute", main_file_absolute),
            (
                "non_dict_builtins_become_minimal",
                non_dict_builtins_become_minimal,
            ),
            ("gi_running_is_bool", gi_running_is_bool),
            (
                "trace_trampoline_syncs_locals",
                trace_trampoline_syncs_locals,
            ),
            (
                "locals_to_fast_clear_assigns_none",
                locals_to_fast_clear_assigns_none,
            ),
            (
                "module_code_starts_at_line_zero",
                module_code_starts_at_line_zero,
            ),
            ("main_has_import_attrs", main_has_import_attrs),
            ("exc_info_outlives_handler", exc_info_outlives_handler),
            ("generator_stop", generator_stop),
            (
                "compiler_skips_constant_tests",
                compiler_skips_constant_tests,
            ),
            ("unpacking_errors_name_callee", unpacking_errors_name_callee),
            ("callee_named_by_qualname", callee_named_by_qualname),
            ("octal_prefix_is_zero", octal_prefix_is_zero),
            ("exc_new_sets_args", exc_new_sets_args),
            (
                "slice_assign_error_is_extended",
                slice_assign_error_is_extended,
            ),
            ("traceback_shows_chain", traceback_shows_chain),
            ("has_cmp_protocol", has_cmp_protocol),
            ("eq_without_hash_unhashable", eq_without_hash_unhashable),
            ("version_info_is_tuple", version_info_is_tuple),
            ("ne_inverts_eq", ne_inverts_eq),
            ("sum_compensates_floats", sum_compensates_floats),
            ("globals_subclass_getitem", globals_subclass_getitem),
            (
                "inspect_currentframe_is_getframe",
                inspect_currentframe_is_getframe,
            ),
            ("exec_accepts_closure", exec_accepts_closure),
            ("str_has_iter", str_has_iter),
            ("dict_union", dict_union),
            ("ternary_error_names_operator", ternary_error_names_operator),
        ]
    }

    /// The module builtin types and functions report as `__module__` (2.7 `__builtin__`).
    pub fn builtins_module(&self) -> &'static str {
        if self.version.major == 2 {
            "__builtin__"
        } else {
            "builtins"
        }
    }

    /// How `chr` reads its argument: 2.7's `"l"` format (a C `long`), 3.12's `"i"` (a C
    /// `int`); 3.13 reads any int and range-checks it (`PyLong_AsLongAndOverflow`), so a huge
    /// one is a `ValueError`, not an `OverflowError`.
    pub fn chr_arg(&self) -> IntArg {
        if self.version.major == 2 {
            IntArg::CLong
        } else if self.version >= PyVersion::PY313 {
            IntArg::Unbounded
        } else {
            IntArg::CInt
        }
    }

    /// The module of the builtin exception types: 2.7 has an `exceptions` module (their
    /// `tp_name` is `exceptions.ValueError`); 3.x defines them in `builtins`.
    pub fn exceptions_module(&self) -> &'static str {
        if self.version.major == 2 {
            "exceptions"
        } else {
            "builtins"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_parse_and_print() {
        for v in PyVersion::iter() {
            assert_eq!(v.to_string().parse::<PyVersion>().unwrap(), v);
        }
        for v in PyVersion::known() {
            assert_eq!(v.to_string().parse::<PyVersion>().unwrap(), v);
        }
        assert_eq!("3.9".parse::<PyVersion>().unwrap(), PyVersion::PY39);
        assert!("3.5".parse::<PyVersion>().is_err());
        assert!("3.14".parse::<PyVersion>().is_err());
        assert!(PyVersion::PY39.emulated().is_err());
        assert!(PyVersion::PY312.emulated().is_ok());
        assert!("".parse::<PyVersion>().is_err());
        let nearest: Vec<String> = PyVersion::known()
            .map(|v| format!("{v}:{}", v.nearest_emulated()))
            .collect();
        assert_eq!(
            nearest.join(" "),
            "2.7:2.7 3.6:3.12 3.7:3.12 3.8:3.12 3.9:3.12 3.10:3.12 3.11:3.12 3.12:3.12 3.13:3.13"
        );
    }

    #[test]
    fn semantics_columns_differ() {
        let s27 = Semantics::of(PyVersion::PY27);
        let s312 = Semantics::of(PyVersion::PY312);
        let s313 = Semantics::of(PyVersion::PY313);
        assert!(s27.exec_is_statement && !s312.exec_is_statement);
        assert!(!s312.locals_returns_snapshot && s313.locals_returns_snapshot);
        assert_ne!(s27.msgs.unbound_local("x"), s312.msgs.unbound_local("x"));
    }
}
