//! `execdiff fuzz` and `execdiff run`: wiring the generator, the VM and the CPython pools
//! into a campaign.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;

use crate::campaign::{self, Meta, Plan, Progress, Runners, Totals};
use crate::corpus;
use crate::gen::config::GenConfig;
use crate::gen::program::Program;
use crate::interp::{self, DiscoveryConfig};
use crate::observe::{End, Observation};
use crate::reduce;
use crate::refrun;
use crate::report;
use crate::target::cpython::{Case, PoolConfig, WorkerKind};
use crate::target::external::{self, ExternalTarget};
use crate::target::reference::{self, References};
use crate::version::PyVersion;
use crate::vm::{self, VmConfig};

/// What is checked against CPython: the in-house VM, or an external target speaking the
/// worker protocol (`rustpython`, or `NAME=VERSION:COMMAND`).
pub enum SystemUnderTest {
    Vm,
    External {
        target: Box<ExternalTarget>,
        runtime: tokio::runtime::Runtime,
        /// The time a case may take (`--timeout`).
        budget: Duration,
    },
}

impl SystemUnderTest {
    pub fn from_arg(spec: &str, budget: Duration) -> anyhow::Result<SystemUnderTest> {
        if spec == "vm" {
            return Ok(SystemUnderTest::Vm);
        }
        let spec = external::resolve(spec)?;
        let target = ExternalTarget::new(
            spec,
            PoolConfig {
                budget,
                ..PoolConfig::default()
            },
        )?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()?;
        Ok(SystemUnderTest::External {
            target: Box::new(target),
            runtime,
            budget,
        })
    }

    pub fn name(&self) -> &str {
        match self {
            SystemUnderTest::Vm => "vm",
            SystemUnderTest::External { target, .. } => target.name(),
        }
    }

    /// The versions to run: `asked` (`--py`), by default every version the VM emulates, or an
    /// external target's declared version. The VM refuses a version it does not emulate; an
    /// external target runs only its own.
    pub fn versions(&self, asked: Option<&str>) -> anyhow::Result<Vec<PyVersion>> {
        let parsed = match asked {
            Some(list) => list
                .split(',')
                .map(|v| v.parse::<PyVersion>())
                .collect::<Result<Vec<_>, _>>()?,
            None => match self {
                SystemUnderTest::Vm => PyVersion::ALL.to_vec(),
                SystemUnderTest::External { target, .. } => vec![target.version()],
            },
        };
        match self {
            SystemUnderTest::Vm => Ok(parsed
                .into_iter()
                .map(PyVersion::emulated)
                .collect::<Result<_, _>>()?),
            SystemUnderTest::External { target, .. } => {
                anyhow::ensure!(
                    parsed.contains(&target.version()),
                    "{} is compared with cpython-{}, which --py {} leaves out",
                    target.name(),
                    target.version(),
                    asked.unwrap_or_default()
                );
                Ok(vec![target.version()])
            }
        }
    }

    /// Whether it claims to emulate `version` (the VM: every version).
    pub fn runs(&self, version: PyVersion) -> bool {
        match self {
            SystemUnderTest::Vm => true,
            SystemUnderTest::External { target, .. } => target.version() == version,
        }
    }

    /// Makes `obs` (of this target or of its reference) comparable with the other side: for an
    /// external target, the orders the language leaves to the implementation (set iteration)
    /// are taken out (`diff::unordered`); the VM models CPython and is held to them.
    pub fn comparable(&self, mut obs: Observation) -> Observation {
        if let SystemUnderTest::External { .. } = self {
            crate::diff::unordered::sort_sets(&mut obs);
        }
        obs
    }

    /// The observation of `source` run as `file`.
    pub fn observe(&self, file: &std::path::Path, source: &str, version: PyVersion) -> Observation {
        match self {
            SystemUnderTest::Vm => {
                let mut config = VmConfig::new(version);
                config.filename = file.display().to_string();
                vm::run_source(source.as_bytes(), &config).observation
            }
            SystemUnderTest::External {
                target, runtime, ..
            } => self.run_on(target, runtime, file, source),
        }
    }

    /// The observation of `source` on a worker started for it alone; `None` for the VM, whose
    /// runs share nothing.
    pub fn observe_fresh(&self, file: &std::path::Path, source: &str) -> Option<Observation> {
        let SystemUnderTest::External {
            target,
            runtime,
            budget,
        } = self
        else {
            return None;
        };
        let config = PoolConfig {
            budget: *budget,
            ..PoolConfig::default()
        };
        let fresh = match ExternalTarget::new(target.spec().clone(), config) {
            Ok(fresh) => fresh,
            Err(e) => return Some(harness_crash(e)),
        };
        let obs = self.run_on(&fresh, runtime, file, source);
        runtime.block_on(fresh.shutdown());
        Some(obs)
    }

    fn run_on(
        &self,
        target: &ExternalTarget,
        runtime: &tokio::runtime::Runtime,
        file: &std::path::Path,
        source: &str,
    ) -> Observation {
        let case = Case {
            file: file.to_path_buf(),
            source: source.as_bytes().to_vec(),
        };
        let obs = runtime
            .block_on(target.run(&case))
            .unwrap_or_else(harness_crash);
        self.comparable(obs)
    }

    fn shutdown(&self) {
        if let SystemUnderTest::External {
            target, runtime, ..
        } = self
        {
            runtime.block_on(target.shutdown());
        }
    }
}

/// What a run that the harness could not make shows.
fn harness_crash(e: impl std::fmt::Display) -> Observation {
    Observation::new(
        String::new(),
        End::Crash {
            detail: format!("harness: {e}"),
        },
        Vec::new(),
    )
}

/// Marks the reductions an external target answers differently on a fresh worker than on the
/// campaign's ([`Reduction::needs_history`](campaign::Reduction::needs_history)); returns how
/// many.
fn mark_history_dependent(
    outcome: &mut campaign::Outcome,
    sut: &SystemUnderTest,
    file: &std::path::Path,
    vm_observe: &dyn Fn(&str, PyVersion) -> Observation,
) -> usize {
    let mut marked = 0;
    for b in &mut outcome.buckets {
        let Some(r) = &mut b.reduced else { continue };
        let Some(fresh) = sut.observe_fresh(file, &r.source) else {
            continue;
        };
        r.needs_history = fresh != vm_observe(&r.source, b.version);
        marked += usize::from(r.needs_history);
    }
    marked
}

pub struct FuzzArgs {
    pub duration: Option<Duration>,
    pub cases: Option<u64>,
    pub seed: u64,
    pub shard: String,
    pub jobs: usize,
    /// `--py`, if given.
    pub versions: Option<String>,
    pub out: Option<PathBuf>,
    pub resume: bool,
    pub timeout: u64,
    pub reduce_budget: Duration,
    pub target: String,
    /// The known-divergences list; `None` is the target's (`report::known::default_path`).
    pub known: Option<PathBuf>,
}

fn parse_shard(text: &str) -> anyhow::Result<(u64, u64)> {
    let (i, n) = text
        .split_once('/')
        .with_context(|| format!("--shard must be i/n, got `{text}`"))?;
    let (i, n): (u64, u64) = (i.parse()?, n.parse()?);
    anyhow::ensure!(n > 0 && i < n, "--shard {text}: need 0 <= i < n");
    Ok((i, n))
}

pub fn fuzz(config: &DiscoveryConfig, args: FuzzArgs) -> anyhow::Result<ExitCode> {
    let shard = parse_shard(&args.shard)?;
    let sut = SystemUnderTest::from_arg(&args.target, Duration::from_secs(args.timeout))?;
    let versions = sut.versions(args.versions.as_deref())?;
    let discovery = interp::discover(config);
    for &version in &versions {
        if discovery.get(version).is_some()
            && WorkerKind::preferred(version) == WorkerKind::Embedded
        {
            eprintln!("execdiff: preparing the embedded worker for cpython-{version} (built on first use)");
        }
    }
    let references = References::new(
        &discovery,
        &versions,
        &reference::Config {
            workers: args.jobs.max(1),
            budget: Duration::from_secs(args.timeout),
        },
    )?;
    for (version, why) in references.missing() {
        eprintln!("execdiff: cpython-{version} skipped: {why}");
    }
    let runnable = references.versions().to_vec();
    let interpreters = references.releases().clone();
    anyhow::ensure!(
        !runnable.is_empty(),
        "no interpreter found for any of {}",
        versions
            .iter()
            .map(PyVersion::to_string)
            .collect::<Vec<_>>()
            .join(",")
    );
    if args.cases.is_none() && args.duration.is_none() {
        anyhow::bail!("give --cases N or --duration D (a campaign needs an end)");
    }
    anyhow::ensure!(
        !args.resume || args.out.is_some(),
        "--resume needs the campaign's --out directory"
    );
    let out = args.out.unwrap_or_else(|| {
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        PathBuf::from("reports").join(format!(
            "campaign-{stamp}-seed{}-{}of{}",
            args.seed, shard.0, shard.1
        ))
    });
    let plan = Plan {
        seed: args.seed,
        cases: args.cases,
        duration: args.duration,
        shard,
        versions: runnable,
        jobs: args.jobs.max(1),
        out: out.clone(),
        resume: args.resume,
        reduce: Some(reduce::file::Options {
            target: sut.name().to_string(),
            ..reduce::file::Options::new(args.reduce_budget)
        }),
        witnesses: discovery.found.keys().copied().collect(),
    };
    let gen_config = GenConfig::default();
    let meta = Meta {
        schema: campaign::RESULTS_SCHEMA_VERSION,
        seed: plan.seed,
        shard: plan.shard,
        versions: plan.versions.clone(),
        generator: format!("execdiff-gen {}", env!("CARGO_PKG_VERSION")),
        interpreters,
        target: sut.name().to_string(),
    };
    // Both sides see the program as this one absolute path (`__file__`, tracebacks).
    let file = reference::case_file(&out).context("resolving --out")?;
    let vm_observe = |source: &str, version: PyVersion| sut.observe(&file, source, version);
    // Programs are generated for the newest version of their dialect in the campaign (3.13 for
    // the VM's; an external target's declared version, e.g. PyPy's 3.9), so they use only the
    // syntax and builtins that version has.
    let gen_versions = plan.versions.clone();
    let generate = |seed: u64, dialect: crate::version::Dialect| {
        match gen_versions.iter().rev().find(|v| v.dialect() == dialect) {
            Some(&version) => Program::from_seed_for(seed, &gen_config, version),
            None => Program::from_seed(seed, &gen_config, dialect),
        }
        .source()
    };
    // Versions without a pool are the crash witnesses (`Plan::witnesses`): a reference run each.
    let cpython = |source: &str, version: PyVersion| {
        if references.versions().contains(&version) {
            return sut.comparable(references.observe(&file, source, version));
        }
        match discovery.get(version) {
            Some(python) => {
                match refrun::run_source(
                    python,
                    source.as_bytes(),
                    Duration::from_secs(args.timeout),
                ) {
                    Ok(run) => run.observation,
                    Err(e) => Observation::new(
                        String::new(),
                        End::Crash {
                            detail: format!("reference run: {e}"),
                        },
                        Vec::new(),
                    ),
                }
            }
            None => Observation::new(
                String::new(),
                End::Crash {
                    detail: format!("no cpython-{version}"),
                },
                Vec::new(),
            ),
        }
    };
    // The in-house VM's spectrum names causes, whichever implementation is under test and
    // whichever version it implements (PyPy's 3.9 through the VM's 3.12: the same locals
    // machinery).
    let sites = |source: &str, version: PyVersion| {
        let mut config = VmConfig::new(version.nearest_emulated());
        config.filename = file.display().to_string();
        vm::run_source(source.as_bytes(), &config).sites
    };
    let runners = Runners {
        generate: &generate,
        vm: &vm_observe,
        cpython: &cpython,
        sites: Some(&sites),
    };
    let progress = |t: &Totals, p: &Progress| {
        let rate = t.cases as f64 / t.elapsed_secs.max(1e-9);
        let reducing = if p.reducing > 0 {
            format!(" ({} reducing)", p.reducing)
        } else {
            String::new()
        };
        eprint!(
            "\rcases {} ({rate:.0}/s)  divergences {}  buckets {}{reducing}  flaky {}  inconclusive {}  drift {}   ",
            t.cases, t.diverge, p.buckets, t.flaky, t.inconclusive, t.drift
        );
        let _ = std::io::stderr().flush();
    };
    eprintln!(
        "execdiff: {} against CPython; each new divergence is reduced in the background (at most {}s, twice)",
        sut.name(),
        args.reduce_budget.as_secs()
    );
    // Buckets are formed as reductions finish (`campaign::pipeline`).
    let mut outcome = campaign::run(&plan, meta, &runners, &progress)?;
    eprintln!();
    let unreduced = outcome
        .buckets
        .iter()
        .filter(|b| {
            b.unreduced.as_deref() == Some(campaign::pipeline::INTERRUPTED_BEFORE_REDUCTION)
        })
        .count();
    if unreduced > 0 {
        eprintln!(
            "execdiff: {unreduced} bucket(s) left unreduced (interrupted); `--resume` reduces them"
        );
    }
    let known_path = args
        .known
        .clone()
        .unwrap_or_else(|| report::known::default_path(&corpus::default_root(), sut.name()));
    if matches!(sut, SystemUnderTest::External { .. }) {
        eprintln!(
            "execdiff: running each reduced program again on a fresh {} worker",
            sut.name()
        );
        let marked = mark_history_dependent(&mut outcome, &sut, &file, &vm_observe);
        if marked > 0 {
            eprintln!("execdiff: {marked} reduced program(s) diverge only after other cases in the same worker process");
        }
    }
    let known = report::known::load(&known_path)
        .with_context(|| format!("reading {}", known_path.display()))?;
    report::known::apply(&mut outcome, &known, &vm_observe, &cpython, runners.sites);
    references.shutdown();
    sut.shutdown();
    campaign::write_report(&out, &outcome)?;
    let saved = save_new_cases(&out, &outcome, &discovery)?;
    if saved > 0 {
        eprintln!(
            "execdiff: {saved} new case(s) with blessings and xfail markers in {}; move them into corpus/ to keep them",
            out.join("corpus").display()
        );
    }
    println!(
        "{} case(s), {} divergence(s) in {} bucket(s) ({} new, {} known no longer reproducing), {} flaky, {} inconclusive, {} drift; report in {}",
        outcome.totals.cases,
        outcome.totals.diverge,
        outcome.buckets.len(),
        outcome.buckets.iter().filter(|b| b.known.is_none()).count(),
        outcome.stale_known.len(),
        outcome.totals.flaky,
        outcome.totals.inconclusive,
        outcome.totals.drift,
        out.display()
    );
    for crash in &outcome.cpython_crashes {
        println!(
            "{}: {} ({} case(s))",
            crash.id,
            crash.crash.describe(),
            crash.count
        );
    }
    Ok(
        if outcome.buckets.iter().all(|b| b.known.is_some()) && outcome.cpython_crashes.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        },
    )
}

/// Writes each new (not known) bucket's reduced program as a corpus case with a strict
/// `xfail` marker and blessings from reference runs, under `<out>/corpus/found/`
/// (`campaign::corpus_candidates`: an unreduced bucket is left out until a `--resume`
/// reduces it).
fn save_new_cases(
    out: &std::path::Path,
    outcome: &campaign::Outcome,
    discovery: &interp::Discovery,
) -> anyhow::Result<usize> {
    let dir = out.join("corpus").join("found");
    let mut cases = Vec::new();
    for (bucket, reduction) in campaign::corpus_candidates(outcome) {
        // The corpus checks the VM, which emulates only some versions; a bucket on a
        // reference-only version (an external target's 3.9) keeps its reproducer in the report.
        if !bucket.version.is_emulated() {
            continue;
        }
        let program = &reduction.source;
        let directive = corpus::Directive {
            versions: vec![bucket.version],
            origin: format!("campaign:{}", bucket.fingerprint),
            xfail_vm: vec![bucket.version],
            cpython_crash: Vec::new(),
            issue: None,
        };
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!(
            "f{}_{}.py",
            bucket.fingerprint,
            bucket.version.to_string().replace('.', "")
        ));
        std::fs::write(&path, format!("{}\n{program}", directive.render()))?;
        cases.push(corpus::Case::load(&path)?);
    }
    if !cases.is_empty() {
        let report = corpus::bless(&cases, discovery, 2, Duration::from_secs(20), &|_, _| {});
        for failure in &report.failures {
            eprintln!("execdiff: {failure}");
        }
    }
    Ok(cases.len())
}

/// `execdiff run`'s exit status for an internal error of the VM (README, "Exit codes").
pub const INTERNAL_ERROR_STATUS: u8 = 101;

/// `execdiff run --py V FILE`: the VM's run, printed as the reference run prints it.
pub fn run(version: &str, probes: Option<PathBuf>, file: PathBuf) -> anyhow::Result<ExitCode> {
    let version = version.parse::<PyVersion>()?.emulated()?;
    let source = std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
    let mut config = VmConfig::new(version);
    config.filename = file.display().to_string();
    let out = vm::run_source(&source, &config);
    print!("{}", out.observation.stdout);
    let _ = std::io::stdout().flush();
    eprint!("{}", out.stderr);
    if let Some(path) = probes {
        let mut text = String::new();
        for probe in &out.observation.probes {
            text.push_str(&serde_json::to_string(
                &serde_json::json!({ "probe": probe }),
            )?);
            text.push('\n');
        }
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    let (line, status) = run_status(&out.observation.end, out.exit_code);
    if let Some(line) = line {
        eprintln!("{line}");
    }
    Ok(ExitCode::from(status))
}

/// What `execdiff run` says on stderr after the run, and its exit status, for the VM's end.
fn run_status(end: &End, exit_code: i32) -> (Option<String>, u8) {
    match end {
        End::Unsupported { construct, line } => {
            let at = line.map(|l| format!(" at line {l}")).unwrap_or_default();
            (Some(format!("execdiff: unsupported: {construct}{at}")), 3)
        }
        End::Timeout => (
            Some("execdiff: the VM ran out of fuel (timeout)".into()),
            124,
        ),
        // A VM bug (a panic or a broken invariant of its compiler or interpreter): never
        // shown as a Python exception.
        End::Crash { detail } => (
            Some(format!("execdiff: internal error: {detail}")),
            INTERNAL_ERROR_STATUS,
        ),
        _ => (None, exit_code.clamp(0, 255) as u8),
    }
}

/// `execdiff reduce FILE`: the file's divergence, reduced keeping its fingerprint; prints the
/// reduced program.
pub fn reduce(
    config: &DiscoveryConfig,
    file: &std::path::Path,
    versions: &[PyVersion],
    budget: Duration,
    keep_all_probes: bool,
) -> anyhow::Result<ExitCode> {
    let source =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let discovery = interp::discover(config);
    let file_abs = std::path::absolute(file)?;
    let sut = SystemUnderTest::Vm;
    let vm = |src: &str, version: PyVersion| sut.observe(&file_abs, src, version);
    let cpython = |src: &str, version: PyVersion| match discovery.get(version) {
        Some(python) => match refrun::run_source(python, src.as_bytes(), Duration::from_secs(10)) {
            Ok(run) => run.observation,
            Err(e) => Observation::new(
                String::new(),
                End::Crash {
                    detail: format!("reference run: {e}"),
                },
                Vec::new(),
            ),
        },
        None => Observation::new(
            String::new(),
            End::Crash {
                detail: format!("no cpython-{version}"),
            },
            Vec::new(),
        ),
    };
    let available: Vec<PyVersion> = versions
        .iter()
        .copied()
        .filter(|v| discovery.get(*v).is_some())
        .collect();
    anyhow::ensure!(
        !available.is_empty(),
        "no interpreter found for any of the versions"
    );
    let options = reduce::file::Options {
        budget,
        keep_all_probes,
        target: sut.name().to_string(),
    };
    match reduce::file::reduce_file(&source, &available, &options, &vm, &cpython) {
        Ok(r) => {
            eprintln!(
                "execdiff: vm-{} divergence reduced from {} to {} lines in {} tests: {}",
                r.version,
                r.lines_before,
                r.lines_after,
                r.tests,
                r.key.describe()
            );
            print!("{}", r.source);
            Ok(ExitCode::SUCCESS)
        }
        Err(reduce::file::ReduceError::NoDivergence { .. }) => {
            eprintln!(
                "execdiff: the VM agrees with CPython on {}; nothing to reduce",
                file.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_error_has_its_own_status_and_line() {
        let end = End::Crash {
            detail: "compiler: no cell or free slot for 'x' in f".into(),
        };
        let (line, status) = run_status(&end, 101);
        assert_eq!(
            line.as_deref(),
            Some("execdiff: internal error: compiler: no cell or free slot for 'x' in f")
        );
        assert_eq!(status, INTERNAL_ERROR_STATUS);
        for other in [0u8, 1, 2, 3, 124] {
            assert_ne!(status, other);
        }
        // A Python exception keeps the reference run's status and says nothing more.
        let exc = End::Exception {
            ty: "SystemError".into(),
            message: "m".into(),
        };
        assert_eq!(run_status(&exc, 1), (None, 1));
    }
}
