//! Raw command-line flags, as clap parses them. Validation happens in `cli::run`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "execdiff",
    version,
    about = "Differential fuzzing of Python exec/eval/locals()/closure semantics against CPython"
)]
pub struct Args {
    /// Use this interpreter for a version: `--python 3.12=/path/to/python` (repeatable).
    #[arg(long = "python", value_name = "VERSION=PATH", global = true)]
    pub pythons: Vec<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the interpreters found (and why any is missing).
    Targets,
    /// Run FILE on the VM emulating one version; prints what the reference run prints.
    Run {
        /// The version to emulate: 2.7, 3.12 or 3.13.
        #[arg(long = "py")]
        version: String,
        /// Write the probes here (one JSON record per line, as the reference run does).
        #[arg(long, value_name = "FILE")]
        probes: Option<PathBuf>,
        file: PathBuf,
    },
    /// Run a fuzz campaign: generated programs on the VM and on CPython, diffed, bucketed.
    Fuzz {
        /// Stop after this long (`90s`, `10m`, `2h`).
        #[arg(long, value_parser = parse_duration)]
        duration: Option<std::time::Duration>,
        /// Stop after this many cases.
        #[arg(long)]
        cases: Option<u64>,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// This machine's shard of the campaign, `i/n`.
        #[arg(long, default_value = "0/1")]
        shard: String,
        /// Cases in flight (and workers per interpreter).
        #[arg(long, default_value_t = 2)]
        jobs: usize,
        /// Versions to run, comma separated (default: 2.7,3.12,3.13 for the VM, the declared
        /// version for an external target).
        #[arg(long = "py")]
        versions: Option<String>,
        /// Campaign directory (default: reports/campaign-<unix time>-seed<S>-<i>of<n>).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Continue the campaign already in --out.
        #[arg(long)]
        resume: bool,
        /// Seconds a CPython case may take.
        #[arg(long, default_value_t = 5)]
        timeout: u64,
        /// The system under test: `vm` (the in-house VM), `rustpython`, or
        /// `NAME=VERSION:COMMAND...` (any worker speaking harness/PROTOCOL.md).
        #[arg(long = "targets", alias = "target", default_value = "vm")]
        target: String,
        /// Time to reduce each new bucket (`10s`, `1m`).
        #[arg(long, value_parser = parse_duration, default_value = "10s")]
        reduce_budget: std::time::Duration,
        /// The known-divergences list (default: corpus/known-divergences.txt for the VM,
        /// corpus/known-NAME.txt for another target).
        #[arg(long, value_name = "FILE")]
        known: Option<PathBuf>,
    },
    /// Fold the reports of a campaign's shards into one report.
    Merge {
        /// The shards' campaign directories.
        #[arg(required = true)]
        shards: Vec<PathBuf>,
        /// Where the merged report goes.
        #[arg(long)]
        out: PathBuf,
    },
    /// Run FILE on every target and show where they agree.
    Diff {
        file: PathBuf,
        /// Versions, comma separated (default: 2.7,3.12,3.13 for the VM, the declared version
        /// for an external target).
        #[arg(long = "py")]
        versions: Option<String>,
        /// The system under test: `vm`, `rustpython` or `NAME=VERSION:COMMAND...`.
        #[arg(long = "targets", alias = "target", default_value = "vm")]
        target: String,
        /// Print JSON instead of the matrix.
        #[arg(long)]
        json: bool,
        /// Seconds a run may take.
        #[arg(long, default_value_t = 20)]
        timeout: u64,
    },
    /// Reduce FILE's divergence (VM against CPython) to a small program with the same
    /// fingerprint.
    Reduce {
        file: PathBuf,
        /// Versions to look for a divergence on, comma separated.
        #[arg(long = "py", default_value = "2.7,3.12,3.13")]
        versions: String,
        /// Time budget (`30s`, `2m`).
        #[arg(long, value_parser = parse_duration, default_value = "30s")]
        budget: std::time::Duration,
        /// Keep every probe (by default only the probe that shows the divergence is kept).
        #[arg(long)]
        keep_all_probes: bool,
    },
    /// Replay the corpus: the VM and the live interpreters against every blessing.
    Replay {
        /// Case files or directories (default: the corpus).
        paths: Vec<PathBuf>,
        /// Do not re-run the live interpreters (VM against blessings only; offline).
        #[arg(long)]
        offline: bool,
        /// Write JUnit XML here.
        #[arg(long, value_name = "FILE")]
        junit: Option<PathBuf>,
        /// Report directory (default: reports/replay-<unix time>).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Cases at a time.
        #[arg(long, default_value_t = 2)]
        jobs: usize,
        /// Seconds a reference run may take.
        #[arg(long, default_value_t = 20)]
        timeout: u64,
    },
    /// Print generated programs, or the generator's health with --stats.
    Gen {
        /// First seed; programs use seed, seed+1, ...
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// How many programs.
        #[arg(long, default_value_t = 1)]
        count: u64,
        /// `2.7` or `3` (default 3 when printing, both with --stats).
        #[arg(long)]
        dialect: Option<String>,
        /// Feature histogram beside each family's share *executed* on the VM (families
        /// under 5% flagged), mean size, and the share of programs that raise, are
        /// SyntaxErrors, time out or reach their final probe on the real interpreters.
        #[arg(long)]
        stats: bool,
    },
    /// Manage the regression corpus.
    Corpus {
        #[command(subcommand)]
        command: CorpusCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum CorpusCommand {
    /// Write blessings from reference runs on the live interpreters.
    Bless {
        /// Case files or directories (default: the corpus).
        paths: Vec<PathBuf>,
        /// Reference runs at a time.
        #[arg(long, default_value_t = 2)]
        jobs: usize,
        /// Seconds a reference run may take before it ends as a timeout.
        #[arg(long, default_value_t = 20)]
        timeout: u64,
    },
    /// Set each case's `xfail` marker to the versions where the VM disagrees with the blessing
    /// (adding markers for new failures, removing them where the VM now agrees).
    Xfail {
        /// Case files or directories (default: the corpus).
        paths: Vec<PathBuf>,
    },
    /// Validate directives and blessings without running anything.
    Check {
        /// Case files or directories (default: the corpus).
        paths: Vec<PathBuf>,
    },
}

/// `90s`, `10m`, `2h` or plain seconds.
pub fn parse_duration(text: &str) -> Result<std::time::Duration, String> {
    let (digits, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(pos) => text.split_at(pos),
        None => (text, "s"),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("expected a duration like 90s, 10m or 2h, got `{text}`"))?;
    let secs = match unit {
        "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        _ => return Err(format!("unknown duration unit `{unit}` (use s, m or h)")),
    };
    Ok(std::time::Duration::from_secs(secs))
}
