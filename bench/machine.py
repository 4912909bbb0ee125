"""How fast this machine runs Python, so that suite times measured on different machines compare.

    .venv/bin/python bench/machine.py

The same tree ran `make test-fast` in 3 min 58 s on one of our 2-core machines and in 9 min 39 s
on another (30 Nov 2026): the machines differ, not the code. This prints the CPU seconds of a
fixed piece of work of the kinds the suite does (pure Python bytecode, and SQLite in memory), best
of three, beside the processor's name. Put the figure next to a suite time (README, "Tests and
benchmarks"); divide suite CPU by it to compare runs from different machines.
"""

import platform
import sqlite3
import time
from pathlib import Path


def python_work():
    """Ten million additions and a thousand small dicts, as interpreted code does."""
    total = 0
    for number in range(10_000_000):
        total += number
    rows = [
        {"id": number, "title": f"video {number}", "live": number % 2 == 0}
        for number in range(1000)
    ]
    return total + sum(row["id"] for row in rows if row["live"])


def sqlite_work():
    """A table of 100,000 rows, an index, and 2,000 look-ups by it, in memory."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, slug TEXT, depth INTEGER)")
    connection.executemany(
        "INSERT INTO page (slug, depth) VALUES (?, ?)",
        ((f"page-{number}", number % 7) for number in range(100_000)),
    )
    connection.execute("CREATE INDEX page_slug ON page (slug)")
    found = sum(
        connection.execute(
            "SELECT depth FROM page WHERE slug = ?", (f"page-{number * 37}",)
        ).fetchone()[0]
        for number in range(2000)
    )
    connection.close()
    return found


def cpu_seconds(work):
    """The least CPU time of three runs (a busy machine only ever adds to it)."""
    times = []
    for _ in range(3):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


def processor_name():
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def main():
    python_seconds = cpu_seconds(python_work)
    sqlite_seconds = cpu_seconds(sqlite_work)
    print(f"processor: {processor_name()} (Python {platform.python_version()})")
    print(f"python work: {python_seconds:.2f} s CPU")
    print(f"sqlite work: {sqlite_seconds:.2f} s CPU")
    print(f"machine figure: {python_seconds + sqlite_seconds:.2f} s (lower is faster)")


if __name__ == "__main__":
    main()
