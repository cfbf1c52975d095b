//! Fuzz campaigns: generate → run on the VM and on CPython → verdict → bucket → record.
//!
//! A campaign is deterministic in `(seed, shard i/n)`: case `k` of shard `i` is global case
//! `k * n + i`, whose program comes from a seed derived from both. Results are appended to
//! `results.jsonl` as each case finishes (one compact line per case), so a killed campaign
//! loses at most the cases in flight and `--resume` skips every id already recorded. The
//! campaign's metadata (`meta.json`: seed, shard, versions, generator version, interpreter
//! builds) must match for a resume. Findings keep their program; agreeing cases keep only
//! their id and verdicts. `sessions.json` records each session's running time (rewritten at
//! every progress tick, so a kill loses at most half a second of it), so that a resumed
//! campaign's elapsed time, and its rate, count every session and not only the last.
//!
//! Each job runs a case's references on every version at once (a helper thread per version
//! waits for its worker) while the job's own thread runs the VMs, so both cores stay busy;
//! verdicts are then taken in version order, as if the runs had been one after another.
//!
//! With [`Plan::reduce`], each new signature group is reduced in the background on a share of
//! the jobs while cases go on, and buckets form as reductions finish ([`pipeline`],
//! [`bucket::regroup`]).
//!
//! The targets are injected ([`Runners`]), so this module knows nothing of how a program is
//! generated or where an observation comes from.

pub mod bucket;
pub mod cause;
pub mod crash;
pub mod merge;
pub mod pipeline;
pub mod verdict;

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex};
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
    /// The in-house VM's sites for a program ([`cause`]), for the versions it emulates:
    /// buckets are formed by cause when there is one.
    pub sites: Option<cause::SitesFn<'a>>,
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
    /// Reduce each new signature group while the campaign runs (`pipeline`); `None` leaves
    /// every group unreduced.
    pub reduce: Option<crate::reduce::file::Options>,
    /// Other CPython versions to run a program on when every reference of its dialect died of
    /// a signal, to tell a CPython crash from a program that kills every interpreter
    /// (`campaign::crash`).
    pub witnesses: Vec<PyVersion>,
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
    /// The system under test: `vm` (the in-house VM), `rustpython`, or an external target's
    /// name. Reports label its side with it (`rustpython-3.13`).
    #[serde(default = "default_target")]
    pub target: String,
}

fn default_target() -> String {
    "vm".into()
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
    /// The sites of the sampled runs ([`cause::SAMPLE`]) with whether they agreed, for the
    /// campaign's spectrum (`spectrum.json`), not the results.
    #[serde(skip)]
    pub spectra: Vec<(PyVersion, bool, crate::vm::sites::SiteSet)>,
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
    /// Scope features left in the reproducer's core (`reduce::feature`), part of the
    /// bucket's id.
    #[serde(default)]
    pub features: Vec<String>,
    /// The reproducer reduced further keeping only the divergence's class
    /// (`reduce::file::core_of`), when that is smaller; the bucket is named after its features.
    #[serde(default)]
    pub core: Option<String>,
    /// The VM sites the reproducer passes, in the order it first passes them ([`cause`]);
    /// empty when no spectrum could be taken.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub passed: Vec<String>,
    /// An external target answers the reproducer differently on a worker started for it alone
    /// than on the campaign's long-lived worker: the divergence needs cases that ran before it
    /// in the same process (PyPy's `locals()` order), so the reproducer alone may agree.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub needs_history: bool,
}

impl Reduction {
    /// How the reproducer came about, for the reports.
    pub fn note(&self) -> String {
        let mut note = format!(
            "reduced from {} to {} lines",
            self.lines_before, self.lines_after
        );
        if self.needs_history {
            note.push_str(
                "; it diverges only after other cases in the same worker process: a fresh worker answers otherwise",
            );
        }
        note
    }
}

/// A point of the campaign's time series (the report's charts).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sample {
    pub elapsed_secs: f64,
    pub cases: u64,
    pub buckets: u64,
}

/// One session of a campaign (a run, or a `--resume` of it): a line of `sessions.json`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Its running time so far, in seconds.
    pub elapsed_secs: f64,
    /// The cases it ran.
    pub cases: u64,
}

/// Reads the sessions recorded in `path`; none when there is no such file (a campaign from
/// before sessions were recorded).
pub fn read_sessions(path: &Path) -> anyhow::Result<Vec<Session>> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

/// Replaces `path` with `sessions`, through a temporary file so that a kill leaves either the
/// old list or the new one.
fn write_sessions(path: &Path, sessions: &[Session]) -> anyhow::Result<()> {
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, serde_json::to_string_pretty(sessions)? + "\n")
        .with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("replacing {}", path.display()))
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
    /// Why there is no reduction, when reduction was tried and failed or the campaign ended
    /// before the group's reduction ended (`pipeline::INTERRUPTED_BEFORE_REDUCTION`); such a
    /// bucket is not saved as a corpus case ([`corpus_candidates`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unreduced: Option<String>,
    /// The reason, when the bucket is on the known-divergences list (`report::known::mark`).
    #[serde(default)]
    pub known: Option<String>,
    /// The fingerprints (`Fingerprint::hash`) of the signature groups folded into this bucket
    /// (`bucket::regroup`); empty before regrouping.
    #[serde(default)]
    pub signatures: Vec<String>,
    /// Every version the bucket shows on (`version` is its reproducer's): one cause seen on
    /// 3.12 and on 3.13 is one bucket (`bucket::regroup`).
    #[serde(default)]
    pub versions: Vec<PyVersion>,
    /// The VM sites that are most suspicious for its reproducer, most suspicious first
    /// ([`cause::rank`]); the first names the bucket.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cause: Vec<String>,
}

impl Bucket {
    /// Its cause in words: the most suspicious VM site, then the next ones.
    pub fn cause_text(&self) -> String {
        match self.cause.split_first() {
            None => "not located (no VM spectrum)".into(),
            Some((first, [])) => first.clone(),
            Some((first, rest)) => format!("{first} (then: {})", rest.join("; ")),
        }
    }

    /// The versions it shows on, in words (`3.12, 3.13`).
    pub fn versions_text(&self) -> String {
        let versions: &[PyVersion] = if self.versions.is_empty() {
            std::slice::from_ref(&self.version)
        } else {
            &self.versions
        };
        let names: Vec<String> = versions.iter().map(|v| v.to_string()).collect();
        names.join(", ")
    }
}

impl Bucket {
    /// A bucket with no case counted yet, for `key`'s first program and its diff.
    pub fn new(
        key: Fingerprint,
        version: PyVersion,
        first_case: u64,
        program: String,
        diff: String,
    ) -> Bucket {
        Bucket {
            fingerprint: key.hash(),
            key,
            count: 0,
            first_case,
            best_program: program,
            version,
            diff,
            outcomes: Vec::new(),
            drift: Vec::new(),
            reduced: None,
            unreduced: None,
            known: None,
            signatures: Vec::new(),
            versions: vec![version],
            cause: Vec::new(),
        }
    }
}

/// Running totals, shown by the progress line and written to the report.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Totals {
    pub cases: u64,
    pub agree: u64,
    pub diverge: u64,
    pub flaky: u64,
    pub inconclusive: u64,
    /// Case-versions whose CPython crashed where another version runs the program.
    #[serde(default)]
    pub cpython_crash: u64,
    pub drift: u64,
    /// The running time of every session of the campaign (`sessions.json`), this one
    /// included.
    pub elapsed_secs: f64,
    /// Sessions the campaign has run in: 1, plus one per `--resume`.
    #[serde(default)]
    pub sessions: u64,
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

/// Set by SIGINT, SIGTERM or SIGHUP (`crate::signal::defer`); the campaign stops taking new
/// cases and writes its report.
fn interrupted() -> bool {
    crate::signal::stop_requested()
}

/// `run(src, version)`, or at once a crash saying so after Ctrl-C (or SIGTERM, SIGHUP).
fn unless_interrupted(
    src: &str,
    version: PyVersion,
    run: &(dyn Fn(&str, PyVersion) -> Observation + Sync),
) -> Observation {
    if interrupted() {
        return Observation::new(
            String::new(),
            crate::observe::End::Crash {
                detail: "interrupted".into(),
            },
            Vec::new(),
        );
    }
    run(src, version)
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
    /// CPython's own crashes (`cpython-crash` buckets), apart from the buckets.
    #[serde(default)]
    pub cpython_crashes: Vec<crash::CrashBucket>,
    /// The sampled runs' sites the buckets' causes were ranked against.
    #[serde(default, skip_serializing_if = "cause::Spectrum::is_empty")]
    pub spectrum: cause::Spectrum,
}

/// What the progress line shows besides the totals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Buckets formed so far: reduced groups (and, with reduction off, every group) by
    /// bucket id.
    pub buckets: usize,
    /// Signature groups (distinct fingerprints) seen.
    pub signatures: usize,
    /// Signature groups waiting for, or in, their reduction.
    pub reducing: usize,
}

/// What the collecting thread hears from the case jobs and the reducers.
enum Event {
    Case(CaseRecord),
    Reduced(pipeline::ReductionRecord),
    /// A case job has stopped taking cases.
    JobDone,
}

/// Runs the campaign in `plan.out`, reporting progress through `progress`. With
/// `plan.reduce`, each new signature group is reduced in the background while cases go on
/// (`pipeline`), and the outcome's buckets are formed from the reductions
/// (`bucket::regroup`); groups still waiting when the campaign is interrupted are recorded
/// unreduced, with [`Bucket::unreduced`] saying so.
pub fn run(
    plan: &Plan,
    meta: Meta,
    runners: &Runners<'_>,
    progress: &(dyn Fn(&Totals, &Progress) + Sync),
) -> anyhow::Result<Outcome> {
    std::fs::create_dir_all(&plan.out)
        .with_context(|| format!("creating {}", plan.out.display()))?;
    let meta_path = plan.out.join("meta.json");
    let results_path = plan.out.join("results.jsonl");
    let reductions_path = plan.out.join("reductions.jsonl");
    let sessions_path = plan.out.join("sessions.json");
    let mut sessions: Vec<Session> = Vec::new();
    let mut done: BTreeSet<u64> = BTreeSet::new();
    let mut totals = Totals::default();
    let mut groups: BTreeMap<String, Bucket> = BTreeMap::new();
    let mut crashes: BTreeMap<String, crash::CrashBucket> = BTreeMap::new();
    // Signature → the outcome of its reduction, once there is one.
    let mut reduced: BTreeMap<String, pipeline::ReductionRecord> = BTreeMap::new();
    // The sampled runs' sites; a resumed campaign goes on with its saved counts.
    let mut spectrum = if plan.resume {
        cause::Spectrum::load(&plan.out)
    } else {
        cause::Spectrum::default()
    };
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
        drop_partial_line(&reductions_path)?;
        sessions = read_sessions(&sessions_path)?;
        for record in read_records(&results_path)? {
            if done.insert(record.id) {
                account(&record, &mut totals, &mut groups);
                crash::fold(&mut crashes, &record);
            }
        }
        if plan.reduce.is_some() {
            for record in pipeline::read_reductions(&reductions_path)? {
                if reduced
                    .get(&record.signature)
                    .is_none_or(|old| record.supersedes(old))
                {
                    reduced.insert(record.signature.clone(), record);
                }
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
    let open_append = |path: &Path| {
        OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .with_context(|| format!("opening {}", path.display()))
    };
    let mut results = open_append(&results_path)?;
    let mut reductions = match plan.reduce {
        Some(_) => Some(open_append(&reductions_path)?),
        None => None,
    };

    crate::signal::defer();
    let start = Instant::now();
    let previous_elapsed: f64 = sessions.iter().map(|s| s.elapsed_secs).sum();
    let cases_before = totals.cases;
    sessions.push(Session::default());
    totals.sessions = sessions.len() as u64;
    let mut record_session = |totals: &Totals| -> anyhow::Result<()> {
        if let Some(last) = sessions.last_mut() {
            *last = Session {
                elapsed_secs: totals.elapsed_secs - previous_elapsed,
                cases: totals.cases - cases_before,
            };
        }
        write_sessions(&sessions_path, &sessions)
    };
    record_session(&totals)?;
    let next = AtomicU64::new(0);
    let jobs = plan.jobs.max(1);
    let slots = pipeline::Slots::new(jobs);
    let queue = pipeline::Queue::default();
    // Bucket ids of the groups that count as buckets (see `Progress::buckets`).
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    for (signature, group) in &mut groups {
        match (&plan.reduce, reduced.get(signature)) {
            (None, _) => {
                ids.insert(signature.clone(), bucket::id_of(group, &spectrum));
            }
            (Some(_), Some(record)) => {
                record.apply(group);
                ids.insert(signature.clone(), bucket::id_of(group, &spectrum));
                if group.best_program.len() < record.from {
                    queue.offer(group);
                }
            }
            (Some(_), None) => queue.offer(group),
        }
    }
    let (tx, rx) = mpsc::channel::<Event>();
    let done = Mutex::new(done);
    let budget_reached = |k: u64| {
        interrupted()
            || plan.cases.is_some_and(|n| k >= n)
            || plan.duration.is_some_and(|d| start.elapsed() >= d)
    };
    std::thread::scope(|scope| -> anyhow::Result<()> {
        for _ in 0..jobs {
            let tx = tx.clone();
            let next = &next;
            let done = &done;
            let slots = &slots;
            let target = meta.target.as_str();
            let helpers: Vec<Helper> = plan
                .versions
                .iter()
                .map(|&version| Helper::spawn(scope, runners, version))
                .collect();
            scope.spawn(move || {
                loop {
                    let slot = slots.case();
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    if budget_reached(k) {
                        break;
                    }
                    let id = k * plan.shard.1 + plan.shard.0;
                    if done.lock().unwrap_or_else(|e| e.into_inner()).contains(&id) {
                        continue;
                    }
                    let record = run_case(plan, target, runners, &helpers, id);
                    drop(slot);
                    if tx.send(Event::Case(record)).is_err() {
                        break;
                    }
                }
                let _ = tx.send(Event::JobDone);
            });
        }
        if let Some(options) = &plan.reduce {
            for _ in 0..jobs {
                let tx = tx.clone();
                let (slots, queue) = (&slots, &queue);
                scope.spawn(move || {
                    while let Some(signature) = queue.pop() {
                        if interrupted() {
                            break;
                        }
                        let slot = slots.reduction();
                        // Taken only now, so it has the shortest program seen until its turn.
                        let Some(group) = queue.take(&signature) else {
                            continue;
                        };
                        // After Ctrl-C every run answers at once and no candidate is
                        // interesting, so an in-flight reduction ends promptly; its partial
                        // result is dropped and the group is left for `--resume`.
                        let vm = |src: &str, version: PyVersion| {
                            unless_interrupted(src, version, runners.vm)
                        };
                        let cpython = |src: &str, version: PyVersion| {
                            unless_interrupted(src, version, runners.cpython)
                        };
                        let outcome = crate::reduce::file::reduce_bucket(
                            &group,
                            options,
                            &vm,
                            &cpython,
                            runners.sites,
                        );
                        drop(slot);
                        if interrupted() {
                            break;
                        }
                        let (reduced, unreduced) = match outcome {
                            Ok(r) => (Some(r), None),
                            Err(why) => (None, Some(why)),
                        };
                        let record = pipeline::ReductionRecord {
                            signature,
                            from: group.best_program.len(),
                            reduced,
                            unreduced,
                        };
                        if tx.send(Event::Reduced(record)).is_err() {
                            break;
                        }
                    }
                });
            }
        }
        drop(tx);
        let mut last_progress = Instant::now();
        let mut jobs_done = 0;
        let mut line = Vec::new();
        let count = |ids: &BTreeMap<String, String>, groups: &BTreeMap<String, Bucket>| {
            let buckets = ids.values().collect::<BTreeSet<_>>().len();
            Progress {
                buckets,
                signatures: groups.len(),
                reducing: groups.len() - ids.len(),
            }
        };
        for event in rx {
            let n_buckets = count(&ids, &groups).buckets;
            match event {
                Event::Case(record) => {
                    // One write per record: a `File` is unbuffered, and serde would otherwise
                    // make a system call per token; a record is never left half-written by
                    // us, only by a kill.
                    line.clear();
                    serde_json::to_writer(&mut line, &record)?;
                    line.push(b'\n');
                    results.write_all(&line)?;
                    let new = account(&record, &mut totals, &mut groups);
                    for (version, agreed, sites) in &record.spectra {
                        spectrum.add(*version, *agreed, *sites);
                    }
                    crash::fold(&mut crashes, &record);
                    if plan.reduce.is_none() {
                        for signature in new {
                            ids.insert(
                                signature.clone(),
                                bucket::id_of(&groups[&signature], &spectrum),
                            );
                        }
                    } else {
                        // A group is reduced from its shortest program: a new group, or one
                        // whose program got shorter than the one its reduction started from,
                        // is offered (a waiting one is refreshed).
                        for v in record.verdicts.values() {
                            let Verdict::Diverge { key, also, .. } = v else {
                                continue;
                            };
                            for signature in std::iter::once(key).chain(also).map(|k| k.hash()) {
                                let Some(group) = groups.get(&signature) else {
                                    continue;
                                };
                                if reduced
                                    .get(&signature)
                                    .is_none_or(|r| group.best_program.len() < r.from)
                                {
                                    queue.offer(group);
                                }
                            }
                        }
                    }
                }
                Event::Reduced(record) => {
                    line.clear();
                    serde_json::to_writer(&mut line, &record)?;
                    line.push(b'\n');
                    if let Some(file) = &mut reductions {
                        file.write_all(&line)?;
                    }
                    queue.finish(&record.signature);
                    if reduced
                        .get(&record.signature)
                        .is_none_or(|old| record.supersedes(old))
                    {
                        if let Some(group) = groups.get_mut(&record.signature) {
                            record.apply(group);
                            ids.insert(record.signature.clone(), bucket::id_of(group, &spectrum));
                        }
                        reduced.insert(record.signature.clone(), record);
                    }
                }
                Event::JobDone => {
                    jobs_done += 1;
                    if jobs_done == jobs {
                        // The leftovers get every slot, unless the campaign was interrupted:
                        // then they are recorded unreduced.
                        slots.open_all(jobs);
                        queue.close(interrupted());
                    }
                }
            }
            totals.elapsed_secs = previous_elapsed + start.elapsed().as_secs_f64();
            let now = count(&ids, &groups);
            if now.buckets > n_buckets {
                totals.sample(now.buckets);
            }
            if last_progress.elapsed() >= Duration::from_millis(500) {
                totals.sample(now.buckets);
                progress(&totals, &now);
                record_session(&totals)?;
                last_progress = Instant::now();
            }
        }
        Ok(())
    })?;
    if plan.reduce.is_some() {
        for (signature, group) in &mut groups {
            if !reduced.contains_key(signature) {
                group.unreduced = Some(pipeline::INTERRUPTED_BEFORE_REDUCTION.into());
            }
        }
    }
    spectrum.save(&plan.out)?;
    let buckets = bucket::regroup(groups.into_values().collect(), &spectrum);
    totals.elapsed_secs = previous_elapsed + start.elapsed().as_secs_f64();
    totals.sample(buckets.len());
    record_session(&totals)?;
    progress(
        &totals,
        &Progress {
            buckets: buckets.len(),
            signatures: buckets.iter().map(|b| b.signatures.len()).sum(),
            reducing: 0,
        },
    );
    Ok(Outcome {
        schema: RESULTS_SCHEMA_VERSION,
        meta,
        totals,
        buckets,
        stale_known: Vec::new(),
        cpython_crashes: crashes.into_values().collect(),
        spectrum,
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

/// A thread that runs one version's CPython for one job, so that a case's references of every
/// version and its VM runs all proceed at once (the workers are other processes: the job thread
/// would otherwise wait for each in turn with a core idle).
struct Helper {
    programs: mpsc::Sender<Arc<str>>,
    references: mpsc::Receiver<Observation>,
}

impl Helper {
    fn spawn<'scope>(
        scope: &'scope std::thread::Scope<'scope, '_>,
        runners: &'scope Runners<'_>,
        version: PyVersion,
    ) -> Helper {
        let (programs, program_rx) = mpsc::channel::<Arc<str>>();
        let (reference_tx, references) = mpsc::channel();
        scope.spawn(move || {
            for program in program_rx {
                if reference_tx
                    .send((runners.cpython)(&program, version))
                    .is_err()
                {
                    break;
                }
            }
        });
        Helper {
            programs,
            references,
        }
    }
}

fn run_case(
    plan: &Plan,
    target: &str,
    runners: &Runners<'_>,
    helpers: &[Helper],
    id: u64,
) -> CaseRecord {
    let seed = case_seed(plan.seed, id);
    let mut programs: BTreeMap<Dialect, Arc<str>> = BTreeMap::new();
    let mut verdicts = BTreeMap::new();
    let mut keep = BTreeMap::new();
    let mut references: Vec<(PyVersion, Observation)> = Vec::new();
    let mut outcomes = Vec::new();
    let programs: Vec<Arc<str>> = plan
        .versions
        .iter()
        .map(|version| {
            Arc::clone(
                programs
                    .entry(version.dialect())
                    .or_insert_with(|| (runners.generate)(seed, version.dialect()).into()),
            )
        })
        .collect();
    // Every version's reference starts now; the VMs run while the workers do.
    let mut sent = Vec::with_capacity(helpers.len());
    for (helper, program) in helpers.iter().zip(&programs) {
        sent.push(helper.programs.send(Arc::clone(program)).is_ok());
    }
    let vms: Vec<Observation> = plan
        .versions
        .iter()
        .zip(&programs)
        .map(|(&version, program)| (runners.vm)(program, version))
        .collect();
    for (((&version, program), vm), (helper, sent)) in plan
        .versions
        .iter()
        .zip(&programs)
        .zip(vms)
        .zip(helpers.iter().zip(sent))
    {
        let reference = match sent.then(|| helper.references.recv().ok()).flatten() {
            Some(reference) => reference,
            None => (runners.cpython)(program, version),
        };
        let mut v = verdict::judge_as(version, &reference, &vm, target);
        if let Verdict::Diverge { .. } = v {
            // A divergence must repeat on fresh runs before it is recorded.
            let again_ref = (runners.cpython)(program, version);
            let again_vm = (runners.vm)(program, version);
            if again_ref != reference || again_vm != vm {
                v = Verdict::Flaky;
            }
        }
        if v.is_finding() {
            keep.insert(version.to_string(), program.to_string());
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
    if references
        .iter()
        .any(|(_, obs)| crate::diff::crash::signal_death(obs).is_some())
    {
        mark_cpython_crashes(
            plan,
            runners,
            &programs,
            &references,
            &mut verdicts,
            &mut keep,
        );
    }
    let drift = verdict::drift(&references);
    if keep.is_empty() {
        outcomes.clear();
    }
    let mut spectra = Vec::new();
    if let Some(sites) = runners.sites.filter(|_| id.is_multiple_of(cause::SAMPLE)) {
        for (&version, program) in plan.versions.iter().zip(&programs) {
            match verdicts.get(&version.to_string()) {
                Some(Verdict::Agree) => {
                    spectra.push((version, true, sites(program, version).into_iter().collect()))
                }
                Some(Verdict::Diverge { .. }) => spectra.push((
                    version,
                    false,
                    sites(program, version).into_iter().collect(),
                )),
                _ => {}
            }
        }
    }
    CaseRecord {
        id,
        seed,
        verdicts,
        drift,
        programs: keep,
        outcomes,
        spectra,
    }
}

/// Turns the verdicts of versions whose reference died of a signal into `CpythonCrash` when
/// another CPython of the dialect runs the program: one of the campaign's, or else one of the
/// plan's `witnesses`, run only now.
fn mark_cpython_crashes(
    plan: &Plan,
    runners: &Runners<'_>,
    programs: &[Arc<str>],
    references: &[(PyVersion, Observation)],
    verdicts: &mut BTreeMap<String, Verdict>,
    keep: &mut BTreeMap<String, String>,
) {
    let mut seen = references.to_vec();
    let mut found = crate::diff::crash::detect(&seen);
    if found.is_none() {
        for (index, (version, obs)) in references.iter().enumerate() {
            if crate::diff::crash::signal_death(obs).is_none() {
                continue;
            }
            for &witness in plan
                .witnesses
                .iter()
                .filter(|w| w.dialect() == version.dialect() && !plan.versions.contains(w))
            {
                seen.push((witness, (runners.cpython)(&programs[index], witness)));
            }
            break;
        }
        found = crate::diff::crash::detect(&seen);
    }
    let Some(crash) = found else {
        return;
    };
    for ((version, _), program) in references.iter().zip(programs) {
        if crash.crashed.iter().any(|(v, _)| v == version) {
            verdicts.insert(
                version.to_string(),
                Verdict::CpythonCrash {
                    crash: crash.clone(),
                },
            );
            keep.insert(version.to_string(), program.to_string());
        }
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
        Verdict::CpythonCrash { .. } => "cpython-crash",
    }
}

/// Counts `record` and adds its divergences to their signature groups; returns the signatures
/// it saw first.
fn account(
    record: &CaseRecord,
    totals: &mut Totals,
    buckets: &mut BTreeMap<String, Bucket>,
) -> Vec<String> {
    let mut new = Vec::new();
    totals.cases += 1;
    if !record.drift.is_empty() {
        totals.drift += 1;
    }
    for (version, v) in &record.verdicts {
        match v {
            Verdict::Agree => totals.agree += 1,
            Verdict::Flaky => totals.flaky += 1,
            Verdict::Inconclusive { .. } => totals.inconclusive += 1,
            Verdict::CpythonCrash { .. } => totals.cpython_crash += 1,
            Verdict::Diverge { key, diff, also } => {
                totals.diverge += 1;
                let Ok(version) = version.parse::<PyVersion>() else {
                    continue;
                };
                let program = record
                    .programs
                    .get(&version.to_string())
                    .cloned()
                    .unwrap_or_default();
                // The first difference and each later independent one, a group each.
                for key in std::iter::once(key).chain(also) {
                    let fingerprint = key.hash();
                    if !buckets.contains_key(&fingerprint) {
                        new.push(fingerprint.clone());
                    }
                    let bucket = buckets
                        .entry(fingerprint.clone())
                        .or_insert_with(|| Bucket {
                            outcomes: record.outcomes.clone(),
                            drift: record.drift.clone(),
                            ..Bucket::new(
                                key.clone(),
                                version,
                                record.id,
                                program.clone(),
                                diff.clone(),
                            )
                        });
                    bucket.count += 1;
                    if program.len() < bucket.best_program.len() {
                        bucket.best_program = program.clone();
                        bucket.diff = diff.clone();
                        bucket.outcomes = record.outcomes.clone();
                        bucket.drift = record.drift.clone();
                    }
                }
            }
        }
    }
    new
}

/// The buckets that become corpus cases (`<out>/corpus/found/`): the new (not known) ones with
/// a reduced program. An unreduced bucket's program is a whole generated program, not a
/// reproducer; it stays in the report (marked) until a `--resume` reduces it.
pub fn corpus_candidates(outcome: &Outcome) -> impl Iterator<Item = (&Bucket, &Reduction)> {
    outcome
        .buckets
        .iter()
        .filter(|b| b.known.is_none())
        .filter_map(|b| b.reduced.as_ref().map(|r| (b, r)))
}

/// Writes `summary.md`, `report.json`, `index.html` and one `findings/<fingerprint>/` folder
/// per bucket (`case.py`, `diff.txt`, `reduced.py` when reduced, `core.py` when the bucket is
/// named after a smaller core, and its HTML page).
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
            if let Some(core) = &r.core {
                std::fs::write(dir.join("core.py"), core)?;
            }
        }
    }
    for crash in &outcome.cpython_crashes {
        let dir = out.join("findings").join(&crash.id);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("case.py"), &crash.program)?;
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
        "{} against CPython: seed {} shard {}/{}, versions {}, generator {}\n",
        outcome.meta.target,
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
    let new = outcome.buckets.iter().filter(|b| b.known.is_none()).count();
    let _ = writeln!(
        md,
        "Running time {:.1}s over {} session(s).\n",
        t.elapsed_secs,
        t.sessions.max(1)
    );
    let _ = writeln!(
        md,
        "| cases | cases/s | agree | diverge | flaky | inconclusive | drift | buckets | new buckets |\n|---|---|---|---|---|---|---|---|---|\n| {} | {:.1} | {} | {} | {} | {} | {} | {} | {new} |\n",
        t.cases, rate, t.agree, t.diverge, t.flaky, t.inconclusive, t.drift, outcome.buckets.len()
    );
    for b in &outcome.buckets {
        let status = match &b.known {
            Some(reason) => format!("known: {reason}"),
            None => "new".into(),
        };
        let (program, diff, note) = match &b.reduced {
            Some(r) => (&r.source, &r.diff, r.note()),
            None => (
                &b.best_program,
                &b.diff,
                format!(
                    "{}; not saved as a corpus case",
                    b.unreduced.as_deref().unwrap_or("not reduced")
                ),
            ),
        };
        let _ = writeln!(
            md,
            "## {} ({} on {}, first case {}; {status})\n\nCause: {}. Folds {} signature(s).\n\n{}\n\nReproducer ({note}):\n\n```python\n{}```\n\n```diff\n{}```\n",
            b.fingerprint,
            b.count,
            b.versions_text(),
            b.first_case,
            b.cause_text(),
            b.signatures.len().max(1),
            b.key.describe_as(&outcome.meta.target),
            program.replace("```", "` ` `"),
            diff.replace("```", "` ` `")
        );
    }
    md.push_str(&crash::markdown(&outcome.cpython_crashes));
    if !outcome.stale_known.is_empty() {
        md.push_str("## Known divergences that no longer reproduce\n\n");
        for stale in &outcome.stale_known {
            let _ = writeln!(
                md,
                "- `{}` ({}): {}",
                stale.fingerprint, stale.reason, stale.now
            );
        }
        md.push('\n');
    }
    md
}
