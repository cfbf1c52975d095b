//! Runs one file on the VM: `cargo run --example vm_run -- 3.12 FILE` prints stdout, then
//! stderr, the end and the probes as JSON on stderr.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: vm_run VERSION FILE");
        return ExitCode::from(2);
    }
    let Ok(version) = args[1].parse::<execdiff::version::PyVersion>() else {
        eprintln!("bad version {}", args[1]);
        return ExitCode::from(2);
    };
    let source = match std::fs::read(&args[2]) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot read {}: {e}", args[2]);
            return ExitCode::from(2);
        }
    };
    let mut cfg = execdiff::vm::VmConfig::new(version);
    cfg.filename = args[2].clone();
    let out = execdiff::vm::run_source(&source, &cfg);
    let mut so = std::io::stdout();
    let _ = so.write_all(out.observation.stdout.as_bytes());
    let _ = so.flush();
    eprint!("{}", out.stderr);
    eprintln!(
        "[end] {}",
        serde_json::to_string(&out.observation.end).unwrap_or_default()
    );
    for p in &out.observation.probes {
        eprintln!("[probe] {}", serde_json::to_string(p).unwrap_or_default());
    }
    ExitCode::from(out.exit_code.clamp(0, 255) as u8)
}
