#!/usr/bin/env bash
# rnnstep performance suite — the one command:
#
#     scripts/bench.sh            # full run (≈ 3–5 minutes on 2 cores)
#     BENCH_QUICK=1 scripts/bench.sh   # fewer repetitions
#     BENCH_BEFORE=DIR scripts/bench.sh   # also measure DIR/rnnstep, DIR/rnnstep-bench (e.g. main) as "before"
#
# Builds the release binaries (rnnstep, rnnstep-bench) and bench/hello.c, then measures, each
# against its reference in the same run: startup to first frame in tmux 120×40 (vs a bare C
# ncurses program; the release and the debug build), frame time p50/p99 and bytes per timestep advance (vs a full repaint), the
# stress lesson's forward pass as a whole process (vs numpy), opening stress vs tiny, and peak RSS.
# Needs: swift, cc + libncursesw, tmux, python3 + numpy, hyperfine, /usr/bin/time.
# Figures and goals: docs/performance.md. Extra arguments are passed to scripts/bench.py.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
    # The release build as installed: the Swift standard library linked statically (it halves
    # process start), and libstdc++ and lld's packed relocations where available (docs/performance.md).
    scripts/build-release.sh rnnstep rnnstep-bench >&2
    # The debug build `swift run rnnstep` gives (startup is measured for it too).
    swift build --product rnnstep >&2
fi
mkdir -p .build/bench
cc -O2 -o .build/bench/hello bench/hello.c -lncursesw
exec python3 scripts/bench.py "$@"
