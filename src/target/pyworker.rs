//! Building `harness/pyworker`, the embedded PyO3 worker, once per 3.x interpreter.
//!
//! PyO3 binds to one interpreter at build time, so each interpreter gets its own build:
//! `cargo build --release -p execdiff-pyworker` with `PYO3_PYTHON` set to it and its own
//! `CARGO_TARGET_DIR` (`target/pyworker-3.12/`), so that builds for different interpreters
//! never invalidate each other. The crate's build script bakes an rpath to the interpreter's
//! libpython into the binary. The crate is a workspace member but not a default member: a
//! plain `cargo build` never builds it against whatever Python is first on `PATH`. The pool
//! calls [`ensure_built`] when it is created; cargo makes that a no-op when nothing changed,
//! and it runs at most once per interpreter per process.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};

use crate::interp::Interpreter;
use crate::target::cpython::{harness_dir, WorkerError};

/// The package and binary name of the embedded worker.
pub const PACKAGE: &str = "execdiff-pyworker";

/// Where the build for `interp` goes: `<repo>/target/pyworker-<version>/`.
pub fn target_dir(interp: &Interpreter) -> PathBuf {
    let harness = harness_dir();
    let root = harness.parent().unwrap_or(Path::new("."));
    root.join("target")
        .join(format!("pyworker-{}", interp.version))
}

/// The `pyworker` binary for `interp`, built first if needed (3.x only).
pub fn ensure_built(interp: &Interpreter) -> Result<PathBuf, WorkerError> {
    if !interp.version.semantics().embeddable {
        return Err(WorkerError::Unsupported(interp.release.clone()));
    }
    static BUILT: OnceLock<Mutex<BTreeMap<PathBuf, PathBuf>>> = OnceLock::new();
    let built = BUILT.get_or_init(|| Mutex::new(BTreeMap::new()));
    // Held across the build: two pools for one interpreter must not race one cargo build.
    let mut built = built
        .lock()
        .map_err(|_| WorkerError::Build("build lock poisoned".into()))?;
    if let Some(binary) = built.get(&interp.path) {
        return Ok(binary.clone());
    }
    let manifest = harness_dir().join("pyworker").join("Cargo.toml");
    let target = target_dir(interp);
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = crate::signal::dies_with_parent(&mut Command::new(&cargo))
        .args([
            "build",
            "--release",
            "--quiet",
            "-p",
            PACKAGE,
            "--manifest-path",
        ])
        .arg(&manifest)
        .env("PYO3_PYTHON", &interp.path)
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .map_err(|e| WorkerError::Build(format!("cannot run {}: {e}", cargo.to_string_lossy())))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(20).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(WorkerError::Build(format!(
            "cargo build of {PACKAGE} for {} failed ({}):\n{}",
            interp.path.display(),
            out.status,
            tail.join("\n")
        )));
    }
    let binary = target.join("release").join(PACKAGE);
    if !binary.is_file() {
        return Err(WorkerError::Build(format!(
            "{} missing after the build",
            binary.display()
        )));
    }
    built.insert(interp.path.clone(), binary.clone());
    Ok(binary)
}
