#!/usr/bin/env bash
# Builds execdiff's RustPython worker: harness/rustpython-worker/target/release/rustpython-worker.
# Its own workspace and Cargo.lock (RustPython's exact pins stay out of execdiff's lock), its own
# target dir (git-ignored). Needs the nightly toolchain (see shared toolchain notes); without
# one installed it tries the default toolchain. Cost: a clean release build takes about 4 min
# and 2-3 GB of disk on 2 idle cores (longer on a busy machine); a rebuild with nothing changed
# takes about a second.
set -euo pipefail
cd "$(dirname "$0")"
if rustup run nightly rustc --version >/dev/null 2>&1; then
    toolchain=(+nightly)
else
    echo "build.sh: no nightly toolchain; trying the default one" >&2
    toolchain=()
fi
CARGO_TARGET_DIR="$PWD/target" cargo "${toolchain[@]}" build --release --locked "$@"
echo "built $PWD/target/release/rustpython-worker"
