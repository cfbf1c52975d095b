//! Development aid: parse throughput. Usage: `parse_bench FILE...` (release build).

use std::time::Instant;

use execdiff::version::Dialect;
use execdiff::vm::parser::{parse_module, ParseOptions};
use execdiff::vm::printer::print_module;

fn main() {
    let mut sources = Vec::new();
    for path in std::env::args().skip(1) {
        match std::fs::read_to_string(&path) {
            Ok(s) => sources.push(s),
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
    let opts = ParseOptions::new(Dialect::Py3);
    let bytes: usize = sources.iter().map(String::len).sum();
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(200);
    let start = Instant::now();
    let mut n_ok = 0;
    for _ in 0..rounds {
        for s in &sources {
            n_ok += usize::from(parse_module(s, &opts).is_ok());
        }
    }
    let dt = start.elapsed();
    println!(
        "parse: {} files x {rounds}: {:?} ({:.1} MB/s, {:.1} us/file, {n_ok} ok)",
        sources.len(),
        dt,
        (bytes * rounds) as f64 / dt.as_secs_f64() / 1e6,
        dt.as_secs_f64() * 1e6 / (sources.len() * rounds) as f64
    );
    let modules: Vec<_> = sources
        .iter()
        .filter_map(|s| parse_module(s, &opts).ok())
        .collect();
    let start = Instant::now();
    for _ in 0..rounds {
        for m in &modules {
            let _ = print_module(m, Dialect::Py3);
        }
    }
    println!("print: {:?}", start.elapsed());
}
