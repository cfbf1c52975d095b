//! A fuzz campaign of generated programs on an external target against its declared CPython,
//! through the library's campaign loop (`campaign::run`), until `execdiff fuzz --targets` has it.
//!
//! ```sh
//! cargo run --release --example external_campaign -- rustpython 600 reports/rustpython-DATE
//! cargo run --release --example external_campaign -- 'pyext=3.12:python3 harness/ext/pyext_worker.py' 60 /tmp/out
//! ```
//! Arguments: target (built-in name or `NAME=VERSION:COMMAND`), seconds, output folder, and
//! optionally the seed (default 1) and jobs (default 2).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use execdiff::campaign::{self, Meta, Plan, Runners, RESULTS_SCHEMA_VERSION};
use execdiff::gen::config::GenConfig;
use execdiff::gen::program::Program;
use execdiff::interp;
use execdiff::observe::{End, Observation};
use execdiff::target::cpython::{Case, Pool, PoolConfig, WorkerKind};
use execdiff::target::external::{self, ExternalTarget};
use execdiff::version::Dialect;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [target, secs, out, rest @ ..] = args.as_slice() else {
        anyhow::bail!("usage: external_campaign TARGET SECONDS OUT [SEED] [JOBS]");
    };
    let seed: u64 = rest.first().map_or(Ok(1), |s| s.parse())?;
    let jobs: usize = rest.get(1).map_or(Ok(2), |s| s.parse())?;
    let spec = external::resolve(target)?;
    let version = spec.version;
    let python = interp::require(version)
        .with_context(|| format!("CPython {version} is needed as the oracle"))?;
    let pool_config = PoolConfig {
        workers: jobs,
        budget: Duration::from_secs(5),
        ..PoolConfig::default()
    };
    let external = ExternalTarget::new(spec.clone(), pool_config.clone())?;
    let cpython = Pool::new(
        python.clone(),
        PoolConfig {
            kind: WorkerKind::Script,
            ..pool_config
        },
    )?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let scratch = std::env::temp_dir().join(format!("execdiff-campaign-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    let case = |source: &str| Case {
        file: scratch.join("case.py"),
        source: source.as_bytes().to_vec(),
    };
    let harness_failure = |e: &dyn std::fmt::Display| {
        Observation::new(
            String::new(),
            End::Crash {
                detail: format!("harness: {e}"),
            },
            Vec::new(),
        )
    };
    let config = GenConfig::default();
    let generate =
        |seed: u64, dialect: Dialect| Program::from_seed(seed, &config, dialect).source();
    let on_external = |source: &str, _| {
        rt.block_on(external.run(&case(source)))
            .unwrap_or_else(|e| harness_failure(&e))
    };
    let on_cpython = |source: &str, _| {
        rt.block_on(cpython.run(&case(source)))
            .unwrap_or_else(|e| harness_failure(&e))
    };
    let runners = Runners {
        generate: &generate,
        vm: &on_external,
        cpython: &on_cpython,
    };
    let plan = Plan {
        seed,
        cases: None,
        duration: Some(Duration::from_secs(secs.parse()?)),
        shard: (0, 1),
        versions: vec![version],
        jobs,
        out: PathBuf::from(out),
        resume: false,
    };
    let meta = Meta {
        schema: RESULTS_SCHEMA_VERSION,
        seed,
        shard: (0, 1),
        versions: vec![version],
        generator: format!("gen (target {spec})"),
        interpreters: [(version.to_string(), python.release.clone())].into(),
    };
    let progress = |t: &campaign::Totals, buckets: usize| {
        eprint!(
            "\r{} cases, {} agree, {} diverge, {} inconclusive, {} buckets   ",
            t.cases, t.agree, t.diverge, t.inconclusive, buckets
        );
    };
    let outcome = campaign::run(&plan, meta, &runners, &progress)?;
    eprintln!();
    campaign::write_report(&plan.out, &outcome)?;
    let stats = external.stats();
    eprintln!(
        "{}: {} cases, {} workers spawned, {} timeouts, {} lost, {} fallbacks",
        spec.name, stats.cases, stats.spawned, stats.timeouts, stats.lost_workers, stats.fallbacks
    );
    rt.block_on(external.shutdown());
    rt.block_on(cpython.shutdown());
    Ok(())
}
