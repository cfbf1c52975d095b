//! Times the VM on every `.py` file of a directory (mean microseconds per program run, in
//! process): `cargo run --release --example vm_bench -- 3.12 DIR [REPEAT]`. Compare with
//! `python3.12 -c` running `compile` + `exec` of the same files in one process.

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(v), Some(dir)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: vm_bench VERSION DIR [REPEAT]");
        return;
    };
    let Ok(version) = v.parse::<execdiff::version::PyVersion>() else {
        eprintln!("bad version");
        return;
    };
    let repeat: u32 = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(20);
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().map(|e| e == "py").unwrap_or(false));
    files.sort();
    let sources: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let cfg = execdiff::vm::VmConfig::new(version);
    let start = Instant::now();
    for _ in 0..repeat {
        for s in &sources {
            let _ = execdiff::vm::run_source(s, &cfg);
        }
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / (repeat as f64 * sources.len() as f64);
    println!("{} programs, {per:.1} us per program run", sources.len());
}
