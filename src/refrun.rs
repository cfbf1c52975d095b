//! The reference run: CPython running a file as its own `__main__`, the one definition of
//! expected behaviour (DESIGN.md, "The oracle").
//!
//! ```text
//! env -i PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8 PYTHONPATH=harness/ref \
//!     EXECDIFF_PROBE_FD=3 PY -s -B FILE 3>probes
//! ```
//!
//! `harness/ref/sitecustomize.py` installs `__observe__`, which writes one JSON record per
//! probe to fd 3, and a `sys.excepthook` wrapper that records how an uncaught exception or
//! SyntaxError ended the run. Everything else (workers, the VM) must reproduce the
//! [`Observation`] built here. The child runs in its own process group so that a timeout kills
//! everything it started.

use std::fs::File;
use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::Duration;

use crate::interp::Interpreter;
use crate::observe::{End, Observation};
use crate::target::protocol;

/// One reference run's full result.
#[derive(Clone, Debug)]
pub struct RefRun {
    pub observation: Observation,
    pub stderr: String,
    /// The exit code, or `128 + signal` when a signal ended the process.
    pub exit_code: i32,
}

#[derive(Debug, thiserror::Error)]
pub enum RefRunError {
    #[error("cannot start {python}: {source}")]
    Spawn {
        python: PathBuf,
        source: std::io::Error,
    },
    #[error("i/o while running the reference: {0}")]
    Io(#[from] std::io::Error),
    #[error("malformed probe record from {python}: {detail}")]
    Record { python: PathBuf, detail: String },
}

/// Where `sitecustomize.py` lives: `$EXECDIFF_HARNESS/ref`, else this source tree's `harness/ref`.
pub fn harness_ref_dir() -> PathBuf {
    match std::env::var_os("EXECDIFF_HARNESS") {
        Some(dir) => PathBuf::from(dir).join("ref"),
        None => Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("harness")
            .join("ref"),
    }
}

/// Runs `file` on `python` as the reference run defines, killing it after `budget`.
pub fn run(python: &Interpreter, file: &Path, budget: Duration) -> Result<RefRun, RefRunError> {
    // Removed on every return, error paths included.
    let dir = scratch_dir()?;
    let stdout_path = dir.path().join("stdout");
    let stderr_path = dir.path().join("stderr");
    let probes_path = dir.path().join("probes");
    let probes = File::create(&probes_path)?;
    let mut cmd = Command::new(&python.path);
    cmd.env_clear()
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("LC_ALL", "C.UTF-8")
        .env("PYTHONPATH", harness_ref_dir())
        .env("EXECDIFF_PROBE_FD", protocol::PROBE_FD.to_string())
        .arg("-s")
        .arg("-B")
        .arg(file)
        .stdin(Stdio::null())
        .stdout(File::create(&stdout_path)?)
        .stderr(File::create(&stderr_path)?);
    let probe_fd = std::os::fd::AsRawFd::as_raw_fd(&probes);
    // SAFETY: between fork and exec only async-signal-safe calls are made: setpgid, prctl,
    // setrlimit, dup2, fcntl.
    unsafe {
        cmd.pre_exec(move || {
            if libc::setpgid(0, 0) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            // This thread waits for the child, so it outlives it unless execdiff dies.
            crate::signal::die_with_parent()?;
            protocol::limit_file_size()?;
            // dup2 onto itself keeps close-on-exec set, so clear the flag in that case.
            let ok = if probe_fd == protocol::PROBE_FD {
                libc::fcntl(protocol::PROBE_FD, libc::F_SETFD, 0) == 0
            } else {
                libc::dup2(probe_fd, protocol::PROBE_FD) >= 0
            };
            if !ok {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = cmd.spawn().map_err(|source| RefRunError::Spawn {
        python: python.path.clone(),
        source,
    })?;
    drop(probes);
    let pid = child.id() as i32;
    crate::signal::track(pid);
    let status = wait_timeout::ChildExt::wait_timeout(&mut child, budget);
    // Kill the whole group either way: a case may leave children behind.
    // SAFETY: killpg on the child's own process group.
    unsafe {
        libc::killpg(pid, libc::SIGKILL);
    }
    let waited = match status {
        Ok(Some(status)) => Ok((status, false)),
        Ok(None) => child.wait().map(|status| (status, true)),
        Err(e) => {
            let _ = child.wait();
            Err(e)
        }
    };
    crate::signal::untrack(pid);
    let (status, timed_out) = waited?;
    let stdout = read_capped(&stdout_path)?;
    let stderr = read_capped(&stderr_path)?;
    let records = read_capped(&probes_path)?;

    let (probes, recorded_end) =
        protocol::parse_records(&records).map_err(|e| RefRunError::Record {
            python: python.path.clone(),
            detail: e.to_string(),
        })?;
    let exit_code = exit_code(status);
    let end = if timed_out {
        End::Timeout
    } else {
        let exit = match status.signal() {
            Some(signal) => protocol::Exit::Signal(signal),
            None => protocol::Exit::Status(exit_code),
        };
        protocol::end_of(recorded_end, exit)
    };
    Ok(RefRun {
        observation: Observation::new(stdout, end, probes),
        stderr,
        exit_code,
    })
}

fn exit_code(status: ExitStatus) -> i32 {
    match (status.code(), status.signal()) {
        (Some(code), _) => code,
        (None, Some(signal)) => 128 + signal,
        (None, None) => -1,
    }
}

fn read_capped(path: &Path) -> std::io::Result<String> {
    let mut bytes = Vec::new();
    File::open(path)?
        .take(protocol::OUTPUT_CAP)
        .read_to_end(&mut bytes)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A fresh private directory under the system temp dir, removed when dropped.
pub fn scratch_dir() -> std::io::Result<tempfile::TempDir> {
    tempfile::Builder::new().prefix("execdiff-").tempdir()
}

/// Runs `source` (the text of a program, not a file) through the reference run, writing it
/// to a temporary file first.
pub fn run_source(
    python: &Interpreter,
    source: &[u8],
    budget: Duration,
) -> Result<RefRun, RefRunError> {
    let dir = scratch_dir()?;
    let file = dir.path().join("case.py");
    std::fs::write(&file, source)?;
    run(python, &file, budget)
}
