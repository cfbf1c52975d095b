//! The CPython targets: persistent worker processes and their tokio pool.
//!
//! A worker (`harness/worker.py`, or the embedded `pyworker` binary for 3.x) is started once
//! like a reference run and then runs case after case, each in a fresh `__main__` (see
//! [`protocol`] and `harness/PROTOCOL.md`). The pool keeps up to [`PoolConfig::workers`] of them
//! per interpreter and turns everything a case can do to its worker into an [`Observation`]:
//! a case that outruns the budget gets its process group killed and ends as `Timeout`; a worker
//! that dies (`os._exit`, a signal, a crash) gives the reference run's `Crash`/`Ok` for that case
//! and a fresh worker for the next; a protocol error kills the worker and is never retried on it.
//! Workers are retired after [`PoolConfig::recycle_after`] cases, or at once when they ask (a
//! case closed stdout, left threads, ...). Cases the worker cannot reproduce exactly (a source
//! that is not UTF-8, a parse error) fall back to a reference run.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::AsyncReadExt;
use tokio::net::unix::pipe;
use tokio::process::{Child, Command};
use tokio::sync::Semaphore;

use crate::interp::Interpreter;
use crate::observe::{End, Observation};
use crate::refrun::{self, RefRunError};
use crate::target::protocol::{
    self, end_of, parse_records, Exit, Hello, ProtocolError, Reply, OUTPUT_CAP, PROBE_FD, REPLY_FD,
    REQUEST_FD,
};
use crate::target::{pyworker, walk};
use crate::version::Semantics;

/// Kept from a worker's stderr, for handshake failures.
const STDERR_TAIL: usize = 16 << 10;

/// Which program serves the cases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkerKind {
    /// `harness/worker.py`, for 2.7 and 3.x.
    Script,
    /// The PyO3 `pyworker` binary built against this interpreter (3.x only).
    Embedded,
}

impl WorkerKind {
    /// The embedded worker where PyO3 can embed the version (no frame-introspection fallback,
    /// exact stack depth), the script elsewhere.
    pub fn preferred(version: crate::version::PyVersion) -> WorkerKind {
        if version.semantics().embeddable {
            WorkerKind::Embedded
        } else {
            WorkerKind::Script
        }
    }
}

/// How a pool runs its workers.
#[derive(Clone, Debug)]
pub struct PoolConfig {
    pub kind: WorkerKind,
    /// Workers (and so cases in flight) per pool.
    pub workers: usize,
    /// Wall-clock budget of one case, from request to reply.
    pub budget: Duration,
    /// A worker is retired after this many cases.
    pub recycle_after: u32,
    /// `RLIMIT_AS` of each worker, in bytes.
    pub memory_limit: Option<u64>,
    /// How long a new worker may take to say hello.
    pub startup_budget: Duration,
}

impl Default for PoolConfig {
    fn default() -> PoolConfig {
        PoolConfig {
            kind: WorkerKind::Script,
            workers: 1,
            budget: Duration::from_secs(5),
            recycle_after: 1000,
            memory_limit: Some(2 << 30),
            startup_budget: Duration::from_secs(30),
        }
    }
}

/// One program to run: its text and the path it sees as `__file__`.
#[derive(Clone, Debug)]
pub struct Case {
    pub file: PathBuf,
    pub source: Vec<u8>,
}

impl Case {
    /// Reads `file` from disk.
    pub fn from_file(file: &Path) -> io::Result<Case> {
        Ok(Case {
            file: file.to_path_buf(),
            source: std::fs::read(file)?,
        })
    }
}

/// Failures of the harness itself (never of a case: those are observations).
#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    #[error("cannot start a worker for {python}: {source}")]
    Spawn { python: PathBuf, source: io::Error },
    #[error("worker for {python} failed its handshake: {detail}")]
    Handshake { python: PathBuf, detail: String },
    #[error("cannot build the embedded worker: {0}")]
    Build(String),
    #[error("{0} has no embedded worker (PyO3 needs 3.9 or later)")]
    Unsupported(String),
    #[error("worker files: {0}")]
    Io(#[from] io::Error),
    #[error("reference run fallback: {0}")]
    Reference(#[from] RefRunError),
}

/// A pool of workers for one interpreter.
pub struct Pool {
    interp: Interpreter,
    config: PoolConfig,
    program: Program,
    fallback: FallbackPolicy,
    semantics: Semantics,
    idle: Mutex<Vec<Worker>>,
    slots: Semaphore,
    next_case: AtomicU64,
    counters: Mutex<PoolStats>,
}

/// What a pool has done so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PoolStats {
    pub cases: u64,
    pub spawned: u64,
    pub timeouts: u64,
    pub lost_workers: u64,
    pub fallbacks: u64,
}

/// The command line that starts a worker.
#[derive(Clone, Debug)]
pub struct Program {
    pub path: PathBuf,
    pub args: Vec<String>,
}

/// What the pool does with a worker's `fallback` reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FallbackPolicy {
    /// Run the case as a reference run of the pool's interpreter (the CPython workers).
    Reference,
    /// End the case as `Unsupported` (external workers: a CPython run would not observe them).
    Unsupported,
}

impl Pool {
    /// A pool for `interp`; workers start on first use. For [`WorkerKind::Embedded`] this builds
    /// the `pyworker` binary for the interpreter first if it is missing or stale.
    pub fn new(interp: Interpreter, config: PoolConfig) -> Result<Pool, WorkerError> {
        let harness = harness_dir();
        let program = match config.kind {
            WorkerKind::Script => {
                let mut args = vec![
                    "-s".into(),
                    "-B".into(),
                    harness.join("worker.py").to_string_lossy().into_owned(),
                    REQUEST_FD.to_string(),
                    REPLY_FD.to_string(),
                ];
                if let Some(walk) = walk::ensure_built(&interp) {
                    args.push("--walk".into());
                    args.push(walk.to_string_lossy().into_owned());
                }
                Program {
                    path: interp.path.clone(),
                    args,
                }
            }
            WorkerKind::Embedded => Program {
                path: pyworker::ensure_built(&interp)?,
                args: vec![
                    REQUEST_FD.to_string(),
                    REPLY_FD.to_string(),
                    harness.join("worker.py").to_string_lossy().into_owned(),
                    interp.path.to_string_lossy().into_owned(),
                ],
            },
        };
        Ok(Pool::with_program(
            interp,
            program,
            config,
            FallbackPolicy::Reference,
        ))
    }

    /// A pool whose workers are started by `program` (an external worker; see
    /// `harness/PROTOCOL.md`, "External workers"). `interp` names the workers in errors and
    /// serves [`FallbackPolicy::Reference`].
    pub fn with_program(
        interp: Interpreter,
        program: Program,
        config: PoolConfig,
        fallback: FallbackPolicy,
    ) -> Pool {
        let workers = config.workers.max(1);
        Pool {
            semantics: interp.version.semantics(),
            interp,
            config,
            program,
            fallback,
            idle: Mutex::new(Vec::new()),
            slots: Semaphore::new(workers),
            next_case: AtomicU64::new(1),
            counters: Mutex::new(PoolStats::default()),
        }
    }

    pub fn interpreter(&self) -> &Interpreter {
        &self.interp
    }

    pub fn config(&self) -> &PoolConfig {
        &self.config
    }

    pub fn stats(&self) -> PoolStats {
        self.counters.lock().map(|c| *c).unwrap_or_default()
    }

    fn count(&self, f: impl FnOnce(&mut PoolStats)) {
        if let Ok(mut c) = self.counters.lock() {
            f(&mut c);
        }
    }

    /// Runs one case and returns what a reference run of it would have observed.
    pub async fn run(&self, case: &Case) -> Result<Observation, WorkerError> {
        let _slot = self
            .slots
            .acquire()
            .await
            .map_err(|_| io::Error::other("pool closed"))?;
        let idle = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let mut worker = match idle {
            Some(worker) => worker,
            None => {
                self.count(|c| c.spawned += 1);
                Worker::spawn(&self.interp, &self.program, &self.config).await?
            }
        };
        let id = self.next_case.fetch_add(1, Ordering::Relaxed);
        self.count(|c| c.cases += 1);
        let harness_fallback = match self.fallback {
            FallbackPolicy::Reference => {
                needs_reference(&case.source, &self.semantics, self.config.kind)
            }
            // An external worker decides for itself what it cannot run.
            FallbackPolicy::Unsupported => None,
        };
        let outcome = match harness_fallback {
            Some(reason) => Outcome::Fallback(reason.to_string()),
            None => worker.run(id, case, self.config.budget).await?,
        };
        match outcome {
            Outcome::Finished {
                observation,
                reusable,
            } => {
                worker.cases += 1;
                if reusable && worker.cases < self.config.recycle_after {
                    self.give_back(worker);
                } else {
                    worker.retire().await;
                }
                Ok(observation)
            }
            Outcome::Lost {
                observation,
                timed_out,
            } => {
                self.count(|c| {
                    c.lost_workers += 1;
                    c.timeouts += u64::from(timed_out);
                });
                Ok(observation)
            }
            Outcome::Fallback(reason) => {
                self.count(|c| c.fallbacks += 1);
                self.give_back(worker);
                if self.fallback == FallbackPolicy::Unsupported {
                    let end = End::Unsupported {
                        construct: format!("worker fallback: {reason}"),
                        line: None,
                    };
                    return Ok(Observation::new(String::new(), end, Vec::new()));
                }
                let interp = self.interp.clone();
                let case = case.clone();
                let budget = self.config.budget;
                let run = tokio::task::spawn_blocking(move || {
                    // Run the file itself when it is on disk as given, so that the program sees
                    // the same `__file__` as on a worker.
                    match std::fs::read(&case.file) {
                        Ok(on_disk) if on_disk == case.source => {
                            refrun::run(&interp, &case.file, budget)
                        }
                        _ => refrun::run_source(&interp, &case.source, budget),
                    }
                })
                .await
                .map_err(|e| io::Error::other(format!("reference run task: {e}")))??;
                Ok(run.observation)
            }
        }
    }

    /// Process ids of the idle workers (for measurements).
    pub fn idle_worker_pids(&self) -> Vec<u32> {
        match self.idle.lock() {
            Ok(idle) => idle.iter().map(|w| w.hello.pid).collect(),
            Err(_) => Vec::new(),
        }
    }

    fn give_back(&self, worker: Worker) {
        if let Ok(mut idle) = self.idle.lock() {
            idle.push(worker);
        }
    }

    /// Asks every idle worker to quit and waits for them.
    pub async fn shutdown(&self) {
        let workers: Vec<Worker> = match self.idle.lock() {
            Ok(mut idle) => idle.drain(..).collect(),
            Err(_) => Vec::new(),
        };
        for worker in workers {
            worker.retire().await;
        }
    }
}

/// Words in a program that can look below its own `<module>` frame (where a reference run has
/// no frame but a script worker has its own) or trace the worker's code.
const FRAME_WORDS: [&str; 9] = [
    "f_back",
    "inspect",
    "traceback",
    "_current_frames",
    "tb_frame",
    "settrace",
    "setprofile",
    "gi_frame",
    "cr_frame",
];

/// Why `source` must get a reference run rather than a worker of `kind` on a version with
/// semantics `sem`, if it must: bytes the file tokenizer judges differently from `compile`
/// (not UTF-8 on 3.x, not ASCII on 2.7, a coding declaration, a null byte), or, for the script
/// worker, a program that may look at outer frames.
pub fn needs_reference(source: &[u8], sem: &Semantics, kind: WorkerKind) -> Option<&'static str> {
    if memchr::memchr(0, source).is_some() {
        return Some("source contains a null byte");
    }
    if sem.source_defaults_to_utf8 {
        if std::str::from_utf8(source).is_err() {
            return Some("source is not utf-8");
        }
        let mut lines = source.split(|b| *b == b'\n').take(2);
        if lines.any(|line| {
            line.trim_ascii_start().starts_with(b"#")
                && memchr::memmem::find(line, b"coding").is_some()
        }) {
            return Some("source has a coding declaration");
        }
    } else if !source.is_ascii() {
        return Some("source is not ascii");
    }
    if kind == WorkerKind::Script {
        if FRAME_WORDS
            .iter()
            .any(|w| memchr::memmem::find(source, w.as_bytes()).is_some())
        {
            return Some("source may look below its own frame");
        }
        let getframe = b"_getframe(";
        if memchr::memmem::find_iter(source, getframe)
            .any(|at| source.get(at + getframe.len()) != Some(&b')'))
        {
            return Some("source asks for outer frames");
        }
    }
    None
}

/// Where `worker.py`, `ref/` and `pyworker/` live.
pub fn harness_dir() -> PathBuf {
    let ref_dir = refrun::harness_ref_dir();
    ref_dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("harness"))
}

/// What one case did to its worker.
enum Outcome {
    Finished {
        observation: Observation,
        reusable: bool,
    },
    /// The worker is gone (timeout, death, protocol error) and must not be reused.
    Lost {
        observation: Observation,
        timed_out: bool,
    },
    Fallback(String),
}

/// One live worker process.
struct Worker {
    child: Child,
    pgid: i32,
    requests: pipe::Sender,
    replies: pipe::Receiver,
    stdout: File,
    probes: File,
    cases: u32,
    hello: Hello,
}

impl Worker {
    async fn spawn(
        interp: &Interpreter,
        program: &Program,
        config: &PoolConfig,
    ) -> Result<Worker, WorkerError> {
        let spawn_err = |source: io::Error| WorkerError::Spawn {
            python: interp.path.clone(),
            source,
        };
        let stdout = capture_file("stdout").map_err(spawn_err)?;
        let probes = capture_file("probes").map_err(spawn_err)?;
        let (request_read, request_write) = pipe_pair().map_err(spawn_err)?;
        let (reply_read, reply_write) = pipe_pair().map_err(spawn_err)?;
        let mut cmd = Command::new(&program.path);
        cmd.env_clear()
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8")
            .env("LC_ALL", "C.UTF-8")
            .env("PYTHONPATH", refrun::harness_ref_dir())
            .args(&program.args)
            .stdin(Stdio::null())
            .stdout(Stdio::from(stdout.try_clone().map_err(spawn_err)?))
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        let moves = [
            (probes.as_raw_fd(), PROBE_FD),
            (request_read.as_raw_fd(), REQUEST_FD),
            (reply_write.as_raw_fd(), REPLY_FD),
        ];
        let memory_limit = config.memory_limit;
        // SAFETY: the closure only makes async-signal-safe system calls (setpgid, prctl,
        // setrlimit, fcntl, dup2) and allocates nothing.
        unsafe {
            cmd.pre_exec(move || child_setup(&moves, memory_limit));
        }
        // Forked on a runtime thread, which lives as long as the runtime: the parent-death
        // signal fires when the thread that forked exits, and the caller's thread (a campaign
        // job's, through `block_on`) may end while this worker goes on serving other threads.
        let mut child = tokio::spawn(async move { cmd.spawn() })
            .await
            .map_err(|e| spawn_err(io::Error::other(e)))?
            .map_err(spawn_err)?;
        drop(request_read);
        drop(reply_write);
        let pgid = child.id().map(|id| id as i32).unwrap_or(0);
        crate::signal::track(pgid);
        let tail = Arc::new(Mutex::new(Vec::new()));
        if let Some(mut stderr) = child.stderr.take() {
            let tail = Arc::clone(&tail);
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                while let Ok(n) = stderr.read(&mut buf).await {
                    if n == 0 {
                        break;
                    }
                    if let Ok(mut t) = tail.lock() {
                        t.extend_from_slice(&buf[..n]);
                        let excess = t.len().saturating_sub(STDERR_TAIL);
                        t.drain(..excess);
                    }
                }
            });
        }
        let requests = pipe::Sender::from_owned_fd(request_write).map_err(spawn_err)?;
        let mut replies = pipe::Receiver::from_owned_fd(reply_read).map_err(spawn_err)?;
        let hello = tokio::time::timeout(config.startup_budget, protocol::read_frame(&mut replies))
            .await
            .map_err(|_| "no hello within the startup budget".to_string())
            .and_then(|frame| frame.map_err(|e| e.to_string()))
            .and_then(|payload| protocol::decode_hello(&payload).map_err(|e| e.to_string()));
        let hello = match hello {
            Ok(hello) => hello,
            Err(detail) => {
                kill_group(pgid);
                let _ = child.wait().await;
                crate::signal::untrack(pgid);
                // Let the stderr task catch up with what the process wrote before dying.
                tokio::time::sleep(Duration::from_millis(20)).await;
                let stderr = tail
                    .lock()
                    .map(|t| String::from_utf8_lossy(&t).into_owned())
                    .unwrap_or_default();
                return Err(WorkerError::Handshake {
                    python: interp.path.clone(),
                    detail: format!("{detail}; stderr: {}", stderr.trim_end()),
                });
            }
        };
        Ok(Worker {
            child,
            pgid,
            requests,
            replies,
            stdout,
            probes,
            cases: 0,
            hello,
        })
    }

    async fn run(&mut self, id: u64, case: &Case, budget: Duration) -> io::Result<Outcome> {
        self.stdout.set_len(0)?;
        self.probes.set_len(0)?;
        let file = case.file.to_string_lossy().replace('\n', "?");
        let request = protocol::run_request(id, &file, &case.source);
        let requests = &mut self.requests;
        let replies = &mut self.replies;
        let exchange = async {
            protocol::write_frame(requests, &request).await?;
            let payload = protocol::read_frame(replies).await?;
            protocol::decode_reply(&payload, id)
        };
        let result = tokio::time::timeout(budget, exchange).await;
        let lost = |observation| Outcome::Lost {
            observation,
            timed_out: false,
        };
        Ok(match result {
            Err(_elapsed) => {
                self.kill().await;
                let (probes, _) = parse_records(&self.read_probes()?).unwrap_or_default();
                Outcome::Lost {
                    observation: Observation::new(self.read_stdout()?, End::Timeout, probes),
                    timed_out: true,
                }
            }
            Ok(Ok(Reply::Done {
                status, recycle, ..
            })) => match parse_records(&self.read_probes()?) {
                Ok((probes, recorded)) => Outcome::Finished {
                    observation: Observation::new(
                        self.read_stdout()?,
                        end_of(recorded, Exit::Status(status)),
                        probes,
                    ),
                    reusable: !recycle,
                },
                Err(e) => {
                    self.kill().await;
                    lost(self.crash(format!("protocol error: {e}"))?)
                }
            },
            Ok(Ok(Reply::Fallback { reason, .. })) => Outcome::Fallback(reason),
            Ok(Err(ProtocolError::Closed | ProtocolError::Io(_))) => {
                // The worker died during the case: end it as a reference run would have ended.
                let exit = self.wait_exit().await;
                let (probes, recorded) = parse_records(&self.read_probes()?).unwrap_or_default();
                lost(Observation::new(
                    self.read_stdout()?,
                    end_of(recorded, exit),
                    probes,
                ))
            }
            Ok(Err(e)) => {
                self.kill().await;
                lost(self.crash(format!("protocol error: {e}"))?)
            }
        })
    }

    fn crash(&self, detail: String) -> io::Result<Observation> {
        let (probes, _) = parse_records(&self.read_probes()?).unwrap_or_default();
        Ok(Observation::new(
            self.read_stdout()?,
            End::Crash { detail },
            probes,
        ))
    }

    fn read_stdout(&self) -> io::Result<String> {
        read_capped(&self.stdout)
    }

    fn read_probes(&self) -> io::Result<String> {
        read_capped(&self.probes)
    }

    /// Waits for a dying worker's status (killing it if it lingers).
    async fn wait_exit(&mut self) -> Exit {
        let status = match tokio::time::timeout(Duration::from_secs(2), self.child.wait()).await {
            Ok(Ok(status)) => Some(status),
            _ => None,
        };
        kill_group(self.pgid);
        let status = match status {
            Some(status) => Some(status),
            None => self.child.wait().await.ok(),
        };
        status.map(exit_of).unwrap_or(Exit::Signal(libc::SIGKILL))
    }

    async fn kill(&mut self) {
        kill_group(self.pgid);
        let _ = self.child.wait().await;
        crate::signal::untrack(self.pgid);
    }

    /// Asks the worker to quit; kills it if it does not within a moment.
    async fn retire(mut self) {
        let quit = protocol::quit_request();
        let _ = tokio::time::timeout(
            Duration::from_millis(200),
            protocol::write_frame(&mut self.requests, &quit),
        )
        .await;
        if tokio::time::timeout(Duration::from_millis(500), self.child.wait())
            .await
            .is_err()
        {
            self.kill().await;
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // A case may have left children in the worker's group; take them all down.
        if self.child.id().is_some() {
            kill_group(self.pgid);
        }
        crate::signal::untrack(self.pgid);
    }
}

impl std::fmt::Debug for Worker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Worker")
            .field("pid", &self.hello.pid)
            .field("python", &self.hello.python)
            .field("cases", &self.cases)
            .finish()
    }
}

fn exit_of(status: ExitStatus) -> Exit {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => Exit::Status(code),
        (None, Some(signal)) => Exit::Signal(signal),
        (None, None) => Exit::Status(-1),
    }
}

fn kill_group(pgid: i32) {
    if pgid > 0 {
        // SAFETY: killpg on the worker's own process group (it called setpgid(0, 0)).
        unsafe {
            libc::killpg(pgid, libc::SIGKILL);
        }
    }
}

/// In the child between fork and exec: own process group, die with the harness (with the
/// thread that forked, so `Worker::spawn` forks on a runtime thread), file size and
/// memory limits, then the protocol descriptors moved into place (through high temporaries, so that no
/// source is overwritten before it is moved).
fn child_setup(moves: &[(RawFd, RawFd); 3], memory_limit: Option<u64>) -> io::Result<()> {
    // SAFETY (for the whole function): plain system calls on descriptors this process owns.
    unsafe {
        if libc::setpgid(0, 0) != 0 {
            return Err(io::Error::last_os_error());
        }
        crate::signal::die_with_parent()?;
        // The capture files live in memory: a case printing gigabytes must not fill it.
        protocol::limit_file_size()?;
        if let Some(bytes) = memory_limit {
            let limit = libc::rlimit {
                rlim_cur: bytes,
                rlim_max: bytes,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(io::Error::last_os_error());
            }
        }
        let mut temps = [0; 3];
        for (temp, (src, _)) in temps.iter_mut().zip(moves) {
            *temp = libc::fcntl(*src, libc::F_DUPFD_CLOEXEC, 100);
            if *temp < 0 {
                return Err(io::Error::last_os_error());
            }
        }
        for (temp, (_, dst)) in temps.iter().zip(moves) {
            if libc::dup2(*temp, *dst) < 0 {
                return Err(io::Error::last_os_error());
            }
        }
    }
    Ok(())
}

/// An anonymous pipe, both ends close-on-exec: (read, write).
fn pipe_pair() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: pipe2 writes two descriptors into the array, which we then own.
    unsafe {
        if libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok((OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])))
    }
}

/// A capture file: anonymous memory (`memfd_create`) in append mode, so that the truncation and
/// the writes of every case cost no filesystem journal; an unlinked temporary file where memfd
/// is not available.
fn capture_file(tag: &str) -> io::Result<File> {
    let name = std::ffi::CString::new(format!("execdiff-{tag}")).map_err(io::Error::other)?;
    // SAFETY: memfd_create takes a NUL-terminated name and returns a new descriptor we own.
    let fd = unsafe { libc::memfd_create(name.as_ptr(), libc::MFD_CLOEXEC) };
    if fd < 0 {
        return temp_capture_file(tag);
    }
    // SAFETY: `fd` was just returned to us and nothing else owns it.
    let file = unsafe { File::from_raw_fd(fd) };
    // SAFETY: fcntl on a descriptor we own; the flag is shared with the worker's copies.
    if unsafe { libc::fcntl(file.as_raw_fd(), libc::F_SETFL, libc::O_APPEND) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(file)
}

/// An unlinked temporary file opened for reading and appending.
fn temp_capture_file(tag: &str) -> io::Result<File> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let path =
        std::env::temp_dir().join(format!("execdiff-worker-{}-{n}-{tag}", std::process::id()));
    let file = OpenOptions::new()
        .read(true)
        .append(true)
        .create_new(true)
        .open(&path)?;
    std::fs::remove_file(&path)?;
    Ok(file)
}

fn read_capped(file: &File) -> io::Result<String> {
    let len = file.metadata()?.len().min(OUTPUT_CAP);
    let mut bytes = vec![0u8; len as usize];
    let mut filled = 0;
    while filled < bytes.len() {
        let n = file.read_at(&mut bytes[filled..], filled as u64)?;
        if n == 0 {
            break;
        }
        filled += n;
    }
    bytes.truncate(filled);
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::version::PyVersion;

    #[test]
    fn sources_the_worker_cannot_reproduce_go_to_the_reference() {
        let py2 = PyVersion::PY27.semantics();
        let py3 = PyVersion::PY312.semantics();
        let plain = b"def f():\n    return sys._getframe().f_locals\n";
        for sem in [&py2, &py3] {
            for kind in [WorkerKind::Script, WorkerKind::Embedded] {
                assert_eq!(needs_reference(plain, sem, kind), None);
                assert!(needs_reference(b"x = 1\0", sem, kind).is_some());
            }
        }
        let utf8 = "x = 'caf\u{e9}'\n".as_bytes();
        assert_eq!(needs_reference(utf8, &py3, WorkerKind::Embedded), None);
        assert!(needs_reference(utf8, &py2, WorkerKind::Script).is_some());
        assert!(needs_reference(b"x = '\xff'\n", &py3, WorkerKind::Embedded).is_some());
        let cookie = b"# -*- coding: latin-1 -*-\nx = 1\n";
        assert!(needs_reference(cookie, &py3, WorkerKind::Embedded).is_some());
        let outer = b"import sys\nprint(sys._getframe(1))\n";
        assert!(needs_reference(outer, &py3, WorkerKind::Script).is_some());
        assert_eq!(needs_reference(outer, &py3, WorkerKind::Embedded), None);
        let walk = b"f = sys._getframe()\nwhile f: f = f.f_back\n";
        assert!(needs_reference(walk, &py2, WorkerKind::Script).is_some());
    }
}
