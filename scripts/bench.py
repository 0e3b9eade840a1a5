#!/usr/bin/env python3
"""The measurements of scripts/bench.sh (run that; it builds first). See docs/performance.md."""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(ROOT)
QUICK = bool(os.environ.get("BENCH_QUICK"))
BIN = os.path.join(ROOT, ".build/release/rnnstep")
BENCH = os.path.join(ROOT, ".build/release/rnnstep-bench")
HELLO = os.path.join(ROOT, ".build/bench/hello")
# BENCH_BEFORE=DIR: a directory with another build's rnnstep and rnnstep-bench (e.g. main's), measured
# in the same run, interleaved, as the "before" column.
BEFORE = os.environ.get("BENCH_BEFORE")
BEFORE_BIN = os.path.join(BEFORE, "rnnstep") if BEFORE else None
# The deck the "before" build opens: an older build may not read lessons written for a newer format
# (e.g. `git archive OLD lessons | tar -x -C DIR` and BENCH_BEFORE_DECK=DIR/lessons).
BEFORE_DECK = os.environ.get("BENCH_BEFORE_DECK", "lessons")
BEFORE_BENCH = os.path.join(BEFORE, "rnnstep-bench") if BEFORE else None
# The debug build that `swift run rnnstep` makes (bench.sh builds it); BENCH_DEBUG=PATH names another.
DEBUG_BIN = os.environ.get("BENCH_DEBUG", os.path.join(ROOT, ".build/debug/rnnstep"))
# BENCH_BEFORE_DEBUG=PATH: the "before" debug binary, measured in the same runs.
BEFORE_DEBUG_BIN = os.environ.get("BENCH_BEFORE_DEBUG")
SOCKET = "rnnstep-bench-%d" % os.getpid()
results = {}


def section(title):
    print("\n== " + title, flush=True)


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-L", SOCKET, *args], check=check, capture_output=True, text=True)


def wait_for(session, pattern, timeout=60.0):
    """Polls capture-pane until `pattern` (a regex) appears; returns the time it first did."""
    deadline = time.perf_counter() + timeout
    rx = re.compile(pattern)
    while time.perf_counter() < deadline:
        out = tmux("capture-pane", "-p", "-t", session, check=False).stdout
        if rx.search(out):
            return time.perf_counter()
    raise RuntimeError("timed out waiting for %r in %s:\n%s" % (pattern, session, out))


def first_frame(command, pattern, cols=120, rows=40, cwd=None):
    """Seconds from `tmux new-session` to `pattern` on screen, then quits with q. `cwd`: the
    session's folder (tmux's `-c`), else this one."""
    name = "s%d" % int(time.perf_counter_ns() % 1_000_000_000)
    # A fresh state folder per start: a first-time start, with no "resumed where you stopped" notice.
    state = tempfile.mkdtemp(prefix="rnnstep-bench-state-")
    env_cmd = "env LANG=C.UTF-8 TERM=tmux-256color XDG_STATE_HOME=%s %s" % (state, command)
    t0 = time.perf_counter()
    # A server that is just exiting (its last session was killed) can refuse a new session: retry.
    for attempt in range(5):
        if tmux("new-session", "-d", "-s", name, "-x", str(cols), "-y", str(rows), *(["-c", cwd] if cwd else []), env_cmd,
                check=False).returncode == 0:
            break
        time.sleep(0.05)
        t0 = time.perf_counter()
    else:
        raise RuntimeError("tmux refused a new session 5 times")
    t1 = wait_for(name, pattern)
    pid = tmux("list-panes", "-t", name, "-F", "#{pane_pid}", check=False).stdout.strip()
    tmux("send-keys", "-t", name, "q")
    tmux("kill-session", "-t", name, check=False)
    wait_gone(pid)
    shutil.rmtree(state, ignore_errors=True)
    return t1 - t0


def wait_gone(pid, timeout=10.0):
    """Waits until process `pid` (a string, possibly empty) has ended, so that a program still
    busy after the measured frame (`play` reads the rest of the deck) does not slow the next
    start measured."""
    if not pid.isdigit():
        return
    deadline = time.perf_counter() + timeout
    while os.path.exists("/proc/%s" % pid) and time.perf_counter() < deadline:
        try:
            if open("/proc/%s/stat" % pid).read().split(")")[-1].split()[0] == "Z":
                return
        except OSError:
            return
        time.sleep(0.002)


def first_frame_control(command, pattern, cols=120, rows=40, cwd=None):
    """`first_frame_once`, started again (up to 5 times) when tmux refuses the new session: a
    server that is just exiting (its last session was killed) can do that."""
    for attempt in range(5):
        try:
            return first_frame_once(command, pattern, cols, rows, cwd)
        except SessionRefused:
            time.sleep(0.05)
    raise RuntimeError("tmux refused a new session 5 times (%s)" % command)


class SessionRefused(Exception):
    pass


def first_frame_once(command, pattern, cols=120, rows=40, cwd=None):
    """Seconds from starting `tmux -C new-session` to `pattern` on the pane, then quits with q.

    One control-mode client creates the session and stays connected: tmux sends it a `%output`
    line whenever the program writes, and after each one the client asks `capture-pane -p`
    over the same connection, so the screen is looked at within a fraction of a millisecond of
    each write, and no process is started per look (`first_frame` starts a `tmux capture-pane`
    process per look, 3-4 ms each, which is the resolution of its figures)."""
    name = "c%d" % int(time.perf_counter_ns() % 1_000_000_000)
    state = tempfile.mkdtemp(prefix="rnnstep-bench-state-")
    env_cmd = "env LANG=C.UTF-8 TERM=tmux-256color XDG_STATE_HOME=%s %s" % (state, command)
    rx = re.compile(pattern)
    t0 = time.perf_counter()
    client = subprocess.Popen(["tmux", "-L", SOCKET, "-C", "new-session", "-s", name, "-x", str(cols), "-y", str(rows),
                               *(["-c", cwd] if cwd else []), env_cmd],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)
    fd = client.stdout.fileno()
    pending = b""
    asked = 0          # captures asked for and not answered yet
    stale = False      # output arrived after the last capture was asked for
    reply = None       # lines of the capture being received
    started = False    # tmux said the session exists
    found = None
    deadline = t0 + 60
    try:
        while found is None:
            if time.perf_counter() > deadline:
                raise RuntimeError("timed out waiting for %r in %s (control mode)" % (pattern, command))
            chunk = os.read(fd, 65536)
            if not chunk:
                if not started:
                    raise SessionRefused()
                raise RuntimeError("tmux control client ended before %r appeared (%s)" % (pattern, command))
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                text = line.decode("utf-8", "replace")
                if reply is not None:
                    if text.startswith("%end") or text.startswith("%error"):
                        asked -= 1
                        if any(rx.search(l) for l in reply):
                            found = time.perf_counter()
                        reply = None
                    else:
                        reply.append(text)
                elif text.startswith("%begin"):
                    # The answer to new-session itself has no capture in it; later ones do.
                    reply = [] if asked > 0 else None
                    if reply is None:
                        continue
                elif text.startswith("%output"):
                    stale = True
                if text.startswith("%session-changed"):
                    started = True
            if found is None and stale and asked == 0:
                client.stdin.write(("capture-pane -p -t %s\n" % name).encode())
                asked += 1
                stale = False
        # The program's pid, so that the next start waits until it has ended (see `wait_gone`).
        client.stdin.write(("list-panes -t %s -F '#{pane_pid}'\n" % name).encode())
        pid, block = "", None
        while not pid:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                text = line.decode("utf-8", "replace")
                if text.startswith("%begin"):
                    block = []
                elif text.startswith("%end") or text.startswith("%error"):
                    if block and block[-1].strip().isdigit():
                        pid = block[-1].strip()
                    block = None
                elif block is not None:
                    block.append(text)
        client.stdin.write(("send-keys -t %s q\nkill-session -t %s\n" % (name, name)).encode())
        client.stdin.close()
        client.wait(timeout=10)
        wait_gone(pid)
    finally:
        if client.poll() is None:
            client.kill()
        shutil.rmtree(state, ignore_errors=True)
    return found - t0


# Rounds of the start-up measurement: a tmux start varies by several milliseconds from one to the
# next, and the goal is a ratio of medians (with 21 rounds it moved by about ±0.05 between runs).
STARTUP_RUNS = 7 if QUICK else 41


def startup():
    section("startup to first frame, tmux 120x40, control-mode client (median of %d, interleaved)" % STARTUP_RUNS)
    startup_with(first_frame_control, "")
    section("the same, polled with a tmux capture-pane process per look (the method of rounds 1-3)")
    startup_with(first_frame, "polled:")
    exec_to_frame()


def exec_to_frame():
    """Milliseconds from each program's exec to its first frame leaving curses (the first return
    of ncurses' doupdate), from a uprobe and the exec tracepoint: the programs' own part of the
    start-up, without tmux's (about 10-15 ms of server start, equal for all). Needs root and perf."""
    section("exec to the first frame handed to the terminal (uprobe on ncurses' doupdate; tmux 120x40, control mode)")
    if os.geteuid() != 0 or not shutil.which("perf"):
        print("  not measured (needs root and perf)")
        return
    lib = next((l.split("=>")[1].split()[0] for l in subprocess.run(["ldd", HELLO], capture_output=True, text=True).stdout.splitlines()
                if "libncursesw" in l and "=>" in l), None)
    if not lib:
        print("  not measured (hello.c does not link libncursesw)")
        return
    cases = [("hello.c", HELLO, HELLO, r"READY"), ("rnnstep (chapter deck)", BIN, BIN + " play --lang en lessons", r"q quit")]
    if BEFORE:
        cases.append(("before: rnnstep (chapter deck)", BEFORE_BIN, BEFORE_BIN + " play --lang en " + BEFORE_DECK, r"q quit"))
    if os.path.exists(DEBUG_BIN):
        cases.append(("debug build (chapter deck)", DEBUG_BIN, DEBUG_BIN + " play --lang en lessons", r"q quit"))
    # One return probe on doupdate_sp in the shared libncursesw, and one in each program that has
    # ncurses linked in (scripts/build-release.sh links its archive when it is installed).
    subprocess.run(["perf", "probe", "-q", "-d", "rnnstepbench:*"], capture_output=True)
    events = []
    for i, obj in enumerate([lib] + sorted({os.path.realpath(c[1]) for c in cases})):
        if obj != lib and "libncursesw" in subprocess.run(["readelf", "-d", obj], capture_output=True, text=True).stdout:
            continue
        name = "frame%d" % i  # perf names a return probe's event NAME__return
        if subprocess.run(["perf", "probe", "-q", "-x", obj, "-a", "rnnstepbench:%s=doupdate_sp%%return" % name],
                          capture_output=True).returncode == 0:
            events.append("rnnstepbench:%s__return" % name)
        elif obj == lib:
            print("  not measured (perf probe cannot place a uprobe in %s)" % lib)
            return
    data = tempfile.mktemp(suffix=".perf")
    n = 7 if QUICK else 21
    try:
        for _, _, cmd, pat in cases:  # warm the page cache
            first_frame_control(cmd, pat)
        args = ["perf", "record", "-q", "-o", data, "-a", "-e", "sched:sched_process_exec"]
        for event in events:
            args += ["-e", event]
        rec = subprocess.Popen(args,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.5)
        for _ in range(n):
            for _, _, cmd, pat in cases:
                first_frame_control(cmd, pat)
        rec.send_signal(2)
        rec.wait()
        out = subprocess.run(["perf", "script", "-i", data, "-F", "pid,time,event,trace"], capture_output=True, text=True).stdout
    finally:
        subprocess.run(["perf", "probe", "-q", "-d", "rnnstepbench:*"], capture_output=True)
        if os.path.exists(data):
            os.unlink(data)
    execs, frames = {}, {}
    for line in out.splitlines():
        m = re.match(r"\s*(\d+)\s+([\d.]+):\s+(\S+):(.*)", line)
        if not m:
            continue
        pid, t, ev, rest = m.group(1), float(m.group(2)), m.group(3), m.group(4)
        if "sched_process_exec" in ev:
            f = re.search(r"filename=(\S+)", rest)
            if f:
                execs[pid] = (t, os.path.realpath(f.group(1)))
        elif pid not in frames:
            frames[pid] = t
    by_path = {}
    for pid, (t, path) in execs.items():
        if pid in frames:
            by_path.setdefault(path, []).append((frames[pid] - t) * 1000)
    base = None
    for label, path, _, _ in cases:
        v = by_path.get(os.path.realpath(path), [])
        if not v:
            print("  %-30s no frames recorded" % label)
            continue
        m = statistics.median(v)
        base = base or m
        print("  %-30s median %6.2f ms  (min %5.2f, n %d)  x%.1f of hello.c" % (label, m, min(v), len(v), m / base))
        results["exec_to_frame:" + label] = m


def startup_with(measure, prefix):
    n = STARTUP_RUNS
    cases = [
        ("hello.c (bare ncursesw)", HELLO, r"READY"),
        ("rnnstep (chapter deck)", BIN + " play --lang en lessons", r"q quit"),
        ("rnnstep bench/tiny.yaml", BIN + " play --lang en bench/tiny.yaml", r"q quit"),
        ("rnnstep bench/stress.yaml", BIN + " play --lang en bench/stress.yaml", r"q quit"),
    ]
    if BEFORE:
        cases += [
            ("before: rnnstep (chapter deck)", BEFORE_BIN + " play --lang en " + BEFORE_DECK, r"q quit"),
            ("before: bench/tiny.yaml", BEFORE_BIN + " play --lang en bench/tiny.yaml", r"q quit"),
            ("before: bench/stress.yaml", BEFORE_BIN + " play --lang en bench/stress.yaml", r"q quit"),
        ]
    if os.path.exists(DEBUG_BIN):
        cases.append(("debug build (chapter deck)", DEBUG_BIN + " play --lang en lessons", r"q quit"))
    if BEFORE_DEBUG_BIN:
        cases.append(("before: debug build (deck)", BEFORE_DEBUG_BIN + " play --lang en " + BEFORE_DECK, r"q quit"))
    # The deck built into the binary, as an installed rnnstep opens it outside a project.
    empty = tempfile.mkdtemp(prefix="rnnstep-bench-empty-")
    cases.append(("rnnstep (built-in deck)", BIN + " play --lang en", r"q quit", empty))
    if BEFORE:
        cases.append(("before: built-in deck", BEFORE_BIN + " play --lang en", r"q quit", empty))
    times = {c[0]: [] for c in cases}
    for label, cmd, pat, *cwd in cases:  # warm the page cache
        measure(cmd, pat, cwd=cwd[0] if cwd else None)
    for _ in range(n):
        for label, cmd, pat, *cwd in cases:
            times[label].append(measure(cmd, pat, cwd=cwd[0] if cwd else None))
    os.rmdir(empty)
    base = statistics.median(times[cases[0][0]])
    tiny = statistics.median(times[cases[2][0]])
    for label, *_ in cases:
        m = statistics.median(times[label])
        print("  %-30s median %7.1f ms  (min %6.1f)  x%.2f of hello.c  x%.2f of tiny" % (
            label, m * 1000, min(times[label]) * 1000, m / base, m / tiny))
        results[prefix + "startup:" + label] = m
    results[prefix + "goal:first_frame_ratio"] = statistics.median(times[cases[1][0]]) / base
    results[prefix + "first_frame_ratio_built_in"] = statistics.median(times["rnnstep (built-in deck)"]) / base
    print("  built-in deck (an installed rnnstep outside a project): x%.2f of hello.c" % results[prefix + "first_frame_ratio_built_in"])
    if "debug build (chapter deck)" in times:
        results[prefix + "goal:first_frame_ratio_debug"] = statistics.median(times["debug build (chapter deck)"]) / base
        print("  debug build: deck x%.2f of hello.c (goal: 2)" % results[prefix + "goal:first_frame_ratio_debug"])
    results[prefix + "goal:open_stress_vs_tiny_tmux"] = statistics.median(times[cases[3][0]]) / tiny
    if BEFORE:
        btiny = statistics.median(times[cases[5][0]])
        results[prefix + "before:goal:first_frame_ratio"] = statistics.median(times[cases[4][0]]) / base
        results[prefix + "before:goal:open_stress_vs_tiny_tmux"] = statistics.median(times[cases[6][0]]) / btiny
        print("  before: deck x%.2f of hello.c, stress x%.2f of tiny;  after: deck x%.2f, stress x%.2f" % (
            results[prefix + "before:goal:first_frame_ratio"], results[prefix + "before:goal:open_stress_vs_tiny_tmux"],
            results[prefix + "goal:first_frame_ratio"], results[prefix + "goal:open_stress_vs_tiny_tmux"]))


def frames():
    section("frame time per timestep advance (Player.view + Terminal.draw, 256 colours), bytes per advance")
    k = "100" if QUICK else "300"
    work = ["lessons/04-numpy-rnn.yaml:120x40", "lessons/04-numpy-rnn.yaml:80x24",
            "bench/tiny.yaml:120x40", "bench/tiny.yaml:200x60",
            "bench/stress.yaml:200x60"]
    rounds = 1 if QUICK else 3
    for r in range(rounds):  # before and after alternate, so that both see the same load
        for label, binary in ([("before", BEFORE_BENCH)] if BEFORE else []) + [("after", BENCH)]:
            out = subprocess.run([binary, "--advances", k, *work], check=True, capture_output=True, text=True).stdout
            print("  [%s, round %d]\n  " % (label, r + 1) + out.replace("\n", "\n  ").rstrip())
            rows = [l.split() for l in out.strip().splitlines()[1:]]
            results.setdefault("frames:" + label, []).append(rows)


def hyperfine(commands, runs, label):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        path = f.name
    args = ["hyperfine", "-N", "--warmup", "1", "--runs", str(runs), "--export-json", path, "--style", "basic"]
    subprocess.run(args + commands, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    data = json.load(open(path))["results"]
    os.unlink(path)
    meds = [r["median"] for r in data]
    for cmd, r in zip(commands, data):
        print("  %-92s median %8.1f ms  (min %7.1f)" % (cmd[:92], r["median"] * 1000, r["min"] * 1000))
    return meds


def forward():
    section("stress forward pass as a whole process: render --keys '<end>' vs numpy (hyperfine, interleaved runs)")
    runs = 5 if QUICK else 15
    render = BIN + " render bench/stress.yaml --size 200x60 --keys <end>"
    py = sys.executable + " bench/numpy_forward.py"
    env_has = [v for v in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if v in os.environ]
    print("  OPENBLAS_CORETYPE=%s OPENBLAS_L2_SIZE=%s" % (os.environ.get("OPENBLAS_CORETYPE", "(unset)"),
                                                          os.environ.get("OPENBLAS_L2_SIZE", "(unset)")))
    extra = [BEFORE_BIN + " render bench/stress.yaml --size 200x60 --keys <end>"] if BEFORE else []
    meds = hyperfine([render, py, "env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE " + py] + extra, runs, "forward")
    if BEFORE:
        print("  before: ratio rnnstep/numpy: %.2f (environment as is)" % (meds[3] / meds[1]))
    results["forward"] = meds
    # CPU time (task-clock) of both, since numpy and rnnstep use both cores.
    for cmd in [render, py] + extra:
        r = subprocess.run(["perf", "stat", "-x", ",", "-r", "3", "-e", "task-clock", *cmd.split()],
                           capture_output=True, text=True) if shutil.which("perf") else None
        if r and r.returncode == 0:
            clock = [float(l.split(",")[0]) for l in r.stderr.splitlines() if l.count(",") >= 3 and "task-clock" in l]
            if clock:
                print("  %-92s task-clock %8.1f ms" % (cmd[:92], clock[0]))
    results["goal:forward_vs_numpy_env"] = meds[0] / meds[1]
    results["goal:forward_vs_numpy_unset"] = meds[0] / meds[2]
    print("  ratio rnnstep/numpy: %.2f (environment as is), %.2f (OPENBLAS_* unset)" % (meds[0] / meds[1], meds[0] / meds[2]))

    section("opening a lesson as a whole process (render, no keys): stress vs tiny")
    cmds = [BIN + " render bench/tiny.yaml --size 200x60", BIN + " render bench/stress.yaml --size 200x60"]
    if BEFORE:
        cmds += [BEFORE_BIN + " render bench/tiny.yaml --size 200x60", BEFORE_BIN + " render bench/stress.yaml --size 200x60"]
    meds = hyperfine(cmds, runs * 2, "open")
    results["goal:open_stress_vs_tiny_render"] = meds[1] / meds[0]
    print("  ratio stress/tiny: %.2f" % (meds[1] / meds[0]))
    if BEFORE:
        results["before:goal:open_stress_vs_tiny_render"] = meds[3] / meds[2]
        print("  before: ratio stress/tiny: %.2f" % (meds[3] / meds[2]))
    # CPU time and page faults (less sensitive to the other users of the cores than wall time).
    for cmd in cmds:
        r = subprocess.run(["perf", "stat", "-x", ",", "-r", "10", "-e", "task-clock,page-faults", *cmd.split()],
                           capture_output=True, text=True) if shutil.which("perf") else None
        if r and r.returncode == 0:
            stat = {l.split(",")[2]: float(l.split(",")[0]) for l in r.stderr.splitlines() if l.count(",") >= 3 and l.split(",")[0].replace(".", "").isdigit()}
            print("  %-70s task-clock %6.1f ms  page-faults %6d" % (cmd[-70:], stat.get("task-clock", float("nan")), stat.get("page-faults", -1)))


def max_rss_kb(argv):
    r = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], capture_output=True, text=True)
    return int(r.stderr.strip().splitlines()[-1])


def play_rss_kb(command, keys, pattern):
    """Peak RSS of `play` in tmux: runs under /usr/bin/time, sends keys, waits for pattern, quits."""
    fd, path = tempfile.mkstemp(suffix=".rss")
    os.close(fd)
    name = "m%d" % int(time.perf_counter_ns() % 1_000_000_000)
    state = tempfile.mkdtemp(prefix="rnnstep-bench-state-")
    tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40",
         "env LANG=C.UTF-8 TERM=tmux-256color XDG_STATE_HOME=%s /usr/bin/time -f %%M -o %s %s" % (state, path, command))
    wait_for(name, r"q quit")
    for i in range(0, len(keys), 50):
        tmux("send-keys", "-t", name, *keys[i:i + 50])
    wait_for(name, pattern)
    tmux("send-keys", "-t", name, "q")
    deadline = time.time() + 30
    while time.time() < deadline:
        text = open(path).read().strip()
        if text:
            break
        time.sleep(0.05)
    tmux("kill-session", "-t", name, check=False)
    os.unlink(path)
    shutil.rmtree(state, ignore_errors=True)
    return int(text.splitlines()[-1])


def memory():
    section("peak memory (max RSS)")
    rows = []
    deck_render = max(max_rss_kb([BIN, "render", "lessons/" + f, "--size", "120x40", "--keys", "G<end>"])
                      for f in sorted(os.listdir("lessons")) if f.endswith(".yaml"))
    rows.append(("chapter deck: render, each lesson's last step at its end (max)", deck_render))
    rows.append(("stress: render --keys '<end>' 200x60",
                 max_rss_kb([BIN, "render", "bench/stress.yaml", "--size", "200x60", "--keys", "<end>"])))
    rows.append(("floor: /bin/true under /usr/bin/time",
                 max_rss_kb(["/bin/true"])))
    try:
        # Walk the whole deck with → (every step, every timestep), then look at the last screen.
        rows.append(("chapter deck: play in tmux, → through every step",
                     play_rss_kb(BIN + " play --lang en lessons", ["l"] * 700, r"end of the deck")))
        rows.append(("stress: play in tmux 120x40, End",
                     play_rss_kb(BIN + " play --lang en bench/stress.yaml", ["End"], r"t = 1000/1000")))
    except Exception as e:  # tmux problems must not hide the other figures
        print("  play in tmux: not measured (%s)" % e)
    for label, kb in rows:
        print("  %-80s %7.1f MB" % (label, kb / 1024))
        results["rss:" + label] = kb


def main():
    for tool in ("tmux", "hyperfine"):
        if not shutil.which(tool):
            sys.exit("bench: %s is missing (apt-get install -y %s)" % (tool, tool))
    print("machine: %d cores, %s" % (os.cpu_count(), next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                                                           if l.startswith("model name")), "?")))
    # BENCH_ONLY=startup,forward (any of startup, frames, forward, memory): only those sections.
    only = [s for s in os.environ.get("BENCH_ONLY", "").split(",") if s]
    sections = [("startup", startup), ("frames", frames), ("forward", forward), ("memory", memory)]
    unknown = [s for s in only if s not in dict(sections)]
    if unknown:
        sys.exit("bench: BENCH_ONLY names no section %s (startup, frames, forward, memory)" % ", ".join(unknown))
    try:
        for name, run in sections:
            if not only or name in only:
                run()
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)
    if os.environ.get("BENCH_JSON"):
        json.dump(results, open(os.environ["BENCH_JSON"], "w"), indent=1)


if __name__ == "__main__":
    main()
