//! Generation speed on one core: `cargo run --release --example gen_bench [-- N]`.
//!
//! Prints programs per second for seeded generation (bytes from ChaCha8, AST built, exec'd
//! strings rendered), and for generation plus rendering the whole program to source.

use std::hint::black_box;
use std::time::{Duration, Instant};

use execdiff::gen::config::GenConfig;
use execdiff::gen::program::Program;
use execdiff::version::Dialect;

/// CPU time of this thread: on a shared machine wall time mostly measures the neighbours.
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_000);
    let cfg = GenConfig::default();
    for dialect in [Dialect::Py2, Dialect::Py3] {
        // Warm up caches and the allocator.
        for seed in 0..500 {
            black_box(Program::from_seed(seed, &cfg, dialect));
        }
        let start = Instant::now();
        let cpu = thread_cpu();
        for seed in 0..n {
            black_box(Program::from_seed(seed, &cfg, dialect));
        }
        let wall_rate = n as f64 / start.elapsed().as_secs_f64();
        let gen_rate = n as f64 / (thread_cpu() - cpu).as_secs_f64();
        let cpu = thread_cpu();
        let mut bytes = 0usize;
        for seed in 0..n {
            bytes += black_box(Program::from_seed(seed, &cfg, dialect).source()).len();
        }
        let full_rate = n as f64 / (thread_cpu() - cpu).as_secs_f64();
        println!(
            "{dialect:?}: {gen_rate:.0} programs/s generated (per CPU second; {wall_rate:.0}/s wall), {full_rate:.0} programs/s generated and rendered ({} bytes mean)",
            bytes / n as usize
        );
    }
}
