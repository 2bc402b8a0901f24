#!/usr/bin/python3
"""scripts/bench: delib against the OCR floor and OCRmyPDF, on the same pages.

Prints a table of wall times, pages per second, ratios and peak memory
(summed over the whole process tree, sampled every 50 ms), and the time
per stage that delib's records report. See README.md, "Benchmark".
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def tree_rss_mb(pid):
    """Resident memory of a process and all its descendants, in MB."""
    children = {}
    for d in os.listdir('/proc'):
        if not d.isdigit():
            continue
        try:
            with open(f'/proc/{d}/stat') as f:
                parts = f.read().rsplit(')', 1)[1].split()
            children.setdefault(int(parts[1]), []).append(int(d))
        except OSError:
            continue
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f'/proc/{p}/statm') as f:
                total += int(f.read().split()[1]) * os.sysconf('SC_PAGE_SIZE')
        except OSError:
            pass
        stack.extend(children.get(p, []))
    return total / 1e6


def timed(cmd, env=None, cwd=None):
    """Runs cmd, returns (wall seconds, peak tree RSS MB, returncode)."""
    peak = [0.0]
    t0 = time.time()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_mb(proc.pid))
            time.sleep(0.05)
    th = threading.Thread(target=sample, daemon=True)
    th.start()
    rc = proc.wait()
    done.set()
    th.join()
    return time.time() - t0, peak[0], rc


def pdf_pages(path):
    out = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith('Pages:'):
            return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--scans', type=int, default=8, help='scanned documents to use (default 8)')
    ap.add_argument('--jobs', type=int, default=os.cpu_count())
    ap.add_argument('--no-ocrmypdf', action='store_true', help='skip OCRmyPDF')
    ap.add_argument('--json', help='also write the figures to this file')
    args = ap.parse_args()
    delib = os.path.join(ROOT, 'build', 'delib')
    corpus = os.path.join(ROOT, 'corpus', 'generated')
    scans = sorted(glob.glob(f'{corpus}/holdout/*-scan.pdf'))[:args.scans]
    born = sorted(p for p in glob.glob(f'{corpus}/*/*.pdf') if not p.endswith('-scan.pdf'))
    if not scans or not born:
        sys.exit('bench: no corpus; run scripts/make-corpus first')
    work = tempfile.mkdtemp(prefix='delib-bench-')
    scan_dir, born_dir = f'{work}/scans', f'{work}/born'
    os.makedirs(scan_dir)
    os.makedirs(born_dir)
    for p in scans:
        shutil.copy(p, scan_dir)
    for i, p in enumerate(born):
        shutil.copy(p, f'{born_dir}/{i:03d}-{os.path.basename(p)}')
    scan_pages = sum(pdf_pages(p) for p in scans)
    born_pages = sum(pdf_pages(p) for p in born)
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    rows = []

    # delib on scans: fresh output folder and cache, so nothing is reused.
    t, mem, rc = timed([delib, 'run', '--out', f'{work}/out-scan', '--jobs', str(args.jobs),
                        '--no-progress', scan_dir], env=env)
    rows.append(('delib, scanned', scan_pages, t, mem, rc))
    stages = {}
    for rec in glob.glob(f'{work}/out-scan/*.json'):
        if rec.endswith('summary.json'):
            continue
        with open(rec) as f:
            r = json.load(f)
        for k, v in r.get('timings', {}).items():
            stages[k] = stages.get(k, 0) + v

    # delib again on the same scans into the same folder: incremental re-run.
    t2, mem2, rc2 = timed([delib, 'run', '--out', f'{work}/out-scan', '--jobs', str(args.jobs),
                           '--no-progress', scan_dir], env=env)
    rows.append(('delib, scanned, re-run', scan_pages, t2, mem2, rc2))

    # The OCR floor: pdftoppm at 300 dpi then the tesseract command, one page
    # per process, as many at a time as there are cores.
    page_cmds = []
    for i, p in enumerate(scans):
        for n in range(1, pdf_pages(p) + 1):
            stem = f'{work}/floor/{i}-{n}'
            page_cmds.append(f'pdftoppm -r 300 -gray -f {n} -l {n} -singlefile {p} {stem} && '
                             f'tesseract {stem}.pgm {stem} -l fra >/dev/null 2>&1')
    os.makedirs(f'{work}/floor')
    with open(f'{work}/floor.sh', 'w') as f:
        f.write('\n'.join(page_cmds) + '\n')
    t, mem, rc = timed(['bash', '-c', f'xargs -P {args.jobs} -I CMD -d "\\n" bash -c CMD < {work}/floor.sh'], env=env)
    rows.append(('floor: pdftoppm + tesseract', scan_pages, t, mem, rc))

    if not args.no_ocrmypdf and shutil.which('ocrmypdf'):
        os.makedirs(f'{work}/ocrmypdf')
        script = ' && '.join(
            f'ocrmypdf -q -l fra --jobs {args.jobs} --sidecar {work}/ocrmypdf/{i}.txt {p} {work}/ocrmypdf/{i}.pdf'
            for i, p in enumerate(scans))
        t, mem, rc = timed(['bash', '-c', script], env=env)
        rows.append(('OCRmyPDF --jobs %d, file by file' % args.jobs, scan_pages, t, mem, rc))

    # Born-digital: no OCR at all. Twice the files to show linear time.
    t, mem, rc = timed([delib, 'run', '--out', f'{work}/out-born', '--jobs', str(args.jobs),
                        '--no-progress', born_dir], env=env)
    rows.append(('delib, born-digital', born_pages, t, mem, rc))
    for i, p in enumerate(born):
        shutil.copy(p, f'{born_dir}/{i:03d}-copy-{os.path.basename(p)}')
    t, mem, rc = timed([delib, 'run', '--out', f'{work}/out-born2', '--jobs', str(args.jobs),
                        '--no-progress', born_dir], env=env)
    rows.append(('delib, born-digital x2', 2 * born_pages, t, mem, rc))

    by = {r[0]: r for r in rows}
    print(f'\nbench: {len(scans)} scanned documents ({scan_pages} pages), '
          f'{len(born)} born-digital ({born_pages} pages), {args.jobs} jobs, {os.cpu_count()} cores\n')
    print(f'| run | pages | wall s | pages/s | peak MB | exit |')
    print(f'|---|---:|---:|---:|---:|---:|')
    for name, pages, t, mem, rc in rows:
        print(f'| {name} | {pages} | {t:.1f} | {pages / t:.2f} | {mem:.0f} | {rc} |')
    d = by['delib, scanned'][2]
    floor = by['floor: pdftoppm + tesseract'][2]
    print()
    print(f'floor / delib (scanned)      : {floor / d:.2f}   (target >= 0.85)')
    key = [k for k in by if k.startswith('OCRmyPDF')]
    if key:
        print(f'OCRmyPDF / delib (scanned)   : {by[key[0]][2] / d:.2f}   (target >= 4)')
    print(f're-run / first run (scanned) : {by["delib, scanned, re-run"][2] / d:.3f}   (target < 0.10)')
    print(f'born-digital pages/s         : {born_pages / by["delib, born-digital"][2]:.1f}   (target >= 50)')
    print(f'born-digital x2 time ratio   : {by["delib, born-digital x2"][2] / by["delib, born-digital"][2]:.2f}   (linear: about 2)')
    print(f'peak memory, all runs        : {max(r[3] for r in rows if r[0].startswith("delib")):.0f} MB   (target <= 1500)')
    tot = sum(stages.values()) or 1
    print('delib stages on scans (s, summed over the records; pages a helping worker read are not in them): ' +
          ', '.join(f'{k} {v:.1f} ({100 * v / tot:.0f}%)' for k, v in sorted(stages.items())))
    if args.json:
        with open(args.json, 'w') as f:
            json.dump({'rows': rows, 'stages': stages}, f, indent=1)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
