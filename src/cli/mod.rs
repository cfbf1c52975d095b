//! The command line: raw flags in `args`, validated and run here.

use std::process::ExitCode;

use clap::Parser;

#[derive(Debug, Parser)]
#[command(
    name = "execdiff",
    version,
    about = "Differential fuzzing of Python scope semantics"
)]
pub struct Args {}

pub fn parse() -> Args {
    Args::parse()
}

pub fn run(_args: Args) -> ExitCode {
    ExitCode::SUCCESS
}
