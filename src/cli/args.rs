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
        /// Feature histogram, mean size, and the share of programs that raise, are
        /// SyntaxErrors or time out on the real interpreters.
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
    /// Validate directives and blessings without running anything.
    Check {
        /// Case files or directories (default: the corpus).
        paths: Vec<PathBuf>,
    },
}
