//! Bad corpus input is reported with file and line, never a crash: a non-UTF-8 case, a
//! broken directive, a truncated blessing, a blessing for an unknown version or for a version
//! the case does not run.

use std::path::{Path, PathBuf};

use execdiff::corpus::{write_blessing, Case};
use execdiff::observe::{End, Observation};
use execdiff::version::PyVersion;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "execdiff-corpus-test-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap();
}

const GOOD: &str = "# execdiff: versions=3.12,3.13 origin=core\nprint('hi')\n";

#[test]
fn non_utf8_case_names_file_and_line() {
    let dir = scratch("utf8");
    let case = dir.join("bad.py");
    write(
        &case,
        b"# execdiff: versions=3.12 origin=core\nx = 1\ns = '\xff'\n",
    );
    let err = Case::load(&case).unwrap_err();
    assert_eq!(err.path, case);
    assert_eq!(err.line, Some(3));
    assert!(
        err.to_string()
            .contains("bad.py:3: case file is not valid UTF-8"),
        "{err}"
    );
}

#[test]
fn broken_directive_names_line_one() {
    let dir = scratch("directive");
    for (i, first) in [
        "print(1)",
        "# execdiff: versions=3.99 origin=core",
        "# execdiff: versions=3.12 origin=core xfail=nonsense",
        "",
    ]
    .iter()
    .enumerate()
    {
        let case = dir.join(format!("c{i}.py"));
        write(&case, format!("{first}\nprint(1)\n").as_bytes());
        let err = Case::load(&case).unwrap_err();
        assert_eq!(err.line, Some(1), "{err}");
        assert!(
            err.to_string().starts_with(&case.display().to_string()),
            "{err}"
        );
    }
}

#[test]
fn truncated_blessing_is_reported_with_its_line() {
    let dir = scratch("truncated");
    let case_path = dir.join("ok.py");
    write(&case_path, GOOD.as_bytes());
    let case = Case::load(&case_path).unwrap();
    let obs = Observation::new("hi\n".into(), End::Ok, vec![]);
    let blessing = case.blessing_path(PyVersion::PY312);
    write_blessing(&blessing, &obs).unwrap();
    assert_eq!(case.blessing(PyVersion::PY312).unwrap(), Some(obs));

    let text = std::fs::read_to_string(&blessing).unwrap();
    write(&blessing, &text.as_bytes()[..text.len() / 2]);
    let err = case.blessing(PyVersion::PY312).unwrap_err();
    assert_eq!(err.path, blessing);
    assert!(err.line.is_some_and(|l| l >= 2), "{err}");
    assert!(err.message.contains("malformed blessing"), "{err}");
}

#[test]
fn missing_blessing_is_none_not_an_error() {
    let dir = scratch("missing");
    let case_path = dir.join("ok.py");
    write(&case_path, GOOD.as_bytes());
    let case = Case::load(&case_path).unwrap();
    assert_eq!(case.blessing(PyVersion::PY313).unwrap(), None);
}

#[test]
fn blessings_for_unknown_or_unlisted_versions_are_strays() {
    let dir = scratch("stray");
    let case_path = dir.join("ok.py");
    write(&case_path, GOOD.as_bytes());
    let case = Case::load(&case_path).unwrap();
    write(&dir.join("ok.3.5.out"), b"{}");
    write(&dir.join("ok.3.11.out"), b"{}");
    write(&dir.join("ok.2.7.out"), b"{}");
    write(&dir.join("ok.3.12.out"), b"{}");
    let strays = case.stray_blessings();
    let texts: Vec<String> = strays.iter().map(|e| e.to_string()).collect();
    assert_eq!(strays.len(), 3, "{texts:?}");
    assert!(texts
        .iter()
        .any(|t| t.contains("ok.2.7.out") && t.contains("does not run")));
    assert!(texts
        .iter()
        .any(|t| t.contains("ok.3.11.out") && t.contains("does not run")));
    assert!(texts
        .iter()
        .any(|t| t.contains("ok.3.5.out") && t.contains("unknown version `3.5`")));
}

#[test]
fn wrong_schema_blessing_is_refused() {
    let dir = scratch("schema");
    let case_path = dir.join("ok.py");
    write(&case_path, GOOD.as_bytes());
    let case = Case::load(&case_path).unwrap();
    write(
        &case.blessing_path(PyVersion::PY312),
        br#"{"schema": 999, "stdout": "", "end": {"kind": "ok"}, "probes": []}"#,
    );
    let err = case.blessing(PyVersion::PY312).unwrap_err();
    assert!(err.message.contains("schema 999"), "{err}");
}
