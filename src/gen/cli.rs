//! The logic of `execdiff gen`: print programs for seeds, or the generator's health (the
//! feature histogram beside the share of programs executing each family on the VM, then the
//! CPython health figures).
//!
//! The command line (clap) lives in `cli/`; it builds a [`GenOptions`] and prints what
//! [`cli_main`] returns. Library code does not print.

use std::fmt::Write as _;
use std::time::Instant;

use crate::gen::config::GenConfig;
use crate::gen::coverage::{Coverage, MIN_EXECUTED_PCT};
use crate::gen::health::{self, Mode, Summary};
use crate::gen::program::Program;
use crate::version::{Dialect, PyVersion};

/// Validated options of `execdiff gen`.
#[derive(Clone, Debug)]
pub struct GenOptions {
    /// First seed; programs use `seed`, `seed + 1`, ...
    pub seed: u64,
    pub count: u64,
    /// `None`: 3.x when printing, both dialects for `--stats`.
    pub dialect: Option<Dialect>,
    /// Print health statistics instead of programs.
    pub stats: bool,
    pub config: GenConfig,
}

impl Default for GenOptions {
    fn default() -> GenOptions {
        GenOptions {
            seed: 0,
            count: 1,
            dialect: None,
            stats: false,
            config: GenConfig::default(),
        }
    }
}

/// The text `execdiff gen` prints for `opts`.
pub fn cli_main(opts: &GenOptions) -> std::io::Result<String> {
    if opts.stats {
        return stats(opts);
    }
    let dialect = opts.dialect.unwrap_or(Dialect::Py3);
    let mut out = String::new();
    for seed in opts.seed..opts.seed.saturating_add(opts.count) {
        let p = Program::from_seed(seed, &opts.config, dialect);
        if opts.count > 1 {
            let _ = writeln!(out, "# seed {seed}");
        }
        out.push_str(&p.source());
        if opts.count > 1 {
            out.push('\n');
        }
    }
    Ok(out)
}

/// Versions checked for a dialect's health.
fn versions(dialect: Dialect) -> &'static [PyVersion] {
    match dialect {
        Dialect::Py2 => &[PyVersion::PY27],
        Dialect::Py3 => &[PyVersion::PY312, PyVersion::PY313],
    }
}

fn stats(opts: &GenOptions) -> std::io::Result<String> {
    let dialects = match opts.dialect {
        Some(d) => vec![d],
        None => vec![Dialect::Py2, Dialect::Py3],
    };
    let mut out = String::new();
    for dialect in dialects {
        let start = Instant::now();
        let programs: Vec<Program> = (opts.seed..opts.seed.saturating_add(opts.count))
            .map(|seed| Program::from_seed(seed, &opts.config, dialect))
            .collect();
        let secs = start.elapsed().as_secs_f64();
        let n = programs.len().max(1);
        let _ = writeln!(
            out,
            "dialect {dialect:?}: {} programs in {secs:.2}s ({:.0}/s), mean size {:.1} statements, mean source {:.0} bytes",
            programs.len(),
            programs.len() as f64 / secs.max(1e-9),
            programs.iter().map(Program::size).sum::<usize>() as f64 / n as f64,
            programs.iter().map(|p| p.source().len()).sum::<usize>() as f64 / n as f64,
        );
        // The feature histogram beside what the VM of each of the dialect's versions executed
        // (3.12 and 3.13 run the same programs but differ in what executes: PEP 667, 709).
        for vm_version in versions(dialect) {
            let start = Instant::now();
            let coverage = Coverage::measure(&programs, *vm_version);
            let _ = writeln!(
                out,
                "vm-{vm_version}: ran {} programs in {:.2}s",
                programs.len(),
                start.elapsed().as_secs_f64()
            );
            out.push_str(&coverage.render());
            let under = coverage.under_threshold();
            if under.is_empty() {
                let _ = writeln!(
                    out,
                    "every family executed in at least {MIN_EXECUTED_PCT}% of programs"
                );
            } else {
                let names: Vec<&str> = under.iter().map(|f| f.name()).collect();
                let _ = writeln!(
                    out,
                    "families executed in under {MIN_EXECUTED_PCT}% of programs: {}",
                    names.join(", ")
                );
            }
        }
        for version in versions(dialect) {
            match health::find_interpreter(*version) {
                None => {
                    let _ = writeln!(out, "cpython-{version}: interpreter not found, skipped");
                }
                Some(python) => {
                    let checked = health::check(&python, &programs, Mode::Run, 5.0)?;
                    let summary = Summary::from_checked(&programs, &checked);
                    out.push_str(&summary.render(&format!("cpython-{version}")));
                }
            }
        }
    }
    Ok(out)
}
