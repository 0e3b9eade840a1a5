#!/usr/bin/env python3
"""Compares `rnnstep trace` with numpy on random deep and bidirectional rnn steps.

    python3 scripts/compare_stack_trace.py [--cases 200] [--binary .build/debug/rnnstep]

Each case draws a seed in 0..2^32-1, sizes T, D, H, layers (1-4) and a direction (a single-layer
forward case is skipped: it is not a stack), at random explicit inputs and `init: normal` with a
scale; writes the lesson; runs `rnnstep trace`; and recomputes every pass with `stack()` from
scripts/make_stack_fixtures.py (the fixtures' reference). Drawn arrays must be bit-equal,
preactivations, states, outputs and last_output within 1e-12.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_stack_fixtures import stack  # noqa: E402


def lesson_yaml(case):
    lines = ["title: stack trace check", "steps:", "  - rnn:"]
    for key in ("timesteps", "input_dim", "hidden_units", "seed", "layers", "direction"):
        lines.append(f"      {key}: {case[key]}")
    if case["scale"] is not None:
        lines += ["      init: normal", f"      scale: {case['scale']!r}"]
    if case["inputs"] is not None:
        lines.append(f"      inputs: {json.dumps(case['inputs'])}")
    return "\n".join(lines) + "\n"


def close(got, want, tol=1e-12):
    got, want = np.array(got, dtype=np.float64).ravel(), np.array(want, dtype=np.float64).ravel()
    return got.shape == want.shape and bool(np.all(np.abs(got - want) <= tol * np.maximum(1, np.abs(want))))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--binary", default=".build/debug/rnnstep")
    args = parser.parse_args()
    rng = random.Random(1)
    failures = 0
    checked = 0
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "lesson.yaml")
        while checked < args.cases:
            T, D, H = rng.randint(1, 8), rng.randint(1, 6), rng.randint(1, 6)
            layers, direction = rng.randint(1, 4), rng.choice(["forward", "backward", "bidirectional"])
            if layers == 1 and direction == "forward":
                continue
            case = {"timesteps": T, "input_dim": D, "hidden_units": H, "seed": rng.randint(0, 2**32 - 1),
                    "layers": layers, "direction": direction,
                    "scale": rng.choice([None, round(rng.uniform(0.1, 2), 3)]),
                    "inputs": [[round(rng.uniform(-2, 2), 4) for _ in range(D)] for _ in range(T)] if rng.random() < 0.3 else None}
            with open(path, "w") as f:
                f.write(lesson_yaml(case))
            out = subprocess.run([args.binary, "trace", path], capture_output=True, text=True)
            if out.returncode != 0:
                print(f"case {checked}: trace failed: {out.stderr}")
                failures += 1
                checked += 1
                continue
            got = json.loads(out.stdout)[0]
            want = stack("case", case["seed"], T, D, H, layers, direction, inputs=case["inputs"], scale=case["scale"])
            ok = got["inputs"] == np.array(want["inputs"]).reshape(T, D).tolist() and len(got["passes"]) == len(want["passes"])
            for g, w in zip(got["passes"], want["passes"]):
                ok = ok and g["layer"] == w["layer"] and g["direction"] == w["direction"] and g["input_dim"] == w["input_dim"]
                ok = ok and [v for row in g["Wx"] for v in row] == w["Wx"] and [v for row in g["Wh"] for v in row] == w["Wh"]
                ok = ok and g["b"] == w["b"] and close(g["preactivations"], w["preactivations"]) and close(g["states"], w["states"])
            ok = ok and close(got["outputs"], want["outputs"]) and close(got["last_output"], want["last_output"])
            if not ok:
                print(f"case {checked} differs: {case}")
                failures += 1
            checked += 1
    print(f"{checked} cases, {failures} differ")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
