//! The VM against CPython 3.12 on the corpus programs, side by side: CPU microseconds per
//! program for the VM (in process, `vm::run_source`) and for one CPython process that
//! compiles and executes each program in a fresh namespace (no harness), and their ratio.
//!
//! `cargo bench --bench vm [-- REPEAT] [--vm-only]` (default 5 passes over the programs);
//! `--vm-only` skips CPython, for profiling the VM alone (e.g. under callgrind with
//! `--toggle-collect='execdiff::vm::run_inner*'`).

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use execdiff::corpus::{self, Case};
use execdiff::interp;
use execdiff::version::PyVersion;
use execdiff::vm::{self, VmConfig};

/// Compiles and executes every file `repeat` times in a fresh `__main__`-like namespace with
/// stdout sent to /dev/null and `__observe__` a no-op; prints the CPU seconds it took.
const BARE: &str = include_str!("bare_loop.py");

fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime fills the struct we pass.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn main() {
    let repeat: u32 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(5);
    let vm_only = std::env::args().any(|a| a == "--vm-only");
    let version = PyVersion::PY312;
    let Some(python) = interp::require(version) else {
        return;
    };
    let files = corpus::find_cases(&[corpus::default_root()]).expect("corpus");
    // Programs that run to the end on CPython 3.12 without leaving the VM's scope, and that
    // the VM agrees on, so both sides do the same work.
    let mut cases: Vec<(PathBuf, String)> = Vec::new();
    for file in files {
        let Ok(case) = Case::load(&file) else {
            continue;
        };
        if !case.run_versions().any(|v| v == version) || case.directive.xfail_vm.contains(&version)
        {
            continue;
        }
        let Ok(Some(blessing)) = case.blessing(version) else {
            continue;
        };
        if !matches!(blessing.end, execdiff::observe::End::Ok) {
            continue;
        }
        cases.push((file, case.source));
    }
    let start = thread_cpu();
    for _ in 0..repeat {
        for (_, source) in &cases {
            let out = vm::run_source(source.as_bytes(), &VmConfig::new(version));
            std::hint::black_box(out);
        }
    }
    let vm_cpu = thread_cpu() - start;
    let runs = (cases.len() as u32 * repeat) as f64;
    let vm_us = vm_cpu.as_secs_f64() * 1e6 / runs;
    if vm_only {
        println!(
            "{} programs x {repeat}: vm-{version} {vm_us:.1} us/program",
            cases.len()
        );
        return;
    }
    let out = Command::new(&python.path)
        .args(["-s", "-B", "-c", BARE])
        .args(cases.iter().map(|(f, _)| f.as_os_str()))
        .arg(repeat.to_string())
        .env("PYTHONHASHSEED", "0")
        .output()
        .expect("cpython runs");
    let cpython_secs: f64 = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("cpython prints its cpu time");
    let cp_us = cpython_secs * 1e6 / runs;
    println!(
        "{} programs x {repeat}: vm-{version} {vm_us:.1} us/program, cpython-{} {cp_us:.1} us/program (compile+exec), vm/cpython = {:.2}",
        cases.len(),
        python.release,
        vm_us / cp_us
    );
}

/// The allocator of the `execdiff` binary, where campaigns run the VM (see `src/main.rs`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
