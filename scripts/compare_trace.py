#!/usr/bin/env python3
"""Compares `rnnstep trace` with numpy on random lessons.

    python3 scripts/compare_trace.py [--cases 200] [--binary .build/debug/rnnstep]

Each case draws a seed in 0..2^32-1, sizes T, D, H, and at random explicit arrays, a non-zero h0 and
`init: normal` with a scale; writes the lesson; runs `rnnstep trace`; and recomputes the arrays with
numpy in the chapter's way: np.random.seed(seed), then inputs = random((T, D)), Wx = random((H, D)),
Wh = random((H, H)), b = random((H,)) for the arrays not given (randn(...) * scale for the weights
with init: normal), then the chapter's loop. Random draws must be bit-equal, states within 1e-12.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np


def lesson_yaml(case):
    lines = ["title: trace check", "steps:", "  - rnn:"]
    for key in ("timesteps", "input_dim", "hidden_units", "seed"):
        lines.append(f"      {key}: {case[key]}")
    if case.get("scale") is not None:
        lines.append("      init: normal")
        lines.append(f"      scale: {case['scale']!r}")
    for key in ("inputs", "Wx", "Wh", "b", "h0"):
        if key in case["given"]:
            lines.append(f"      {key}: {json.dumps(case['given'][key])}")
    return "\n".join(lines) + "\n"


def numpy_reference(case):
    T, D, H = case["timesteps"], case["input_dim"], case["hidden_units"]
    np.random.seed(case["seed"])
    arrays = {}
    for key, shape in (("inputs", (T, D)), ("Wx", (H, D)), ("Wh", (H, H)), ("b", (H,))):
        if key in case["given"]:
            arrays[key] = np.array(case["given"][key], dtype=np.float64).reshape(shape)
        elif case.get("scale") is not None and key != "inputs":
            arrays[key] = np.random.randn(*shape) * case["scale"]
        else:
            arrays[key] = np.random.random(shape)
    h = np.array(case["given"]["h0"], dtype=np.float64) if "h0" in case["given"] else np.zeros((H,))
    arrays["h0"] = h.copy()
    pres, states = [], []
    for x in arrays["inputs"]:
        pre = np.dot(arrays["Wx"], x) + np.dot(arrays["Wh"], h) + arrays["b"]
        h = np.tanh(pre)
        pres.append(pre)
        states.append(h)
    arrays["preactivations"] = np.stack(pres)
    arrays["states"] = np.stack(states)
    return arrays


def random_case(rng):
    T, D, H = (int(rng.integers(1, n)) for n in (200, 64, 64))
    case = {"timesteps": T, "input_dim": D, "hidden_units": H,
            "seed": int(rng.choice([0, 2**32 - 1, int(rng.integers(0, 2**32))])), "given": {}}
    if rng.random() < 0.3:
        # Below the edge of chaos (spectral radius of Wh about scale·sqrt(H) < 1): past it, any
        # last-bit difference grows exponentially with T, in numpy itself across CPUs too.
        case["scale"] = float(round(rng.choice([0.25, 0.5, 0.9]) / np.sqrt(H), 6))
    shapes = {"inputs": (T, D), "Wx": (H, D), "Wh": (H, H), "b": (H,), "h0": (H,)}
    for key, shape in shapes.items():
        if rng.random() < 0.25:
            # Moderate values: with large recurrent weights the recurrence amplifies the last-bit
            # differences of BLAS's summation order (see the note in docs/lesson-format.md).
            bound = 1.5 / np.sqrt(H) if key == "Wh" else 1.0
            case["given"][key] = np.round(rng.uniform(-bound, bound, shape), 6).tolist()
    return case


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--binary", default=".build/debug/rnnstep")
    parser.add_argument("--rng", type=int, default=2026)
    args = parser.parse_args()
    rng = np.random.default_rng(args.rng)
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.cases):
            case = random_case(rng)
            path = os.path.join(tmp, f"case{i}.yaml")
            with open(path, "w") as f:
                f.write(lesson_yaml(case))
            out = subprocess.run([args.binary, "trace", path], capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f"case {i}: rnnstep trace failed: {out.stderr}")
            got = json.loads(out.stdout)[0]
            ref = numpy_reference(case)
            for key in ("inputs", "Wx", "Wh", "b", "h0"):
                if not np.array_equal(np.array(got[key], dtype=np.float64).reshape(ref[key].shape), ref[key]):
                    sys.exit(f"case {i} ({case}): {key} differs from numpy's draws")
            for key in ("preactivations", "states"):
                diff = float(np.max(np.abs(np.array(got[key]) - ref[key])))
                worst = max(worst, diff)
                if diff > 1e-12:
                    sys.exit(f"case {i}: {key} differs by {diff}")
    print(f"{args.cases} random lessons: draws bit-equal, largest state/preactivation difference {worst:.3g}")


if __name__ == "__main__":
    main()
