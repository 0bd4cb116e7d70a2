#!/usr/bin/env python3
"""Start-up time of the interactive shell: from starting jixiao in a pseudo-terminal until its first prompt
is on the screen, with the bundled datasets loaded and libedit and the history set up.

    python3 bench/prompt_latency.py [BINARY] [RUNS]

A measurement, not a test: it prints the figures and the goal of the performance issue (a ready prompt within
15 ms, median) with PASS or MISS, and exits 0 either way.
"""
import os
import pty
import select
import shutil
import statistics
import sys
import tempfile
import time

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/jixiao"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
home = tempfile.mkdtemp(prefix="jixiao-bench-")
environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "TERM": "xterm-256color"}
times = []
try:
    for _ in range(runs + 3):
        start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(binary, [binary, "--datasets", "datasets"], environment)
        seen = b""
        while b"jixiao [1]> " not in seen:
            ready, _, _ = select.select([fd], [], [], 10)
            if not ready:
                sys.exit("no prompt within 10 s:\n" + seen.decode("utf-8", "replace"))
            seen += os.read(fd, 65536)
        times.append(time.perf_counter() - start)
        os.write(fd, b"\x04")  # Ctrl-D
        try:
            while os.read(fd, 65536):
                pass
        except OSError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)
finally:
    shutil.rmtree(home, ignore_errors=True)
times = sorted(t * 1000 for t in times[3:])  # the first runs warm the file cache
print(f"prompt after start-up: median {statistics.median(times):.1f} ms, "
      f"min {times[0]:.1f} ms, max {times[-1]:.1f} ms ({runs} runs)")
median = statistics.median(times)
print(f"goal of the performance issue: (4) ready prompt with the bundled datasets {median:.1f} ms, goal <= 15 ms "
      f"{'PASS' if median <= 15 else 'MISS'}")
