//! The command line, after ripgrep: raw flags in [`args`], validated and dispatched here.
//!
//! Exit codes: 0 success / no divergence, 1 divergence or failed check, 2 error.
//! Everything the user asked for is printed here; library code never prints.

pub mod args;
mod crash;
mod diff;
mod fuzz;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::Parser;

use crate::corpus::{self, Case};
use crate::interp::{self, DiscoveryConfig};
use crate::report;

pub use args::Args;

pub fn parse() -> Args {
    Args::parse()
}

pub fn run(args: Args) -> ExitCode {
    // Whatever ends the command (a signal, a panic, a return), its children end with it.
    crate::signal::install();
    let _reaper = crate::signal::Reaper;
    match dispatch(args) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("execdiff: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn dispatch(args: Args) -> anyhow::Result<ExitCode> {
    let config = DiscoveryConfig::from_specs(args.pythons.iter().map(String::as_str))
        .context("bad --python")?;
    match args.command {
        args::Command::Targets => targets(&config),
        args::Command::Run {
            version,
            probes,
            file,
        } => fuzz::run(&version, probes, file),
        args::Command::Fuzz {
            duration,
            cases,
            seed,
            shard,
            jobs,
            versions,
            out,
            resume,
            timeout,
            reduce_budget,
            target,
            known,
        } => fuzz::fuzz(
            &config,
            fuzz::FuzzArgs {
                duration,
                cases,
                seed,
                shard,
                jobs,
                versions,
                out,
                resume,
                timeout,
                reduce_budget,
                target,
                known,
            },
        ),
        args::Command::Diff {
            file,
            versions,
            target,
            json,
            timeout,
        } => {
            let budget = Duration::from_secs(timeout);
            let sut = fuzz::SystemUnderTest::from_arg(&target, budget)?;
            let versions = sut.versions(versions.as_deref())?;
            diff::diff(&config, &file, &versions, &sut, json, budget)
        }
        args::Command::Reduce {
            file,
            versions,
            budget,
            keep_all_probes,
        } => fuzz::reduce(
            &config,
            &file,
            &parse_versions(&versions)?,
            budget,
            keep_all_probes,
        ),
        args::Command::Merge { shards, out } => {
            let outcome = crate::campaign::merge::merge(&shards)?;
            std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
            crate::campaign::write_report(&out, &outcome)?;
            println!(
                "{} shard(s): {} case(s), {} bucket(s); report in {}",
                shards.len(),
                outcome.totals.cases,
                outcome.buckets.len(),
                out.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        args::Command::Replay {
            paths,
            offline,
            junit,
            out,
            jobs,
            timeout,
        } => replay(
            &config,
            &paths,
            &ReplayPlan {
                offline,
                junit,
                out,
                jobs,
                budget: Duration::from_secs(timeout),
            },
        ),
        args::Command::Gen {
            seed,
            count,
            dialect,
            stats,
        } => {
            let dialect = dialect
                .map(|d| d.parse::<crate::version::Dialect>())
                .transpose()
                .context("bad --dialect")?;
            let opts = crate::gen::cli::GenOptions {
                seed,
                count,
                dialect,
                stats,
                ..Default::default()
            };
            print!("{}", crate::gen::cli::cli_main(&opts)?);
            Ok(ExitCode::SUCCESS)
        }
        args::Command::Corpus { command } => match command {
            args::CorpusCommand::Bless {
                paths,
                jobs,
                timeout,
            } => bless(&config, &paths, jobs, Duration::from_secs(timeout)),
            args::CorpusCommand::Check { paths } => check(&paths),
            args::CorpusCommand::Xfail { paths } => xfail(&paths),
        },
    }
}

fn targets(config: &DiscoveryConfig) -> anyhow::Result<ExitCode> {
    let discovery = interp::discover(config);
    for version in crate::version::PyVersion::known() {
        if let Some(found) = discovery.get(version) {
            println!(
                "cpython-{version}\t{}\t{}\t(from {})",
                found.release,
                found.path.display(),
                found.source
            );
        } else if let Some(why) = discovery.missing.get(&version) {
            println!("cpython-{version}\tmissing\t{why}");
        }
        if version.is_emulated() {
            println!("vm-{version}\tbuilt in");
        }
    }
    println!("{}", crate::target::pypy::describe(config));
    Ok(ExitCode::SUCCESS)
}

/// Loads every case under `paths` (the corpus by default), failing on the first bad one.
fn load_cases(paths: &[PathBuf]) -> anyhow::Result<Vec<Case>> {
    let paths = if paths.is_empty() {
        vec![corpus::default_root()]
    } else {
        paths.to_vec()
    };
    let files = corpus::find_cases(&paths)?;
    let mut cases = Vec::with_capacity(files.len());
    let mut errors = Vec::new();
    for file in files {
        match Case::load(&file) {
            Ok(case) => cases.push(case),
            Err(e) => errors.push(e.to_string()),
        }
    }
    if !errors.is_empty() {
        anyhow::bail!("{} bad case(s):\n{}", errors.len(), errors.join("\n"));
    }
    Ok(cases)
}

fn bless(
    config: &DiscoveryConfig,
    paths: &[PathBuf],
    jobs: usize,
    budget: Duration,
) -> anyhow::Result<ExitCode> {
    let cases = load_cases(paths)?;
    let discovery = interp::discover(config);
    let report = corpus::bless(&cases, &discovery, jobs, budget, &|done, total| {
        if done == total || done % 50 == 0 {
            eprintln!("blessed {done}/{total}");
        }
    });
    for (version, why) in &report.missing {
        eprintln!("execdiff: cannot bless {version}: {why}");
    }
    for failure in &report.failures {
        eprintln!("execdiff: {failure}");
    }
    println!(
        "{} case(s): {} blessing(s) written, {} unchanged, {} failed",
        cases.len(),
        report.written,
        report.unchanged,
        report.failures.len()
    );
    let ok = report.failures.is_empty() && report.missing.is_empty();
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

fn check(paths: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let cases = load_cases(paths)?;
    let mut errors = Vec::new();
    let mut unblessed = 0;
    for case in &cases {
        errors.extend(case.stray_blessings().into_iter().map(|e| e.to_string()));
        for version in case.run_versions() {
            match case.blessing(version) {
                Ok(Some(_)) => {}
                Ok(None) => unblessed += 1,
                Err(e) => errors.push(e.to_string()),
            }
        }
    }
    for e in &errors {
        eprintln!("execdiff: {e}");
    }
    println!(
        "{} case(s), {} error(s), {} missing blessing(s)",
        cases.len(),
        errors.len(),
        unblessed
    );
    Ok(if errors.is_empty() && unblessed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

struct ReplayPlan {
    offline: bool,
    junit: Option<PathBuf>,
    out: Option<PathBuf>,
    jobs: usize,
    budget: Duration,
}

fn replay(
    config: &DiscoveryConfig,
    paths: &[PathBuf],
    plan: &ReplayPlan,
) -> anyhow::Result<ExitCode> {
    let cases = load_cases(paths)?;
    let discovery = interp::discover(config);
    if !plan.offline {
        for (version, why) in &discovery.missing {
            eprintln!("execdiff: cpython-{version} skipped: {why}");
        }
    }
    let vm = |case: &Case, version| case.run_on_vm(version);
    let replay_config = corpus::replay::ReplayConfig {
        vm: Some(&vm),
        live: !plan.offline,
        jobs: plan.jobs,
        budget: plan.budget,
    };
    let rows = corpus::replay::replay(&cases, &discovery, &replay_config, &|done, total| {
        if done == total || done % 50 == 0 {
            eprintln!("replayed {done}/{total}");
        }
    });
    let out = plan.out.clone().unwrap_or_else(|| {
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        PathBuf::from("reports").join(format!("replay-{stamp}"))
    });
    report::write_replay(&out, &rows).with_context(|| format!("writing {}", out.display()))?;
    if let Some(path) = &plan.junit {
        std::fs::write(path, report::junit(&rows))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    let totals = report::totals(&rows);
    println!(
        "{} case(s): {} pass, {} xfail, {} xpass, {} regression(s), {} stale, {} unblessed, {} skipped, {} error(s); report in {}",
        cases.len(),
        totals.pass,
        totals.xfail,
        totals.xpass,
        totals.regression,
        totals.stale,
        totals.unblessed,
        totals.skipped,
        totals.error,
        out.display()
    );
    let failed = rows.iter().any(|r| r.status.is_failure());
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn xfail(paths: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let mut cases = load_cases(paths)?;
    let (mut added, mut removed) = (0, 0);
    for case in &mut cases {
        let mut failing = Vec::new();
        for version in case.run_versions() {
            let Some(blessing) = case.blessing(version)? else {
                continue;
            };
            let got = case.run_on_vm(version);
            if !crate::diff::compare(&blessing, &got).is_empty() {
                failing.push(version);
            }
        }
        let old = &case.directive.xfail_vm;
        added += failing.iter().filter(|v| !old.contains(v)).count();
        removed += old.iter().filter(|v| !failing.contains(v)).count();
        if failing != *old {
            let mut directive = case.directive.clone();
            directive.xfail_vm = failing;
            case.rewrite_directive(directive)
                .with_context(|| format!("rewriting {}", case.path.display()))?;
        }
    }
    println!(
        "{} case(s): {added} xfail marker(s) added, {removed} removed",
        cases.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// `--py` for the VM: versions it emulates only.
fn parse_versions(list: &str) -> anyhow::Result<Vec<crate::version::PyVersion>> {
    list.split(',')
        .map(|v| {
            let version: crate::version::PyVersion = v.parse()?;
            Ok(version.emulated()?)
        })
        .collect()
}
