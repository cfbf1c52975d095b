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

/// A CPython minor version that execdiff emulates and checks against.
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

    /// Every supported version, oldest first.
    pub const ALL: [PyVersion; 3] = [PyVersion::PY27, PyVersion::PY312, PyVersion::PY313];

    pub fn iter() -> impl Iterator<Item = PyVersion> {
        PyVersion::ALL.into_iter()
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
#[error("unknown python version `{0}` (expected one of 2.7, 3.12, 3.13)")]
pub struct UnknownVersion(pub String);

impl FromStr for PyVersion {
    type Err = UnknownVersion;

    fn from_str(s: &str) -> Result<PyVersion, UnknownVersion> {
        PyVersion::ALL
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
/// the interpreter, parser and generator consult it and never the version number.
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
    /// PyO3 can embed this interpreter (3.9+), so it gets the embedded worker; 2.7 gets only
    /// `harness/worker.py`.
    pub embeddable: bool,
    /// Exception and warning texts.
    pub msgs: Messages,
}

/// Message templates whose wording changes between versions.
#[derive(Clone, Debug, PartialEq)]
pub struct Messages {
    version: PyVersion,
}

impl Messages {
    /// `UnboundLocalError` text for a fast local read before assignment.
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

    /// `NameError` text for a name missing from locals, globals and builtins (`LOAD_NAME`).
    pub fn name_not_defined(&self, name: &str) -> String {
        format!("name '{name}' is not defined")
    }
}

impl Semantics {
    /// The table: one column per version.
    pub fn of(version: PyVersion) -> Semantics {
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
            embeddable: !py2,
            msgs: Messages { version },
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
        assert!("3.11".parse::<PyVersion>().is_err());
        assert!("".parse::<PyVersion>().is_err());
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
