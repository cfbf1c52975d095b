//! Prints the programs for a range of seeds: `cargo run --example gen_dump -- 2.7 0 5`.

use execdiff::gen::config::GenConfig;
use execdiff::gen::program::Program;
use execdiff::version::Dialect;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dialect: Dialect = args
        .get(1)
        .map_or("3", String::as_str)
        .parse()
        .unwrap_or(Dialect::Py3);
    let start: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(0);
    let count: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(1);
    let cfg = GenConfig::default();
    for seed in start..start + count {
        let p = Program::from_seed(seed, &cfg, dialect);
        println!("# seed {seed}\n{p:?}");
    }
}
