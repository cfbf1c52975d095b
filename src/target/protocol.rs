//! The wire format between the pool and a CPython worker, defined once (with
//! `harness/PROTOCOL.md` as its prose twin and `harness/worker.py` as the Python side).
//!
//! A worker is started like a reference run (same environment and flags, without
//! `EXECDIFF_PROBE_FD`) with these descriptors: fd 1 is the stdout capture file and fd
//! [`PROBE_FD`] the probe file (both opened `O_APPEND` by the pool, which truncates them before
//! each case and reads them after it), [`REQUEST_FD`] carries frames to the worker and
//! [`REPLY_FD`] frames back. A frame is a 4-byte big-endian length and that many bytes, at most
//! [`MAX_FRAME`].
//!
//! - worker → pool, once: `{"hello":{"protocol":N,"python":"3.12.1","pid":P}}`; the pool refuses
//!   a worker whose `protocol` is not [`PROTOCOL_VERSION`];
//! - pool → worker: `run ID\nFILE\nSOURCE` (FILE is the path the program sees as `__file__` and
//!   `sys.argv[0]`, without a newline; SOURCE is raw bytes) or `quit`;
//! - worker → pool: a [`Reply`] as JSON. `done.status` is the exit status a reference run would
//!   have had (0, 1 for an uncaught exception, a `SystemExit` code), `done.recycle` asks the pool
//!   to retire the worker (the case closed stdout, started threads, registered `atexit`
//!   handlers, ...), `fallback` hands the case back for a reference run (a source the worker
//!   cannot compile exactly as a file run would).
//!
//! The probe file holds the same records as a reference run's probe descriptor, parsed by
//! [`parse_records`]; the end of the case is derived from them and the status by [`end_of`],
//! exactly as the reference run derives it.

use std::io;
use std::os::unix::io::RawFd;

use serde::Deserialize;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use crate::observe::{End, Probe};

/// Bumped whenever anything in this module's wire format changes.
pub const PROTOCOL_VERSION: u32 = 1;

/// Largest frame either side accepts.
pub const MAX_FRAME: usize = 64 << 20;

/// The largest file a case's process may write (`RLIMIT_FSIZE`, for workers and reference runs
/// alike), and so the most of its stdout and probe stream that an observation holds. A write
/// past it fails with `EFBIG` (CPython ignores `SIGXFSZ`): an `OSError` (2.7: `IOError`)
/// "[Errno 27] File too large" in the program, the same in a worker as in a reference run. It
/// keeps a worker's in-memory capture files bounded when a case prints gigabytes.
pub const OUTPUT_CAP: u64 = 64 << 20;

/// Sets `RLIMIT_FSIZE` to [`OUTPUT_CAP`]. For a child between fork and exec: one system call.
pub fn limit_file_size() -> io::Result<()> {
    let limit = libc::rlimit {
        rlim_cur: OUTPUT_CAP,
        rlim_max: OUTPUT_CAP,
    };
    // SAFETY: setrlimit reads the struct we pass; it is async-signal-safe.
    if unsafe { libc::setrlimit(libc::RLIMIT_FSIZE, &limit) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// The worker's probe file descriptor (the reference run's `EXECDIFF_PROBE_FD`).
pub const PROBE_FD: RawFd = 3;

/// Frames from the pool to the worker. High, so that files a case opens get the same low
/// descriptor numbers as in a reference run.
pub const REQUEST_FD: RawFd = 62;

/// Frames from the worker to the pool.
pub const REPLY_FD: RawFd = 63;

#[derive(Debug, thiserror::Error)]
pub enum ProtocolError {
    #[error("worker closed its reply pipe")]
    Closed,
    #[error("frame of {0} bytes exceeds the limit")]
    TooLarge(usize),
    #[error("malformed {what}: {detail}")]
    Malformed { what: &'static str, detail: String },
    #[error("worker speaks protocol {found}, expected {PROTOCOL_VERSION}")]
    Version { found: u32 },
    #[error("reply for case {found}, expected {expected}")]
    WrongCase { expected: u64, found: u64 },
    #[error("i/o on the worker pipes: {0}")]
    Io(#[from] io::Error),
}

/// The handshake a worker sends first.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Hello {
    pub protocol: u32,
    /// The exact release, e.g. `3.12.1`.
    pub python: String,
    pub pid: u32,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum HelloFrame {
    Hello(Hello),
}

/// The worker's answer to one `run` request.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    Done { id: u64, status: i32, recycle: bool },
    Fallback { id: u64, reason: String },
}

impl Reply {
    pub fn id(&self) -> u64 {
        match self {
            Reply::Done { id, .. } | Reply::Fallback { id, .. } => *id,
        }
    }
}

/// Encodes `payload` as one frame.
pub fn frame(payload: &[u8]) -> Vec<u8> {
    let len = u32::try_from(payload.len()).unwrap_or(u32::MAX);
    let mut out = Vec::with_capacity(4 + payload.len());
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(payload);
    out
}

/// The `run` request for one case, framed.
pub fn run_request(id: u64, file: &str, source: &[u8]) -> Vec<u8> {
    let mut payload = format!("run {id}\n{file}\n").into_bytes();
    payload.extend_from_slice(source);
    frame(&payload)
}

/// The `quit` request, framed.
pub fn quit_request() -> Vec<u8> {
    frame(b"quit")
}

/// Writes one already framed message.
pub async fn write_frame<W: AsyncWrite + Unpin>(
    w: &mut W,
    framed: &[u8],
) -> Result<(), ProtocolError> {
    w.write_all(framed).await?;
    w.flush().await?;
    Ok(())
}

/// Reads one frame's payload.
pub async fn read_frame<R: AsyncRead + Unpin>(r: &mut R) -> Result<Vec<u8>, ProtocolError> {
    let mut head = [0u8; 4];
    match r.read_exact(&mut head).await {
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Err(ProtocolError::Closed),
        Err(e) => return Err(e.into()),
    }
    let len = u32::from_be_bytes(head) as usize;
    if len > MAX_FRAME {
        return Err(ProtocolError::TooLarge(len));
    }
    let mut payload = vec![0u8; len];
    match r.read_exact(&mut payload).await {
        Ok(_) => Ok(payload),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Err(ProtocolError::Closed),
        Err(e) => Err(e.into()),
    }
}

/// Decodes and checks the handshake.
pub fn decode_hello(payload: &[u8]) -> Result<Hello, ProtocolError> {
    let HelloFrame::Hello(hello) =
        serde_json::from_slice(payload).map_err(|e| ProtocolError::Malformed {
            what: "hello",
            detail: format!("{e}: {}", preview(payload)),
        })?;
    if hello.protocol != PROTOCOL_VERSION {
        return Err(ProtocolError::Version {
            found: hello.protocol,
        });
    }
    Ok(hello)
}

/// Decodes a reply and checks that it answers case `expected`.
pub fn decode_reply(payload: &[u8], expected: u64) -> Result<Reply, ProtocolError> {
    let reply: Reply = serde_json::from_slice(payload).map_err(|e| ProtocolError::Malformed {
        what: "reply",
        detail: format!("{e}: {}", preview(payload)),
    })?;
    if reply.id() != expected {
        return Err(ProtocolError::WrongCase {
            expected,
            found: reply.id(),
        });
    }
    Ok(reply)
}

fn preview(payload: &[u8]) -> String {
    let end = payload.len().min(120);
    String::from_utf8_lossy(&payload[..end]).into_owned()
}

/// One record of a probe stream (the reference run's and the workers' alike).
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Record {
    Probe(crate::target::record::FastProbe),
    End(End),
}

/// Parses a probe stream: its probes and the end record, if any. Only complete lines count,
/// since a process killed mid-write leaves a partial last line.
pub fn parse_records(text: &str) -> Result<(Vec<Probe>, Option<End>), ProtocolError> {
    let complete = match text.rfind('\n') {
        Some(pos) => &text[..pos],
        None => "",
    };
    let mut probes = Vec::new();
    let mut end = None;
    for (index, line) in complete.lines().enumerate() {
        let record: Record = serde_json::from_str(line).map_err(|e| ProtocolError::Malformed {
            what: "probe record",
            detail: format!("record {index}: {e}"),
        })?;
        match record {
            Record::Probe(probe) => probes.push(probe.into()),
            Record::End(e) => end = Some(e),
        }
    }
    Ok((probes, end))
}

/// How a process (or, for a worker, a case) finished, as far as the end is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Status(i32),
    Signal(i32),
}

/// The end of a run: the recorded end if there is one, else `Ok` for status 0, else a crash
/// named after the status or signal (the reference run's rule).
pub fn end_of(recorded: Option<End>, exit: Exit) -> End {
    match (recorded, exit) {
        (Some(end), _) => end,
        (None, Exit::Status(0)) => End::Ok,
        (None, Exit::Signal(signal)) => End::Crash {
            detail: format!("killed by signal {signal}"),
        },
        (None, Exit::Status(code)) => End::Crash {
            detail: format!("exit status {code}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_length_prefixed() {
        let framed = run_request(7, "/tmp/a.py", b"print(1)\n");
        assert_eq!(&framed[..4], &(framed.len() as u32 - 4).to_be_bytes());
        assert_eq!(&framed[4..], b"run 7\n/tmp/a.py\nprint(1)\n");
        assert_eq!(quit_request(), b"\0\0\0\x04quit");
    }

    #[tokio::test]
    async fn frames_round_trip_and_truncation_is_closed() {
        let framed = frame(b"hello");
        let mut r = &framed[..];
        assert_eq!(read_frame(&mut r).await.unwrap(), b"hello");
        let mut short = &framed[..6];
        assert!(matches!(
            read_frame(&mut short).await,
            Err(ProtocolError::Closed)
        ));
        let huge = ((MAX_FRAME + 1) as u32).to_be_bytes();
        let mut r = &huge[..];
        assert!(matches!(
            read_frame(&mut r).await,
            Err(ProtocolError::TooLarge(_))
        ));
    }

    #[test]
    fn hello_checks_the_version() {
        let ok = br#"{"hello":{"protocol":1,"python":"3.12.1","pid":9}}"#;
        assert_eq!(decode_hello(ok).unwrap().python, "3.12.1");
        let old = br#"{"hello":{"protocol":0,"python":"3.12.1","pid":9}}"#;
        assert!(matches!(
            decode_hello(old),
            Err(ProtocolError::Version { found: 0 })
        ));
        assert!(decode_hello(b"garbage").is_err());
    }

    #[test]
    fn replies_decode_and_must_match_the_case() {
        let done = br#"{"done":{"id":3,"status":1,"recycle":false}}"#;
        assert_eq!(
            decode_reply(done, 3).unwrap(),
            Reply::Done {
                id: 3,
                status: 1,
                recycle: false
            }
        );
        assert!(matches!(
            decode_reply(done, 4),
            Err(ProtocolError::WrongCase { .. })
        ));
        let fallback = br#"{"fallback":{"id":3,"reason":"parse error"}}"#;
        assert!(matches!(
            decode_reply(fallback, 3),
            Ok(Reply::Fallback { .. })
        ));
    }

    #[test]
    fn records_keep_complete_lines_only() {
        let text = "{\"probe\":{\"label\":\"a\",\"value\":{\"t\":\"none\"}}}\n\
                    {\"end\":{\"kind\":\"exception\",\"ty\":\"E\",\"message\":\"m\"}}\n{\"probe\":";
        let (probes, end) = parse_records(text).unwrap();
        assert_eq!(probes.len(), 1);
        assert!(matches!(end, Some(End::Exception { .. })));
        assert!(parse_records("not json\n").is_err());
    }

    #[test]
    fn ends_follow_the_reference_rule() {
        assert_eq!(end_of(None, Exit::Status(0)), End::Ok);
        assert_eq!(
            end_of(None, Exit::Status(3)),
            End::Crash {
                detail: "exit status 3".into()
            }
        );
        assert_eq!(
            end_of(None, Exit::Signal(9)),
            End::Crash {
                detail: "killed by signal 9".into()
            }
        );
    }
}
