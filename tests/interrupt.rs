//! Ctrl-C on a real `execdiff fuzz`: the binary, interrupted by SIGINT (or SIGTERM) while it runs, exits
//! promptly with its report written and every recorded case counted once; `--resume` then
//! runs a few more cases, counts each case exactly once, adds the sessions' running times,
//! and reduces (and saves as corpus cases) the buckets the interrupt left unreduced, which
//! were not saved before.
//!
//! So that divergences (and buckets to reduce) appear within seconds, the system under test
//! is the plain-Python external worker (`harness/ext/pyext_worker.py`) run by CPython 3.12 but
//! declared as 3.13: it differs from the CPython 3.13 reference wherever 3.12 does, and where
//! the small worker leaves things out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use execdiff::campaign::pipeline::INTERRUPTED_BEFORE_REDUCTION;
use execdiff::campaign::verdict::Verdict;
use execdiff::campaign::{self, Outcome};

/// Cases recorded before the interrupt, at least.
const MIN_CASES: usize = 30;

/// The external target: the discovered CPython 3.12 running the plain-Python worker.
fn target(py312: &Path) -> String {
    format!(
        "pyext=3.13:{} -s -B {}/harness/ext/pyext_worker.py",
        py312.display(),
        env!("CARGO_MANIFEST_DIR")
    )
}

/// `execdiff fuzz` on the campaign in `dir/c`, with `extra` arguments; its stdout and stderr
/// go to `dir/<log>.out` and `dir/<log>.err`.
fn fuzz(py312: &Path, dir: &Path, log: &str, extra: &[&str]) -> Child {
    let known = dir.join("known.txt");
    std::fs::write(&known, "").expect("writing the known list");
    let file = |ext: &str| {
        std::fs::File::create(dir.join(format!("{log}.{ext}"))).expect("creating a log file")
    };
    Command::new(env!("CARGO_BIN_EXE_execdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "fuzz",
            "--jobs",
            "1",
            "--py",
            "3.13",
            "--reduce-budget",
            "20s",
        ])
        .arg("--target")
        .arg(target(py312))
        .arg("--known")
        .arg(&known)
        .arg("--out")
        .arg(dir.join("c"))
        .args(extra)
        .stdin(Stdio::null())
        .stdout(file("out"))
        .stderr(file("err"))
        .spawn()
        .expect("starting execdiff")
}

/// Waits at most `limit` for `child` to end.
fn wait_for(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Some(status) = child.try_wait().expect("waiting for execdiff") {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

fn log(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_default()
}

/// The parsed lines of `results.jsonl`; every line must parse.
fn records(out: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(out.join("results.jsonl"))
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).expect("a whole record per line"))
        .collect()
}

/// The signature groups (`Fingerprint::hash`) of the divergences in `records`.
fn signatures(records: &[serde_json::Value]) -> BTreeSet<String> {
    records
        .iter()
        .map(|r| serde_json::from_value::<campaign::CaseRecord>(r.clone()).expect("a case record"))
        .flat_map(|r| r.verdicts.into_values())
        .filter_map(|v| match v {
            Verdict::Diverge { key, .. } => Some(key.hash()),
            _ => None,
        })
        .collect()
}

fn report(out: &Path) -> Outcome {
    let text = std::fs::read_to_string(out.join("report.json")).expect("report.json");
    serde_json::from_str(&text).expect("parsing report.json")
}

/// The corpus case `execdiff fuzz` saves for a bucket.
fn corpus_case(out: &Path, fingerprint: &str) -> PathBuf {
    out.join("corpus")
        .join("found")
        .join(format!("f{fingerprint}_313.py"))
}

/// Every report file exists and the report counts each recorded case once.
fn check_report(out: &Path) -> (Outcome, Vec<u64>) {
    for file in ["summary.md", "report.json", "index.html"] {
        assert!(out.join(file).is_file(), "{file} missing");
    }
    let records = records(out);
    let ids: Vec<u64> = records
        .iter()
        .map(|r| r["id"].as_u64().expect("an id"))
        .collect();
    assert_eq!(
        ids.iter().collect::<BTreeSet<_>>().len(),
        ids.len(),
        "a case recorded twice"
    );
    let outcome = report(out);
    assert_eq!(outcome.totals.cases, ids.len() as u64);
    // Only reduced new buckets become corpus cases.
    for bucket in &outcome.buckets {
        assert_eq!(
            corpus_case(out, &bucket.fingerprint).is_file(),
            bucket.reduced.is_some() && bucket.known.is_none(),
            "bucket {} (unreduced: {:?})",
            bucket.fingerprint,
            bucket.unreduced
        );
    }
    (outcome, ids)
}

#[test]
fn ctrl_c_writes_the_report_and_resume_finishes_the_campaign() {
    interrupted_campaign_resumes(libc::SIGINT);
}

/// What Kubernetes, systemd and CI send at the end of a job: handled as Ctrl-C is.
#[test]
fn sigterm_writes_the_report_and_resume_finishes_the_campaign() {
    interrupted_campaign_resumes(libc::SIGTERM);
}

/// `signal` to a running campaign, then `--resume`.
fn interrupted_campaign_resumes(signal: libc::c_int) {
    let Some(py312) =
        execdiff::interp::require(execdiff::version::PyVersion::PY312).map(|found| found.path)
    else {
        return;
    };
    let dir = tempfile::tempdir().expect("a temporary directory");
    let out = dir.path().join("c");
    let mut child = fuzz(&py312, dir.path(), "first", &["--duration", "60s"]);
    // Interrupted after some cases, as soon as a new signature group is recorded: its
    // reduction is then in flight or waiting for its turn.
    let start = Instant::now();
    let mut seen: Option<BTreeSet<String>> = None;
    loop {
        let records = records(&out);
        let signatures = signatures(&records);
        if records.len() >= MIN_CASES {
            match &seen {
                Some(before) if signatures.len() > before.len() => break,
                Some(_) => {}
                None => seen = Some(signatures),
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(90),
            "no new signature after 90s: {}",
            log(dir.path(), "first.err")
        );
        assert!(
            child.try_wait().expect("waiting").is_none(),
            "execdiff ended early: {}",
            log(dir.path(), "first.err")
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let pid = libc::pid_t::try_from(child.id()).expect("a pid");
    // SAFETY: sends `signal` to the child we started, which has not been waited for.
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
    let interrupted = Instant::now();
    let status = wait_for(&mut child, Duration::from_secs(30)).unwrap_or_else(|| {
        let _ = child.kill();
        let _ = child.wait();
        panic!("execdiff still running 30s after signal {signal}")
    });
    let took = interrupted.elapsed();
    assert!(
        took < Duration::from_secs(30),
        "took {took:?} to stop after signal {signal}"
    );
    // It caught the signal and wrote its report, rather than dying of it: there are new
    // buckets, so it exits 1.
    assert_eq!(
        status.code(),
        Some(1),
        "{status:?}: {}",
        log(dir.path(), "first.err")
    );
    let (first, first_ids) = check_report(&out);
    assert!(!first.buckets.is_empty());
    assert_eq!(first.totals.sessions, 1);
    // The signatures of the groups the interrupt left unreduced (also a reduction cut short).
    let left: Vec<String> = first
        .buckets
        .iter()
        .filter(|b| b.unreduced.as_deref() == Some(INTERRUPTED_BEFORE_REDUCTION))
        .flat_map(|b| b.signatures.clone())
        .collect();
    if left.is_empty() {
        eprintln!("every group was reduced before the interrupt; the resume check of unreduced buckets is vacuous this time");
    }

    // A few more cases.
    let cases = first_ids.iter().max().map_or(0, |m| m + 1) + 10;
    let mut child = fuzz(
        &py312,
        dir.path(),
        "second",
        &["--resume", "--cases", &cases.to_string()],
    );
    let status = wait_for(&mut child, Duration::from_secs(300)).unwrap_or_else(|| {
        let _ = child.kill();
        let _ = child.wait();
        panic!("the resumed campaign still runs after 300s")
    });
    assert_eq!(
        status.code(),
        Some(1),
        "{status:?}: {}",
        log(dir.path(), "second.err")
    );
    let (second, ids) = check_report(&out);
    assert_eq!(
        ids.iter().copied().collect::<BTreeSet<_>>(),
        (0..cases).collect()
    );
    assert_eq!(second.totals.cases, cases);
    // The running time is both sessions'.
    assert_eq!(second.totals.sessions, 2);
    let sessions = campaign::read_sessions(&out.join("sessions.json")).expect("sessions.json");
    assert_eq!(
        sessions.iter().map(|s| s.cases).collect::<Vec<_>>(),
        vec![first.totals.cases, cases - first.totals.cases]
    );
    assert!((sessions[0].elapsed_secs - first.totals.elapsed_secs).abs() < 1e-6);
    assert!(second.totals.elapsed_secs > first.totals.elapsed_secs);
    let total: f64 = sessions.iter().map(|s| s.elapsed_secs).sum();
    assert!((total - second.totals.elapsed_secs).abs() < 1e-6);
    // Every group has had its turn now (a reduction may still fail), and the groups left
    // over by the interrupt are saved once reduced.
    let by_signature: BTreeMap<&str, &campaign::Bucket> = second
        .buckets
        .iter()
        .flat_map(|b| b.signatures.iter().map(move |s| (s.as_str(), b)))
        .collect();
    for bucket in &second.buckets {
        assert_ne!(
            bucket.unreduced.as_deref(),
            Some(INTERRUPTED_BEFORE_REDUCTION),
            "{bucket:#?}"
        );
    }
    let saved = left
        .iter()
        .filter(|signature| {
            let bucket = by_signature
                .get(signature.as_str())
                .unwrap_or_else(|| panic!("group {signature} gone after --resume"));
            corpus_case(&out, &bucket.fingerprint).is_file()
        })
        .count();
    eprintln!(
        "first session: {} cases, stopped {took:?} after signal {signal}, {} bucket(s), {} group(s) left unreduced; after --resume: {cases} cases, {} bucket(s), {saved} left-over group(s) saved",
        first.totals.cases,
        first.buckets.len(),
        left.len(),
        second.buckets.len()
    );
    assert!(
        left.is_empty() || saved > 0,
        "none of the groups left unreduced was reduced and saved on --resume: {:#?}",
        second.buckets
    );
}
