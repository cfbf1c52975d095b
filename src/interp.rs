//! Finding the real CPython interpreters that serve as the oracle.
//!
//! Sources, in order of precedence: explicit configuration (`--python 3.12=/path`), the
//! environment (`EXECDIFF_PYTHON_3_12=/path`, or `EXECDIFF_PYTHONS=2.7=/p,3.13=/q`), `PATH`
//! (`python2.7`, `python3.12`, ...), and the pyenv root (`$PYENV_ROOT`, `~/.pyenv`, or what
//! `pyenv root` prints), newest patch release first. Every candidate is started once to ask
//! for its exact version, so a broken pyenv shim or a mislabelled binary is rejected with the
//! reason recorded, and a missing interpreter is reported, never faked.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::version::PyVersion;

/// One real interpreter, checked by running it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interpreter {
    pub version: PyVersion,
    pub path: PathBuf,
    /// The exact release it reported, e.g. `3.12.1`.
    pub release: String,
    pub source: Source,
}

/// Where an interpreter was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Explicit,
    Environment(String),
    Path,
    Pyenv,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Explicit => f.write_str("--python"),
            Source::Environment(var) => write!(f, "${var}"),
            Source::Path => f.write_str("PATH"),
            Source::Pyenv => f.write_str("pyenv"),
        }
    }
}

/// Explicit interpreter paths by version, e.g. from `--python 3.12=/opt/py/bin/python`.
#[derive(Clone, Debug, Default)]
pub struct DiscoveryConfig {
    pub explicit: BTreeMap<PyVersion, PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("expected VERSION=PATH (e.g. 3.12=/usr/bin/python3.12), got `{0}`")]
    Shape(String),
    #[error(transparent)]
    Version(#[from] crate::version::UnknownVersion),
}

impl DiscoveryConfig {
    /// Parses `VERSION=PATH` items as given on the command line.
    pub fn from_specs<'a>(
        specs: impl IntoIterator<Item = &'a str>,
    ) -> Result<DiscoveryConfig, ConfigError> {
        let mut explicit = BTreeMap::new();
        for spec in specs {
            let (version, path) = parse_spec(spec)?;
            explicit.insert(version, path);
        }
        Ok(DiscoveryConfig { explicit })
    }
}

fn parse_spec(spec: &str) -> Result<(PyVersion, PathBuf), ConfigError> {
    let (version, path) = spec
        .split_once('=')
        .filter(|(_, p)| !p.is_empty())
        .ok_or_else(|| ConfigError::Shape(spec.to_string()))?;
    Ok((version.parse()?, PathBuf::from(path)))
}

/// The result of discovery: one interpreter per version found, and the reason for each
/// version that was not.
#[derive(Clone, Debug, Default)]
pub struct Discovery {
    pub found: BTreeMap<PyVersion, Interpreter>,
    pub missing: BTreeMap<PyVersion, String>,
}

impl Discovery {
    pub fn get(&self, version: PyVersion) -> Option<&Interpreter> {
        self.found.get(&version)
    }
}

/// Finds every known version (the VM's and the reference-only 3.x releases). Explicit paths that fail are reported as missing, not
/// silently replaced by another interpreter.
pub fn discover(config: &DiscoveryConfig) -> Discovery {
    let mut discovery = Discovery::default();
    for version in PyVersion::known() {
        match discover_one(config, version) {
            Ok(found) => {
                discovery.found.insert(version, found);
            }
            Err(reason) => {
                discovery.missing.insert(version, reason);
            }
        }
    }
    discovery
}

fn discover_one(config: &DiscoveryConfig, version: PyVersion) -> Result<Interpreter, String> {
    if let Some(path) = config.explicit.get(&version) {
        return probe(path, version, Source::Explicit)
            .map_err(|why| format!("--python {version}={}: {why}", path.display()));
    }
    let var = env_var_name(version);
    if let Some(path) = std::env::var_os(&var) {
        let path = PathBuf::from(path);
        return probe(&path, version, Source::Environment(var.clone()))
            .map_err(|why| format!("${var}={}: {why}", path.display()));
    }
    if let Ok(list) = std::env::var("EXECDIFF_PYTHONS") {
        for spec in list.split(',').filter(|s| !s.trim().is_empty()) {
            let (v, path) =
                parse_spec(spec.trim()).map_err(|e| format!("$EXECDIFF_PYTHONS: {e}"))?;
            if v == version {
                return probe(
                    &path,
                    version,
                    Source::Environment("EXECDIFF_PYTHONS".into()),
                )
                .map_err(|why| format!("$EXECDIFF_PYTHONS {version}={}: {why}", path.display()));
            }
        }
    }
    let mut rejected = Vec::new();
    for path in path_candidates(version) {
        match probe(&path, version, Source::Path) {
            Ok(found) => return Ok(found),
            Err(why) => rejected.push(format!("{} ({why})", path.display())),
        }
    }
    for path in pyenv_candidates(version) {
        match probe(&path, version, Source::Pyenv) {
            Ok(found) => return Ok(found),
            Err(why) => rejected.push(format!("{} ({why})", path.display())),
        }
    }
    if rejected.is_empty() {
        Err(format!(
            "no python{version} on PATH or under the pyenv root; pass --python {version}=PATH or set ${var}"
        ))
    } else {
        Err(format!(
            "no working python{version}; rejected: {}",
            rejected.join("; ")
        ))
    }
}

/// `EXECDIFF_PYTHON_3_12` for 3.12.
pub fn env_var_name(version: PyVersion) -> String {
    format!("EXECDIFF_PYTHON_{}_{}", version.major, version.minor)
}

fn path_candidates(version: PyVersion) -> Vec<PathBuf> {
    let Some(path) = std::env::var_os("PATH") else {
        return Vec::new();
    };
    let name = format!("python{version}");
    std::env::split_paths(&path)
        .map(|dir| dir.join(&name))
        .filter(|p| p.is_file())
        .collect()
}

fn pyenv_root() -> Option<PathBuf> {
    if let Some(root) = std::env::var_os("PYENV_ROOT") {
        return Some(PathBuf::from(root));
    }
    if let Some(home) = std::env::var_os("HOME") {
        let root = Path::new(&home).join(".pyenv");
        if root.is_dir() {
            return Some(root);
        }
    }
    let out = Command::new("pyenv")
        .arg("root")
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let root = String::from_utf8(out.stdout).ok()?;
    let root = root.trim();
    (out.status.success() && !root.is_empty()).then(|| PathBuf::from(root))
}

/// `versions/<version>.<patch>/bin/python` under the pyenv root, newest patch first.
fn pyenv_candidates(version: PyVersion) -> Vec<PathBuf> {
    let Some(root) = pyenv_root() else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(root.join("versions")) else {
        return Vec::new();
    };
    let prefix = format!("{version}.");
    let mut found: Vec<(u32, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let patch = name.strip_prefix(&prefix)?.parse::<u32>().ok()?;
            let python = e.path().join("bin").join("python");
            python.is_file().then_some((patch, python))
        })
        .collect();
    found.sort_by_key(|(patch, _)| std::cmp::Reverse(*patch));
    found.into_iter().map(|(_, p)| p).collect()
}

/// Starts `path` once and checks it is the wanted version.
fn probe(path: &Path, version: PyVersion, source: Source) -> Result<Interpreter, String> {
    const SCRIPT: &str = "import sys; sys.stdout.write('%d.%d.%d' % tuple(sys.version_info[:3]))";
    let mut child = crate::signal::dies_with_parent(&mut Command::new(path))
        .args(["-s", "-S", "-c", SCRIPT])
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start: {e}"))?;
    let status = wait_timeout::ChildExt::wait_timeout(&mut child, Duration::from_secs(20))
        .map_err(|e| format!("cannot wait: {e}"))?;
    let Some(status) = status else {
        let _ = child.kill();
        let _ = child.wait();
        return Err("did not answer within 20 s".into());
    };
    let out = child
        .wait_with_output()
        .map_err(|e| format!("cannot read: {e}"))?;
    if !status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let last = err.lines().last().unwrap_or("").trim().to_string();
        return Err(format!("exits with {status}: {last}"));
    }
    let release = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let wanted = format!("{version}.");
    if !release.starts_with(&wanted) {
        return Err(format!("reports version {release}, not {version}"));
    }
    Ok(Interpreter {
        version,
        path: path.to_path_buf(),
        release,
        source,
    })
}

/// For tests that need real interpreters: the interpreter for `version`, or `None` after
/// printing why it is skipped. Under `CI=true` a missing interpreter is a failure.
pub fn require(version: PyVersion) -> Option<Interpreter> {
    static DISCOVERY: std::sync::OnceLock<Discovery> = std::sync::OnceLock::new();
    let discovery = DISCOVERY.get_or_init(|| discover(&DiscoveryConfig::default()));
    match discovery.get(version) {
        Some(found) => Some(found.clone()),
        None => {
            let why = discovery.missing.get(&version).cloned().unwrap_or_default();
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("CI=true but python {version} is missing: {why}");
            }
            eprintln!("SKIPPED: python {version} is missing: {why}");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_parse() {
        let cfg = DiscoveryConfig::from_specs(["3.12=/x/python"]).unwrap();
        assert_eq!(cfg.explicit[&PyVersion::PY312], PathBuf::from("/x/python"));
        assert!(DiscoveryConfig::from_specs(["3.12"]).is_err());
        assert!(DiscoveryConfig::from_specs(["3.12="]).is_err());
        assert!(DiscoveryConfig::from_specs(["3.5=/x"]).is_err());
    }

    #[test]
    fn explicit_broken_path_is_reported_not_replaced() {
        let cfg = DiscoveryConfig::from_specs(["2.7=/nonexistent/python"]).unwrap();
        let found = discover(&cfg);
        assert!(found.get(PyVersion::PY27).is_none());
        assert!(found.missing[&PyVersion::PY27].contains("/nonexistent/python"));
    }

    #[test]
    fn discovered_interpreters_report_their_release() {
        for version in PyVersion::known() {
            if let Some(found) = require(version) {
                assert!(found.release.starts_with(&format!("{version}.")));
            }
        }
    }
}
