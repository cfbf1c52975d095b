use std::process::ExitCode;

/// Generating and running programs allocates many small, short-lived objects (AST nodes,
/// VM values); mimalloc makes generation about 1.5 times as fast as the system allocator
/// (`cargo bench --bench gen` uses it too, so it measures what campaigns get).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    execdiff::cli::run(execdiff::cli::parse())
}
