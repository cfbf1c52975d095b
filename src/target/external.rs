//! External targets: any Python implementation that speaks the worker protocol
//! (`harness/PROTOCOL.md`, "External workers"), compared against the CPython of the version it
//! declares.
//!
//! A target is given as `NAME=VERSION:COMMAND...` (on the command line, or one per line in a
//! targets file), e.g. `pyext=3.12:python3 harness/ext/pyext_worker.py`. `COMMAND` is split on
//! whitespace (no quoting); the pool appends the request and reply descriptors (`62 63`) and
//! starts it exactly like a CPython worker: same environment, descriptors, process group,
//! memory limit, per-case budget, crash and timeout handling ([`Pool`]). The one difference is
//! a `fallback` reply, which ends the case as `Unsupported` (inconclusive) instead of running
//! CPython in the worker's place. `rustpython` names the built-in RustPython worker
//! (`harness/rustpython-worker`, built by its `build.sh`), declared as 3.13.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::interp::{Interpreter, Source};
use crate::observe::Observation;
use crate::target::cpython::{
    harness_dir, Case, FallbackPolicy, Pool, PoolConfig, PoolStats, Program, WorkerError,
};
use crate::target::protocol::{REPLY_FD, REQUEST_FD};
use crate::version::PyVersion;

/// The name of the built-in RustPython target.
pub const RUSTPYTHON: &str = "rustpython";

/// The CPython version RustPython is compared against (it emulates 3.14-era semantics; 3.13 is
/// the closest oracle we have).
pub const RUSTPYTHON_VERSION: PyVersion = PyVersion::PY313;

/// One external target, as configured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExternalSpec {
    /// How reports and the CLI name it (`[A-Za-z0-9_.-]+`).
    pub name: String,
    /// The CPython version it is compared against.
    pub version: PyVersion,
    /// The program and its arguments (the pool appends `62 63`).
    pub command: Vec<String>,
}

impl fmt::Display for ExternalSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}={}:{}",
            self.name,
            self.version,
            self.command.join(" ")
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SpecError {
    #[error("expected NAME=VERSION:COMMAND (e.g. pyext=3.12:python3 worker.py), got `{0}`")]
    Shape(String),
    #[error("target name `{0}` may only use letters, digits, `_`, `.` and `-`")]
    Name(String),
    #[error(transparent)]
    Version(#[from] crate::version::UnknownVersion),
    #[error("{path}:{line}: {source}")]
    File {
        path: PathBuf,
        line: usize,
        source: Box<SpecError>,
    },
    #[error("cannot read targets file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("unknown target `{0}` (built-in: rustpython, pypy; or give NAME=VERSION:COMMAND)")]
    Unknown(String),
    #[error(transparent)]
    Pypy(#[from] crate::target::pypy::PypyError),
}

/// Parses `NAME=VERSION:COMMAND...`.
pub fn parse_spec(text: &str) -> Result<ExternalSpec, SpecError> {
    let shape = || SpecError::Shape(text.to_string());
    let (name, rest) = text.trim().split_once('=').ok_or_else(shape)?;
    let (version, command) = rest.split_once(':').ok_or_else(shape)?;
    let name = name.trim();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
    {
        return Err(SpecError::Name(name.to_string()));
    }
    let version: PyVersion = version.trim().parse()?;
    let command: Vec<String> = command.split_whitespace().map(str::to_string).collect();
    if command.is_empty() {
        return Err(shape());
    }
    Ok(ExternalSpec {
        name: name.to_string(),
        version,
        command,
    })
}

/// Parses a targets file: one `NAME=VERSION:COMMAND` per line; blank lines and lines starting
/// with `#` are skipped.
pub fn parse_targets_file(path: &Path) -> Result<Vec<ExternalSpec>, SpecError> {
    let text = std::fs::read_to_string(path).map_err(|source| SpecError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let mut specs = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let spec = parse_spec(line).map_err(|e| SpecError::File {
            path: path.to_path_buf(),
            line: index + 1,
            source: Box::new(e),
        })?;
        specs.push(spec);
    }
    Ok(specs)
}

/// A built-in target by name (`rustpython`), or `None`.
pub fn builtin(name: &str) -> Option<ExternalSpec> {
    (name == RUSTPYTHON).then(|| ExternalSpec {
        name: RUSTPYTHON.to_string(),
        version: RUSTPYTHON_VERSION,
        command: vec![rustpython_binary().to_string_lossy().into_owned()],
    })
}

/// A built-in name or a `NAME=VERSION:COMMAND` spec.
pub fn resolve(text: &str) -> Result<ExternalSpec, SpecError> {
    if let Some(spec) = builtin(text.trim()) {
        return Ok(spec);
    }
    if text.trim() == crate::target::pypy::NAME {
        return Ok(crate::target::pypy::spec()?);
    }
    if text.contains('=') {
        return parse_spec(text);
    }
    Err(SpecError::Unknown(text.to_string()))
}

/// Where `harness/rustpython-worker/build.sh` puts the RustPython worker.
pub fn rustpython_binary() -> PathBuf {
    harness_dir().join("rustpython-worker/target/release/rustpython-worker")
}

/// An external implementation behind a worker pool.
pub struct ExternalTarget {
    spec: ExternalSpec,
    pool: Pool,
}

impl ExternalTarget {
    /// A target for `spec`; workers start on first use. Fails if the command cannot be found
    /// (for `rustpython`: if the worker is not built).
    pub fn new(spec: ExternalSpec, config: PoolConfig) -> Result<ExternalTarget, WorkerError> {
        let (first, rest) = spec
            .command
            .split_first()
            .ok_or_else(|| WorkerError::Build(format!("target {} has no command", spec.name)))?;
        let path = find_program(first).ok_or_else(|| {
            let hint = if spec.name == RUSTPYTHON {
                " (build it with harness/rustpython-worker/build.sh)"
            } else {
                ""
            };
            WorkerError::Build(format!(
                "target {}: program `{first}` not found{hint}",
                spec.name
            ))
        })?;
        let mut args = rest.to_vec();
        args.push(REQUEST_FD.to_string());
        args.push(REPLY_FD.to_string());
        let interp = Interpreter {
            version: spec.version,
            path: path.clone(),
            release: spec.name.clone(),
            source: Source::Explicit,
        };
        let pool = Pool::with_program(
            interp,
            Program { path, args },
            config,
            FallbackPolicy::Unsupported,
        );
        Ok(ExternalTarget { spec, pool })
    }

    pub fn spec(&self) -> &ExternalSpec {
        &self.spec
    }

    pub fn name(&self) -> &str {
        &self.spec.name
    }

    /// The CPython version to compare it against.
    pub fn version(&self) -> PyVersion {
        self.spec.version
    }

    /// Runs one case on a worker of this target.
    pub async fn run(&self, case: &Case) -> Result<Observation, WorkerError> {
        self.pool.run(case).await
    }

    pub fn stats(&self) -> PoolStats {
        self.pool.stats()
    }

    /// Asks idle workers to quit.
    pub async fn shutdown(&self) {
        self.pool.shutdown().await;
    }
}

/// `program` as given when it names a path (contains `/`; relative to the current directory),
/// else its first match on `PATH`.
fn find_program(program: &str) -> Option<PathBuf> {
    if program.contains('/') {
        let path = PathBuf::from(program);
        let path = if path.is_absolute() {
            path
        } else {
            std::env::current_dir().ok()?.join(path)
        };
        return path.is_file().then_some(path);
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(program))
            .find(|candidate| candidate.is_file())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_parse() {
        let spec = parse_spec("pyext=3.12:python3 -u harness/ext/pyext_worker.py").unwrap();
        assert_eq!(spec.name, "pyext");
        assert_eq!(spec.version, PyVersion::PY312);
        assert_eq!(
            spec.command,
            ["python3", "-u", "harness/ext/pyext_worker.py"]
        );
        assert_eq!(
            spec.to_string(),
            "pyext=3.12:python3 -u harness/ext/pyext_worker.py"
        );
        // The command may itself contain `=` and `:`.
        let spec = parse_spec("x=2.7:/opt/py:2/bin/python -W a=b").unwrap();
        assert_eq!(spec.command, ["/opt/py:2/bin/python", "-W", "a=b"]);
    }

    #[test]
    fn bad_specs_are_refused() {
        for bad in [
            "",
            "pyext",
            "pyext=3.12",
            "pyext=3.12:",
            "=3.12:x",
            "a b=3.12:x",
        ] {
            assert!(parse_spec(bad).is_err(), "{bad:?}");
        }
        assert!(matches!(parse_spec("p=3.99:x"), Err(SpecError::Version(_))));
        assert!(matches!(resolve("nosuch"), Err(SpecError::Unknown(_))));
        assert_eq!(resolve("rustpython").unwrap().version, PyVersion::PY313);
    }

    #[test]
    fn targets_files_skip_comments_and_name_bad_lines() {
        let dir = std::env::temp_dir().join(format!("execdiff-targets-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good");
        std::fs::write(&good, "# mine\n\na=3.12:python3 w.py\n  b=3.13:/bin/w  \n").unwrap();
        let specs = parse_targets_file(&good).unwrap();
        assert_eq!(
            specs.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
        let bad = dir.join("bad");
        std::fs::write(&bad, "a=3.12:w\nnonsense\n").unwrap();
        let err = parse_targets_file(&bad).unwrap_err().to_string();
        assert!(err.contains(":2:"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
