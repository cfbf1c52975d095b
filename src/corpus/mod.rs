//! Regression cases: plain Python files with a first-line directive and, beside each, one
//! blessed [`Observation`] per version from reference runs.
//!
//! ```text
//! corpus/scope/exec_del_local.py        # execdiff: versions=2.7,3.12,3.13 origin=scope
//! corpus/scope/exec_del_local.2.7.out   the reference run's Observation on 2.7, as JSON
//! corpus/scope/exec_del_local.3.12.out  ...
//! ```
//!
//! Directive keys: `versions` (comma list, or a range `3.12..` / `2.7..3.12`), `origin` (one
//! token), `xfail` (`vm` for every version, or `vm-3.12,...`; strict: a case that starts
//! agreeing fails until the marker goes), `cpython_crash` (versions whose CPython itself crashes
//! on the case; never run there), `issue` (a reference). Everything malformed is reported with
//! file and line as a [`CorpusError`]; nothing here panics on bad input.

mod bless;
pub mod replay;

pub use bless::{bless, BlessReport};

use std::fmt;
use std::path::{Path, PathBuf};

use crate::observe::{Observation, SCHEMA_VERSION};
use crate::version::PyVersion;

/// A malformed case or blessing, located by file and (where known) line.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct CorpusError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.path.display(), self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

impl CorpusError {
    fn at(path: &Path, line: Option<usize>, message: impl Into<String>) -> CorpusError {
        CorpusError {
            path: path.to_path_buf(),
            line,
            message: message.into(),
        }
    }
}

/// The parsed first-line directive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    pub versions: Vec<PyVersion>,
    pub origin: String,
    /// Versions on which the VM is expected to disagree with the blessing.
    pub xfail_vm: Vec<PyVersion>,
    pub cpython_crash: Vec<PyVersion>,
    pub issue: Option<String>,
}

impl Directive {
    pub const PREFIX: &'static str = "# execdiff:";

    /// Parses the directive line; `Err` carries a message without location.
    pub fn parse(line: &str) -> Result<Directive, String> {
        let rest = line
            .trim_end()
            .strip_prefix(Directive::PREFIX)
            .ok_or_else(|| {
                format!(
                    "first line must be a directive starting with `{}`",
                    Directive::PREFIX
                )
            })?;
        let mut versions = None;
        let mut origin = None;
        let mut xfail = None;
        let mut cpython_crash = Vec::new();
        let mut issue = None;
        for item in rest.split_whitespace() {
            let (key, value) = item
                .split_once('=')
                .filter(|(_, v)| !v.is_empty())
                .ok_or_else(|| format!("expected key=value, got `{item}`"))?;
            match key {
                "versions" => versions = Some(parse_versions(value)?),
                "origin" => origin = Some(value.to_string()),
                "xfail" => xfail = Some(value),
                "cpython_crash" => cpython_crash = parse_versions(value)?,
                "issue" => issue = Some(value.to_string()),
                _ => return Err(format!("unknown directive key `{key}`")),
            }
        }
        let versions = versions.ok_or("directive lacks `versions=`")?;
        let origin = origin.ok_or("directive lacks `origin=`")?;
        let xfail_vm = match xfail {
            None => Vec::new(),
            Some("vm") => versions.clone(),
            Some(list) => parse_xfail(list)?,
        };
        if let Some(v) = xfail_vm.iter().find(|v| !versions.contains(v)) {
            return Err(format!("xfail names {v}, which is not in versions"));
        }
        Ok(Directive {
            versions,
            origin,
            xfail_vm,
            cpython_crash,
            issue,
        })
    }

    /// Renders the directive line (without newline).
    pub fn render(&self) -> String {
        let list = |vs: &[PyVersion]| {
            vs.iter()
                .map(|v| v.to_string())
                .collect::<Vec<_>>()
                .join(",")
        };
        let mut out = format!(
            "{} versions={} origin={}",
            Directive::PREFIX,
            list(&self.versions),
            self.origin
        );
        if !self.xfail_vm.is_empty() {
            if self.xfail_vm == self.versions {
                out.push_str(" xfail=vm");
            } else {
                let items: Vec<String> = self.xfail_vm.iter().map(|v| format!("vm-{v}")).collect();
                out.push_str(&format!(" xfail={}", items.join(",")));
            }
        }
        if !self.cpython_crash.is_empty() {
            out.push_str(&format!(" cpython_crash={}", list(&self.cpython_crash)));
        }
        if let Some(issue) = &self.issue {
            out.push_str(&format!(" issue={issue}"));
        }
        out
    }
}

fn parse_versions(value: &str) -> Result<Vec<PyVersion>, String> {
    let mut out = Vec::new();
    for item in value.split(',') {
        if let Some((lo, hi)) = item.split_once("..") {
            let lo: PyVersion = if lo.is_empty() {
                PyVersion::PY27
            } else {
                lo.parse().map_err(|e| format!("{e}"))?
            };
            let hi: Option<PyVersion> = if hi.is_empty() {
                None
            } else {
                Some(hi.parse().map_err(|e| format!("{e}"))?)
            };
            out.extend(PyVersion::iter().filter(|v| *v >= lo && hi.is_none_or(|hi| *v <= hi)));
        } else {
            let version: PyVersion = item.parse().map_err(|e| format!("{e}"))?;
            out.push(version.emulated().map_err(|e| format!("{e}"))?);
        }
    }
    out.sort();
    out.dedup();
    if out.is_empty() {
        return Err("empty version list".into());
    }
    Ok(out)
}

fn parse_xfail(value: &str) -> Result<Vec<PyVersion>, String> {
    let mut out = Vec::new();
    for item in value.split(',') {
        let v = item
            .strip_prefix("vm-")
            .ok_or_else(|| format!("xfail target must be `vm` or `vm-VERSION`, got `{item}`"))?;
        out.push(v.parse().map_err(|e| format!("{e}"))?);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// One loaded case.
#[derive(Clone, Debug)]
pub struct Case {
    pub path: PathBuf,
    pub directive: Directive,
    pub source: String,
}

impl Case {
    /// Loads and validates a case file.
    pub fn load(path: &Path) -> Result<Case, CorpusError> {
        let bytes = std::fs::read(path)
            .map_err(|e| CorpusError::at(path, None, format!("cannot read: {e}")))?;
        let source = String::from_utf8(bytes).map_err(|e| {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
            CorpusError::at(path, Some(line), "case file is not valid UTF-8")
        })?;
        let first = source.lines().next().unwrap_or("");
        let directive =
            Directive::parse(first).map_err(|message| CorpusError::at(path, Some(1), message))?;
        Ok(Case {
            path: path.to_path_buf(),
            directive,
            source,
        })
    }

    /// The versions this case runs on (its `versions` minus `cpython_crash`).
    pub fn run_versions(&self) -> impl Iterator<Item = PyVersion> + '_ {
        self.directive
            .versions
            .iter()
            .copied()
            .filter(|v| !self.directive.cpython_crash.contains(v))
    }

    /// `foo.py` → `foo.3.12.out`.
    pub fn blessing_path(&self, version: PyVersion) -> PathBuf {
        blessing_path(&self.path, version)
    }

    /// The blessing for `version`, `Ok(None)` when none was written yet.
    pub fn blessing(&self, version: PyVersion) -> Result<Option<Observation>, CorpusError> {
        let path = self.blessing_path(version);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(CorpusError::at(&path, None, format!("cannot read: {e}"))),
        };
        let obs: Observation = serde_json::from_str(&text).map_err(|e| {
            CorpusError::at(&path, Some(e.line()), format!("malformed blessing: {e}"))
        })?;
        if obs.schema != SCHEMA_VERSION {
            return Err(CorpusError::at(
                &path,
                None,
                format!(
                    "blessing has schema {}, this execdiff writes {SCHEMA_VERSION}; run `execdiff corpus bless`",
                    obs.schema
                ),
            ));
        }
        Ok(Some(obs))
    }

    /// Blessing files beside the case that name no known version, or a version the case does
    /// not run on.
    pub fn stray_blessings(&self) -> Vec<CorpusError> {
        let (Some(dir), Some(stem)) = (self.path.parent(), self.path.file_stem()) else {
            return Vec::new();
        };
        let prefix = format!("{}.", stem.to_string_lossy());
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut errors = Vec::new();
        for entry in entries.filter_map(|e| e.ok()) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(version) = name
                .strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix(".out"))
            else {
                continue;
            };
            match version.parse::<PyVersion>() {
                Ok(v) if self.run_versions().any(|r| r == v) => {}
                Ok(v) => errors.push(CorpusError::at(
                    &entry.path(),
                    None,
                    format!("blessing for {v}, which the case's directive does not run"),
                )),
                Err(_) => errors.push(CorpusError::at(
                    &entry.path(),
                    None,
                    format!("blessing for unknown version `{version}`"),
                )),
            }
        }
        errors.sort_by(|a, b| a.path.cmp(&b.path));
        errors
    }
}

impl Case {
    /// The VM's observation of this case on `version`, run as the file it is.
    pub fn run_on_vm(&self, version: PyVersion) -> Observation {
        let mut config = crate::vm::VmConfig::new(version);
        config.filename = self.path.display().to_string();
        crate::vm::run_source(self.source.as_bytes(), &config).observation
    }

    /// Rewrites the case file's directive line to `directive` (the rest is kept byte for byte).
    pub fn rewrite_directive(&mut self, directive: Directive) -> std::io::Result<()> {
        let rest = match self.source.find('\n') {
            Some(pos) => &self.source[pos..],
            None => "",
        };
        let source = format!("{}{rest}", directive.render());
        std::fs::write(&self.path, &source)?;
        self.source = source;
        self.directive = directive;
        Ok(())
    }
}

/// `f` over `items` on `jobs` threads, results in the order of `items`; `progress(done,
/// total)` after each item.
fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    progress: &(dyn Fn(usize, usize) + Sync),
    f: &(dyn Fn(&T) -> R + Sync),
) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::with_capacity(items.len()));
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| loop {
                let idx = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(idx) else { break };
                let r = f(item);
                results
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((idx, r));
                progress(done.fetch_add(1, Ordering::Relaxed) + 1, items.len());
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by_key(|(idx, _)| *idx);
    results.into_iter().map(|(_, r)| r).collect()
}

/// `foo.py` → `foo.3.12.out`.
pub fn blessing_path(case: &Path, version: PyVersion) -> PathBuf {
    case.with_extension(format!("{version}.out"))
}

/// Every `.py` file under `paths` (files are taken as given), sorted.
pub fn find_cases(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CorpusError> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut out)?;
        } else if path.is_file() {
            out.push(path.clone());
        } else {
            return Err(CorpusError::at(path, None, "no such file or directory"));
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), CorpusError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| CorpusError::at(dir, None, format!("cannot list: {e}")))?;
    for entry in entries {
        let path = entry
            .map_err(|e| CorpusError::at(dir, None, format!("cannot list: {e}")))?
            .path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
    Ok(())
}

/// The checked-in corpus directory of this source tree.
pub fn default_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// Writes an observation as a blessing file (pretty JSON, trailing newline).
pub fn write_blessing(path: &Path, obs: &Observation) -> std::io::Result<()> {
    let mut text = serde_json::to_string_pretty(obs).map_err(std::io::Error::other)?;
    text.push('\n');
    std::fs::write(path, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_parse_and_render() {
        let d = Directive::parse("# execdiff: versions=2.7,3.13 origin=seed:000 xfail=vm-3.13")
            .unwrap();
        assert_eq!(d.versions, vec![PyVersion::PY27, PyVersion::PY313]);
        assert_eq!(d.origin, "seed:000");
        assert_eq!(d.xfail_vm, vec![PyVersion::PY313]);
        assert_eq!(Directive::parse(&d.render()).unwrap(), d);

        let d = Directive::parse("# execdiff: versions=3.12.. origin=core").unwrap();
        assert_eq!(d.versions, vec![PyVersion::PY312, PyVersion::PY313]);
    }

    #[test]
    fn bad_directives_are_explained() {
        for (line, needle) in [
            ("print(1)", "first line must be a directive"),
            ("# execdiff: origin=core", "lacks `versions=`"),
            ("# execdiff: versions=3.12", "lacks `origin=`"),
            (
                "# execdiff: versions=3.5 origin=core",
                "unknown python version `3.5`",
            ),
            (
                "# execdiff: versions=3.11 origin=core",
                "the VM emulates only 2.7, 3.12 and 3.13, not 3.11",
            ),
            (
                "# execdiff: versions=3.12 origin=core colour=red",
                "unknown directive key",
            ),
            ("# execdiff: versions=3.12 origin", "expected key=value"),
            (
                "# execdiff: versions=3.12 origin=core xfail=cpython",
                "xfail target",
            ),
            (
                "# execdiff: versions=3.12 origin=core xfail=vm-2.7",
                "not in versions",
            ),
        ] {
            let err = Directive::parse(line).unwrap_err();
            assert!(err.contains(needle), "{line}: {err}");
        }
    }

    #[test]
    fn blessing_paths_keep_the_stem() {
        assert_eq!(
            blessing_path(Path::new("corpus/a/b.py"), PyVersion::PY312),
            PathBuf::from("corpus/a/b.3.12.out")
        );
    }
}
