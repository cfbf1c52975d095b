//! Generation speed: programs per CPU-second on one core, per dialect, for the default mix.
//! Each program is generated from its seed (ChaCha8 bytes, then the generator, exec'd strings
//! rendered as they are built) and then rendered to source, which is what a campaign does
//! before running it; generation alone is shown beside.
//!
//! `cargo bench --bench gen [-- COUNT]` (default 20,000 programs per dialect). The time is
//! the thread's CPU time, so other load on the machine does not count against it. The goal
//! (issue 6) is at least 20,000 programs per second, generated and rendered. The allocator is
//! the `execdiff` binary's (mimalloc, see `src/main.rs`), so the figure is what campaigns get.

use std::hint::black_box;
use std::time::Duration;

use execdiff::gen::config::GenConfig;
use execdiff::gen::program::Program;
use execdiff::version::Dialect;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The goal, in programs per CPU-second.
const GOAL: f64 = 20_000.0;

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
    let count: u64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(20_000);
    let cfg = GenConfig::default();
    for dialect in [Dialect::Py2, Dialect::Py3] {
        // Warm up caches and the allocator.
        for seed in 0..500 {
            black_box(Program::from_seed(seed, &cfg, dialect).source());
        }
        let start = thread_cpu();
        for seed in 0..count {
            black_box(Program::from_seed(seed, &cfg, dialect));
        }
        let gen_secs = (thread_cpu() - start).as_secs_f64();
        let mut bytes = 0usize;
        let start = thread_cpu();
        for seed in 0..count {
            let src = Program::from_seed(seed, &cfg, dialect).source();
            bytes += src.len();
            black_box(src);
        }
        let secs = (thread_cpu() - start).as_secs_f64();
        let rate = count as f64 / secs.max(1e-9);
        println!(
            "gen {dialect:?}: {rate:.0} programs/s generated and rendered ({:.1} us/program, {:.0} bytes mean); {:.0}/s generated only{}",
            secs * 1e6 / count as f64,
            bytes as f64 / count as f64,
            count as f64 / gen_secs.max(1e-9),
            if rate >= GOAL { "" } else { "  (under the goal of 20,000/s)" },
        );
    }
}
