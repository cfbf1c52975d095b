//! The VM's canonicaliser against `harness/ref/sitecustomize.py`: the same program's probes
//! from a reference run and from the VM must be equal, value for value, on every version.
//!
//! Skips with a printed reason when the interpreters or the reference canonicaliser are
//! missing, and fails then when `CI=true`.

use std::path::PathBuf;
use std::process::Command;

use execdiff::observe::Probe;
use execdiff::version::PyVersion;
use execdiff::vm::{run_source, VmConfig};

const PROGRAM: &str = r#"
import sys
class K(object):
    def __init__(self):
        self.a = 1
        self.child = None
class Old:
    pass
def f(x):
    y = [1, 2.5, 'z', (3, 4), {'k': None}]
    def g():
        return x
    __observe__('locals', locals())
    __observe__('same', locals() is locals())
    __observe__('cell', g.__closure__[0])
    __observe__('g', g)
    __observe__('k', K())
    __observe__('set', set([3, 1, 2, 10, 100, 'a', 'b']))
    __observe__('big', 2**5000)
    __observe__('neg', -2**5000)
    __observe__('frame', sys._getframe().f_locals)
    __observe__('builtin', len)
    __observe__('method', [].append)
    __observe__('bound', K().__init__)
    __observe__('cls', K)
    __observe__('old', Old)
    __observe__('oldi', Old())
    __observe__('mod', sys)
    __observe__('code', f.__code__)
    __observe__('exc', KeyError('x'))
    __observe__('float', 1e16)
    __observe__('bool', True)
    __observe__('fs', frozenset(['a', 'b', 'c']))
    __observe__('nested', [[[1]], {'a': [2]}])
    __observe__('unicode', u'\xe9')
    return g
f(5)
k = K(); k.child = K(); k.child.child = K(); k.child.child.child = K()
__observe__('deepk', k)
d = {}
for i in range(30):
    d['key%d' % i] = i
del d['key3']
d[(1, 2)] = 1.5
__observe__('dict', d)
__observe__('long', [list(range(3000))])
__observe__('globals', sorted(globals()))
"#;

fn interpreter(v: PyVersion) -> Option<PathBuf> {
    execdiff::interp::require(v).map(|found| found.path)
}

fn reference_dir() -> Option<PathBuf> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("harness/ref");
    here.join("sitecustomize.py").exists().then_some(here)
}

fn skip_or_fail(reason: &str) {
    if std::env::var("CI").map(|v| v == "true").unwrap_or(false) {
        panic!("required in CI: {reason}");
    }
    eprintln!("skipping: {reason}");
}

#[test]
fn probes_match_reference_canonicaliser() {
    let Some(refdir) = reference_dir() else {
        skip_or_fail("harness/ref/sitecustomize.py not found");
        return;
    };
    let dir = std::env::temp_dir().join(format!("execdiff-probes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("probes.py");
    std::fs::write(&file, PROGRAM).expect("write program");
    for v in PyVersion::iter() {
        let Some(py) = interpreter(v) else {
            skip_or_fail(&format!("CPython {v} not installed"));
            continue;
        };
        let probes_path = dir.join(format!("probes-{v}.jsonl"));
        let status = Command::new("sh")
            .arg("-c")
            .arg("exec \"$0\" -s -B \"$1\" 3>\"$2\" >/dev/null")
            .arg(&py)
            .arg(&file)
            .arg(&probes_path)
            .env_clear()
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8")
            .env("LC_ALL", "C.UTF-8")
            .env("PYTHONPATH", &refdir)
            .env("EXECDIFF_PROBE_FD", "3")
            .status()
            .expect("run reference");
        assert!(status.success(), "reference run failed on {v}");
        let text = std::fs::read_to_string(&probes_path).unwrap_or_default();
        let expected: Vec<Probe> = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let rec: serde_json::Value = serde_json::from_str(l).expect("json line");
                serde_json::from_value(rec["probe"].clone()).expect("probe record")
            })
            .collect();
        let out = run_source(PROGRAM.as_bytes(), &VmConfig::new(v));
        assert_eq!(
            out.observation.probes.len(),
            expected.len(),
            "probe count on {v}"
        );
        for (got, want) in out.observation.probes.iter().zip(&expected) {
            assert_eq!(got, want, "probe {} on {v}", want.label);
        }
    }
}
