//! `execdiff gen --stats` without the CLI: `cargo run --release --example gen_stats -- 1000 [2.7|3]`.

use execdiff::gen::cli::{cli_main, GenOptions};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let count = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(300);
    let dialect = args.get(2).and_then(|s| s.parse().ok());
    let opts = GenOptions {
        count,
        dialect,
        stats: true,
        ..GenOptions::default()
    };
    match cli_main(&opts) {
        Ok(text) => print!("{text}"),
        Err(err) => eprintln!("error: {err}"),
    }
}
