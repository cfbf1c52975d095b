//! No interpreter outlives the real `execdiff` binary, whatever ends it, and `diff` of a
//! program that never ends costs one timeout.
//!
//! Reference runs and workers sit in process groups of their own (DESIGN.md), so the test
//! cannot look for them by process group: it makes itself a child subreaper
//! (`PR_SET_CHILD_SUBREAPER`), so that anything execdiff leaves behind is re-parented to the
//! test process instead of init, and then looks for live descendants of its own in `/proc`.
//! The tests run one at a time (a lock), so the descendants found are the current test's.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use execdiff::version::PyVersion;

/// One test at a time: each counts every live descendant of the test process as its own.
static SERIAL: Mutex<()> = Mutex::new(());

const ENDLESS: &str = "while True:\n    pass\n";

/// An endless loop that forks first: the grandchild is in the reference run's group but has
/// no parent-death signal (fork clears it), so only killing the group ends it.
const FORKING: &str = "import os\nos.fork()\nwhile True:\n    pass\n";

fn become_subreaper() {
    // SAFETY: prctl with integer arguments, on this process.
    let rc = unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1) };
    assert_eq!(rc, 0, "PR_SET_CHILD_SUBREAPER");
}

/// `(pid, ppid, state)` of `/proc/<pid>/stat`.
fn stat(pid: u32) -> Option<(u32, u32, char)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces: parse after the last ')'.
    let rest = &text[text.rfind(')')? + 2..];
    let mut fields = rest.split(' ');
    let state = fields.next()?.chars().next()?;
    let ppid = fields.next()?.parse().ok()?;
    Some((pid, ppid, state))
}

/// The live (not zombie) descendants of this test process, with their command lines.
fn descendants() -> Vec<(u32, String)> {
    let me = std::process::id();
    let mut parent = HashMap::new();
    let mut live = Vec::new();
    for entry in std::fs::read_dir("/proc").expect("reading /proc").flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse().ok()) else {
            continue;
        };
        if let Some((pid, ppid, state)) = stat(pid) {
            parent.insert(pid, ppid);
            if state != 'Z' && state != 'X' {
                live.push(pid);
            }
        }
    }
    live.into_iter()
        .filter(|&pid| {
            let mut at = pid;
            while let Some(&up) = parent.get(&at) {
                if up == me {
                    return true;
                }
                if up <= 1 {
                    return false;
                }
                at = up;
            }
            false
        })
        .map(|pid| {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline"))
                .map(|b| String::from_utf8_lossy(&b).replace('\0', " "))
                .unwrap_or_default();
            (pid, cmdline)
        })
        .collect()
}

/// Reaps the zombies re-parented to this (subreaper) process, so that /proc stays clean.
fn reap_orphans() {
    // SAFETY: waitpid on any child, without blocking; the children we spawned are waited
    // for before this is called.
    while unsafe { libc::waitpid(-1, std::ptr::null_mut(), libc::WNOHANG) } > 0 {}
}

/// Polls `condition` every 20 ms until it holds or `limit` has passed; the time it took.
fn poll(limit: Duration, mut condition: impl FnMut() -> bool) -> Option<Duration> {
    let start = Instant::now();
    loop {
        if condition() {
            return Some(start.elapsed());
        }
        if start.elapsed() > limit {
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn wait_for(child: &mut Child, limit: Duration) -> ExitStatus {
    let mut status = None;
    poll(limit, || {
        status = child.try_wait().expect("waiting for execdiff");
        status.is_some()
    });
    status.unwrap_or_else(|| {
        let _ = child.kill();
        let _ = child.wait();
        panic!("execdiff still running after {limit:?}")
    })
}

fn execdiff(args: &[&str], dir: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_execdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(dir.join("out")).expect("a log file"))
        .stderr(std::fs::File::create(dir.join("err")).expect("a log file"))
        .spawn()
        .expect("starting execdiff")
}

fn send(child: &Child, signal: libc::c_int) {
    let pid = libc::pid_t::try_from(child.id()).expect("a pid");
    // SAFETY: a signal to the child we started, which has not been waited for.
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
}

/// Starts `args`, waits until at least `wanted` interpreters (descendants whose command line
/// holds `marker`) run, sends `signal`, and checks that no descendant is alive 2 s after
/// execdiff ended. Returns how long after the signal the last descendant was gone.
fn no_orphans_after(args: &[&str], marker: &str, wanted: usize, signal: libc::c_int) -> Duration {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    become_subreaper();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut child = execdiff(args, dir.path());
    let pythons = || {
        descendants()
            .into_iter()
            .filter(|(_, cmd)| cmd.contains("python") && cmd.contains(marker))
            .count()
    };
    let started = poll(Duration::from_secs(60), || pythons() >= wanted);
    if started.is_none() {
        let _ = child.kill();
        let _ = child.wait();
        panic!(
            "fewer than {wanted} interpreters after 60 s: {:?}; stderr: {}",
            descendants(),
            std::fs::read_to_string(dir.path().join("err")).unwrap_or_default()
        );
    }
    send(&child, signal);
    let sent = Instant::now();
    let status = wait_for(&mut child, Duration::from_secs(30));
    let gone = poll(Duration::from_secs(2), || {
        reap_orphans();
        descendants().is_empty()
    });
    let left = descendants();
    for (pid, _) in &left {
        // SAFETY: SIGKILL to a leftover descendant of this test, so it does not spin on.
        unsafe {
            libc::kill(*pid as i32, libc::SIGKILL);
        }
    }
    reap_orphans();
    assert!(
        gone.is_some(),
        "alive 2 s after execdiff ended ({status:?}): {left:?}"
    );
    sent.elapsed()
}

#[test]
fn sigterm_to_diff_of_an_endless_loop_leaves_no_interpreter() {
    if execdiff::interp::require(PyVersion::PY312).is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let hang = dir.path().join("hang.py");
    std::fs::write(&hang, FORKING).expect("writing hang.py");
    let hang = hang.to_str().expect("a UTF-8 path");
    let took = no_orphans_after(
        &["diff", "--py", "2.7,3.12,3.13", hang],
        hang,
        6,
        libc::SIGTERM,
    );
    eprintln!("diff: every interpreter gone {took:?} after SIGTERM");
}

#[test]
fn sighup_to_diff_of_an_endless_loop_leaves_no_interpreter() {
    if execdiff::interp::require(PyVersion::PY312).is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let hang = dir.path().join("hang.py");
    std::fs::write(&hang, FORKING).expect("writing hang.py");
    let hang = hang.to_str().expect("a UTF-8 path");
    let took = no_orphans_after(&["diff", "--py", "3.12", hang], hang, 2, libc::SIGHUP);
    eprintln!("diff: every interpreter gone {took:?} after SIGHUP");
}

/// No handler runs: only the parent-death signal ends the reference runs (an endless loop
/// reads nothing, so it would not notice execdiff gone).
#[test]
fn sigkill_to_diff_of_an_endless_loop_leaves_no_interpreter() {
    if execdiff::interp::require(PyVersion::PY312).is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let hang = dir.path().join("hang.py");
    std::fs::write(&hang, ENDLESS).expect("writing hang.py");
    let hang = hang.to_str().expect("a UTF-8 path");
    let took = no_orphans_after(
        &["diff", "--py", "2.7,3.12,3.13", hang],
        hang,
        3,
        libc::SIGKILL,
    );
    eprintln!("diff: every interpreter gone {took:?} after SIGKILL");
}

#[test]
fn sigkill_to_fuzz_leaves_no_worker() {
    if execdiff::interp::require(PyVersion::PY312).is_none() {
        return;
    }
    let out = tempfile::tempdir().expect("a temporary directory");
    let out = out.path().join("c");
    let out = out.to_str().expect("a UTF-8 path");
    // One worker per version and job: wait until all four run.
    let took = no_orphans_after(
        &[
            "fuzz",
            "--duration",
            "5m",
            "--jobs",
            "2",
            "--py",
            "3.12,3.13",
            "--out",
            out,
        ],
        "harness",
        4,
        libc::SIGKILL,
    );
    eprintln!("fuzz: every worker gone {took:?} after SIGKILL");
}

#[test]
fn diff_of_an_endless_loop_costs_one_timeout() {
    if execdiff::interp::require(PyVersion::PY312).is_none() {
        return;
    }
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().expect("a temporary directory");
    let hang = dir.path().join("hang.py");
    std::fs::write(&hang, ENDLESS).expect("writing hang.py");
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_execdiff"))
        .args(["diff", "--timeout", "5", "--py", "2.7,3.12,3.13"])
        .arg(&hang)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starting execdiff");
    let status = wait_for(&mut child, Duration::from_secs(60));
    let took = start.elapsed();
    // Every reference run timed out: nothing could be compared.
    assert_eq!(status.code(), Some(3), "{status:?}");
    assert!(took < Duration::from_secs(10), "diff took {took:?}");
    eprintln!("diff --timeout 5 of an endless loop: {took:?}");
}
