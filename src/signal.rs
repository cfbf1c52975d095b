//! No child outlives execdiff: the process groups of every reference run and worker are
//! tracked here, and whatever ends execdiff kills them.
//!
//! - SIGTERM, SIGINT, SIGHUP: the handler kills every tracked group, then dies of the signal
//!   with its default action (so the exit status says which signal). A campaign calls
//!   [`defer`] first: then the first signal only asks it to stop ([`stop_requested`]), so that
//!   it writes its report, and a second one ends it as above.
//! - A panic, or a return from the command: [`Reaper`] (held by `cli::run`) kills the groups
//!   as it drops, unwinding included.
//! - SIGKILL of execdiff (no handler runs): every child is started with
//!   `PR_SET_PDEATHSIG` ([`die_with_parent`]), so the kernel kills it when execdiff dies.
//!
//! The table is a fixed array of atomics so that the handler reads it without locking or
//! allocating (both forbidden in a signal handler).

use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// Slots for tracked process groups; more than a campaign ever has alive at once
/// (one worker per version and job, one reference run per job).
const SLOTS: usize = 512;

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: AtomicI32 = AtomicI32::new(0);
static GROUPS: [AtomicI32; SLOTS] = [EMPTY; SLOTS];

/// Whether the first terminating signal only asks for a stop ([`defer`]).
static DEFERRED: AtomicBool = AtomicBool::new(false);
static STOP: AtomicBool = AtomicBool::new(false);

/// The signals that end execdiff (or, deferred, stop a campaign).
const TERMINATING: [libc::c_int; 3] = [libc::SIGTERM, libc::SIGINT, libc::SIGHUP];

/// Tracks `pgid` (a child that called `setpgid(0, 0)`), to be killed when execdiff ends.
/// With every slot taken it is not tracked, and only its parent-death signal protects it.
pub fn track(pgid: i32) {
    if pgid <= 0 {
        return;
    }
    for slot in &GROUPS {
        if slot
            .compare_exchange(0, pgid, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            return;
        }
    }
}

/// Stops tracking `pgid` (call it once the group is killed and its leader reaped, so that a
/// reused pid is never killed).
pub fn untrack(pgid: i32) {
    if pgid <= 0 {
        return;
    }
    for slot in &GROUPS {
        if slot
            .compare_exchange(pgid, 0, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            return;
        }
    }
}

/// SIGKILLs every tracked group. Async-signal-safe: atomics and `killpg` only.
pub fn kill_all() {
    for slot in &GROUPS {
        let pgid = slot.load(Ordering::SeqCst);
        if pgid > 0 {
            // SAFETY: killpg on a group that a child of ours leads.
            unsafe {
                libc::killpg(pgid, libc::SIGKILL);
            }
        }
    }
}

extern "C" fn on_signal(signal: libc::c_int) {
    if DEFERRED.load(Ordering::SeqCst) && !STOP.swap(true, Ordering::SeqCst) {
        return;
    }
    kill_all();
    // SAFETY: signal and raise are async-signal-safe; the default action ends the process.
    unsafe {
        libc::signal(signal, libc::SIG_DFL);
        libc::raise(signal);
    }
}

/// Installs the handler for SIGTERM, SIGINT and SIGHUP. Called once, before any child starts.
pub fn install() {
    for signal in TERMINATING {
        // SAFETY: the handler only touches atomics and makes async-signal-safe calls; the
        // sigaction struct is zeroed and then filled in.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_signal as *const () as libc::sighandler_t;
            action.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(signal, &action, std::ptr::null_mut());
        }
    }
}

/// From now on the first terminating signal only sets [`stop_requested`] (a campaign then
/// writes its report); a second one ends execdiff. Installs the handler if needed.
pub fn defer() {
    DEFERRED.store(true, Ordering::SeqCst);
    install();
}

/// Whether a deferred signal asked to stop.
pub fn stop_requested() -> bool {
    STOP.load(Ordering::SeqCst)
}

/// Kills every tracked group when dropped: `cli::run` holds one for the whole command, so a
/// panic unwinding out of it, or a return that left a child behind, takes the children along.
pub struct Reaper;

impl Drop for Reaper {
    fn drop(&mut self) {
        kill_all();
    }
}

/// In a child between fork and exec: die when the thread that forked it ends (execdiff killed
/// by SIGKILL included). Async-signal-safe.
pub fn die_with_parent() -> std::io::Result<()> {
    // SAFETY: prctl with integer arguments.
    if unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// `cmd`, its child set to die with the calling thread ([`die_with_parent`]), for the short
/// children that need no group of their own (version probes, the benchmarks' bare loops).
pub fn dies_with_parent(cmd: &mut std::process::Command) -> &mut std::process::Command {
    // SAFETY: the closure makes one async-signal-safe call (prctl) and allocates nothing.
    unsafe { std::os::unix::process::CommandExt::pre_exec(cmd, die_with_parent) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn track_and_untrack_share_slots() {
        track(999_991);
        assert!(GROUPS.iter().any(|s| s.load(Ordering::SeqCst) == 999_991));
        untrack(999_991);
        assert!(!GROUPS.iter().any(|s| s.load(Ordering::SeqCst) == 999_991));
    }
}
