"""The benchmark (`make bench`): healthld against the naive reference and the floor.

In one invocation, over one synthetic export (bench/generate.py) in a temporary folder:
the naive reference (bench/naive.py), `healthld build --jobs 1`, `--jobs 2`, a no-op
rebuild (every page unchanged: the manifest skips it), and the floor (bench/floor.py:
read + `lxml.html.fromstring` + write). Every run is a fresh subprocess timed by wall
clock, interpreter start included. Each run is repeated (`--repeat`, default 3), the
repetitions interleaved, and the fastest time of each kind is the one compared: on a
shared VM whose speed drifts from minute to minute, the minimum is the estimate least
disturbed by what else the machine was doing (as timeit's documentation advises), and
interleaving gives every kind the same chances. Prints pages/s and the ratios against
the targets, and writes them, with every repetition's time, to bench/results.json. The
peak RSS of each build (the process and its workers together, sampled from /proc) is
reported too; `--memory-pages 5000` adds a build of a 5,000-page export for the memory
target (`make bench-memory`).

Two more exports: 1,200 pages whose FAQs share questions (clinic sites paste the same
"How do I book?" block on every page), built and rebuilt with nothing changed, for the
no-op rebuild with thousands of site-wide duplicate findings (`--shared-pages`); and 240
pages built with `--jobs 1` and `--jobs 2`, where start-up weighs most (`--small-pages`).

    python bench/run.py [--pages 500] [--repeat 3] [--memory-pages 5000] [--skip-naive]
                        [--shared-pages 1200] [--small-pages 240]
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

TARGETS = {
    "jobs1_vs_naive": (">=", 5.0),
    "jobs2_vs_jobs1": (">=", 1.7),
    "noop_vs_full": ("<=", 0.05),
    "noop_vs_full_5000": ("<=", 0.05),
    "noop_vs_full_shared": ("<=", 0.05),
    "jobs2_vs_jobs1_small": (">=", 1.7),
    "peak_rss_mb_5000": ("<=", 300.0),
}


def _tree_rss_kb(pid: int) -> int:
    """The resident memory of `pid` and all its descendants, in KB (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


class Timing(NamedTuple):
    seconds: float  # wall clock
    rss_mb: float  # peak RSS of the process and its children
    # The share of the machine's CPU (every core) that other processes used meanwhile:
    # on a shared machine, a time with a high share says little. None: not known.
    others: float | None


def _busy_seconds() -> float | None:
    """CPU seconds the machine has been busy, every core and every process, including the
    time a VM's cores were taken by the host (steal); None without Linux's /proc/stat."""
    try:
        ticks = [int(f) for f in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    except (OSError, ValueError):
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = ticks
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _own_cpu() -> float:
    """CPU seconds of this process and its finished children."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                  resource.getrusage(resource.RUSAGE_CHILDREN)))


def timed(argv: list[str]) -> Timing:
    """Run `argv`: its wall time, its peak RSS with its children's, and what the rest of the
    machine used meanwhile."""
    busy, own = _busy_seconds(), _own_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if proc.returncode not in (0, 1):  # 1: some page had findings; the timing still counts
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    after = _busy_seconds()
    others = None if busy is None or after is None else max(
        0.0, after - busy - (_own_cpu() - own)) / ((os.cpu_count() or 1) * seconds)
    return Timing(seconds, peak / 1024, others)


def _fastest(runs: list[Timing]) -> Timing:
    return min(runs, key=lambda t: t.seconds)


def _share(others: float | None) -> str:
    return "" if others is None else f", others {others:.0%}"


def build_cmd(src: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "pipeline", "build", str(src), "--out", str(out), "--jobs",
            str(jobs), "-q", "--today", "2026-11-26", "--config", str(ROOT / "pipeline.toml")]


def pair_fastest(repeat: int, commands: Callable[[int], tuple[list[str], list[str]]]
                 ) -> tuple[Timing, Timing]:
    """The fastest run of each of two commands, run in turn `repeat` times (`commands(r)`
    gives the r-th repetition's pair)."""
    runs: tuple[list[Timing], list[Timing]] = ([], [])
    for r in range(repeat):
        for argv, found in zip(commands(r), runs, strict=True):
            found.append(timed(argv))
    first, second = (_fastest(found) for found in runs)
    return first, second


def _rounded(share: float | None) -> float | None:
    return None if share is None else round(share, 3)


def _load() -> list[float]:
    """The machine's load averages (1, 5 and 15 minutes)."""
    return [round(x, 2) for x in os.getloadavg()]


def same_tree(a: Path, b: Path) -> bool:
    files = sorted(p.relative_to(a) for p in a.rglob("*.html"))
    if files != sorted(p.relative_to(b) for p in b.rglob("*.html")):
        return False
    return all(filecmp.cmp(a / f, b / f, shallow=False) for f in files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3,
                        help="repetitions of each run; the fastest counts (default 3)")
    parser.add_argument("--memory-pages", type=int, default=0,
                        help="also build an export of this many pages for peak RSS (e.g. 5000)")
    parser.add_argument("--skip-naive", action="store_true", help="leave out the naive reference")
    parser.add_argument("--shared-pages", type=int, default=1200,
                        help="pages of an export whose FAQs share questions, for the no-op "
                             "rebuild with site-wide duplicates (0: none)")
    parser.add_argument("--small-pages", type=int, default=240,
                        help="pages of a small export, for --jobs 2 vs --jobs 1 (0: none)")
    parser.add_argument("--results", type=Path, default=HERE / "results.json")
    args = parser.parse_args()
    # The package's bytecode, as an installed wheel has it: with PYTHONDONTWRITEBYTECODE
    # set (as in some CI and agent shells) an editable install never caches it, and every
    # timed process would compile the package's sources first (~30 ms, most of a no-op).
    import compileall

    compileall.compile_dir(ROOT / "pipeline", quiet=1)
    results: dict = {"pages": args.pages, "cpus": os.cpu_count(), "python": sys.version.split()[0],
                     "load_average_before": _load()}
    with tempfile.TemporaryDirectory(prefix="healthld-bench-") as tmp:
        work = Path(tmp)
        src = work / "in"
        paths = generate(src, args.pages)
        size = sum(p.stat().st_size for p in paths)
        results["average_page_kb"] = round(size / len(paths) / 1000, 1)
        print(f"{args.pages} synthetic pages, {results['average_page_kb']} KB on average; "
              f"load average {results['load_average_before']}")
        one = work / "one"  # a one-page site: what a build costs besides its pages
        generate(one, 1)
        samples: dict[str, list[Timing]] = {}
        for r in range(args.repeat):  # fresh output folders each time: real full builds
            runs = {
                "floor": [sys.executable, str(HERE / "floor.py"), str(src),
                          str(work / f"floor{r}")],
                "jobs1": build_cmd(src, work / f"j1-{r}", 1),
                "jobs2": build_cmd(src, work / f"j2-{r}", 2),
                "noop": build_cmd(src, work / f"j2-{r}", 2),
                "startup": build_cmd(one, work / f"one-{r}", 1),
            }
            if not args.skip_naive:
                naive = [sys.executable, str(HERE / "naive.py"), str(src), str(work / f"naive{r}")]
                runs = {"naive": naive, **runs}
            for name, argv in runs.items():
                samples.setdefault(name, []).append(timed(argv))
            print(f"repetition {r + 1}: " + ", ".join(
                f"{name} {found[-1].seconds:.2f} s" for name, found in samples.items()), flush=True)
        for name, found in samples.items():
            fastest, rss = _fastest(found), max(t.rss_mb for t in found)
            rate = (1 if name == "startup" else args.pages) / fastest.seconds
            results[name] = {"seconds": round(fastest.seconds, 3), "pages_per_s": round(rate, 1),
                             "peak_rss_mb": round(rss, 1), "others": _rounded(fastest.others),
                             "all_seconds": [round(t.seconds, 3) for t in found]}
            print(f"{name:<7} {fastest.seconds:8.2f} s {rate:8.1f} pages/s  peak RSS {rss:6.0f} MB"
                  f"  (fastest of {len(found)}{_share(fastest.others)})")
        results["jobs_identical_output"] = all(
            same_tree(work / "j1-0", work / f"j{j}-{r}")
            for j in (1, 2) for r in range(args.repeat))
        if args.shared_pages:  # a full build, then a no-op rebuild, in one folder
            shared = work / "shared"
            generate(shared, args.shared_pages, seed=3, shared=True)
            full, noop = pair_fastest(args.repeat, lambda r: (
                build_cmd(shared, work / f"shared-out{r}", 2),
                build_cmd(shared, work / f"shared-out{r}", 2)))
            results["shared"] = {"pages": args.shared_pages, "seconds": round(full.seconds, 3),
                                 "noop_seconds": round(noop.seconds, 3)}
            print(f"{args.shared_pages} pages sharing questions, --jobs 2: full "
                  f"{full.seconds:.2f} s, no-op rebuild {noop.seconds:.2f} s "
                  f"(fastest of {args.repeat})")
        if args.small_pages:
            small = work / "small"
            generate(small, args.small_pages, seed=4)
            j1, j2 = pair_fastest(args.repeat, lambda r: (
                build_cmd(small, work / f"small1-{r}", 1),
                build_cmd(small, work / f"small2-{r}", 2)))
            results["small"] = {"pages": args.small_pages, "jobs1_seconds": round(j1.seconds, 3),
                                "jobs2_seconds": round(j2.seconds, 3),
                                "jobs1_others": _rounded(j1.others),
                                "jobs2_others": _rounded(j2.others)}
            print(f"{args.small_pages} pages: --jobs 1 {j1.seconds:.2f} s{_share(j1.others)}, "
                  f"--jobs 2 {j2.seconds:.2f} s{_share(j2.others)} (fastest of {args.repeat})")
        if args.memory_pages:
            big = work / "big"
            generate(big, args.memory_pages, seed=2)
            seconds, rss, _ = timed(build_cmd(big, work / "big-out", 2))
            noop_seconds = timed(build_cmd(big, work / "big-out", 2)).seconds
            results["memory"] = {"pages": args.memory_pages, "seconds": round(seconds, 2),
                                 "peak_rss_mb": round(rss, 1),
                                 "noop_seconds": round(noop_seconds, 3)}
            print(f"{args.memory_pages} pages --jobs 2: {seconds:.1f} s, peak RSS {rss:.0f} MB "
                  f"(process and workers together); no-op rebuild {noop_seconds:.2f} s")
    results["load_average_after"] = _load()
    ratios = {
        "jobs1_vs_floor": results["floor"]["seconds"] / results["jobs1"]["seconds"],
        "jobs2_vs_jobs1": results["jobs1"]["seconds"] / results["jobs2"]["seconds"],
        "noop_vs_full": results["noop"]["seconds"] / results["jobs2"]["seconds"],
    }
    if "naive" in results:
        ratios["jobs1_vs_naive"] = results["naive"]["seconds"] / results["jobs1"]["seconds"]
    if "shared" in results:
        ratios["noop_vs_full_shared"] = (results["shared"]["noop_seconds"]
                                         / results["shared"]["seconds"])
    if "small" in results:
        ratios["jobs2_vs_jobs1_small"] = (results["small"]["jobs1_seconds"]
                                          / results["small"]["jobs2_seconds"])
    if "memory" in results:
        ratios["peak_rss_mb_5000"] = results["memory"]["peak_rss_mb"]
        memory = results["memory"]
        ratios["noop_vs_full_5000"] = memory["noop_seconds"] / memory["seconds"]
    results["ratios"] = {k: round(v, 3) for k, v in ratios.items()}
    print(f"output identical for --jobs 1 and --jobs 2: {results['jobs_identical_output']}; "
          f"load average {results['load_average_before']} before, "
          f"{results['load_average_after']} after")
    for name, value in results["ratios"].items():
        op, target = TARGETS.get(name, (None, None))
        verdict = "" if op is None else (
            "  meets " if (value >= target if op == ">=" else value <= target) else "  MISSES ")
        print(f"{name:<18} {value:8.3f}{verdict}{'' if op is None else f'{op} {target}'}")
    args.results.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.results}")


if __name__ == "__main__":
    main()
