//! `execdiff reduce FILE` and the campaign's per-bucket reduction: find a program's
//! divergence and reduce the program keeping that divergence's fingerprint.
//!
//! "Interesting" is exactly the definition: running the candidate on the VM and on the
//! CPython of the same version gives a divergence with the *same*
//! [`Fingerprint`] (differing fields, end kinds, exception types, site), not merely some
//! divergence. The targets are injected as closures, so this module runs nothing itself and
//! the CLI and the campaign choose workers, fuel and timeouts.
//!
//! Probes: by default the probe that shows the divergence first (the first record that differs
//! between the two sides) is kept verbatim, in the same kind of scope, and the generator's
//! other probes may go when the fingerprint still holds, because generated programs wrap every call in probes and a strict
//! "keep every probe" leaves 20-40 lines of scaffolding. [`Options::keep_all_probes`] asks for
//! the strict rule.

use std::collections::BTreeSet;
use std::time::Duration;

use crate::campaign::cause::{self, SitesFn};
use crate::campaign::verdict::{
    judge, judge_as, probe_differences, probe_site, Fingerprint, Verdict,
};
use crate::campaign::{Bucket, Reduction};
use crate::observe::Observation;
use crate::version::PyVersion;
use crate::vm::parser::{parse_module, ParseOptions, SyntaxError};

use super::{line_count, render, ProbeKeep, Reducer};

/// Runs a program on one target for one version.
pub type RunFn<'a> = &'a (dyn Fn(&str, PyVersion) -> Observation + Sync);

/// How to reduce a divergence.
#[derive(Clone, Debug)]
pub struct Options {
    /// Wall-clock budget for the whole reduction.
    pub budget: Duration,
    /// Keep every probe, not only those that show the divergence.
    pub keep_all_probes: bool,
    /// The system under test's name (`vm`, `rustpython`), for the diffs' headers.
    pub target: String,
}

impl Options {
    pub fn new(budget: Duration) -> Options {
        Options {
            budget,
            keep_all_probes: false,
            target: "vm".into(),
        }
    }
}

/// A reduced divergence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileReduction {
    pub version: PyVersion,
    pub key: Fingerprint,
    /// The reduced program (the input itself if nothing smaller kept the fingerprint).
    pub source: String,
    /// The rendered diff (CPython against the VM) of the reduced program.
    pub diff: String,
    pub lines_before: usize,
    pub lines_after: usize,
    /// Candidates run on the targets.
    pub tests: usize,
    /// Whether the budget ran out before a fixpoint.
    pub exhausted: bool,
    /// The reduced program with probes turned into `print`s ([`super::probes_to_prints`]),
    /// when that version still diverges (checked by running it), for plain `python`.
    pub plain: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ReduceError {
    #[error("no divergence on {}", versions_text(.versions))]
    NoDivergence { versions: Vec<PyVersion> },
    #[error("the reducer cannot parse the program: {0}")]
    Parse(SyntaxError),
}

fn versions_text(versions: &[PyVersion]) -> String {
    versions
        .iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Finds the first version in `versions` on which `src` diverges and reduces it for that
/// divergence.
pub fn reduce_file(
    src: &str,
    versions: &[PyVersion],
    opts: &Options,
    vm: RunFn<'_>,
    cpython: RunFn<'_>,
) -> Result<FileReduction, ReduceError> {
    for &version in versions {
        if let Verdict::Diverge { key, .. } =
            judge(version, &cpython(src, version), &vm(src, version))
        {
            return reduce_divergence(src, version, &key, opts, vm, cpython);
        }
    }
    Err(ReduceError::NoDivergence {
        versions: versions.to_vec(),
    })
}

/// Reduces `src`, keeping the divergence `key` on `version`. When the program's rendering
/// does not show the same divergence the input comes back unchanged (with `tests == 1`).
pub fn reduce_divergence(
    src: &str,
    version: PyVersion,
    key: &Fingerprint,
    opts: &Options,
    vm: RunFn<'_>,
    cpython: RunFn<'_>,
) -> Result<FileReduction, ReduceError> {
    let dialect = version.dialect();
    let keep = if opts.keep_all_probes {
        ProbeKeep::All
    } else if key.is_later() {
        // A later difference: its own probe is the one to keep.
        let reference = cpython(src, version);
        ProbeKeep::Labels(
            reference
                .probes
                .iter()
                .filter(|p| probe_site(&p.label) == key.site)
                .map(|p| p.label.clone())
                .collect(),
        )
    } else {
        ProbeKeep::Labels(diverging_labels(&cpython(src, version), &vm(src, version)))
    };
    let module = parse_module(src, &ParseOptions::new(dialect)).map_err(ReduceError::Parse)?;
    let same_divergence = |candidate: &str| {
        let (reference, on_target) = (cpython(candidate, version), vm(candidate, version));
        match judge(version, &reference, &on_target) {
            Verdict::Diverge { key: k, .. } if k == *key => true,
            // A later difference is kept while the candidate still has it, whatever else it
            // shows first.
            Verdict::Diverge { .. } if key.is_later() => {
                probe_differences(version, &reference, &on_target).contains(key)
            }
            _ => false,
        }
    };
    let mut pred = |candidate: &str| same_divergence(candidate);
    let unchanged = |tests| FileReduction {
        version,
        key: key.clone(),
        source: src.to_string(),
        diff: diff_of(src, version, &opts.target, vm, cpython),
        lines_before: line_count(src),
        lines_after: line_count(src),
        tests,
        exhausted: false,
        plain: plain_of(src, version, vm, cpython),
    };
    match render(&module, dialect) {
        Some(rendered) if pred(&rendered) => {}
        _ => return Ok(unchanged(1)),
    }
    let reduced = Reducer {
        budget: opts.budget,
        max_tests: None,
        keep,
    }
    .reduce(&module, dialect, &mut pred);
    let source = if line_count(&reduced.source) <= line_count(src) {
        reduced.source
    } else {
        return Ok(unchanged(reduced.tests + 1));
    };
    Ok(FileReduction {
        version,
        key: key.clone(),
        diff: diff_of(&source, version, &opts.target, vm, cpython),
        lines_before: line_count(src),
        lines_after: line_count(&source),
        plain: plain_of(&source, version, vm, cpython),
        source,
        tests: reduced.tests + 1,
        exhausted: reduced.exhausted,
    })
}

/// The program a bucket is named after: `src` (a reduction that kept the exact fingerprint)
/// reduced further keeping only the divergence's class ([`Fingerprint::class_hash`]), so a
/// mistake the program shows through `print` is reduced to the same mechanisms as one it shows
/// through a probe. The core reads a namespace if and only if `src` does. `None` when
/// nothing smaller keeps the class.
pub fn core_of(
    src: &str,
    version: PyVersion,
    key: &Fingerprint,
    opts: &Options,
    vm: RunFn<'_>,
    cpython: RunFn<'_>,
) -> Option<String> {
    let dialect = version.dialect();
    let module = parse_module(src, &ParseOptions::new(dialect)).ok()?;
    let class = key.class_hash();
    // The core keeps reading a namespace when the reproducer does (through a probe, mostly),
    // so its mechanisms do not depend on whether a mistake was printed or probed.
    let reads = |src: &str| {
        super::feature::features(src, dialect)
            .iter()
            .any(|f| f == "namespace")
    };
    let reads_namespace = reads(src);
    let mut same_class = |candidate: &str| {
        reads(candidate) == reads_namespace
            && matches!(
                judge(version, &cpython(candidate, version), &vm(candidate, version)),
                Verdict::Diverge { key: k, .. } if k.class_hash() == class
            )
    };
    // Any probe may go while another still shows the class: where the generator happened to
    // put the first differing probe (a class body, a comprehension) is not the mistake.
    let reduced = Reducer {
        budget: opts.budget,
        max_tests: None,
        keep: ProbeKeep::Labels(Default::default()),
    }
    .reduce(&module, dialect, &mut same_class);
    (line_count(&reduced.source) < line_count(src) && same_class(&reduced.source))
        .then_some(reduced.source)
}

/// Reduces every bucket that has no reduction yet, `jobs` buckets at a time, filling
/// [`Bucket::reduced`]. A bucket whose program the reducer cannot parse, or whose divergence
/// no longer shows, keeps `reduced: None` and says why in [`Bucket::unreduced`].
pub fn reduce_buckets(
    buckets: &mut [Bucket],
    opts: &Options,
    jobs: usize,
    vm: RunFn<'_>,
    cpython: RunFn<'_>,
) {
    let todo: Vec<&mut Bucket> = buckets.iter_mut().filter(|b| b.reduced.is_none()).collect();
    let queue = std::sync::Mutex::new(todo);
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| loop {
                let Some(bucket) = queue.lock().unwrap_or_else(|e| e.into_inner()).pop() else {
                    break;
                };
                match reduce_bucket(bucket, opts, vm, cpython, None) {
                    Ok(r) => {
                        bucket.reduced = Some(r);
                        bucket.unreduced = None;
                    }
                    Err(why) => bucket.unreduced = Some(why),
                }
            });
        }
    });
}

/// The reduction of one bucket's shortest program keeping its fingerprint, with its core and
/// features; `Err` says why there is none (the reducer cannot parse the program, or the
/// divergence did not show again).
pub fn reduce_bucket(
    bucket: &Bucket,
    opts: &Options,
    vm: RunFn<'_>,
    cpython: RunFn<'_>,
    sites: Option<SitesFn<'_>>,
) -> Result<Reduction, String> {
    let r = reduce_divergence(
        &bucket.best_program,
        bucket.version,
        &bucket.key,
        opts,
        vm,
        cpython,
    )
    .map_err(|e| e.to_string())?;
    if r.diff.is_empty() {
        return Err("the divergence did not show again when reducing".into());
    }
    // A later difference's class is not its program's: the core is for first differences.
    let core = (!bucket.key.is_later())
        .then(|| core_of(&r.source, bucket.version, &bucket.key, opts, vm, cpython))
        .flatten();
    let features = super::feature::features(
        core.as_deref().unwrap_or(&r.source),
        bucket.version.dialect(),
    );
    let passed = sites
        .map(|sites| cause::passed(&r.source, bucket.version, sites))
        .unwrap_or_default();
    Ok(Reduction {
        source: r.source,
        lines_before: r.lines_before,
        lines_after: r.lines_after,
        diff: r.diff,
        plain: r.plain,
        features,
        core,
        passed,
        needs_history: false,
    })
}

/// Labels of the first probe record that differs between the two sides (both sides' labels
/// at that position). Later records often differ only as a consequence (canonical ids shift),
/// so only the first one is pinned; the fingerprint keeps the rest of the divergence's shape.
pub fn diverging_labels(reference: &Observation, vm: &Observation) -> BTreeSet<String> {
    let n = reference.probes.len().max(vm.probes.len());
    (0..n)
        .map(|i| (reference.probes.get(i), vm.probes.get(i)))
        .find(|(a, b)| a != b)
        .map(|(a, b)| a.iter().chain(b.iter()).map(|p| p.label.clone()).collect())
        .unwrap_or_default()
}

fn plain_of(src: &str, version: PyVersion, vm: RunFn<'_>, cpython: RunFn<'_>) -> Option<String> {
    let plain = super::probes_to_prints(src);
    matches!(
        judge(version, &cpython(&plain, version), &vm(&plain, version)),
        Verdict::Diverge { .. }
    )
    .then_some(plain)
}

fn diff_of(
    src: &str,
    version: PyVersion,
    target: &str,
    vm: RunFn<'_>,
    cpython: RunFn<'_>,
) -> String {
    match judge_as(version, &cpython(src, version), &vm(src, version), target) {
        Verdict::Diverge { diff, .. } => diff,
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::observe::End;

    /// A toy VM with a planted bug: after an `exec` in a function, `del x` fails. It is a
    /// property of the program text only, so no interpreter is involved.
    fn toy_vm(src: &str, _: PyVersion) -> Observation {
        let buggy = src.contains("exec") && src.lines().any(|l| l.trim() == "del x");
        let end = if buggy {
            End::Exception {
                ty: "NameError".into(),
                message: "name 'x' is not defined".into(),
            }
        } else {
            End::Ok
        };
        Observation::new(String::new(), end, vec![])
    }

    fn toy_cpython(_: &str, _: PyVersion) -> Observation {
        Observation::new(String::new(), End::Ok, vec![])
    }

    const SRC: &str = "import sys\ndef f(a, b):\n    x = a\n    y = b\n    exec('z = 1')\n    if y:\n        del x\n    return y\nfor i in range(3):\n    f(i, i + 1)\nprint(sys.version_info[0])\n";

    #[test]
    fn reduces_a_file_keeping_its_fingerprint() {
        let r = reduce_file(
            SRC,
            &[PyVersion::PY312, PyVersion::PY313],
            &Options::new(Duration::from_secs(20)),
            &toy_vm,
            &toy_cpython,
        )
        .expect("diverges");
        assert_eq!(r.version, PyVersion::PY312);
        assert_eq!(r.lines_before, 11);
        assert!(r.lines_after <= 3, "{}", r.source);
        assert_eq!(r.key.types, (None, Some("NameError".into())));
        assert!(r.diff.contains("NameError"));
        assert_eq!(
            r.plain.as_deref(),
            Some(r.source.as_str()),
            "no probes to turn into prints"
        );
        // The reduced program still shows the same divergence.
        let again = judge(
            r.version,
            &toy_cpython(&r.source, r.version),
            &toy_vm(&r.source, r.version),
        );
        assert!(matches!(again, Verdict::Diverge { key, .. } if key == r.key));
    }

    /// Two toy mistakes that show at the same site (stdout) with the same shape (both ends
    /// ok): a `del` after an `exec` prints a NameError line, and `range()` with no arguments
    /// prints a TypeError line with another wording. CPython prints neither.
    fn two_mistakes_vm(src: &str, _: PyVersion) -> Observation {
        let mut out = String::new();
        if src.contains("exec") && src.lines().any(|l| l.trim() == "del x") {
            out.push_str("NameError: name 'x' is not defined\n");
        }
        if src.contains("range()") {
            out.push_str("TypeError: range() needs an argument\n");
        }
        Observation::new(out, End::Ok, vec![])
    }

    #[test]
    fn a_step_that_changes_the_reason_is_refused() {
        let src = "def f():\n    x = 1\n    exec('pass')\n    del x\n    try:\n        for z in range():\n            pass\n    except TypeError:\n        pass\nf()\n";
        let v = PyVersion::PY313;
        let key_of = |src: &str| match judge(v, &toy_cpython(src, v), &two_mistakes_vm(src, v)) {
            Verdict::Diverge { key, .. } => key,
            other => panic!("{other:?}"),
        };
        let key = key_of(src);
        // Deleting `del x` would slip onto the other mistake: same site, fields and ends, so
        // only what differs there (the exception named) tells them apart.
        let slipped = key_of(&src.replace("    del x\n", ""));
        assert_eq!(
            (&slipped.site, &slipped.fields, &slipped.ends),
            (&key.site, &key.fields, &key.ends)
        );
        assert_ne!(slipped.what, key.what);
        assert_eq!(key.what, "stdout  | NameError");
        let r = reduce_divergence(
            src,
            v,
            &key,
            &Options::new(Duration::from_secs(20)),
            &two_mistakes_vm,
            &toy_cpython,
        )
        .expect("reduces");
        assert!(r.source.contains("del x"), "{}", r.source);
        assert!(!r.source.contains("range"), "{}", r.source);
        assert_eq!(key_of(&r.source), key);
    }

    #[test]
    fn buckets_get_their_reduction() {
        let key = match judge(
            PyVersion::PY313,
            &toy_cpython(SRC, PyVersion::PY313),
            &toy_vm(SRC, PyVersion::PY313),
        ) {
            Verdict::Diverge { key, .. } => key,
            other => panic!("{other:?}"),
        };
        let mut buckets = vec![Bucket {
            count: 1,
            ..Bucket::new(key, PyVersion::PY313, 0, SRC.into(), String::new())
        }];
        reduce_buckets(
            &mut buckets,
            &Options::new(Duration::from_secs(20)),
            2,
            &toy_vm,
            &toy_cpython,
        );
        let r = buckets[0].reduced.as_ref().expect("reduced");
        assert_eq!(
            (r.lines_before, r.lines_after <= 3),
            (11, true),
            "{}",
            r.source
        );
        assert!(r.features.iter().any(|f| f == "exec") && r.features.iter().any(|f| f == "del"));
    }

    #[test]
    fn a_file_that_agrees_is_an_error() {
        let err = reduce_file(
            "print(1)\n",
            &[PyVersion::PY313],
            &Options::new(Duration::from_secs(1)),
            &toy_vm,
            &toy_cpython,
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "no divergence on 3.13");
    }
}
