use std::process::ExitCode;

fn main() -> ExitCode {
    execdiff::cli::run(execdiff::cli::parse())
}
