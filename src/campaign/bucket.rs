//! Buckets are formed from reductions. While a campaign runs, divergences are grouped by
//! their full [`Fingerprint`](super::verdict::Fingerprint) (a *signature*); each new group is
//! reduced in the background keeping that fingerprint (`super::pipeline`), from its shortest
//! program: the shortest seen before its turn, and again whenever a shorter one turns up. One VM mistake often shows
//! under several signatures (a wrong value seen by `print` in one program and by a probe in
//! another, first at one probe or at another), and their reductions name the same mechanisms.
//! So a bucket is the divergence's class plus the features of the minimized program
//! ([`reduce::feature::bucket_id`](crate::reduce::feature::bucket_id)), and [`regroup`] folds
//! the signatures that land on one id into one bucket, keeping the smallest reproducer and
//! every signature it stands for.
//!
//! Where the VM's spectrum of the reproducer is known, the bucket is its *cause* instead
//! ([`super::cause`]): the VM site the reproducer passes and agreeing programs rarely do. One
//! mistake met through a class body, an exec'd string, a probe or a `print`, on any version,
//! is one branch of the VM, so one bucket.

use std::collections::BTreeMap;

use super::cause::{self, SitesFn, Spectrum};
use super::verdict::{fnv1a, Fingerprint};
use super::Bucket;
use crate::reduce::feature;
use crate::version::PyVersion;

/// How many of a bucket's most suspicious sites it shows ([`Bucket::cause`]).
const CAUSE_SITES: usize = 3;

/// A group's most suspicious sites, most suspicious first; empty without a spectrum.
pub fn cause_of(bucket: &Bucket, spectrum: &Spectrum) -> Vec<String> {
    match &bucket.reduced {
        Some(r) => cause::rank(&r.passed, bucket.version, spectrum)
            .into_iter()
            .take(CAUSE_SITES)
            .map(str::to_string)
            .collect(),
        None => Vec::new(),
    }
}

/// The bucket id of the cause `site` (the known list's form: 16 hex digits, '-', 8).
fn cause_id(site: &str) -> String {
    format!(
        "{:016x}-{:08x}",
        fnv1a(format!("cause {site}").as_bytes()),
        fnv1a(site.as_bytes()) & 0xffff_ffff
    )
}

/// The bucket id of one program's divergence `key`, as [`id_of`] names a group reduced to
/// it: by its cause when `sites` can take its spectrum, else by its features.
pub fn program_id(
    src: &str,
    version: PyVersion,
    key: &Fingerprint,
    sites: Option<SitesFn<'_>>,
    spectrum: &Spectrum,
) -> String {
    if let Some(sites) = sites {
        let passed = cause::passed(src, version, sites);
        if let Some(site) = cause::rank(&passed, version, spectrum).first() {
            return cause_id(site);
        }
    }
    feature::bucket_id(key, &feature::features(src, version.dialect()))
}

/// The bucket id of a group: its cause when there is one; else from its reduced program's
/// features when there is one, else from its shortest program's.
pub fn id_of(bucket: &Bucket, spectrum: &Spectrum) -> String {
    id_with_cause(bucket, &cause_of(bucket, spectrum))
}

/// [`id_of`] for a group whose cause (`cause_of`) is known.
fn id_with_cause(bucket: &Bucket, cause: &[String]) -> String {
    if let Some(site) = cause.first() {
        return cause_id(site);
    }
    let features = match &bucket.reduced {
        Some(r) => r.features.clone(),
        None => feature::features(&bucket.best_program, bucket.version.dialect()),
    };
    feature::bucket_id(&bucket.key, &features)
}

/// Folds groups (signature groups, or buckets of several shards) with one bucket id into one
/// bucket: counts add up, the earliest first case is kept, the representative is the group
/// with the smallest reproducer, and the signatures are the union. Idempotent.
pub fn regroup(groups: Vec<Bucket>, spectrum: &Spectrum) -> Vec<Bucket> {
    let mut out: BTreeMap<String, Bucket> = BTreeMap::new();
    for mut group in groups {
        group.cause = cause_of(&group, spectrum);
        let id = id_with_cause(&group, &group.cause);
        if group.signatures.is_empty() {
            group.signatures.push(group.key.hash());
        }
        if group.versions.is_empty() {
            group.versions.push(group.version);
        }
        group.fingerprint = id.clone();
        match out.remove(&id) {
            None => {
                out.insert(id, group);
            }
            Some(have) => {
                let (mut keep, other) = if size(&group) < size(&have) {
                    (group, have)
                } else {
                    (have, group)
                };
                keep.count += other.count;
                keep.first_case = keep.first_case.min(other.first_case);
                keep.signatures.extend(other.signatures);
                keep.signatures.sort();
                keep.signatures.dedup();
                keep.versions.extend(other.versions);
                keep.versions.sort();
                keep.versions.dedup();
                if keep.known.is_none() {
                    keep.known = other.known;
                }
                out.insert(id, keep);
            }
        }
    }
    rank(out.into_values().collect())
}

/// What a bucket's distance to others is measured on: its cause sites, or without a cause
/// its id (a class and features of its own).
fn signature_sites(bucket: &Bucket) -> Vec<&str> {
    if bucket.cause.is_empty() {
        vec![bucket.fingerprint.as_str()]
    } else {
        bucket.cause.iter().map(String::as_str).collect()
    }
}

/// How far apart two buckets' causes are: 1 minus the Jaccard similarity of their sites.
fn distance(a: &[&str], b: &[&str]) -> f64 {
    let common = a.iter().filter(|s| b.contains(s)).count();
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        1.0 - common as f64 / union as f64
    }
}

/// Orders buckets so that the first ones are different causes: furthest-point-first over
/// their cause sites (Chen et al., "Taming Compiler Fuzzers", PLDI 2013). The first is the one
/// with most divergences; each next one is the bucket furthest from all those before it,
/// the one with more divergences (then the smaller id) among equally far ones. Deterministic.
pub fn rank(mut buckets: Vec<Bucket>) -> Vec<Bucket> {
    buckets.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(a.fingerprint.cmp(&b.fingerprint))
    });
    let mut out: Vec<Bucket> = Vec::with_capacity(buckets.len());
    // Each waiting bucket's distance to the nearest bucket placed so far.
    let mut nearest: Vec<f64> = vec![f64::INFINITY; buckets.len()];
    let mut waiting: Vec<Option<Bucket>> = buckets.into_iter().map(Some).collect();
    for _ in 0..waiting.len() {
        let Some(next) = (0..waiting.len()).filter(|&i| waiting[i].is_some()).fold(
            None,
            |best: Option<usize>, i| match best {
                Some(b) if nearest[b] >= nearest[i] => Some(b),
                _ => Some(i),
            },
        ) else {
            break;
        };
        let placed = waiting[next].take().expect("waiting");
        let sites = signature_sites(&placed);
        for (i, w) in waiting.iter().enumerate() {
            if let Some(w) = w {
                nearest[i] = nearest[i].min(distance(&sites, &signature_sites(w)));
            }
        }
        out.push(placed);
    }
    out
}

/// How small a group's reproducer is: reduced groups first, then by lines and bytes.
fn size(bucket: &Bucket) -> (bool, usize, usize) {
    match &bucket.reduced {
        Some(r) => (false, r.lines_after, r.source.len()),
        None => (
            true,
            bucket.best_program.lines().count(),
            bucket.best_program.len(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::campaign::verdict::{judge, Verdict};
    use crate::campaign::Reduction;
    use crate::observe::{End, Observation, Probe, Value};
    use crate::version::PyVersion;

    /// A group whose CPython and VM runs print `printed` and probe `probed` (as `(cpython,
    /// vm)` pairs), with `reduced` as its reduction.
    fn group(
        printed: (&str, &str),
        probed: (i64, i64),
        program: &str,
        reduced: &str,
        id: u64,
    ) -> Bucket {
        let v = PyVersion::PY312;
        let obs = |s: &str, n: i64| {
            let probe = Probe {
                label: "f#1".into(),
                value: Value::Int {
                    ty: "int".into(),
                    v: n.to_string(),
                },
            };
            Observation::new(s.into(), End::Ok, vec![probe])
        };
        let Verdict::Diverge { key, diff, .. } =
            judge(v, &obs(printed.0, probed.0), &obs(printed.1, probed.1))
        else {
            panic!("no divergence");
        };
        Bucket {
            count: 1,
            reduced: Some(Reduction {
                source: reduced.into(),
                lines_before: program.lines().count(),
                lines_after: reduced.lines().count(),
                diff: diff.clone(),
                plain: None,
                features: feature::features(reduced, v.dialect()),
                core: None,
                passed: Vec::new(),
                needs_history: false,
            }),
            ..Bucket::new(key, v, id, program.into(), diff)
        }
    }

    #[test]
    fn one_mechanism_behind_several_signatures_is_one_bucket() {
        // Same class (values differ, both end ok), same mechanisms once reduced: one bucket,
        // whatever the scaffolding (compile, a nested def, a probe's form) around it.
        let a = group(
            ("1\n", "2\n"),
            (0, 0),
            "def f(x):\n    exec(compile('x = 2', '', 'exec'))\n    print(x)\n    __observe__('f#1', 0)\nf(1)\n",
            "def f(x):\n    exec(compile('x = 2', '', 'exec'))\n    print(x)\n",
            7,
        );
        let b = group(
            ("", ""),
            (1, 2),
            "def f(x):\n    exec('x = 2')\n    __observe__('f#1', sorted((k, v) for k, v in vars().items()))\nf(1)\n",
            "def f(x):\n    exec('x = 2')\n    __observe__('f#1', x)\n",
            3,
        );
        let c = group(
            ("1\n", "2\n"),
            (0, 0),
            "def f():\n    del y\nf()\n",
            "def f():\n    del y\n",
            9,
        );
        assert_ne!(a.key.hash(), b.key.hash(), "two signatures");
        let buckets = regroup(vec![a.clone(), b.clone(), c], &Spectrum::default());
        assert_eq!(buckets.len(), 2, "{buckets:#?}");
        let merged = buckets
            .iter()
            .find(|x| x.count == 2)
            .expect("merged bucket");
        assert_eq!(merged.first_case, 3);
        assert_eq!(merged.signatures.len(), 2);
        assert_eq!(merged.best_program, b.best_program);
        // Idempotent: regrouping buckets changes nothing.
        let again = regroup(buckets.clone(), &Spectrum::default());
        assert_eq!(
            serde_json::to_string(&again).unwrap(),
            serde_json::to_string(&buckets).unwrap()
        );
    }

    #[test]
    fn one_cause_on_two_versions_is_one_bucket_listing_both() {
        let program = "def f(x):\n    exec('x = 2')\n    print(x)\nf(1)\n";
        let reduced = "def f(x):\n    exec('x = 2')\n    print(x)\n";
        let on_312 = group(("1\n", "2\n"), (0, 0), program, reduced, 4);
        let mut on_313 = group(("1\n", "2\n"), (0, 0), program, reduced, 2);
        on_313.key.version = PyVersion::PY313;
        on_313.version = PyVersion::PY313;
        on_313.versions = vec![PyVersion::PY313];
        assert_ne!(on_312.key.hash(), on_313.key.hash(), "two signatures");
        let buckets = regroup(vec![on_312, on_313], &Spectrum::default());
        assert_eq!(buckets.len(), 1, "{buckets:#?}");
        assert_eq!(buckets[0].versions, [PyVersion::PY312, PyVersion::PY313]);
        assert_eq!(buckets[0].versions_text(), "3.12, 3.13");
        assert_eq!((buckets[0].count, buckets[0].first_case), (2, 2));
    }

    #[test]
    fn distinct_causes_come_first() {
        let with = |id: &str, count: u64, cause: &[&str]| {
            let mut b = group(("1\n", "2\n"), (0, 0), "x = 1\n", "x = 1\n", 1);
            b.fingerprint = id.into();
            b.count = count;
            b.cause = cause.iter().map(|s| s.to_string()).collect();
            b
        };
        let ranked = rank(vec![
            with("a", 10, &["del of an unbound fast local", "x"]),
            with("b", 9, &["del of an unbound fast local", "y"]),
            with("c", 1, &["int modulo, different signs"]),
            with("d", 5, &[]),
        ]);
        let order: Vec<&str> = ranked.iter().map(|b| b.fingerprint.as_str()).collect();
        // The most frequent first; then the causes furthest from it (c and the unlocated d
        // share nothing with a; d has more divergences); b, a near neighbour of a, last.
        assert_eq!(order, ["a", "d", "c", "b"]);
    }

    #[test]
    fn groups_with_one_cause_are_one_bucket_whatever_their_features() {
        let mut a = group(
            ("1\n", "2\n"),
            (0, 0),
            "def f():\n    print(-7 // 2)\nf()\n",
            "def f():\n    print(-7 // 2)\nf()\n",
            1,
        );
        let mut b = group(
            ("", ""),
            (1, 2),
            "class C:\n    x = -7 // 2\n",
            "class C:\n    x = -7 // 2\n",
            2,
        );
        assert_ne!(
            id_of(&a, &Spectrum::default()),
            id_of(&b, &Spectrum::default())
        );
        let passed = |sites: &[&str]| sites.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        a.reduced.as_mut().unwrap().passed = passed(&[
            "read of a bound fast local",
            "int floor division, different signs",
        ]);
        // `x = -7 // 2` divides before it stores.
        b.reduced.as_mut().unwrap().passed = passed(&[
            "int floor division, different signs",
            "name stored in a class namespace",
        ]);
        let mut spectrum = Spectrum::default();
        for _ in 0..4 {
            spectrum.add(
                crate::version::PyVersion::PY312,
                true,
                [crate::vm::sites::Site::LoadFastBound]
                    .into_iter()
                    .collect(),
            );
        }
        let buckets = regroup(vec![a, b], &spectrum);
        assert_eq!(buckets.len(), 1, "{buckets:#?}");
        assert_eq!(buckets[0].cause[0], "int floor division, different signs");
        assert_eq!(buckets[0].signatures.len(), 2);
    }
}
