//! Bakes the path of the interpreter's libpython into the binary (an rpath), so the worker runs
//! without `LD_LIBRARY_PATH`. Which interpreter: `PYO3_PYTHON`, set by the pool's build.

fn main() {
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    let config = pyo3_build_config::get();
    if let Some(dir) = config.lib_dir() {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
    }
}
