//! Reduces every bucket of an external-target campaign (`examples/external_campaign.rs`) with
//! the library's reducer: a candidate is interesting when the target and its declared CPython
//! still diverge with the bucket's fingerprint. Writes `findings/<fingerprint>/reduced.py`.
//!
//! ```sh
//! cargo run --release --example external_reduce -- rustpython reports/rustpython-DATE [SECONDS]
//! ```
//! `SECONDS` is the budget per bucket (default 20). Probes are kept only where they show the
//! divergence (the labels of the bucket's differing probe lines).

use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use execdiff::campaign::verdict::{self, Verdict};
use execdiff::campaign::Outcome;
use execdiff::interp;
use execdiff::observe::{End, Observation};
use execdiff::reduce::{ProbeKeep, Reducer};
use execdiff::target::cpython::{Case, Pool, PoolConfig, WorkerKind};
use execdiff::target::external::{self, ExternalTarget};
use execdiff::version::Dialect;
use execdiff::vm::parser::{parse_module, ParseOptions};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// The labels of the probe lines a rendered diff marks as different.
fn differing_labels(diff: &str) -> BTreeSet<String> {
    diff.lines()
        .filter(|l| !l.starts_with("---") && !l.starts_with("+++"))
        .filter_map(|l| l.strip_prefix('-').or_else(|| l.strip_prefix('+')))
        .filter_map(|l| l.strip_prefix("probe "))
        .filter_map(|l| l.split_once(": ").map(|(label, _)| label.to_string()))
        .collect()
}

fn hits_recursion_limit(obs: &Observation) -> bool {
    serde_json::to_string(obs).is_ok_and(|text| text.contains("RecursionError"))
}

fn run() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [target, out, rest @ ..] = args.as_slice() else {
        anyhow::bail!("usage: external_reduce TARGET CAMPAIGN_DIR [SECONDS_PER_BUCKET]");
    };
    let per_bucket = Duration::from_secs(rest.first().map_or(Ok(20), |s| s.parse())?);
    let out = Path::new(out);
    let report = out.join("report.json");
    let outcome: Outcome = serde_json::from_str(
        &std::fs::read_to_string(&report).with_context(|| format!("{}", report.display()))?,
    )?;
    let spec = external::resolve(target)?;
    let version = spec.version;
    let python = interp::require(version)
        .with_context(|| format!("CPython {version} is needed as the oracle"))?;
    let config = PoolConfig {
        budget: Duration::from_secs(5),
        ..PoolConfig::default()
    };
    let external = ExternalTarget::new(spec, config.clone())?;
    let cpython = Pool::new(
        python,
        PoolConfig {
            kind: WorkerKind::Script,
            ..config
        },
    )?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let scratch = std::env::temp_dir().join(format!("execdiff-reduce-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    let case = |source: &str| Case {
        file: scratch.join("case.py"),
        source: source.as_bytes().to_vec(),
    };
    let failure = |e: &dyn std::fmt::Display| {
        let detail = format!("harness: {e}");
        Observation::new(String::new(), End::Crash { detail }, Vec::new())
    };
    for bucket in &outcome.buckets {
        let Ok(module) = parse_module(&bucket.best_program, &ParseOptions::new(Dialect::Py3))
        else {
            eprintln!("{}: does not parse, left as is", bucket.fingerprint);
            continue;
        };
        let run_both = |source: &str| {
            let reference = rt
                .block_on(cpython.run(&case(source)))
                .unwrap_or_else(|e| failure(&e));
            let observed = rt
                .block_on(external.run(&case(source)))
                .unwrap_or_else(|e| failure(&e));
            let deep = hits_recursion_limit(&reference) || hits_recursion_limit(&observed);
            (verdict::judge(version, &reference, &observed), deep)
        };
        // A candidate must not wander onto the recursion limit unless the program did: there
        // the two implementations' frame accounting differs and would pass for the bucket.
        let (_, was_deep) = run_both(&bucket.best_program);
        let mut is_interesting = |source: &str| {
            let (v, deep) = run_both(source);
            deep == was_deep
                && matches!(v, Verdict::Diverge { key, .. } if key.hash() == bucket.fingerprint)
        };
        let reducer = Reducer {
            budget: per_bucket,
            max_tests: None,
            keep: ProbeKeep::Labels(differing_labels(&bucket.diff)),
        };
        let reduced = reducer.reduce(&module, Dialect::Py3, &mut is_interesting);
        let dir = out.join("findings").join(&bucket.fingerprint);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("reduced.py"), &reduced.source)?;
        eprintln!(
            "{}: {} -> {} lines ({} tests{})",
            bucket.fingerprint,
            bucket.best_program.lines().count(),
            reduced.source.lines().count(),
            reduced.tests,
            if reduced.exhausted {
                ", budget ran out"
            } else {
                ""
            }
        );
    }
    rt.block_on(external.shutdown());
    rt.block_on(cpython.shutdown());
    Ok(())
}
