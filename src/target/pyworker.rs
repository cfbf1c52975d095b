//! Building `harness/pyworker`, the PyO3 worker, once per 3.x interpreter.

use std::path::PathBuf;

use crate::interp::Interpreter;
use crate::target::cpython::WorkerError;

/// The `pyworker` binary for `interp`, built first if needed.
pub fn ensure_built(interp: &Interpreter) -> Result<PathBuf, WorkerError> {
    Err(WorkerError::Unsupported(interp.release.clone()))
}
