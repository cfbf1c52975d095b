//! Runs one file many times and prints the resident set size, to spot leaks across runs:
//! `cargo run --example vm_leak -- 3.12 FILE 1000`.

fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .nth(1)
                .and_then(|p| p.parse::<u64>().ok())
        })
        .map(|pages| pages * 4)
        .unwrap_or(0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(v), Some(file)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: vm_leak VERSION FILE [N]");
        return;
    };
    let Ok(version) = v.parse::<execdiff::version::PyVersion>() else {
        eprintln!("bad version");
        return;
    };
    let n: usize = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(500);
    let Ok(source) = std::fs::read(file) else {
        eprintln!("cannot read {file}");
        return;
    };
    let cfg = execdiff::vm::VmConfig::new(version);
    for i in 0..n {
        let _ = execdiff::vm::run_source(&source, &cfg);
        if i % (n / 5).max(1) == 0 {
            println!("run {i}: rss {} kB", rss_kb());
        }
    }
    println!("end: rss {} kB", rss_kb());
}
