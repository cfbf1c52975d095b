//! A campaign against bare loops on the same generated programs, in one run: CPU seconds per
//! case for both, cases per second, their ratio, and the mean program size.
//!
//! `cargo bench --bench campaign [-- CASES [SEED]]` (default 400 cases, seed 7).
//!
//! - **campaign**: `campaign::run` with the runners `execdiff fuzz` uses (the generator with
//!   its default settings, the in-process VM, a pool per CPython from
//!   `target::reference`, two jobs), every version per case. Its CPU is this process's plus
//!   that of every worker, counted with `RUSAGE_CHILDREN` once the pools are shut down (the
//!   workers are then reaped). Reduction of new divergences, which `execdiff fuzz` does in
//!   the background (`campaign::pipeline`), is per signature, not per case, and is left out.
//! - **bare**: the same programs run with no harness: `benches/bare_loop.py` in one process
//!   per interpreter (compile plus exec, `__observe__` a no-op; the whole process is counted),
//!   the VM in process (`vm::run_source`), and the generator alone.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use execdiff::campaign::{self, Meta, Plan, Runners};
use execdiff::gen::config::GenConfig;
use execdiff::gen::program::Program;
use execdiff::interp::{self, DiscoveryConfig};
use execdiff::observe::Observation;
use execdiff::target::reference::{self, References};
use execdiff::version::{Dialect, PyVersion};
use execdiff::vm::{self, VmConfig};

const BARE: &str = include_str!("bare_loop.py");

const JOBS: usize = 2;

/// The allocator the `execdiff` binary uses (src/main.rs).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn rusage(who: libc::c_int) -> Duration {
    // SAFETY: getrusage fills the struct we pass.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(who, &mut usage);
        usage
    };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(usage.ru_utime) + tv(usage.ru_stime)
}

/// CPU of this process and of its reaped children.
fn cpu() -> (Duration, Duration) {
    (rusage(libc::RUSAGE_SELF), rusage(libc::RUSAGE_CHILDREN))
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// User plus system CPU of a live process, from `/proc/PID/stat`.
fn cpu_of(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    Some(ticks as f64 / hz)
}

/// The bare loop over `files` on `python`: (whole-process CPU, the loop's own CPU).
fn bare_cpython(python: &Path, files: &[PathBuf]) -> Option<(f64, f64)> {
    let before = rusage(libc::RUSAGE_CHILDREN);
    let out = execdiff::signal::dies_with_parent(&mut Command::new(python))
        .env_clear()
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("LC_ALL", "C.UTF-8")
        .args(["-s", "-B", "-c", BARE])
        .args(files)
        .arg("1")
        .output()
        .ok()?;
    let whole = secs(rusage(libc::RUSAGE_CHILDREN) - before);
    let looped: f64 = String::from_utf8_lossy(&out.stdout).trim().parse().ok()?;
    Some((whole, looped))
}

fn main() -> anyhow::Result<()> {
    // No interpreter outlives the benchmark, whatever ends it.
    execdiff::signal::install();
    let _reaper = execdiff::signal::Reaper;
    let mut numbers = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse::<u64>().ok());
    let cases = numbers.next().unwrap_or(400);
    let seed = numbers.next().unwrap_or(7);
    let versions = [PyVersion::PY27, PyVersion::PY312, PyVersion::PY313];
    let discovery = interp::discover(&DiscoveryConfig::default());
    let scratch = tempfile::tempdir()?;
    let out = scratch.path().join("campaign");
    let references = References::new(
        &discovery,
        &versions,
        &reference::Config {
            workers: JOBS,
            budget: Duration::from_secs(5),
        },
    )?;
    for (version, why) in references.missing() {
        println!("cpython-{version} skipped: {why}");
    }
    let versions = references.versions().to_vec();
    anyhow::ensure!(!versions.is_empty(), "no interpreter found");
    let gen_config = GenConfig::default();

    // The batch, written out for the bare loops (the campaign generates it again itself).
    let mut dialects: Vec<Dialect> = versions.iter().map(|v| v.dialect()).collect();
    dialects.dedup();
    let mut files: Vec<(Dialect, Vec<PathBuf>)> = Vec::new();
    let mut sizes = Vec::new();
    let mut gen_cpu = Duration::ZERO;
    for &dialect in &dialects {
        let dir = scratch.path().join(format!("{dialect:?}"));
        std::fs::create_dir_all(&dir)?;
        let mut paths = Vec::new();
        let mut lines = 0usize;
        for k in 0..cases {
            let start = rusage(libc::RUSAGE_SELF);
            let source =
                Program::from_seed(campaign::case_seed(seed, k), &gen_config, dialect).source();
            gen_cpu += rusage(libc::RUSAGE_SELF) - start;
            lines += source.lines().count();
            let path = dir.join(format!("p{k}.py"));
            std::fs::write(&path, &source)?;
            paths.push(path);
        }
        sizes.push((dialect, lines as f64 / cases as f64));
        files.push((dialect, paths));
    }
    let sources: Vec<(Dialect, Vec<String>)> = files
        .iter()
        .map(|(d, paths)| {
            let texts = paths
                .iter()
                .map(|p| std::fs::read_to_string(p).unwrap_or_default())
                .collect();
            (*d, texts)
        })
        .collect();

    // (a) The campaign.
    let file = reference::case_file(&out)?;
    let generate = |s: u64, dialect| Program::from_seed(s, &gen_config, dialect).source();
    let vm_run = |source: &str, version: PyVersion| -> Observation {
        let mut config = VmConfig::new(version);
        config.filename = file.display().to_string();
        vm::run_source(source.as_bytes(), &config).observation
    };
    let cpython = |source: &str, version: PyVersion| references.observe(&file, source, version);
    let sites = |source: &str, version: PyVersion| {
        let mut config = VmConfig::new(version);
        config.filename = file.display().to_string();
        vm::run_source(source.as_bytes(), &config).sites
    };
    let runners = Runners {
        generate: &generate,
        vm: &vm_run,
        cpython: &cpython,
        sites: Some(&sites),
    };
    let plan = Plan {
        seed,
        cases: Some(cases),
        duration: None,
        shard: (0, 1),
        versions: versions.clone(),
        jobs: JOBS,
        out: out.clone(),
        resume: false,
        reduce: None,
        witnesses: Vec::new(),
    };
    let meta = Meta {
        schema: campaign::RESULTS_SCHEMA_VERSION,
        seed,
        shard: (0, 1),
        versions: versions.clone(),
        generator: "bench".into(),
        interpreters: references.releases().clone(),
        target: "vm".into(),
    };
    // Start the workers before the clock (a campaign of any length pays this once), and count
    // only what they do from then on.
    for &version in &versions {
        if let Some((_, texts)) = sources.iter().find(|(d, _)| *d == version.dialect()) {
            for text in texts.iter().take(JOBS * 2) {
                let _ = cpython(text, version);
            }
        }
    }
    let warm: f64 = references
        .worker_pids()
        .iter()
        .filter_map(|p| cpu_of(*p))
        .sum();
    let (self0, child0) = cpu();
    let wall0 = Instant::now();
    let outcome = campaign::run(&plan, meta, &runners, &|_, _| {})?;
    let wall = wall0.elapsed();
    let stats: Vec<String> = versions
        .iter()
        .filter_map(|v| {
            references.stats(*v).map(|s| {
                format!(
                    "{v}: {} spawned, {} fallbacks, {} timeouts",
                    s.spawned, s.fallbacks, s.timeouts
                )
            })
        })
        .collect();
    references.shutdown();
    let (self1, child1) = cpu();
    let campaign_self = secs(self1 - self0);
    let campaign_children = secs(child1 - child0) - warm;
    let campaign_cpu = campaign_self + campaign_children;
    let n = outcome.totals.cases as f64;

    // (b) The bare loops.
    let mut bare_rows = Vec::new();
    for &version in &versions {
        let Some(python) = discovery.get(version) else {
            continue;
        };
        let Some((_, paths)) = files.iter().find(|(d, _)| *d == version.dialect()) else {
            continue;
        };
        if let Some((whole, looped)) = bare_cpython(&python.path, paths) {
            bare_rows.push((format!("cpython-{version}"), whole, Some(looped)));
        }
    }
    for &version in &versions {
        let Some((_, texts)) = sources.iter().find(|(d, _)| *d == version.dialect()) else {
            continue;
        };
        let config = VmConfig::new(version);
        let start = rusage(libc::RUSAGE_SELF);
        for text in texts {
            std::hint::black_box(vm::run_source(text.as_bytes(), &config));
        }
        bare_rows.push((
            format!("vm-{version}"),
            secs(rusage(libc::RUSAGE_SELF) - start),
            None,
        ));
    }
    bare_rows.push(("generator".into(), secs(gen_cpu), None));
    let bare_cpu: f64 = bare_rows.iter().map(|(_, whole, _)| whole).sum();

    println!(
        "{} cases (seed {seed}), versions {}, {JOBS} jobs, default GenConfig",
        outcome.totals.cases,
        versions
            .iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
            .join(",")
    );
    for (dialect, mean) in &sizes {
        println!("mean program size {dialect:?}: {mean:.1} lines");
    }
    println!(
        "verdicts: {} agree, {} diverge, {} flaky, {} inconclusive; {} drift",
        outcome.totals.agree,
        outcome.totals.diverge,
        outcome.totals.flaky,
        outcome.totals.inconclusive,
        outcome.totals.drift
    );
    println!("pools: {}", stats.join("; "));
    println!("bare CPU per case:");
    for (name, whole, looped) in &bare_rows {
        let inner = looped
            .map(|l| format!("  (loop alone {:.1} µs)", l * 1e6 / n))
            .unwrap_or_default();
        println!("  {name:<14} {:>8.1} µs{inner}", whole * 1e6 / n);
    }
    println!(
        "bare total      {:>8.1} µs/case  -> {:.0} cases/s on 2 cores at best",
        bare_cpu * 1e6 / n,
        2.0 * n / bare_cpu
    );
    println!(
        "campaign        {:>8.1} µs/case  (this process {:.1} + workers {:.1})  -> {:.0} cases/s on 2 cores at full use",
        campaign_cpu * 1e6 / n,
        campaign_self * 1e6 / n,
        campaign_children * 1e6 / n,
        2.0 * n / campaign_cpu
    );
    println!(
        "campaign wall   {:.2} s, {:.0} cases/s, {:.2} cores busy",
        secs(wall),
        n / secs(wall),
        campaign_cpu / secs(wall)
    );
    println!(
        "ratio campaign/bare CPU per case: {:.2} (goal <= 2)",
        campaign_cpu / bare_cpu
    );
    Ok(())
}
