"""Runs `execdiff diff --json` on every `.py` file of a directory and prints the VM's
agreement with CPython per version, then the files that do not agree.

    python3 scripts/agreement.py DIR [--py 3.12,3.13] [--bin target/release/execdiff]
"""

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor


def verdicts(binary, py, path):
    res = subprocess.run([binary, "diff", "--json", "--py", py, path],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        doc = json.loads(res.stdout.decode())
    except ValueError:
        return {v: "error: " + res.stderr.decode().strip()[:200] for v in py.split(",")}
    out = {}
    for row in doc["rows"]:
        if row["verdict"] is None:
            continue
        out[row["version"]] = row["verdict"]["verdict"]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--py", default="3.12,3.13")
    ap.add_argument("--bin", default="target/release/execdiff")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    files = sorted(os.path.join(args.dir, f) for f in os.listdir(args.dir) if f.endswith(".py"))
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda f: verdicts(args.bin, args.py, f), files))
    versions = args.py.split(",")
    total_agree = 0
    for v in versions:
        agree = sum(1 for r in results if r.get(v) == "agree")
        total_agree += agree
        print("%s: %d/%d agree (%.1f%%)" % (v, agree, len(files), 100.0 * agree / max(1, len(files))))
    runs = len(files) * len(versions)
    print("all: %d/%d program/version runs agree (%.1f%%)"
          % (total_agree, runs, 100.0 * total_agree / max(1, runs)))
    for f, r in zip(files, results):
        bad = ["%s=%s" % (v, r.get(v)) for v in versions if r.get(v) != "agree"]
        if bad:
            print("  %s: %s" % (os.path.basename(f), " ".join(bad)))
    sys.exit(0)


if __name__ == "__main__":
    main()
