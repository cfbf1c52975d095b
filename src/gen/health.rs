//! The generator's health against the real interpreters: how many generated programs are
//! unintended `SyntaxError`s on CPython, raise to the top, time out, or reach their final
//! probe.
//!
//! All programs of a batch go to one temporary directory and one interpreter process checks
//! them all (a fresh interpreter per program costs 5–10 ms). The checker script runs
//! unchanged on 2.7 and 3.x: it compiles each file, and in run mode `exec`s it as a fresh
//! `__main__` under an interval timer, with a stand-in `__observe__` that only notes whether
//! the module's final probe ran. This is a health measure for the generator, not the
//! reference run (DESIGN.md): the differential oracle never uses it. It starts processes but
//! depends on nothing else in the crate.

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::gen::program::Program;
use crate::version::PyVersion;

/// The checker script (public for a test of the label suffix it knows).
pub const CHECKER_SOURCE: &str = r#"
import os, signal, sys
try:
    import builtins
except ImportError:
    import __builtin__ as builtins
class _Timeout(BaseException):
    pass
def _alarm(signum, frame):
    raise _Timeout()
signal.signal(signal.SIGALRM, _alarm)
_state = {'final': False, 'inner': 0}
def _observe(label, value):
    if label == 'm#globals':
        _state['final'] = True
    if type(value) is tuple and len(value) == 2 and value[0] == 'SyntaxError' and not label.endswith(':invalid'):
        _state['inner'] += 1
builtins.__observe__ = _observe
_mode = sys.argv[1]
_timeout = float(sys.argv[2])
_dir = sys.argv[3]
_out = sys.__stdout__
_sink = open(os.devnull, 'w')
_names = sorted(os.listdir(_dir), key=lambda n: int(n.split('.')[0]))
for _name in _names:
    _path = os.path.join(_dir, _name)
    _f = open(_path)
    _src = _f.read()
    _f.close()
    try:
        _code = compile(_src, _path, 'exec')
    except SyntaxError as _e:
        _out.write('%s syntax %s %s\n' % (_name, _e.lineno, _e.msg))
        continue
    if _mode == 'compile':
        _out.write('%s ok final 0\n' % _name)
        continue
    _state['final'] = False
    _state['inner'] = 0
    _g = {'__name__': '__main__', '__builtins__': builtins}
    _status = 'ok'
    sys.stdout = _sink
    signal.setitimer(signal.ITIMER_REAL, _timeout)
    try:
        exec(_code, _g)
    except _Timeout:
        _status = 'timeout'
    except BaseException as _e:
        _status = 'raise:' + type(_e).__name__
    signal.setitimer(signal.ITIMER_REAL, 0)
    sys.stdout = sys.__stdout__
    _out.write('%s %s %s %d\n' % (_name, _status, _state['final'] and 'final' or 'nofinal', _state['inner']))
    _out.flush()
"#;

/// What the checker saw for one program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Ran to the end (or, in compile mode, compiled).
    Ok {
        final_probe: bool,
    },
    /// An exception reached the top level.
    Raise {
        ty: String,
        final_probe: bool,
    },
    SyntaxError {
        line: Option<u32>,
        message: String,
    },
    Timeout,
}

/// Whether to only compile the programs or also run them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Compile,
    Run,
}

/// Counts over one batch of programs on one interpreter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub programs: usize,
    /// SyntaxErrors in programs not made invalid on purpose.
    pub unintended_syntax_errors: usize,
    /// Programs made invalid on purpose that CPython nevertheless accepted.
    pub invalid_accepted: usize,
    pub raised: usize,
    pub timeouts: usize,
    pub reached_final_probe: usize,
    /// Up to five examples of unintended SyntaxErrors: (program index, line, message).
    pub syntax_examples: Vec<(usize, Option<u32>, String)>,
    /// Programs in which a generated exec/eval/compile string was a SyntaxError at run time.
    pub inner_syntax_errors: usize,
    /// Exception types that reached the top level, with the first program index and count.
    pub raised_types: std::collections::BTreeMap<String, (usize, usize)>,
}

impl Summary {
    pub fn from_checked(programs: &[Program], checked: &Checked) -> Summary {
        let verdicts = &checked.verdicts;
        let mut s = Summary {
            programs: programs.len(),
            inner_syntax_errors: checked.inner_syntax.iter().filter(|n| **n > 0).count(),
            ..Summary::default()
        };
        for (idx, (p, v)) in programs.iter().zip(verdicts).enumerate() {
            match v {
                Verdict::Ok { final_probe } => {
                    s.invalid_accepted += usize::from(p.expect_syntax_error);
                    s.reached_final_probe += usize::from(*final_probe);
                }
                Verdict::Raise { ty, final_probe } => {
                    s.raised += 1;
                    s.raised_types.entry(ty.clone()).or_insert((idx, 0)).1 += 1;
                    s.reached_final_probe += usize::from(*final_probe);
                }
                Verdict::SyntaxError { line, message } => {
                    if !p.expect_syntax_error {
                        s.unintended_syntax_errors += 1;
                        if s.syntax_examples.len() < 5 {
                            s.syntax_examples.push((idx, *line, message.clone()));
                        }
                    }
                }
                Verdict::Timeout => s.timeouts += 1,
            }
        }
        s
    }

    /// A percentage of `programs`.
    pub fn pct(&self, n: usize) -> f64 {
        if self.programs == 0 {
            0.0
        } else {
            100.0 * n as f64 / self.programs as f64
        }
    }

    pub fn render(&self, name: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{name}: {} programs, unintended SyntaxError {:.2}% (in exec'd strings {:.2}%), invalid accepted {}, raised {:.2}%, timeout {:.2}%, final probe {:.2}%",
            self.programs,
            self.pct(self.unintended_syntax_errors),
            self.pct(self.inner_syntax_errors),
            self.invalid_accepted,
            self.pct(self.raised),
            self.pct(self.timeouts),
            self.pct(self.reached_final_probe),
        );
        for (ty, (first, n)) in &self.raised_types {
            let _ = writeln!(out, "  raised {ty}: {n} (first: program {first})");
        }
        for (idx, line, msg) in &self.syntax_examples {
            let _ = writeln!(out, "  program {idx}: line {line:?}: {msg}");
        }
        out
    }
}

/// The interpreter for `version`, found as `execdiff targets` finds it (`interp::discover`).
pub fn find_interpreter(version: PyVersion) -> Option<PathBuf> {
    crate::interp::discover(&crate::interp::DiscoveryConfig::default())
        .get(version)
        .map(|found| found.path.clone())
}

/// Checks `programs` on `python` in one process; one verdict per program, in order.
pub fn check(
    python: &Path,
    programs: &[Program],
    mode: Mode,
    timeout_secs: f64,
) -> io::Result<Checked> {
    let dir = tempfile::Builder::new().prefix("execdiff-gen-").tempdir()?;
    for (idx, p) in programs.iter().enumerate() {
        std::fs::write(dir.path().join(format!("{idx}.py")), p.source())?;
    }
    let mode_arg = match mode {
        Mode::Compile => "compile",
        Mode::Run => "run",
    };
    let output = crate::signal::dies_with_parent(&mut Command::new(python))
        .arg("-S")
        .arg("-B")
        .arg("-c")
        .arg(CHECKER_SOURCE)
        .arg(mode_arg)
        .arg(timeout_secs.to_string())
        .arg(dir.path())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::null())
        .output()?;
    if !output.status.success() {
        return Err(io::Error::other(format!(
            "checker failed with {}: {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        )));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut verdicts = vec![Verdict::Timeout; programs.len()];
    let mut inner_syntax = vec![0u32; programs.len()];
    let mut seen = 0;
    for line in stdout.lines() {
        let mut parts = line.splitn(3, ' ');
        let (Some(name), Some(status), rest) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let Some(idx) = name
            .strip_suffix(".py")
            .and_then(|n| n.parse::<usize>().ok())
        else {
            continue;
        };
        if idx >= verdicts.len() {
            continue;
        }
        seen += 1;
        let rest = rest.unwrap_or("");
        let (probe, inner) = rest.split_once(' ').unwrap_or((rest, "0"));
        let final_probe = probe == "final";
        inner_syntax[idx] = inner.trim().parse().unwrap_or(0);
        verdicts[idx] = match status {
            "ok" => Verdict::Ok { final_probe },
            "timeout" => Verdict::Timeout,
            "syntax" => {
                let (line_no, message) = rest.split_once(' ').unwrap_or((rest, ""));
                Verdict::SyntaxError {
                    line: line_no.parse().ok(),
                    message: message.to_string(),
                }
            }
            other => Verdict::Raise {
                ty: other.trim_start_matches("raise:").to_string(),
                final_probe,
            },
        };
    }
    if seen != programs.len() {
        return Err(io::Error::other(format!(
            "checker reported {seen} of {} programs: {}",
            programs.len(),
            String::from_utf8_lossy(&output.stderr)
        )));
    }
    Ok(Checked {
        verdicts,
        inner_syntax,
    })
}

/// The checker's findings for a batch, one entry per program in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    pub verdicts: Vec<Verdict>,
    /// `SyntaxError`s that generated `exec`/`eval`/`compile` strings raised at run time
    /// (caught by the program's guards, seen by the stand-in probe); run mode only.
    pub inner_syntax: Vec<u32>,
}
