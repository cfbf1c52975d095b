//! Targets that run a program and return an [`Observation`](crate::observe::Observation):
//! the real CPythons through persistent workers ([`cpython`]), speaking [`protocol`].
//!
//! - [`protocol`]: the wire format between the pool and a worker, with `PROTOCOL_VERSION`;
//! - [`cpython`]: the tokio worker pool (timeouts, crashes, recycling, reference fallback);
//! - [`external`]: other implementations (RustPython, any protocol worker) on the same pool;
//! - [`pypy`]: PyPy as a built-in external target, against the CPython it implements;
//! - [`pyworker`]: building the embedded PyO3 worker once per 3.x interpreter;
//! - [`reference`]: a pool per version and its runtime, the oracle of a campaign;
//! - [`record`]: probe records read without serde's per-level buffering;
//! - [`walk`]: building the 2.7 script worker's C probe walk once per interpreter.

pub mod cpython;
pub mod external;
pub mod protocol;
pub mod pypy;
pub mod pyworker;
pub mod record;
pub mod reference;
pub mod walk;
