//! Building `harness/walk27/walk.c`, the script worker's fast probe walk, once per interpreter
//! that has no embedded worker (2.7, whose C API the walk is written against).
//!
//! The extension writes, byte for byte, what `harness/ref/sitecustomize.py` writes for the
//! commonest probe values and gives the rest back to the Python walk (see the file's comment).
//! It is compiled with the system C compiler against the interpreter's own headers into
//! `target/walk-<version>/_execdiff_walk.so`, rebuilt when `walk.c` is newer, and handed to
//! `worker.py` as `--walk PATH`. A missing compiler or a failed build is not an error: the
//! worker then canonicalises everything in Python, with the same records, more slowly.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};

use crate::interp::Interpreter;
use crate::target::cpython::harness_dir;

/// The extension for `interp`, built first if needed; `None` where it does not apply or cannot
/// be built (the reason goes to stderr, once per interpreter).
pub fn ensure_built(interp: &Interpreter) -> Option<PathBuf> {
    if interp.version.semantics().embeddable {
        return None;
    }
    static BUILT: OnceLock<Mutex<BTreeMap<PathBuf, Option<PathBuf>>>> = OnceLock::new();
    let built = BUILT.get_or_init(|| Mutex::new(BTreeMap::new()));
    let mut built = built.lock().ok()?;
    if let Some(found) = built.get(&interp.path) {
        return found.clone();
    }
    let found = match build(interp) {
        Ok(path) => Some(path),
        Err(e) => {
            eprintln!(
                "execdiff: no fast probe walk for {}: {e}; probes are canonicalised in Python",
                interp.path.display()
            );
            None
        }
    };
    built.insert(interp.path.clone(), found.clone());
    found
}

fn build(interp: &Interpreter) -> Result<PathBuf, String> {
    let harness = harness_dir();
    let source = harness.join("walk27").join("walk.c");
    let root = harness.parent().unwrap_or(Path::new("."));
    let dir = root.join("target").join(format!("walk-{}", interp.version));
    let output = dir.join("_execdiff_walk.so");
    let modified = |path: &Path| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let source_time = modified(&source).ok_or_else(|| format!("{} missing", source.display()))?;
    if modified(&output).is_some_and(|built| built >= source_time) {
        return Ok(output);
    }
    let include = crate::signal::dies_with_parent(&mut Command::new(&interp.path))
        .args([
            "-s",
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['include'])",
        ])
        .env_clear()
        .output()
        .map_err(|e| format!("cannot ask for the include directory: {e}"))?;
    if !include.status.success() {
        return Err("cannot ask for the include directory".into());
    }
    let include = String::from_utf8_lossy(&include.stdout).trim().to_string();
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    // Written under a temporary name and renamed, so that a worker never loads half a file.
    let partial = dir.join(format!("_execdiff_walk.{}.tmp", std::process::id()));
    let compiler = std::env::var_os("CC").unwrap_or_else(|| "cc".into());
    let out = crate::signal::dies_with_parent(&mut Command::new(&compiler))
        .args(["-shared", "-fPIC", "-O2", "-fno-strict-aliasing"])
        .arg(format!("-I{include}"))
        .arg(&source)
        .arg("-o")
        .arg(&partial)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", compiler.to_string_lossy()))?;
    if !out.status.success() {
        let _ = std::fs::remove_file(&partial);
        return Err(format!(
            "{} failed: {}",
            compiler.to_string_lossy(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    std::fs::rename(&partial, &output).map_err(|e| format!("{}: {e}", output.display()))?;
    Ok(output)
}
