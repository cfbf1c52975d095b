//! Campaign bookkeeping with synthetic targets: shards cover the campaign exactly, a resumed
//! campaign counts every case once (also after a line cut short by `kill -9`), `merge` folds
//! shards into the report of the whole, and metadata mismatches are refused.

use std::collections::BTreeMap;
use std::path::PathBuf;

use execdiff::campaign::{self, merge, Meta, Outcome, Plan, Runners};
use execdiff::observe::{End, Observation};
use execdiff::version::{Dialect, PyVersion};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("execdiff-campaign-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn meta(shard: (u64, u64)) -> Meta {
    Meta {
        schema: campaign::RESULTS_SCHEMA_VERSION,
        seed: 9,
        shard,
        versions: vec![PyVersion::PY312],
        generator: "synthetic".into(),
        interpreters: BTreeMap::new(),
        target: "vm".into(),
    }
}

fn plan(out: PathBuf, shard: (u64, u64), cases: u64, resume: bool) -> Plan {
    Plan {
        seed: 9,
        cases: Some(cases),
        duration: None,
        shard,
        versions: vec![PyVersion::PY312],
        jobs: 2,
        out,
        resume,
        reduce: None,
    }
}

/// The "program" is its seed; the VM gets programs whose seed is divisible by 3 wrong, in one
/// of two ways, so there are exactly two buckets.
fn run(plan: &Plan, shard: (u64, u64)) -> Outcome {
    let generate = |seed: u64, _: Dialect| seed.to_string();
    let cpython = |src: &str, _: PyVersion| Observation::new(format!("{src}\n"), End::Ok, vec![]);
    let vm = |src: &str, _: PyVersion| {
        let seed: u64 = src.parse().unwrap();
        match seed % 6 {
            0 => Observation::new(format!("{src}!\n"), End::Ok, vec![]),
            3 => Observation::new(
                format!("{src}\n"),
                End::Exception {
                    ty: "NameError".into(),
                    message: "x".into(),
                },
                vec![],
            ),
            _ => Observation::new(format!("{src}\n"), End::Ok, vec![]),
        }
    };
    let runners = Runners {
        generate: &generate,
        vm: &vm,
        cpython: &cpython,
    };
    let mut outcome = campaign::run(plan, meta(shard), &runners, &|_, _| {}).unwrap();
    // As `execdiff fuzz` does after reducing (nothing here parses, so nothing reduces).
    outcome.buckets = campaign::bucket::regroup(outcome.buckets);
    outcome
}

fn ids(out: &std::path::Path) -> Vec<u64> {
    let text = std::fs::read_to_string(out.join("results.jsonl")).unwrap();
    let mut ids: Vec<u64> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| v["id"].as_u64().unwrap())
        .collect();
    ids.sort();
    ids
}

#[test]
fn shards_cover_the_campaign_and_merge_into_it() {
    let whole = run(&plan(scratch("whole"), (0, 1), 40, false), (0, 1));
    assert_eq!(whole.totals.cases, 40);
    assert_eq!(whole.buckets.len(), 2);
    let mut dirs = Vec::new();
    for i in 0..2 {
        let out = scratch(&format!("shard{i}"));
        let outcome = run(&plan(out.clone(), (i, 2), 20, false), (i, 2));
        campaign::write_report(&out, &outcome).unwrap();
        assert!(ids(&out).iter().all(|id| id % 2 == i));
        dirs.push(out);
    }
    let merged = merge::merge(&dirs).unwrap();
    assert_eq!(merged.totals.cases, whole.totals.cases);
    assert_eq!(merged.totals.diverge, whole.totals.diverge);
    let counts = |o: &Outcome| -> Vec<(String, u64)> {
        o.buckets
            .iter()
            .map(|b| (b.fingerprint.clone(), b.count))
            .collect()
    };
    assert_eq!(counts(&merged), counts(&whole));
    let err = merge::merge(&[dirs[0].clone(), dirs[0].clone()]).unwrap_err();
    assert!(err.to_string().contains("given twice"), "{err:#}");
}

#[test]
fn a_killed_campaign_resumes_and_counts_each_case_once() {
    let out = scratch("resume");
    run(&plan(out.clone(), (0, 1), 15, false), (0, 1));
    // `kill -9` in the middle of a write leaves half a line behind.
    let results = out.join("results.jsonl");
    let mut text = std::fs::read_to_string(&results).unwrap();
    text.push_str("{\"id\":15,\"seed\":1");
    std::fs::write(&results, text).unwrap();
    let outcome = run(&plan(out.clone(), (0, 1), 30, true), (0, 1));
    assert_eq!(outcome.totals.cases, 30);
    assert_eq!(ids(&out), (0..30).collect::<Vec<_>>());
    // A second run into the same directory without --resume is refused, not appended.
    let generate = |_: u64, _: Dialect| String::new();
    let obs = |_: &str, _: PyVersion| Observation::new(String::new(), End::Ok, vec![]);
    let runners = Runners {
        generate: &generate,
        vm: &obs,
        cpython: &obs,
    };
    let err = campaign::run(
        &plan(out.clone(), (0, 1), 5, false),
        meta((0, 1)),
        &runners,
        &|_, _| {},
    )
    .unwrap_err();
    assert!(err.to_string().contains("--resume"), "{err:#}");
    // Resuming with other metadata is refused.
    let mut other = meta((0, 1));
    other.seed = 10;
    let err = campaign::run(&plan(out, (0, 1), 5, true), other, &runners, &|_, _| {}).unwrap_err();
    assert!(err.to_string().contains("metadata differs"), "{err:#}");
}
