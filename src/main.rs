use std::process::ExitCode;

fn main() -> ExitCode {
    execdiff::cli::run(execdiff::cli::parse())
}

/// The VM runs in this process and allocates a small object for nearly everything it does;
/// mimalloc takes about a third less work than the system allocator on the corpus
/// (`cargo bench --bench vm`, which uses it too so that it measures what campaigns run).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
