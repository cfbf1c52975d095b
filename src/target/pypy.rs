//! PyPy as a built-in external target: `--targets pypy`.
//!
//! The interpreter is `$EXECDIFF_PYPY` when set, else the first `pypy3` on `PATH` (Debian's
//! `apt-get install pypy3` puts it in `/usr/bin`). It is asked once for the Python language
//! version it implements (`sys.version_info`) and its own release (`sys.pypy_version_info`),
//! and runs `harness/ext/pyext_worker.py` under the reference run's flags (`-s -B`), compared
//! against the CPython of that language version (PyPy 7.3 implements 3.9 or 3.10, which the
//! generator and discovery serve as reference-only versions). Nothing here knows a PyPy
//! difference: those are findings, classified by the campaign's reader.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::interp::DiscoveryConfig;
use crate::target::cpython::harness_dir;
use crate::target::external::ExternalSpec;
use crate::version::PyVersion;

/// The name of the built-in PyPy target.
pub const NAME: &str = "pypy";

/// The environment variable naming the PyPy interpreter.
pub const ENV: &str = "EXECDIFF_PYPY";

/// The program looked up on `PATH` without `$EXECDIFF_PYPY`.
pub const PROGRAM: &str = "pypy3";

/// A PyPy interpreter, checked by running it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pypy {
    pub path: PathBuf,
    /// The Python language version it implements.
    pub version: PyVersion,
    /// `3.9.16 (PyPy 7.3.11)`.
    pub release: String,
    /// Where it was found (`$EXECDIFF_PYPY` or `PATH`).
    pub source: &'static str,
}

#[derive(Debug, thiserror::Error)]
pub enum PypyError {
    #[error(
        "pypy: no `{PROGRAM}` on PATH and ${ENV} is not set (install it: apt-get install -y pypy3)"
    )]
    NotFound,
    #[error("pypy: {path}: {why}")]
    Broken { path: PathBuf, why: String },
}

/// Finds PyPy and asks it its versions.
pub fn find() -> Result<Pypy, PypyError> {
    let (path, source) = match std::env::var_os(ENV) {
        Some(path) if !path.is_empty() => (PathBuf::from(path), "$EXECDIFF_PYPY"),
        _ => (on_path(PROGRAM).ok_or(PypyError::NotFound)?, "PATH"),
    };
    let (version, release) = ask(&path).map_err(|why| PypyError::Broken {
        path: path.clone(),
        why,
    })?;
    Ok(Pypy {
        path,
        version,
        release,
        source,
    })
}

/// The target spec of `pypy`: the worker under PyPy, against the CPython of its language
/// version.
pub fn spec() -> Result<ExternalSpec, PypyError> {
    let pypy = find()?;
    let worker = harness_dir().join("ext/pyext_worker.py");
    Ok(ExternalSpec {
        name: NAME.to_string(),
        version: pypy.version,
        command: vec![
            pypy.path.to_string_lossy().into_owned(),
            "-s".to_string(),
            "-B".to_string(),
            worker.to_string_lossy().into_owned(),
        ],
    })
}

/// One line for `execdiff targets`: where PyPy is and what it implements, or why it is not
/// there. `config` is the CPython discovery configuration (whether the matching CPython is
/// found is said by the `cpython-X.Y` lines).
pub fn describe(_config: &DiscoveryConfig) -> String {
    match find() {
        Ok(pypy) => format!(
            "{NAME}\t{}\t{}\t(from {}; compared with cpython-{})",
            pypy.release,
            pypy.path.display(),
            pypy.source,
            pypy.version
        ),
        Err(e) => format!("{NAME}\tmissing\t{e}"),
    }
}

fn on_path(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(program))
            .find(|candidate| candidate.is_file())
    })
}

/// `(language version, release text)` as the interpreter reports them.
fn ask(path: &std::path::Path) -> Result<(PyVersion, String), String> {
    const SCRIPT: &str = "import sys; v = sys.version_info; \
        p = getattr(sys, 'pypy_version_info', None); \
        sys.stdout.write('%d.%d %d.%d.%d %s' % (v[0], v[1], v[0], v[1], v[2], \
        '.'.join(map(str, p[:3])) if p else '-'))";
    let mut child = Command::new(path)
        .args(["-s", "-S", "-c", SCRIPT])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start: {e}"))?;
    let status = wait_timeout::ChildExt::wait_timeout(&mut child, Duration::from_secs(30))
        .map_err(|e| format!("cannot wait: {e}"))?;
    let Some(status) = status else {
        let _ = child.kill();
        let _ = child.wait();
        return Err("did not answer within 30 s".into());
    };
    let out = child
        .wait_with_output()
        .map_err(|e| format!("cannot read: {e}"))?;
    if !status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(format!(
            "exits with {status}: {}",
            err.lines().last().unwrap_or("").trim()
        ));
    }
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut words = text.split_whitespace();
    let (Some(lang), Some(full), Some(pypy)) = (words.next(), words.next(), words.next()) else {
        return Err(format!("unexpected answer `{text}`"));
    };
    if pypy == "-" {
        return Err(format!(
            "is not PyPy (no sys.pypy_version_info; Python {full})"
        ));
    }
    let version: PyVersion = lang
        .parse()
        .map_err(|e| format!("implements Python {full}: {e}"))?;
    Ok((version, format!("{full} (PyPy {pypy})")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Skips (visibly) without PyPy; fails on CI, which installs it (`.ci/run`).
    fn require() -> Option<Pypy> {
        match find() {
            Ok(pypy) => Some(pypy),
            Err(e) if std::env::var("CI").is_ok_and(|v| v == "true") => {
                panic!("CI=true but {e}")
            }
            Err(e) => {
                eprintln!("SKIPPED: {e}");
                None
            }
        }
    }

    #[test]
    fn pypy_reports_its_language_version() {
        let Some(pypy) = require() else { return };
        assert!(
            pypy.release.starts_with(&format!("{}.", pypy.version)),
            "{pypy:?}"
        );
        assert!(pypy.release.contains("(PyPy 7."), "{pypy:?}");
        let spec = spec().unwrap();
        assert_eq!(spec.version, pypy.version);
        assert!(spec.command.last().unwrap().ends_with("pyext_worker.py"));
    }

    #[test]
    fn cpython_is_not_taken_for_pypy() {
        let Some(python) = crate::interp::require(PyVersion::PY312) else {
            return;
        };
        let err = ask(&python.path).unwrap_err();
        assert!(err.contains("is not PyPy"), "{err}");
    }
}
