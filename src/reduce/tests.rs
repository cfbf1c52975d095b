use std::time::{Duration, Instant};

use super::*;

/// A 60-line generated-style program: functions ending in probes, loops, a class, an exec'd
/// string and noise around one `del x` after an `exec`.
const PROGRAM: &str = r#"import sys
counter = 0
values = [1, 2, 3, 4, 5]
def helper(alpha, beta=2, *rest):
    total = alpha + beta
    for item in rest:
        total += item * 2
    if total > 10:
        total = total - 10
    else:
        total = total + 1
    return total
class Widget(object):
    size = 3
    def grow(self, amount):
        self.size = self.size + amount
        return self.size
def scope_test(param, other):
    x = param * 3
    y = [i for i in range(other)]
    try:
        exec("z = x + 1\nw = 2\nq = w * w\ndel q")
        del x
        shadow = len(y)
    except NameError as err:
        shadow = -1
    finally:
        __observe__('f1#1', locals())
    while shadow > 100:
        shadow -= 1
    return shadow
def unrelated(a, b, c):
    d = a if b else c
    e = {a: b, c: d}
    f = (a, b, c, d)
    return len(e) + len(f)
for k in range(3):
    counter += helper(k, k + 1, 4, 5)
    if counter % 2:
        counter = counter * 2
w = Widget()
w.grow(counter)
result = scope_test(counter, 4)
other = unrelated(1, 2, 3)
text = 'some ' + str(result) + ' text'
if result and other:
    message = text.upper()
else:
    message = text.lower()
with open('/dev/null') as handle:
    handle.read()
lam = lambda p, q=3: p * q + counter
nums = sorted(values, key=lambda v: -v)
pairs = dict(zip(values, nums))
assert len(pairs) == 5, 'pairs'
print(message, result, other, lam(2))
print(pairs)
del nums
pairs.clear()
__observe__('g#1', sorted(globals()))
"#;

fn parse3(src: &str) -> Module {
    parse_module(src, &ParseOptions::new(Dialect::Py3)).expect("fixture parses")
}

fn probes(src: &str) -> usize {
    src.matches("__observe__(").count()
}

fn reduce(src: &str, budget_ms: u64, pred: &mut dyn FnMut(&str) -> bool) -> (String, Reduced) {
    let reduced = Reducer {
        budget: Duration::from_millis(budget_ms),
        max_tests: None,
        keep: ProbeKeep::All,
    }
    .reduce(&parse3(src), Dialect::Py3, pred);
    (reduced.source.clone(), reduced)
}

#[test]
fn the_fixture_is_sixty_lines_and_renders() {
    assert_eq!(line_count(PROGRAM), 60);
    let rendered = render(&parse3(PROGRAM), Dialect::Py3).expect("prints");
    assert_eq!(
        render(&parse3(&rendered), Dialect::Py3).as_ref(),
        Some(&rendered)
    );
    assert_eq!(probes(&rendered), 2);
}

#[test]
fn a_sixty_line_program_reduces_to_a_few_lines_keeping_probes() {
    let mut pred = |s: &str| s.contains("exec") && s.contains("del x");
    let (out, stats) = reduce(PROGRAM, 20_000, &mut pred);
    assert!(pred(&out), "{out}");
    eprintln!("{} tests, {} accepted:\n{out}", stats.tests, stats.accepted);
    assert!(
        !stats.exhausted,
        "budget ran out after {} tests",
        stats.tests
    );
    assert!(line_count(&out) <= 10, "{} lines:\n{out}", line_count(&out));
    assert_eq!(probes(&out), 2, "{out}");
    // Probe labels are never touched (the fingerprint's site is derived from them).
    assert!(out.contains("__observe__('f1#1', locals())"), "{out}");
    assert!(
        out.contains("__observe__('g#1', sorted(globals()))"),
        "{out}"
    );
}

#[test]
fn probes_survive_a_predicate_that_accepts_everything() {
    let (out, _) = reduce(PROGRAM, 20_000, &mut |_| true);
    assert_eq!(probes(&out), 2, "{out}");
    assert!(line_count(&out) <= 4, "{out}");
}

#[test]
fn exec_strings_are_reduced_inside_the_literal() {
    let src = "def f():\n    exec('a = 1\\nb = a + 2\\ndel b\\nc = [1, 2, 3]')\n    __observe__('f', locals())\nf()\n";
    let mut pred = |s: &str| s.contains("exec(") && s.contains("del b");
    let (out, _) = reduce(src, 20_000, &mut pred);
    assert!(pred(&out));
    assert!(out.contains("exec('del b')"), "{out}");
    assert_eq!(probes(&out), 1);
}

#[test]
fn exec_strings_are_inlined_when_that_keeps_the_property() {
    let src = "x = 1\nexec('y = 2\\ndel x\\nz = 3')\nprint(x)\n";
    let (out, _) = reduce(src, 20_000, &mut |s| {
        s.lines().any(|l| l.trim() == "del x") && !s.contains("exec")
    });
    assert_eq!(out, "del x\n");
}

#[test]
fn parameters_are_dropped_with_their_arguments() {
    let src = "def func(first, second, third=3):\n    return second\nprint(func(1, 2, third=4))\n";
    let (out, _) = reduce(src, 20_000, &mut |s| {
        // A toy property of the program itself: the function still returns the argument it
        // was called with in the same position.
        let m = parse3(s);
        let Some(Stmt {
            kind: StmtKind::FunctionDef(f),
            ..
        }) = m.body.first()
        else {
            return false;
        };
        let returns_param = matches!(
            f.body.first().map(|s| &s.kind),
            Some(StmtKind::Return(Some(Expr { kind: ExprKind::Name(n), .. }))) if f.args.args.contains(n)
        );
        let calls_it_with_two = match m.body.last().map(|s| &s.kind) {
            Some(StmtKind::Expr(Expr {
                kind: ExprKind::Call { args, .. },
                ..
            })) => match args.first().map(|a| &a.kind) {
                Some(ExprKind::Call { func, args, .. }) => {
                    matches!(&func.kind, ExprKind::Name(n) if *n == f.name)
                        && args.iter().any(|a| {
                            crate::vm::printer::print_expr(a, Dialect::Py3)
                                .ok()
                                .as_deref()
                                == Some("2")
                        })
                }
                _ => false,
            },
            _ => false,
        };
        returns_param && calls_it_with_two
    });
    assert_eq!(out, "def a(b):\n    return b\nprint(a(2))\n");
}

#[test]
fn identifiers_are_renamed_consistently_including_exec_strings() {
    let src = "long_name = 1\nexec('print(long_name)')\n";
    let (out, _) = reduce(src, 20_000, &mut |s| {
        let names: Vec<&str> = words(s).collect();
        s.contains("exec(")
            && s.contains("print(")
            && names.iter().filter(|w| **w == names[0]).count() == 2
    });
    assert_eq!(out, "a = 0\nexec('print(a)')\n");
}

#[test]
fn the_budget_is_respected() {
    let budget = Duration::from_millis(100);
    let step = Duration::from_millis(5);
    let start = Instant::now();
    let reduced = Reducer {
        budget,
        max_tests: None,
        keep: ProbeKeep::All,
    }
    .reduce(&parse3(PROGRAM), Dialect::Py3, &mut |s| {
        std::thread::sleep(step);
        s.contains("del x")
    });
    let elapsed = start.elapsed();
    assert!(reduced.exhausted);
    // At most one predicate call may straddle the deadline, plus rendering slack.
    assert!(
        elapsed < budget + step + Duration::from_millis(100),
        "{elapsed:?}"
    );
    assert!(reduced.source.contains("del x"));
    let limited = Reducer {
        budget: Duration::from_secs(60),
        max_tests: Some(7),
        keep: ProbeKeep::All,
    }
    .reduce(&parse3(PROGRAM), Dialect::Py3, &mut |_| false);
    assert_eq!(limited.tests, 7);
}

#[test]
fn reduction_is_deterministic() {
    let mut pred = |s: &str| s.contains("exec") && s.contains("Widget");
    let (a, sa) = reduce(PROGRAM, 20_000, &mut pred);
    let (b, sb) = reduce(PROGRAM, 20_000, &mut pred);
    assert_eq!(a, b);
    assert_eq!(sa.tests, sb.tests);
}

#[test]
fn reduce_source_returns_the_input_when_it_is_not_interesting() {
    let src = "x = 1\n";
    assert_eq!(
        reduce_source(src, Dialect::Py3, Duration::from_secs(1), &mut |_| false),
        src
    );
    assert_eq!(
        reduce_source("x = (", Dialect::Py3, Duration::from_secs(1), &mut |_| true),
        "x = ("
    );
}

#[test]
fn py2_exec_statements_reduce() {
    let src =
        "def f():\n    a = 1\n    exec 'b = 2\\nc = 3' in globals(), locals()\n    print a\nf()\n";
    let opts = ParseOptions::new(Dialect::Py2);
    let m = parse_module(src, &opts).expect("parses");
    let out = Reducer {
        budget: Duration::from_secs(20),
        max_tests: None,
        keep: ProbeKeep::All,
    }
    .reduce(&m, Dialect::Py2, &mut |s| s.contains("exec 'c = 3'"))
    .source;
    assert_eq!(out, "exec 'c = 3'\n");
}

#[test]
fn kept_probes_stay_in_their_kind_of_scope() {
    let src = "def func():\n    x = 1\n    __observe__('f#1', locals())\nfunc()\n";
    let (out, _) = reduce(src, 20_000, &mut |_| true);
    assert_eq!(out, "def a():\n    __observe__('f#1', locals())\n");
}

#[test]
fn renaming_leaves_probe_labels_in_exec_d_code_alone() {
    let src = "def f1():\n    exec('__observe__(\\'f1#2\\', locals())')\nf1()\n";
    let (out, _) = reduce(src, 20_000, &mut |s| {
        s.contains("'f1#2") && s.contains("exec(")
    });
    assert_eq!(
        out,
        "def a():\n    exec('__observe__(\\'f1#2\\', locals())')\n"
    );
}

/// `del m[k]` may shrink to the expression `m` it evaluates, and a default that reads a
/// global may become a constant, so the global's assignment can go.
#[test]
fn deletes_become_their_container_and_name_defaults_constants() {
    let src = "z = 5\ndef f(w=z):\n    try:\n        del locals()['k']\n    except Exception:\n        pass\n    return w\nprint(f())\n";
    let (out, _) = reduce(src, 20_000, &mut |s| {
        ["locals()", "def f(w", "return w", "print(f())"]
            .iter()
            .all(|part| s.contains(part))
    });
    assert_eq!(out, "def f(w=0):\n    locals()\n    return w\nprint(f())\n");
}
