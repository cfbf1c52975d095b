//! Known divergences: a checked-in list of buckets that are understood, each with a reason.
//!
//! Known buckets are still counted, but reports do not show them as new. Each entry names a
//! reproducer; [`recheck`] runs it and flags an entry whose divergence no longer shows (the
//! bug was fixed, or the divergence moved to another bucket), so the list cannot silently rot.
//!
//! Format, one entry per line (`#` starts a comment):
//!
//! ```text
//! <bucket id> <version> <reproducer path, relative to the file, or -> <reason ...>
//! 3c1f0a9e5b7d2e41-0a1b2c3d 3.13 corpus/scope/known_loader.py VM has no __loader__ in module globals
//! ```

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::campaign::bucket;
use crate::campaign::cause::SitesFn;
use crate::campaign::verdict::{judge_as, Fingerprint, Verdict};
use crate::campaign::Bucket;
use crate::observe::Observation;
#[cfg(test)]
use crate::reduce::feature::{bucket_id, features};
use crate::version::PyVersion;

/// One known divergence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Known {
    /// The bucket's id (`reduce::feature::bucket_id`, a bucket's `fingerprint`).
    pub fingerprint: String,
    pub version: PyVersion,
    /// The reproducer, resolved against the list's directory.
    pub reproducer: Option<PathBuf>,
    pub reason: String,
}

/// A known divergence a recheck could not reproduce.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stale {
    pub fingerprint: String,
    pub reason: String,
    /// What happened instead.
    pub now: String,
}

#[derive(Debug, thiserror::Error)]
pub enum KnownError {
    #[error("reading {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("line {line}: {message}")]
    Syntax { line: usize, message: String },
}

/// Parses a list; `base` resolves reproducer paths.
pub fn parse(text: &str, base: &Path) -> Result<Vec<Known>, KnownError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let err = |message: &str| KnownError::Syntax {
            line: i + 1,
            message: message.into(),
        };
        let mut parts = line.splitn(4, char::is_whitespace).map(str::trim);
        let fingerprint = parts.next().unwrap_or_default().to_string();
        let hex = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_hexdigit());
        if !fingerprint
            .split_once('-')
            .is_some_and(|(a, b)| hex(a, 16) && hex(b, 8))
        {
            return Err(err(
                "expected a bucket id (16 hex digits, '-', 8 hex digits)",
            ));
        }
        let version = parts
            .next()
            .unwrap_or_default()
            .parse::<PyVersion>()
            .map_err(|_| err("expected a Python version (2.7, 3.6 to 3.13)"))?;
        let reproducer = match parts.next() {
            None | Some("") => return Err(err("expected a reproducer path or -")),
            Some("-") => None,
            Some(p) => Some(base.join(p)),
        };
        let reason = parts.next().unwrap_or_default().trim().to_string();
        if reason.is_empty() {
            return Err(err("every known divergence needs a reason"));
        }
        out.push(Known {
            fingerprint,
            version,
            reproducer,
            reason,
        });
    }
    Ok(out)
}

/// The list a campaign on `target` uses by default: `known-divergences.txt` in the corpus for
/// the in-house VM, `known-<target>.txt` beside it for another implementation (PyPy's
/// divergences are not the VM's).
pub fn default_path(corpus: &Path, target: &str) -> PathBuf {
    if target == "vm" {
        corpus.join("known-divergences.txt")
    } else {
        corpus.join(format!("known-{target}.txt"))
    }
}

/// Loads the list at `path`; a missing file is an empty list.
pub fn load(path: &Path) -> Result<Vec<Known>, KnownError> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse(&text, path.parent().unwrap_or(Path::new("."))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(source) => Err(KnownError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Sets each bucket's `known` reason from the list.
pub fn mark(buckets: &mut [Bucket], known: &[Known]) {
    for b in buckets {
        b.known = known
            .iter()
            .find(|k| k.fingerprint == b.fingerprint)
            .map(|k| k.reason.clone());
    }
}

/// Marks the outcome's known buckets ([`mark`]) and flags the entries that no longer
/// reproduce ([`recheck`]) in [`Outcome::stale_known`](crate::campaign::Outcome).
/// `sites` is the campaign's spectrum runner (`Runners::sites`), so a reproducer is named as
/// the campaign named its bucket.
pub fn apply(
    outcome: &mut crate::campaign::Outcome,
    known: &[Known],
    vm: &dyn Fn(&str, PyVersion) -> Observation,
    cpython: &dyn Fn(&str, PyVersion) -> Observation,
    sites: Option<SitesFn<'_>>,
) {
    mark(&mut outcome.buckets, known);
    let spectrum = &outcome.spectrum;
    let id = |src: &str, v: PyVersion, key: &Fingerprint| {
        bucket::program_id(src, v, key, sites, spectrum)
    };
    let target = &outcome.meta.target;
    outcome.stale_known = recheck(known, &outcome.meta.versions, target, vm, cpython, &id);
}

/// Runs the reproducer of every entry for one of `versions` (the campaign's; it cannot check
/// the others) and returns those that no longer land in their bucket. Entries without a
/// reproducer cannot be checked and are not flagged. `target` names the system under test
/// (`vm`, `rustpython`) in what is reported.
pub fn recheck(
    known: &[Known],
    versions: &[PyVersion],
    target: &str,
    vm: &dyn Fn(&str, PyVersion) -> Observation,
    cpython: &dyn Fn(&str, PyVersion) -> Observation,
    id: &dyn Fn(&str, PyVersion, &Fingerprint) -> String,
) -> Vec<Stale> {
    let mut out = Vec::new();
    for k in known.iter().filter(|k| versions.contains(&k.version)) {
        let Some(path) = &k.reproducer else {
            continue;
        };
        let stale = |now: String| Stale {
            fingerprint: k.fingerprint.clone(),
            reason: k.reason.clone(),
            now,
        };
        let src = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                out.push(stale(format!("cannot read {}: {e}", path.display())));
                continue;
            }
        };
        match judge_as(
            k.version,
            &cpython(&src, k.version),
            &vm(&src, k.version),
            target,
        ) {
            Verdict::Diverge { key, .. } if id(&src, k.version, &key) == k.fingerprint => {}
            Verdict::Diverge { key, .. } => out.push(stale(format!(
                "diverges differently: {}",
                key.describe_as(target)
            ))),
            Verdict::Agree => out.push(stale(if target == "vm" {
                "the VM agrees now".into()
            } else {
                format!("{target} agrees now")
            })),
            Verdict::Flaky => out.push(stale(
                "flaky: CPython answers differently run to run".into(),
            )),
            Verdict::Inconclusive { reason } => out.push(stale(format!("inconclusive: {reason}"))),
            Verdict::CpythonCrash { crash } => {
                out.push(stale(format!("CPython crashes: {}", crash.describe())))
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::observe::End;

    #[test]
    fn parses_entries_and_rejects_bad_lines() {
        let text = "# known\n0123456789abcdef-01234567 3.13 cases/a.py VM lacks __loader__ # why\n\nfedcba9876543210-89abcdef 2.7 - dict order\n";
        let known = parse(text, Path::new("/k")).expect("parses");
        assert_eq!(known.len(), 2);
        assert_eq!(
            known[0].reproducer.as_deref(),
            Some(Path::new("/k/cases/a.py"))
        );
        assert_eq!(known[0].reason, "VM lacks __loader__");
        assert_eq!(
            (known[1].version, known[1].reproducer.is_none()),
            (PyVersion::PY27, true)
        );
        let err = parse("0123 3.13 - x\n", Path::new(".")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 1: expected a bucket id (16 hex digits, '-', 8 hex digits)"
        );
        assert!(parse("0123456789abcdef-01234567 3.13 -\n", Path::new(".")).is_err());
    }

    #[test]
    fn the_checked_in_lists_parse_and_their_reproducers_exist() {
        let corpus = crate::corpus::default_root();
        let mut lists = 0;
        for entry in std::fs::read_dir(&corpus).expect("corpus") {
            let path = entry.expect("entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !(name.starts_with("known-") && name.ends_with(".txt")) {
                continue;
            }
            lists += 1;
            for k in load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())) {
                if let Some(r) = &k.reproducer {
                    assert!(
                        r.is_file(),
                        "{}: {} is missing",
                        path.display(),
                        r.display()
                    );
                }
            }
        }
        assert!(lists >= 2, "the VM's list and PyPy's");
    }

    #[test]
    fn each_target_has_its_own_list() {
        let corpus = Path::new("/c");
        assert_eq!(
            default_path(corpus, "vm"),
            Path::new("/c/known-divergences.txt")
        );
        assert_eq!(default_path(corpus, "pypy"), Path::new("/c/known-pypy.txt"));
    }

    #[test]
    fn a_fixed_divergence_is_flagged() {
        let dir = std::env::temp_dir().join(format!("execdiff-known-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("r.py"), "del x\n").expect("write");
        let ok = |_: &str, _: PyVersion| Observation::new(String::new(), End::Ok, vec![]);
        let buggy = |src: &str, _: PyVersion| {
            let end = if src.contains("del") {
                End::Exception {
                    ty: "NameError".into(),
                    message: "x".into(),
                }
            } else {
                End::Ok
            };
            Observation::new(String::new(), end, vec![])
        };
        let Verdict::Diverge { key, .. } = crate::campaign::verdict::judge(
            PyVersion::PY313,
            &ok("", PyVersion::PY313),
            &buggy("del", PyVersion::PY313),
        ) else {
            panic!("diverges");
        };
        let known = vec![Known {
            fingerprint: bucket_id(&key, &features("del x\n", PyVersion::PY313.dialect())),
            version: PyVersion::PY313,
            reproducer: Some(dir.join("r.py")),
            reason: "planted".into(),
        }];
        let id = |src: &str, v: PyVersion, key: &Fingerprint| {
            bucket_id(key, &features(src, v.dialect()))
        };
        let run = [PyVersion::PY313];
        assert!(recheck(&known, &run, "vm", &buggy, &ok, &id).is_empty());
        let stale = recheck(&known, &run, "vm", &ok, &ok, &id);
        assert_eq!(stale.len(), 1);
        assert_eq!(stale[0].now, "the VM agrees now");
        // A campaign on another version cannot tell.
        assert!(recheck(&known, &[PyVersion::PY27], "vm", &ok, &ok, &id).is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
