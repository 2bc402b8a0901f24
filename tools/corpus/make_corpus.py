#!/usr/bin/python3
"""Render the corpus: each spec of corpus/specs/{tune,holdout,dev} becomes NAME.pdf
(born-digital), NAME-scan.pdf (image-only, degraded) and NAME.expected.json.
Deterministic: two runs give identical bytes.

    scripts/make-corpus [--out DIR] [--only tune|holdout|dev|samples] [--jobs N] [--no-scan]
    scripts/make-corpus --draw BASE --out DIR [--jobs N]

--draw makes a fresh set of 30 documents from the tune half of every pool
with another random seed (as dev is made), specs and all, under DIR/draw: a
check that a fix generalises, scored before anyone looks at the documents
(scripts/score RUN DIR --set draw). A document whose injected anomalies the
generator cannot realise together keeps the first one.

Default OUT is corpus/generated (git-ignored); the default run makes tune and
holdout, dev only with --only dev. --only samples rewrites the small
committed demo set (corpus/samples, or --out)."""
import argparse
import json
import multiprocessing
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SPECS = os.path.join(ROOT, "corpus", "specs")

import layouts  # noqa: E402
import render  # noqa: E402

# the committed demo set: born-digital PDFs, and a few scans made light
SAMPLES_DIGITAL = ["seed-003", "seed-002", "seed-001", "t01-", "t10-", "t18-", "t25-"]
SAMPLES_SCAN = ["seed-003", "t10-", "t18-"]


def load_specs(set_name):
    d = os.path.join(SPECS, set_name)
    out = []
    for f in sorted(os.listdir(d)):
        if f.endswith(".json") and not f.endswith(".expected.json"):
            spec = json.load(open(os.path.join(d, f), encoding="utf-8"))
            spec["_dir"] = d
            out.append(spec)
    return out


def markup_of(spec):
    if "markup_file" in spec:
        return open(os.path.join(spec["_dir"], spec["markup_file"]), encoding="utf-8").read()
    return layouts.to_markup(spec)


def build_one(job):
    spec, out_dir, scan, scan_override = job
    name = spec["name"]
    pdf = os.path.join(out_dir, name + ".pdf")
    render.render_pdf(markup_of(spec), pdf, family=spec.get("font", "serif"),
                      size=spec.get("size", 10.5), title=name)
    if os.path.abspath(spec["_dir"]) != os.path.abspath(out_dir):
        shutil.copyfile(os.path.join(spec["_dir"], name + ".expected.json"),
                        os.path.join(out_dir, name + ".expected.json"))
    if scan:
        sc = dict(spec["scan"])
        sc.update(scan_override or {})
        render.render_scan(pdf, os.path.join(out_dir, name + "-scan.pdf"), sc)
    return name


def draw(a):
    """A fresh draw from the tune pools: specs and documents under OUT/draw."""
    import gen_specs
    import geo as geomod
    if not a.out:
        raise SystemExit("make-corpus --draw needs --out DIR")
    out = os.path.join(a.out, "draw")
    os.makedirs(out, exist_ok=True)
    geo = geomod.Geo(None)
    try:
        specs = gen_specs.generate(geo, "dev", a.draw, lenient=True)
    except SystemExit as e:
        raise SystemExit("make-corpus --draw %d: %s (try another base)" % (a.draw, e))
    jobs = []
    for spec in specs:
        spec["name"] = "x" + spec["name"][1:]
        spec["set"] = "draw"
        with open(os.path.join(out, spec["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1, sort_keys=True)
        with open(os.path.join(out, spec["name"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(gen_specs.expected(spec, geo), fh, ensure_ascii=False, indent=1)
        spec["_dir"] = out
        jobs.append((spec, out, not a.no_scan, None))
    jobs.sort(key=lambda j: -len(markup_of(j[0])))
    t0 = time.time()
    with multiprocessing.Pool(max(1, a.jobs)) as pool:
        done = pool.map(build_one, jobs, chunksize=1)
    print("make-corpus --draw %d: %d documents in %s in %.1fs" % (a.draw, len(done), out, time.time() - t0))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out")
    ap.add_argument("--only", choices=["tune", "holdout", "dev", "samples"])
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--no-scan", action="store_true")
    ap.add_argument("--draw", type=int, metavar="BASE")
    a = ap.parse_args()
    if a.draw is not None:
        return draw(a)
    t0 = time.time()
    jobs = []
    if a.only == "samples":
        out = a.out or os.path.join(ROOT, "corpus", "samples")
        os.makedirs(out, exist_ok=True)
        for f in os.listdir(out):
            if f.endswith((".pdf", ".json")):
                os.remove(os.path.join(out, f))
        for spec in load_specs("tune"):
            if any(spec["name"].startswith(p) for p in SAMPLES_DIGITAL):
                scan = any(spec["name"].startswith(p) for p in SAMPLES_SCAN) and not a.no_scan
                # light scans for the repository: 150 dpi, moderate noise
                jobs.append((spec, out, scan, {"dpi": 150, "noise": 2.0, "quality": 45,
                                               "specks": 5e-5, "rotate": {}}))
    else:
        base = a.out or os.path.join(ROOT, "corpus", "generated")
        for set_name in ([a.only] if a.only else ["tune", "holdout"]):
            out = os.path.join(base, set_name)
            os.makedirs(out, exist_ok=True)
            for f in os.listdir(out):  # no stale documents from older specs
                if f.endswith((".pdf", ".expected.json")):
                    os.remove(os.path.join(out, f))
            for spec in load_specs(set_name):
                jobs.append((spec, out, not a.no_scan, None))
    # the biggest first, so that the pool ends together
    jobs.sort(key=lambda j: -len(markup_of(j[0])))
    if a.jobs > 1:
        with multiprocessing.Pool(a.jobs) as pool:
            done = pool.map(build_one, jobs, chunksize=1)
    else:
        done = [build_one(j) for j in jobs]
    print("make-corpus: %d documents in %.1fs" % (len(done), time.time() - t0))


if __name__ == "__main__":
    main()
