//! The planted-bug test (`cargo test --features planted-bugs --test planted`): three narrow
//! semantic mistakes, each switched on in turn in the VM. From a fixed seed, a short campaign
//! must find each, reduce it to 10 lines or fewer, and put it in one bucket that the same
//! campaign without the mistake does not have, with no other new bucket.
//!
//! Both campaigns go through the pipeline `execdiff fuzz` uses (`campaign::run` with reduction
//! on: each new signature reduced in the background, buckets formed by `campaign::bucket::regroup`
//! as reductions finish), against the reference run of the real interpreter. Each program's reference run is made once and shared by both.
#![cfg(feature = "planted-bugs")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

use execdiff::campaign::{self, Bucket, Meta, Outcome, Plan, Runners};
use execdiff::gen::config::GenConfig;
use execdiff::gen::program::Program;
use execdiff::interp;
use execdiff::observe::Observation;
use execdiff::reduce;
use execdiff::refrun;
use execdiff::report::known;
use execdiff::version::{Dialect, PyVersion};
use execdiff::vm::planted::PlantedBug;
use execdiff::vm::{self, VmConfig};

const SEED: u64 = 20261124;

/// Where a program is run from, on both sides (`__file__` is part of the observation).
fn file_of(dir: &std::path::Path, src: &str) -> PathBuf {
    dir.join(format!(
        "{:016x}.py",
        execdiff::campaign::verdict::fnv1a(src.as_bytes())
    ))
}

/// The VM with `bug` planted, running programs as files in `dir`.
fn vm_with(
    bug: Option<PlantedBug>,
    dir: &std::path::Path,
) -> impl Fn(&str, PyVersion) -> Observation + Sync + '_ {
    move |src: &str, v: PyVersion| {
        let mut cfg = VmConfig::new(v);
        cfg.filename = file_of(dir, src).display().to_string();
        cfg.planted = bug;
        vm::run_source(src.as_bytes(), &cfg).observation
    }
}

/// The buckets of a campaign of `cases` programs on `version`, with `bug` planted.
fn buckets(
    version: PyVersion,
    cases: u64,
    bug: Option<PlantedBug>,
    dir: &std::path::Path,
    reference: &(dyn Fn(&str, PyVersion) -> Observation + Sync),
) -> Vec<Bucket> {
    let out = dir.join(format!("campaign-{bug:?}"));
    let config = GenConfig::default();
    let generate =
        |seed: u64, dialect: Dialect| Program::from_seed(seed, &config, dialect).source();
    let on_vm = vm_with(bug, dir);
    let plan = Plan {
        seed: SEED,
        cases: Some(cases),
        duration: None,
        shard: (0, 1),
        versions: vec![version],
        jobs: 2,
        out: out.clone(),
        resume: false,
        reduce: Some(reduce::file::Options::new(Duration::from_secs(60))),
        witnesses: Vec::new(),
    };
    let meta = Meta {
        schema: campaign::RESULTS_SCHEMA_VERSION,
        seed: SEED,
        shard: (0, 1),
        versions: vec![version],
        generator: "test".into(),
        interpreters: BTreeMap::new(),
        target: "vm".into(),
    };
    let runners = Runners {
        generate: &generate,
        vm: &on_vm,
        cpython: reference,
    };
    // Each new signature is reduced while the campaign runs; buckets form as reductions finish.
    campaign::run(&plan, meta, &runners, &|_, _| {})
        .expect("campaign")
        .buckets
}

#[test]
fn each_planted_bug_is_found_reduced_and_bucketed() {
    // 2.7's clearing write-back needs an exec'd `del` of a local in a bare-exec function,
    // about one program in a hundred; the others show within a few dozen.
    for (bug, version, cases) in [
        (PlantedBug::ExecWritesBackFastLocals, PyVersion::PY312, 150),
        (PlantedBug::LocalsToFastClears, PyVersion::PY27, 500),
        (PlantedBug::CachedLocals, PyVersion::PY313, 150),
    ] {
        let Some(python) = interp::require(version) else {
            continue;
        };
        let dir = refrun::scratch_dir().expect("scratch dir");
        let cache: Mutex<BTreeMap<String, Observation>> = Mutex::new(BTreeMap::new());
        let reference = |src: &str, v: PyVersion| {
            assert_eq!(v, version);
            if let Some(o) = cache.lock().unwrap().get(src) {
                return o.clone();
            }
            let file = file_of(dir.path(), src);
            std::fs::write(&file, src).expect("writing a program");
            let o = refrun::run(&python, &file, Duration::from_secs(10))
                .expect("reference run")
                .observation;
            cache.lock().unwrap().insert(src.to_string(), o.clone());
            o
        };
        let before = buckets(version, cases, None, dir.path(), &reference);
        let after = buckets(version, cases, Some(bug), dir.path(), &reference);
        let old: BTreeSet<&str> = before.iter().map(|b| b.fingerprint.as_str()).collect();
        let new: Vec<&Bucket> = after
            .iter()
            .filter(|b| !old.contains(b.fingerprint.as_str()))
            .collect();
        let shown: Vec<String> = new
            .iter()
            .map(|b| {
                format!(
                    "{} ({} case(s), {:?}): {}\n{}",
                    b.fingerprint,
                    b.count,
                    b.reduced.as_ref().map(|r| &r.features),
                    b.key.describe(),
                    b.reduced
                        .as_ref()
                        .map_or(b.best_program.as_str(), |r| r.source.as_str())
                )
            })
            .collect();
        assert_eq!(
            new.len(),
            1,
            "{bug:?} on {version}: new buckets\n{}",
            shown.join("\n")
        );
        let reduced = new[0].reduced.as_ref().expect("the bucket is reduced");
        assert!(
            reduced.lines_after <= 10,
            "{bug:?} on {version}: reduced to {} lines:\n{}",
            reduced.lines_after,
            reduced.source
        );
        known_divergence_is_counted_and_a_fixed_one_flagged(
            version,
            bug,
            &after,
            new[0],
            dir.path(),
            &reference,
        );
        eprintln!(
            "{bug:?} on {version}: {} case(s) under {} signature(s) in one bucket; reduced {} -> {} lines:\n{}",
            new[0].count,
            new[0].signatures.len(),
            reduced.lines_before,
            reduced.lines_after,
            reduced.source
        );
    }
}

/// The known-divergences list (`report::known`) on a real divergence: with the planted bug's
/// bucket on the list, the campaign still counts it but does not report it as new, and its
/// reproducer still lands in its bucket; without the bug (the "fix"), the entry is flagged.
fn known_divergence_is_counted_and_a_fixed_one_flagged(
    version: PyVersion,
    bug: PlantedBug,
    buckets: &[Bucket],
    planted: &Bucket,
    dir: &std::path::Path,
    reference: &(dyn Fn(&str, PyVersion) -> Observation + Sync),
) {
    let reduced = planted.reduced.as_ref().expect("reduced");
    // The program the bucket id was computed from, as `findings/<id>/` holds it.
    let reproducer = reduced.core.as_ref().unwrap_or(&reduced.source);
    let list = dir.join(format!("known-{bug:?}.txt"));
    std::fs::write(dir.join(format!("known-{bug:?}.py")), reproducer).expect("reproducer");
    std::fs::write(
        &list,
        format!(
            "# planted\n{} {version} known-{bug:?}.py planted {bug:?}\n",
            planted.fingerprint
        ),
    )
    .expect("known list");
    let known = known::load(&list).expect("parses");
    let mut outcome = Outcome {
        schema: campaign::RESULTS_SCHEMA_VERSION,
        meta: Meta {
            schema: campaign::RESULTS_SCHEMA_VERSION,
            seed: SEED,
            shard: (0, 1),
            versions: vec![version],
            generator: "test".into(),
            interpreters: BTreeMap::new(),
            target: "vm".into(),
        },
        totals: Default::default(),
        buckets: buckets.to_vec(),
        stale_known: Vec::new(),
        cpython_crashes: Vec::new(),
    };
    // The reproducer runs as a file of its own, as the list's recheck runs it.
    let with_bug = vm_with(Some(bug), dir);
    known::apply(&mut outcome, &known, &with_bug, reference);
    let marked = outcome
        .buckets
        .iter()
        .find(|b| b.fingerprint == planted.fingerprint)
        .expect("still counted");
    assert_eq!(marked.count, planted.count);
    assert_eq!(
        marked.known.as_deref(),
        Some(format!("planted {bug:?}").as_str())
    );
    assert!(
        outcome.buckets.iter().filter(|b| b.known.is_none()).count() < buckets.len(),
        "not reported as new"
    );
    assert_eq!(
        outcome.stale_known,
        vec![],
        "{bug:?}: the reproducer still diverges"
    );
    let out = dir.join(format!("report-{bug:?}"));
    std::fs::create_dir_all(&out).expect("report dir");
    campaign::write_report(&out, &outcome).expect("report");
    let summary = std::fs::read_to_string(out.join("summary.md")).expect("summary");
    let heading = summary
        .lines()
        .find(|l| l.starts_with(&format!("## {} ", planted.fingerprint)))
        .expect("the bucket is in the summary");
    assert!(
        heading.ends_with(&format!("; known: planted {bug:?})")),
        "{heading}"
    );
    // The bug is "fixed": the entry no longer reproduces and is flagged.
    let fixed = vm_with(None, dir);
    known::apply(&mut outcome, &known, &fixed, reference);
    assert_eq!(outcome.stale_known.len(), 1, "{bug:?}");
    assert_eq!(outcome.stale_known[0].fingerprint, planted.fingerprint);
    assert_eq!(outcome.stale_known[0].now, "the VM agrees now");
    campaign::write_report(&out, &outcome).expect("report");
    let summary = std::fs::read_to_string(out.join("summary.md")).expect("summary");
    assert!(
        summary.contains("Known divergences that no longer reproduce"),
        "{summary}"
    );
}
