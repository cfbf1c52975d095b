"""Classifies the buckets of a RustPython campaign report by root cause (from the diff)."""
import json, sys, collections
out = sys.argv[1]
report = json.load(open(out + '/report.json'))

CLASSES = [
    # (name, kind, minimized repro, test on the first differing '-' / '+' lines and whole diff)
    ('builtins-dict', 'harness artefact (environment)', 'builtins_dict.py',
     lambda m, p, d: '"v":"__builtins__"},{"t":"map"' in m or '"v":"__builtins__"},{"t":"map"' in p),
    ('frame-locals-proxy-del', 'real (3.14 semantics, not 3.13)', 'flp_del.py',
     lambda m, p, d: 'FrameLocalsProxy' in m or 'FrameLocalsProxy' in p),
    ('unbound-local-message', 'real (message wording)', 'unbound_msg.py',
     lambda m, p, d: "referenced before assignment" in p),
    ('del-unbound-cell', 'real (RustPython bug)', 'del_free.py, del_cell.py',
     lambda m, p, d: "cannot access free variable" in d or ("cannot access local variable" in d and 'stdout|' in d) or 'cannot access local variable' in m and "referenced before assignment" not in p),
    ('set-order', 'real (implementation-defined set iteration order)', 'set_order.py',
     lambda m, p, d: '"ty":"set"' in m and '"ty":"set"' in p),
    ('nonlocal-global-priority', 'real (SyntaxError priority)', 'nonlocal_module.py',
     lambda m, p, d: 'nonlocal' in m and 'syntax_error' in m),
]

def first(diff, sign):
    for l in diff.splitlines():
        if l.startswith(sign) and not l.startswith(sign * 3):
            return l
    return ''

rows = []
by_class = collections.Counter(); cases_by_class = collections.Counter()
for b in report['buckets']:
    d = b['diff']; m = first(d, '-'); p = first(d, '+')
    name, kind, repro = 'unclassified', '?', ''
    for n, k, r, test in CLASSES:
        if test(m, p, d):
            name, kind, repro = n, k, r
            break
    rows.append((b['fingerprint'], b['count'], name, kind, repro, b['key']['site'] if isinstance(b['key'], dict) else ''))
    by_class[(name, kind, repro)] += 1; cases_by_class[name] += b['count']
t = report['totals']
print('# RustPython campaign: classification of the buckets\n')
print('Target: `rustpython-vm` 0.6.0 (harness/rustpython-worker) against CPython %s. %d cases in %.0f s '
      '(%.1f cases/s), %d agree, %d diverge, %d flaky, %d inconclusive; %d buckets.\n'
      % (', '.join(report['meta']['interpreters'].values()), t['cases'], t['elapsed_secs'], t['cases'] / max(t['elapsed_secs'], 1),
         t['agree'], t['diverge'], t['flaky'], t['inconclusive'], len(report['buckets'])))
print('## Root causes\n')
print('| root cause | classification | buckets | divergent cases | minimized repro (minimized/) |')
print('|---|---|---|---|---|')
for (name, kind, repro), n in sorted(by_class.items(), key=lambda kv: -cases_by_class[kv[0][0]]):
    print('| %s | %s | %d | %d | %s |' % (name, kind, n, cases_by_class[name], repro))
print('\n## Buckets\n')
import os
print('`reduced.py` beside each bucket\'s `case.py` is the output of `examples/external_reduce.rs`'
      ' (the library reducer; interesting = the same fingerprint on a fresh run of both).\n')
print('| fingerprint | cases | site | root cause | case.py lines | reduced.py lines |')
print('|---|---|---|---|---|---|')
def nlines(path):
    try:
        return str(len(open(path).read().splitlines()))
    except OSError:
        return '-'
for fp, count, name, kind, repro, site in sorted(rows, key=lambda r: (r[2], -r[1])):
    d = os.path.join(out, 'findings', fp)
    print('| [%s](findings/%s/) | %d | %s | %s | %s | %s |' % (fp, fp, count, site, name,
          nlines(os.path.join(d, 'case.py')), nlines(os.path.join(d, 'reduced.py'))))
