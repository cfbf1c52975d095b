//! Helpers shared by the integration tests that need real CPython interpreters: finding them
//! (skipping with a printed reason, or failing when `CI=true`) and a minimal reference run.

#![allow(dead_code, reason = "each test binary uses a different subset")]

use std::fs::{self, File};
use std::io;
use std::os::unix::io::AsRawFd;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use execdiff::version::PyVersion;

/// The repository root (where `harness/` lives).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The discovered interpreter for `version` (`execdiff::interp`), or `None` after printing why
/// it is skipped. Panics when `CI=true`, where a missing interpreter is a failure.
pub fn interpreter(version: PyVersion) -> Option<PathBuf> {
    execdiff::interp::require(version).map(|found| found.path)
}

/// What a reference run left behind: stdout, stderr, the probe fd's lines and the exit code.
pub struct RawRun {
    pub stdout: String,
    pub stderr: String,
    pub records: Vec<String>,
    pub status: Option<i32>,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A scratch directory unique to this process and call.
pub fn scratch_dir(tag: &str) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("execdiff-test-{}-{tag}-{n}", std::process::id()));
    fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Runs `source` the way DESIGN.md's reference run does:
/// `env -i PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8 PYTHONPATH=harness/ref
/// EXECDIFF_PROBE_FD=3 PY -s -B FILE 3>probes`. With `with_harness` false, neither
/// `PYTHONPATH` nor `EXECDIFF_PROBE_FD` is set (a plain run, for comparisons).
pub fn reference_run(python: &Path, source: &[u8], with_harness: bool) -> io::Result<RawRun> {
    let dir = scratch_dir("ref");
    let file = dir.join("case.py");
    fs::write(&file, source)?;
    let probes_path = dir.join("probes");
    let probes = File::create(&probes_path)?;
    let probe_fd = probes.as_raw_fd();
    let mut cmd = Command::new(python);
    cmd.env_clear()
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("LC_ALL", "C.UTF-8")
        .arg("-s")
        .arg("-B")
        .arg(&file)
        .current_dir(&dir);
    if with_harness {
        cmd.env("PYTHONPATH", repo_root().join("harness").join("ref"))
            .env("EXECDIFF_PROBE_FD", "3");
    }
    // SAFETY: only async-signal-safe calls (dup2, fcntl) between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            if probe_fd == 3 {
                if libc::fcntl(3, libc::F_SETFD, 0) < 0 {
                    return Err(io::Error::last_os_error());
                }
            } else if libc::dup2(probe_fd, 3) < 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output()?;
    drop(probes);
    let text = fs::read_to_string(&probes_path)?;
    let _ = fs::remove_dir_all(&dir);
    Ok(RawRun {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        records: text.lines().map(str::to_owned).collect(),
        status: out.status.code(),
    })
}
