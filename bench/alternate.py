#!/usr/bin/env python3
"""Times commands side by side, alternating them run by run, so that a busy machine slows each
alike; prints each one's median wall-clock and processor time (user + system, children included)
and its ratio to the first command's median. Output is discarded; a non-zero exit stops the bench.

    bench/alternate.py RUNS NAME=COMMAND [NAME=COMMAND...]   (COMMAND run by /bin/sh)
    bench/alternate.py --json FILE ...                        also writes the medians as JSON
"""
import json, os, statistics, subprocess, sys, time


def run(command):
    start = time.perf_counter()
    process = subprocess.Popen(["/bin/sh", "-c", command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    err = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime, code, err


def main(argv):
    out_json = None
    if argv and argv[0] == "--json":
        out_json, argv = argv[1], argv[2:]
    runs = int(argv[0])
    commands = [a.split("=", 1) for a in argv[1:]]
    walls = {name: [] for name, _ in commands}
    cpus = {name: [] for name, _ in commands}
    for name, command in commands:   # one warm-up run each
        run(command)
    for _ in range(runs):
        for name, command in commands:
            wall, cpu, code, err = run(command)
            if code not in (0, 1):
                sys.exit(f"{name}: exit {code}: {err.strip()[:500]}")
            walls[name].append(wall)
            cpus[name].append(cpu)
    load = " ".join(open("/proc/loadavg").read().split()[:3])
    print(f"{runs} runs each, alternated; load average {load}")
    base_name = commands[0][0]
    base_wall, base_cpu = statistics.median(walls[base_name]), statistics.median(cpus[base_name])
    print(f"{'':44} {'wall median':>12} {'ratio':>6} {'cpu median':>11} {'ratio':>6}")
    result = {}
    for name, _ in commands:
        w, c = statistics.median(walls[name]), statistics.median(cpus[name])
        result[name] = {"wall": w, "cpu": c}
        print(f"{name:44} {w*1000:9.0f} ms {w/base_wall:6.2f} {c*1000:8.0f} ms {c/base_cpu:6.2f}")
    if out_json:
        json.dump({"runs": runs, "load": load, "results": result}, open(out_json, "w"), indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
