//! The worker pool against a bare loop in one CPython process (compile plus exec, no harness)
//! on the same batches, the corpus cases and 200 generated programs (default `GenConfig`), for
//! each version and each worker kind: CPU microseconds per case for both and the harness's
//! overhead per case (worker process and pool side together).
//!
//! `cargo bench --bench pool [-- REPEAT]` (default 20 passes over the corpus batch, a quarter
//! of that over the generated one), in three rounds that alternate the pool and the bare loop;
//! each figure is the least of its rounds. CPU time still grows with whatever else the machine
//! runs (shared caches and cores): prefer a quiet machine.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use execdiff::campaign;
use execdiff::gen::config::GenConfig;
use execdiff::gen::program::Program;
use execdiff::interp::{self, Interpreter};
use execdiff::target::cpython::{Case, Pool, PoolConfig, WorkerKind};
use execdiff::version::{Dialect, PyVersion};

/// Measuring rounds per row (see [`measure`]).
const ROUNDS: usize = 3;

/// A one-process loop: compile and exec every case in a fresh namespace, stdout to /dev/null,
/// `__observe__` a no-op; prints the CPU seconds the loop took.
const BARE: &str = include_str!("bare_loop.py");

fn cpu_of(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    Some(Duration::from_micros(ticks * 1_000_000 / hz))
}

fn self_cpu() -> Duration {
    // SAFETY: getrusage fills the struct we pass.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(usage.ru_utime) + tv(usage.ru_stime)
}

fn bare(python: &Interpreter, files: &[PathBuf], repeat: usize) -> Option<f64> {
    let out = execdiff::signal::dies_with_parent(&mut Command::new(&python.path))
        .env_clear()
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("LC_ALL", "C.UTF-8")
        .arg("-s")
        .arg("-B")
        .arg("-c")
        .arg(BARE)
        .args(files)
        .arg(repeat.to_string())
        .output()
        .ok()?;
    let seconds: f64 = String::from_utf8_lossy(&out.stdout).trim().parse().ok()?;
    Some(seconds * 1e6 / (files.len() * repeat) as f64)
}

/// Generated programs (default `GenConfig`) of `dialect`, written under `dir`.
fn generated(dir: &Path, dialect: Dialect, count: u64) -> Vec<PathBuf> {
    let config = GenConfig::default();
    let dir = dir.join(format!("{dialect:?}"));
    std::fs::create_dir_all(&dir).expect("scratch directory");
    (0..count)
        .map(|k| {
            let source = Program::from_seed(campaign::case_seed(7, k), &config, dialect).source();
            let path = dir.join(format!("p{k}.py"));
            std::fs::write(&path, source).expect("write a program");
            path
        })
        .collect()
}

/// One row: the batch through `pool` and through the bare loop.
fn measure(
    rt: &tokio::runtime::Runtime,
    pool: &Pool,
    python: &Interpreter,
    label: (&str, PyVersion, WorkerKind),
    candidates: &[PathBuf],
    repeat: usize,
) {
    // Keep the cases this version runs on the worker itself (no reference fallback).
    let mut batch = Vec::new();
    for file in candidates {
        let case = Case::from_file(file).expect("read case");
        let before = pool.stats().fallbacks;
        if rt.block_on(pool.run(&case)).is_ok() && pool.stats().fallbacks == before {
            batch.push(case);
        }
    }
    let pids = pool.idle_worker_pids();
    let worker_cpu = || pids.iter().filter_map(|p| cpu_of(*p)).sum::<Duration>();
    let files: Vec<PathBuf> = batch.iter().map(|c| c.file.clone()).collect();
    // Rounds of pool then bare, the least of each kept: other load on the machine only ever
    // adds CPU time, and alternating keeps both sides under the same conditions.
    let passes = repeat.div_ceil(ROUNDS).max(1);
    let n = (batch.len() * passes) as f64;
    let mut best: Option<(f64, f64, f64, f64)> = None;
    let mut bare_us = f64::INFINITY;
    for _ in 0..ROUNDS {
        let (w0, h0, t0) = (worker_cpu(), self_cpu(), Instant::now());
        for _ in 0..passes {
            for case in &batch {
                let _ = rt.block_on(pool.run(case));
            }
        }
        let (w1, h1, wall) = (worker_cpu(), self_cpu(), t0.elapsed());
        let worker_us = (w1 - w0).as_secs_f64() * 1e6 / n;
        let harness_us = (h1 - h0).as_secs_f64() * 1e6 / n;
        let round = (
            worker_us + harness_us,
            worker_us,
            harness_us,
            wall.as_secs_f64() * 1e6 / n,
        );
        if best.is_none_or(|b| round.0 < b.0) {
            best = Some(round);
        }
        bare_us = bare_us.min(bare(python, &files, passes).unwrap_or(f64::NAN));
    }
    let (pool_us, worker_us, harness_us, wall_us) = best.unwrap_or((f64::NAN, 0.0, 0.0, 0.0));
    let (batch_name, version, kind) = label;
    println!(
        "{:<9} {:<8} {:<9} {:>5}  {:>12.1}  {:>8.1} ({:>6.1} + {:>6.1})  {:>16.1}  {:>8.2}  {:>12.1}",
        batch_name,
        version.to_string(),
        format!("{kind:?}"),
        batch.len(),
        bare_us,
        pool_us,
        worker_us,
        harness_us,
        pool_us - bare_us,
        (pool_us - bare_us) / bare_us,
        wall_us
    );
}

fn main() {
    // No interpreter outlives the benchmark, whatever ends it.
    execdiff::signal::install();
    let _reaper = execdiff::signal::Reaper;
    let repeat: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(20);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let all =
        execdiff::corpus::find_cases(&[root.join("scope"), root.join("core")]).expect("corpus");
    let scratch = tempfile::tempdir().expect("scratch directory");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    println!("(CPU µs per case; overhead = pool - bare; ratio = overhead / bare, goal <= 0.5 on generated programs)");
    println!("batch     version  kind      cases  bare µs/case  pool µs/case (worker + harness)  overhead µs/case  ratio     wall µs/case");
    for version in PyVersion::iter() {
        let Some(python) = interp::require(version) else {
            continue;
        };
        let kinds: &[WorkerKind] = if version.major == 2 {
            &[WorkerKind::Script]
        } else {
            &[WorkerKind::Script, WorkerKind::Embedded]
        };
        let corpus: Vec<PathBuf> = all
            .iter()
            .filter(|file| {
                execdiff::corpus::Case::load(file)
                    .is_ok_and(|loaded| loaded.run_versions().any(|v| v == version))
            })
            .cloned()
            .collect();
        let programs = generated(scratch.path(), version.dialect(), 200);
        for &kind in kinds {
            let config = PoolConfig {
                kind,
                recycle_after: u32::MAX,
                ..PoolConfig::default()
            };
            let pool = match Pool::new(python.clone(), config) {
                Ok(pool) => pool,
                Err(e) => {
                    println!("{version:<8} {kind:<9?} skipped: {e}");
                    continue;
                }
            };
            measure(
                &rt,
                &pool,
                &python,
                ("corpus", version, kind),
                &corpus,
                repeat,
            );
            measure(
                &rt,
                &pool,
                &python,
                ("generated", version, kind),
                &programs,
                repeat.div_ceil(4),
            );
            rt.block_on(pool.shutdown());
        }
    }
}
