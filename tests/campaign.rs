//! Campaign bookkeeping with synthetic targets: shards cover the campaign exactly, a resumed
//! campaign counts every case once (also after a line cut short by `kill -9`), `merge` folds
//! shards into the report of the whole, metadata mismatches are refused, a resumed campaign's
//! running time adds up its sessions, and only reduced buckets become corpus cases.

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
        witnesses: Vec::new(),
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
        sites: None,
    };
    let mut outcome = campaign::run(plan, meta(shard), &runners, &|_, _| {}).unwrap();
    // As `execdiff fuzz` does after reducing (nothing here parses, so nothing reduces).
    outcome.buckets = campaign::bucket::regroup(outcome.buckets, &outcome.spectrum);
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
    for dir in dirs.iter().chain([&scratch("whole")]) {
        let _ = std::fs::remove_dir_all(dir);
    }
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
        sites: None,
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
    let err = campaign::run(
        &plan(out.clone(), (0, 1), 5, true),
        other,
        &runners,
        &|_, _| {},
    )
    .unwrap_err();
    assert!(err.to_string().contains("metadata differs"), "{err:#}");
    let _ = std::fs::remove_dir_all(&out);
}

/// A program of a few lines; every third one has a planted mistake for the toy VM below (an
/// `exec` and a `del x` in one function).
fn program(seed: u64) -> String {
    let mut src = String::from("def f(a):\n    x = a\n    y = a + 1\n");
    if seed.is_multiple_of(3) {
        src.push_str("    exec('z = 1')\n    del x\n");
    }
    src.push_str("    return y\nfor i in range(3):\n    f(i)\nprint(1)\n");
    src
}

/// The toy VM: wrong (a NameError) exactly when a program has both an `exec` and a `del x`
/// line, whatever else it holds, so the reducer can cut everything else.
fn toy_vm(src: &str, _: PyVersion) -> Observation {
    let end = if src.contains("exec") && src.lines().any(|l| l.trim() == "del x") {
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

/// A campaign of `cases` toy programs with reduction on, as `execdiff fuzz` runs it; returns
/// the outcome and the largest bucket count the progress line showed.
fn reducing_run(out: PathBuf, cases: u64, resume: bool, target: &str) -> (Outcome, usize) {
    let generate = |seed: u64, _: Dialect| program(seed);
    let runners = Runners {
        generate: &generate,
        vm: &toy_vm,
        cpython: &toy_cpython,
        sites: None,
    };
    let mut plan = plan(out, (0, 1), cases, resume);
    plan.reduce = Some(execdiff::reduce::file::Options {
        target: target.into(),
        ..execdiff::reduce::file::Options::new(std::time::Duration::from_secs(20))
    });
    let mut meta = meta((0, 1));
    meta.target = target.into();
    let shown = std::sync::Mutex::new(0);
    let outcome = campaign::run(&plan, meta, &runners, &|_, p| {
        let mut shown = shown.lock().unwrap();
        *shown = (*shown).max(p.buckets);
    })
    .unwrap();
    let shown = *shown.lock().unwrap();
    (outcome, shown)
}

fn lines(path: &std::path::Path) -> usize {
    std::fs::read_to_string(path).map_or(0, |t| t.lines().count())
}

#[test]
fn new_signatures_are_reduced_while_the_campaign_runs_and_kept_on_resume() {
    let out = scratch("pipeline");
    let (outcome, shown) = reducing_run(out.clone(), 30, false, "vm");
    assert_eq!(outcome.totals.cases, 30);
    let planted = |n: u64| {
        (0..n)
            .filter(|&id| campaign::case_seed(9, id).is_multiple_of(3))
            .count()
    };
    assert_eq!(outcome.totals.diverge, planted(30) as u64);
    assert_eq!(outcome.buckets.len(), 1, "{:#?}", outcome.buckets);
    let bucket = &outcome.buckets[0];
    let reduced = bucket.reduced.as_ref().expect("reduced in the campaign");
    assert!(reduced.lines_after <= 4, "{}", reduced.source);
    assert!(reduced.source.contains("del x"), "{}", reduced.source);
    assert_eq!(bucket.unreduced, None);
    assert_eq!(shown, 1, "the progress line counts buckets");
    assert_eq!(lines(&out.join("reductions.jsonl")), 1);
    // A resumed campaign keeps the recorded reduction and reduces nothing again.
    let (resumed, _) = reducing_run(out.clone(), 60, true, "vm");
    assert_eq!(resumed.totals.cases, 60);
    assert_eq!(resumed.buckets.len(), 1);
    assert_eq!(resumed.buckets[0].reduced.as_ref(), Some(reduced));
    assert_eq!(resumed.buckets[0].count, planted(60) as u64);
    assert_eq!(
        lines(&out.join("reductions.jsonl")),
        1,
        "no second reduction"
    );
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn reports_name_the_system_under_test() {
    let out = scratch("label");
    let (outcome, _) = reducing_run(out.clone(), 6, false, "fake");
    campaign::write_report(&out, &outcome).unwrap();
    for file in ["summary.md", "index.html", "report.json"] {
        let text = std::fs::read_to_string(out.join(file)).unwrap();
        assert!(text.contains("fake-3.12"), "{file}: {text}");
        assert!(
            !text.contains("vm-3.12"),
            "{file} names the in-house VM: {text}"
        );
    }
    let bucket = &outcome.buckets[0];
    let page = std::fs::read_to_string(
        out.join("findings")
            .join(&bucket.fingerprint)
            .join("index.html"),
    )
    .unwrap();
    assert!(page.contains("CPython 3.12 against fake 3.12"), "{page}");
    assert!(!page.contains("vm-3.12") && !page.contains("VM"), "{page}");
    let _ = std::fs::remove_dir_all(&out);
}

/// `run`, with every reference run taking `delay`, so that a session's running time is
/// measurable.
fn slow_run(plan: &Plan, delay: std::time::Duration) -> Outcome {
    let generate = |seed: u64, _: Dialect| seed.to_string();
    let obs = |src: &str, _: PyVersion| Observation::new(format!("{src}\n"), End::Ok, vec![]);
    let slow = |src: &str, v: PyVersion| {
        std::thread::sleep(delay);
        obs(src, v)
    };
    let runners = Runners {
        generate: &generate,
        vm: &obs,
        cpython: &slow,
        sites: None,
    };
    campaign::run(plan, meta((0, 1)), &runners, &|_, _| {}).unwrap()
}

#[test]
fn a_resumed_campaign_counts_the_running_time_of_every_session() {
    let out = scratch("elapsed");
    let delay = std::time::Duration::from_millis(20);
    let first = slow_run(&plan(out.clone(), (0, 1), 10, false), delay);
    // 10 cases of at least 20ms each on 2 jobs.
    assert!(first.totals.elapsed_secs >= 0.1, "{:?}", first.totals);
    assert_eq!(first.totals.sessions, 1);
    let second = slow_run(&plan(out.clone(), (0, 1), 20, true), delay);
    assert_eq!(second.totals.cases, 20);
    assert_eq!(second.totals.sessions, 2);
    assert!(
        second.totals.elapsed_secs >= first.totals.elapsed_secs + 0.1,
        "the second session's time is added to the first's: {} then {}",
        first.totals.elapsed_secs,
        second.totals.elapsed_secs
    );
    let sessions = campaign::read_sessions(&out.join("sessions.json")).unwrap();
    assert_eq!(
        sessions.iter().map(|s| s.cases).collect::<Vec<_>>(),
        vec![10, 10]
    );
    assert!((sessions[0].elapsed_secs - first.totals.elapsed_secs).abs() < 1e-6);
    let total: f64 = sessions.iter().map(|s| s.elapsed_secs).sum();
    assert!(
        (total - second.totals.elapsed_secs).abs() < 1e-6,
        "{sessions:?}"
    );
    // The report's rate is over the whole running time.
    campaign::write_report(&out, &second).unwrap();
    let summary = std::fs::read_to_string(out.join("summary.md")).unwrap();
    let rate = format!("| 20 | {:.1} |", 20.0 / second.totals.elapsed_secs);
    assert!(summary.contains(&rate), "{rate} not in {summary}");
    assert!(summary.contains("over 2 session(s)"), "{summary}");
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn only_reduced_buckets_become_corpus_cases() {
    let out = scratch("candidates");
    let (mut outcome, _) = reducing_run(out.clone(), 12, false, "vm");
    assert_eq!(outcome.buckets.len(), 1, "{:#?}", outcome.buckets);
    assert!(outcome.buckets[0].reduced.is_some());
    // The same bucket as an interrupt leaves it: its whole program, no reduction.
    let mut left = outcome.buckets[0].clone();
    left.fingerprint.push_str("-left");
    left.reduced = None;
    left.unreduced = Some(campaign::pipeline::INTERRUPTED_BEFORE_REDUCTION.into());
    outcome.buckets.push(left);
    let picked: Vec<&str> = campaign::corpus_candidates(&outcome)
        .map(|(b, _)| b.fingerprint.as_str())
        .collect();
    assert_eq!(picked, vec![outcome.buckets[0].fingerprint.as_str()]);
    // It stays in the report, marked.
    campaign::write_report(&out, &outcome).unwrap();
    let summary = std::fs::read_to_string(out.join("summary.md")).unwrap();
    assert!(
        summary.contains(&format!(
            "{}; not saved as a corpus case",
            campaign::pipeline::INTERRUPTED_BEFORE_REDUCTION
        )),
        "{summary}"
    );
    // A known bucket is no new case either.
    outcome.buckets[0].known = Some("listed".into());
    assert_eq!(campaign::corpus_candidates(&outcome).count(), 0);
    let _ = std::fs::remove_dir_all(&out);
}
