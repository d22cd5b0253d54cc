"""The first ``make start`` on a fresh machine, timed: ``benchmarks/first_start.py``.

Each variant is a fresh clone of this repository (at ``REV``, default the checkout's HEAD)
with empty download caches (its own ``UV_CACHE_DIR`` and ``PIP_CACHE_DIR``: every package
comes from PyPI as on a new machine), in which ``make start`` runs until the site answers
("Kancelaria is ready"). Printed: the whole time, the time until the working set was
installed (``.venv/.installed``), the rest (the instance, the site, the server), and each
variant's ratio to the first. The variants alternate over ``--rounds``, so machine load hits
them alike.

    benchmarks/first_start.py                         # uv (the default) against INSTALLER=pip
    benchmarks/first_start.py --variant HEAD:uv --variant 264d73b:pip   # against an older commit

``--variant REV:INSTALLER``; the installer ``pip`` is ``make start INSTALLER=pip`` (at commits
before uv, the only installer). Servers listen on free ports of 127.0.0.1 and are stopped.
"""

from pathlib import Path

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from instance import free_port  # noqa: E402

READY = "Kancelaria is ready"


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--variant", action="append", help="REV:INSTALLER (uv or pip); repeatable")
    p.add_argument("--rounds", type=int, default=1, help="alternating rounds of all variants")
    p.add_argument("--timeout", type=float, default=900, help="seconds before a start fails")
    args = p.parse_args(argv)
    args.variant = args.variant or ["HEAD:uv", "HEAD:pip"]
    return args


def first_start(rev, installer, timeout):
    """Clone ``rev`` into a new directory, ``make start`` there; (total s, install s)."""
    with tempfile.TemporaryDirectory(prefix="kancelaria-first-start-") as tmp:
        tmp = Path(tmp)
        checkout = tmp / "checkout"
        subprocess.run(["git", "clone", "-q", str(REPO), str(checkout)], check=True)
        subprocess.run(["git", "-C", str(checkout), "checkout", "-q", rev], check=True)
        env = {
            **os.environ,
            "UV_CACHE_DIR": str(tmp / "uv-cache"),
            "PIP_CACHE_DIR": str(tmp / "pip-cache"),
        }
        env.pop("VIRTUAL_ENV", None)
        log = tmp / "start.log"
        port = free_port(range(8400, 8500))
        t0, wall0 = time.perf_counter(), time.time()
        with open(log, "wb") as out:
            proc = subprocess.Popen(
                ["make", "start", f"PORT={port}", f"INSTALLER={installer}"],
                cwd=checkout,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            while READY not in log.read_text(errors="replace"):
                if proc.poll() is not None or time.perf_counter() - t0 > timeout:
                    tail = log.read_text(errors="replace")[-3000:]
                    raise RuntimeError(f"make start ({rev}, {installer}) did not serve:\n{tail}")
                time.sleep(0.2)
            total = time.perf_counter() - t0
            installed = (checkout / ".venv" / ".installed").stat().st_mtime
            install = installed - wall0
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
        return total, install


def main(argv=None):
    args = parse_args(argv)
    load = os.getloadavg()[0]
    results = {variant: [] for variant in args.variant}
    for rnd in range(args.rounds):
        for variant in args.variant:
            rev, _sep, installer = variant.partition(":")
            total, install = first_start(rev, installer or "uv", args.timeout)
            results[variant].append((total, install))
            print(f"round {rnd + 1}, {variant}: {total:.1f} s (install {install:.1f} s)")
    print(f"\nfirst `make start` until the site answers (load average at start {load:.1f}):")
    print(f"{'variant':<28} {'total, s':>9} {'install, s':>11} {'site+server, s':>15} {'ratio':>6}")
    base = None
    for variant, runs in results.items():
        total = statistics.median(t for t, _ in runs)
        install = statistics.median(i for _, i in runs)
        base = base or total
        row = f"{variant:<28} {total:>9.1f} {install:>11.1f} {total - install:>15.1f}"
        print(f"{row} {total / base:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
