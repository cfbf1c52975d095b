//! Fuzz campaigns: generate → run on the VM and on CPython → verdict → bucket → record.
//!
//! A campaign is deterministic in `(seed, shard i/n)`: case `k` of shard `i` is global case
//! `k * n + i`, whose program comes from a seed derived from both. Results are appended to
//! `results.jsonl` as each case finishes (one compact line per case), so a killed campaign
//! loses at most the cases in flight and `--resume` skips every id already recorded. The
//! campaign's metadata (`meta.json`: seed, shard, versions, generator version, interpreter
//! builds) must match for a resume. Findings keep their program; agreeing cases keep only
//! their id and verdicts.
//!
//! The targets are injected ([`Runners`]), so this module knows nothing of how a program is
//! generated or where an observation comes from.

pub mod bucket;
pub mod merge;
pub mod verdict;

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::observe::Observation;
use crate::version::{Dialect, PyVersion};
use verdict::{Fingerprint, Verdict};

pub const RESULTS_SCHEMA_VERSION: u32 = 1;

/// What runs a campaign's cases. Each closure must be callable from several threads.
pub struct Runners<'a> {
    /// The program for a case seed in a dialect.
    pub generate: &'a (dyn Fn(u64, Dialect) -> String + Sync),
    pub vm: &'a (dyn Fn(&str, PyVersion) -> Observation + Sync),
    pub cpython: &'a (dyn Fn(&str, PyVersion) -> Observation + Sync),
}

/// A validated campaign plan.
#[derive(Clone, Debug)]
pub struct Plan {
    pub seed: u64,
    pub cases: Option<u64>,
    pub duration: Option<Duration>,
    pub shard: (u64, u64),
    pub versions: Vec<PyVersion>,
    pub jobs: usize,
    pub out: PathBuf,
    pub resume: bool,
}

/// Recorded once per campaign; a resume must present the same.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub schema: u32,
    pub seed: u64,
    pub shard: (u64, u64),
    pub versions: Vec<PyVersion>,
    pub generator: String,
    /// `2.7 → 2.7.18` and so on, from discovery.
    pub interpreters: BTreeMap<String, String>,
}

/// One line of `results.jsonl`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CaseRecord {
    pub id: u64,
    pub seed: u64,
    pub verdicts: BTreeMap<String, Verdict>,
    /// CPython versions that disagree with each other on this program (version drift).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drift: Vec<String>,
    /// The program, kept only for findings.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub programs: BTreeMap<String, String>,
    /// How each target ended, kept only for findings (the report's outcome matrix).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<TargetOutcome>,
}

/// One version's row of a finding's outcome matrix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetOutcome {
    pub version: PyVersion,
    /// The reference's end, as `ok` or `exception NameError`.
    pub cpython: String,
    pub vm: String,
    /// `agree`, `diverge`, `flaky` or `inconclusive`.
    pub verdict: String,
}

/// The reduced reproducer of a bucket.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reduction {
    pub source: String,
    pub lines_before: usize,
    pub lines_after: usize,
    /// The diff of the reduced program.
    pub diff: String,
    /// The reproducer with probes turned into `print`s, when that still diverges.
    #[serde(default)]
    pub plain: Option<String>,
    /// Scope features left in the reproducer (`reduce::feature`), part of the bucket's id.
    #[serde(default)]
    pub features: Vec<String>,
}

/// A point of the campaign's time series (the report's charts).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sample {
    pub elapsed_secs: f64,
    pub cases: u64,
    pub buckets: u64,
}

/// Samples kept at most; past this every other one is dropped, so long campaigns keep an
/// even, bounded series.
const MAX_SAMPLES: usize = 2048;

/// A bucket of divergences sharing one fingerprint.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Bucket {
    pub fingerprint: String,
    pub key: Fingerprint,
    pub count: u64,
    pub first_case: u64,
    /// The shortest program seen for this bucket.
    pub best_program: String,
    pub version: PyVersion,
    pub diff: String,
    /// The outcome matrix of the best program.
    #[serde(default)]
    pub outcomes: Vec<TargetOutcome>,
    /// Version drift on the best program (`3.12/3.13`).
    #[serde(default)]
    pub drift: Vec<String>,
    #[serde(default)]
    pub reduced: Option<Reduction>,
    /// The reason, when the bucket is on the known-divergences list (`report::known::mark`).
    #[serde(default)]
    pub known: Option<String>,
    /// The fingerprints (`Fingerprint::hash`) of the signature groups folded into this bucket
    /// (`bucket::regroup`); empty before regrouping.
    #[serde(default)]
    pub signatures: Vec<String>,
}

/// Running totals, shown by the progress line and written to the report.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Totals {
    pub cases: u64,
    pub agree: u64,
    pub diverge: u64,
    pub flaky: u64,
    pub inconclusive: u64,
    pub drift: u64,
    pub elapsed_secs: f64,
    /// Taken at each progress tick and whenever a new bucket appears.
    #[serde(default)]
    pub samples: Vec<Sample>,
}

impl Totals {
    fn sample(&mut self, buckets: usize) {
        self.samples.push(Sample {
            elapsed_secs: self.elapsed_secs,
            cases: self.cases,
            buckets: buckets as u64,
        });
        if self.samples.len() > MAX_SAMPLES {
            let mut keep = false;
            self.samples.retain(|_| {
                keep = !keep;
                keep
            });
        }
    }
}

/// Set by SIGINT; the campaign stops taking new cases and writes its report.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

fn install_sigint() {
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}

/// The seed of global case `g`: splitmix64 of the campaign seed and the index.
pub fn case_seed(seed: u64, g: u64) -> u64 {
    let mut z = seed ^ g.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// What a finished campaign reports.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Outcome {
    pub schema: u32,
    pub meta: Meta,
    pub totals: Totals,
    pub buckets: Vec<Bucket>,
    /// Known divergences whose reproducer no longer shows them (`report::known::recheck`).
    #[serde(default)]
    pub stale_known: Vec<crate::report::known::Stale>,
}

/// Runs the campaign in `plan.out`, reporting progress through `progress`.
pub fn run(
    plan: &Plan,
    meta: Meta,
    runners: &Runners<'_>,
    progress: &(dyn Fn(&Totals, usize) + Sync),
) -> anyhow::Result<Outcome> {
    std::fs::create_dir_all(&plan.out)
        .with_context(|| format!("creating {}", plan.out.display()))?;
    let meta_path = plan.out.join("meta.json");
    let results_path = plan.out.join("results.jsonl");
    let mut done: BTreeSet<u64> = BTreeSet::new();
    let mut totals = Totals::default();
    let mut buckets: BTreeMap<String, Bucket> = BTreeMap::new();
    if plan.resume {
        let old: Meta = serde_json::from_str(
            &std::fs::read_to_string(&meta_path)
                .with_context(|| format!("--resume: reading {}", meta_path.display()))?,
        )
        .with_context(|| format!("--resume: parsing {}", meta_path.display()))?;
        if old != meta {
            anyhow::bail!(
                "--resume: campaign metadata differs (recorded {}, now {})",
                serde_json::to_string(&old)?,
                serde_json::to_string(&meta)?
            );
        }
        drop_partial_line(&results_path)?;
        for record in read_records(&results_path)? {
            if done.insert(record.id) {
                account(&record, &mut totals, &mut buckets);
            }
        }
    } else {
        if results_path.exists() {
            anyhow::bail!(
                "{} already holds a campaign; pass --resume or another --out",
                plan.out.display()
            );
        }
        std::fs::write(&meta_path, serde_json::to_string_pretty(&meta)? + "\n")?;
    }
    let mut results = OpenOptions::new()
        .create(true)
        .append(true)
        .open(&results_path)
        .with_context(|| format!("opening {}", results_path.display()))?;

    install_sigint();
    let start = Instant::now();
    let previous_elapsed = totals.elapsed_secs;
    let next = AtomicU64::new(0);
    let (tx, rx) = mpsc::channel::<CaseRecord>();
    let done = Mutex::new(done);
    let budget_reached = |k: u64| {
        INTERRUPTED.load(Ordering::SeqCst)
            || plan.cases.is_some_and(|n| k >= n)
            || plan.duration.is_some_and(|d| start.elapsed() >= d)
    };
    std::thread::scope(|scope| -> anyhow::Result<()> {
        for _ in 0..plan.jobs.max(1) {
            let tx = tx.clone();
            let next = &next;
            let done = &done;
            scope.spawn(move || loop {
                let k = next.fetch_add(1, Ordering::Relaxed);
                if budget_reached(k) {
                    break;
                }
                let id = k * plan.shard.1 + plan.shard.0;
                if done.lock().unwrap_or_else(|e| e.into_inner()).contains(&id) {
                    continue;
                }
                let record = run_case(plan, runners, id);
                if tx.send(record).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut last_progress = Instant::now();
        for record in rx {
            serde_json::to_writer(&mut results, &record)?;
            results.write_all(b"\n")?;
            results.flush()?;
            let n_buckets = buckets.len();
            account(&record, &mut totals, &mut buckets);
            totals.elapsed_secs = previous_elapsed + start.elapsed().as_secs_f64();
            if buckets.len() > n_buckets {
                totals.sample(buckets.len());
            }
            if last_progress.elapsed() >= Duration::from_millis(500) {
                totals.sample(buckets.len());
                progress(&totals, buckets.len());
                last_progress = Instant::now();
            }
        }
        Ok(())
    })?;
    totals.elapsed_secs = previous_elapsed + start.elapsed().as_secs_f64();
    totals.sample(buckets.len());
    progress(&totals, buckets.len());
    Ok(Outcome {
        schema: RESULTS_SCHEMA_VERSION,
        meta,
        totals,
        buckets: buckets.into_values().collect(),
        stale_known: Vec::new(),
    })
}

/// Cuts a record that `kill -9` left half-written, so that new records start on a line of
/// their own; its case runs again.
fn drop_partial_line(path: &Path) -> anyhow::Result<()> {
    let Ok(bytes) = std::fs::read(path) else {
        return Ok(());
    };
    if bytes.last().is_some_and(|b| *b != b'\n') {
        let keep = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
        OpenOptions::new()
            .write(true)
            .open(path)?
            .set_len(keep as u64)
            .with_context(|| format!("trimming {}", path.display()))?;
    }
    Ok(())
}

fn read_records(path: &Path) -> anyhow::Result<Vec<CaseRecord>> {
    let Ok(file) = File::open(path) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for line in BufReader::new(file).lines() {
        let line = line?;
        // A line cut short by `kill -9` is the case that was in flight: run it again.
        if let Ok(record) = serde_json::from_str::<CaseRecord>(&line) {
            out.push(record);
        }
    }
    Ok(out)
}

fn run_case(plan: &Plan, runners: &Runners<'_>, id: u64) -> CaseRecord {
    let seed = case_seed(plan.seed, id);
    let mut programs: BTreeMap<Dialect, String> = BTreeMap::new();
    let mut verdicts = BTreeMap::new();
    let mut keep = BTreeMap::new();
    let mut references: Vec<(PyVersion, Observation)> = Vec::new();
    let mut outcomes = Vec::new();
    for &version in &plan.versions {
        let dialect = version.dialect();
        let program = programs
            .entry(dialect)
            .or_insert_with(|| (runners.generate)(seed, dialect))
            .clone();
        let reference = (runners.cpython)(&program, version);
        let vm = (runners.vm)(&program, version);
        let mut v = verdict::judge(version, &reference, &vm);
        if let Verdict::Diverge { .. } = v {
            // A divergence must repeat on fresh runs before it is recorded.
            let again_ref = (runners.cpython)(&program, version);
            let again_vm = (runners.vm)(&program, version);
            if again_ref != reference || again_vm != vm {
                v = Verdict::Flaky;
            }
        }
        if v.is_finding() {
            keep.insert(version.to_string(), program.clone());
        }
        outcomes.push(TargetOutcome {
            version,
            cpython: end_summary(&reference),
            vm: end_summary(&vm),
            verdict: verdict_name(&v).into(),
        });
        verdicts.insert(version.to_string(), v);
        references.push((version, reference));
    }
    let drift = verdict::drift(&references);
    if keep.is_empty() {
        outcomes.clear();
    }
    CaseRecord {
        id,
        seed,
        verdicts,
        drift,
        programs: keep,
        outcomes,
    }
}

/// An end as the outcome matrix shows it: its kind, and the exception type if any.
fn end_summary(obs: &Observation) -> String {
    use crate::observe::End;
    let kind = crate::diff::end_kind(obs);
    match &obs.end {
        End::Exception { ty, .. } | End::SyntaxError { ty, .. } => format!("{kind} {ty}"),
        End::Unsupported { construct, .. } => format!("{kind} {construct}"),
        _ => kind,
    }
}

fn verdict_name(v: &Verdict) -> &'static str {
    match v {
        Verdict::Agree => "agree",
        Verdict::Diverge { .. } => "diverge",
        Verdict::Flaky => "flaky",
        Verdict::Inconclusive { .. } => "inconclusive",
    }
}

fn account(record: &CaseRecord, totals: &mut Totals, buckets: &mut BTreeMap<String, Bucket>) {
    totals.cases += 1;
    if !record.drift.is_empty() {
        totals.drift += 1;
    }
    for (version, v) in &record.verdicts {
        match v {
            Verdict::Agree => totals.agree += 1,
            Verdict::Flaky => totals.flaky += 1,
            Verdict::Inconclusive { .. } => totals.inconclusive += 1,
            Verdict::Diverge { key, diff } => {
                totals.diverge += 1;
                let Ok(version) = version.parse::<PyVersion>() else {
                    continue;
                };
                let program = record
                    .programs
                    .get(&version.to_string())
                    .cloned()
                    .unwrap_or_default();
                let fingerprint = key.hash();
                let bucket = buckets
                    .entry(fingerprint.clone())
                    .or_insert_with(|| Bucket {
                        fingerprint,
                        key: key.clone(),
                        count: 0,
                        first_case: record.id,
                        best_program: program.clone(),
                        version,
                        diff: diff.clone(),
                        outcomes: record.outcomes.clone(),
                        drift: record.drift.clone(),
                        reduced: None,
                        known: None,
                        signatures: Vec::new(),
                    });
                bucket.count += 1;
                if program.len() < bucket.best_program.len() {
                    bucket.best_program = program;
                    bucket.diff = diff.clone();
                    bucket.outcomes = record.outcomes.clone();
                    bucket.drift = record.drift.clone();
                }
            }
        }
    }
}

/// Writes `summary.md`, `report.json`, `index.html` and one `findings/<fingerprint>/` folder
/// per bucket (`case.py`, `diff.txt`, `reduced.py` when reduced, and its HTML page).
pub fn write_report(out: &Path, outcome: &Outcome) -> anyhow::Result<()> {
    std::fs::write(
        out.join("report.json"),
        serde_json::to_string_pretty(outcome)? + "\n",
    )?;
    for bucket in &outcome.buckets {
        let dir = out.join("findings").join(&bucket.fingerprint);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("case.py"), &bucket.best_program)?;
        std::fs::write(dir.join("diff.txt"), &bucket.diff)?;
        if let Some(r) = &bucket.reduced {
            std::fs::write(dir.join("reduced.py"), &r.source)?;
        }
    }
    std::fs::write(out.join("summary.md"), summary(outcome))?;
    crate::report::html::write_html(out, outcome)
        .with_context(|| format!("writing the HTML report in {}", out.display()))?;
    Ok(())
}

fn summary(outcome: &Outcome) -> String {
    use std::fmt::Write as _;
    let t = &outcome.totals;
    let mut md = String::from("# execdiff campaign\n\n");
    let _ = writeln!(
        md,
        "seed {} shard {}/{}, versions {}, generator {}\n",
        outcome.meta.seed,
        outcome.meta.shard.0,
        outcome.meta.shard.1,
        outcome
            .meta
            .versions
            .iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
            .join(","),
        outcome.meta.generator
    );
    let rate = if t.elapsed_secs > 0.0 {
        t.cases as f64 / t.elapsed_secs
    } else {
        0.0
    };
    let _ = writeln!(
        md,
        "| cases | cases/s | agree | diverge | flaky | inconclusive | drift | buckets |\n|---|---|---|---|---|---|---|---|\n| {} | {:.1} | {} | {} | {} | {} | {} | {} |\n",
        t.cases, rate, t.agree, t.diverge, t.flaky, t.inconclusive, t.drift, outcome.buckets.len()
    );
    for b in &outcome.buckets {
        let _ = writeln!(
            md,
            "## {} ({} on {}, first case {})\n\n{}\n\n```python\n{}```\n\n```diff\n{}```\n",
            b.fingerprint,
            b.count,
            b.version,
            b.first_case,
            b.key.describe(),
            b.best_program.replace("```", "` ` `"),
            b.diff.replace("```", "` ` `")
        );
    }
    md
}
