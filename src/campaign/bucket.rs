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

use std::collections::BTreeMap;

use super::Bucket;
use crate::reduce::feature;

/// The bucket id of a group: from its reduced program when there is one, else from its
/// shortest program.
pub fn id_of(bucket: &Bucket) -> String {
    let features = match &bucket.reduced {
        Some(r) => r.features.clone(),
        None => feature::features(&bucket.best_program, bucket.version.dialect()),
    };
    feature::bucket_id(&bucket.key, &features)
}

/// Folds groups (signature groups, or buckets of several shards) with one bucket id into one
/// bucket: counts add up, the earliest first case is kept, the representative is the group
/// with the smallest reproducer, and the signatures are the union. Idempotent.
pub fn regroup(groups: Vec<Bucket>) -> Vec<Bucket> {
    let mut out: BTreeMap<String, Bucket> = BTreeMap::new();
    for mut group in groups {
        let id = id_of(&group);
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
    out.into_values().collect()
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
        let Verdict::Diverge { key, diff } =
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
        let buckets = regroup(vec![a.clone(), b.clone(), c]);
        assert_eq!(buckets.len(), 2, "{buckets:#?}");
        let merged = buckets
            .iter()
            .find(|x| x.count == 2)
            .expect("merged bucket");
        assert_eq!(merged.first_case, 3);
        assert_eq!(merged.signatures.len(), 2);
        assert_eq!(merged.best_program, b.best_program);
        // Idempotent: regrouping buckets changes nothing.
        let again = regroup(buckets.clone());
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
        let buckets = regroup(vec![on_312, on_313]);
        assert_eq!(buckets.len(), 1, "{buckets:#?}");
        assert_eq!(buckets[0].versions, [PyVersion::PY312, PyVersion::PY313]);
        assert_eq!(buckets[0].versions_text(), "3.12, 3.13");
        assert_eq!((buckets[0].count, buckets[0].first_case), (2, 2));
    }
}
