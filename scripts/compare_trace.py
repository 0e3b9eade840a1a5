#!/usr/bin/env python3
"""Compares `rnnstep trace` with numpy on random lessons.

    python3 scripts/compare_trace.py [--cases 200] [--binary .build/debug/rnnstep] [--grad]

Each case draws a seed in 0..2^32-1, sizes T, D, H, and at random explicit arrays, a non-zero h0 and
`init: normal` with a scale; writes the lesson; runs `rnnstep trace`; and recomputes the arrays with
numpy in the chapter's way: np.random.seed(seed), then inputs = random((T, D)), Wx = random((H, D)),
Wh = random((H, H)), b = random((H,)) for the arrays not given (randn(...) * scale for the weights
with init: normal), then the chapter's loop. Random draws must be bit-equal, states within 1e-12.

With --grad it runs `rnnstep trace --grad` and also compares the backward pass of L = sum(h_T) with
numpy_backward from scripts/make_fixtures.py (the fixtures' reference): loss within 1e-12, and every
gradient array (dstates, dpreactivations, dWx, dWh, db, dinputs, dh0, input_grad_norms) within 1e-10
of the largest magnitude in each row (each timestep's row for T×H and T×D arrays, the whole array
for the others), the measure that stays fair when gradients vanish over time.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_fixtures import numpy_backward  # noqa: E402  (the same reference as the fixtures)


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


SMALLEST_NORMAL = float(np.finfo(np.float64).tiny)  # 2.2250738585072014e-308


def row_relative_error(got, want):
    """max over rows of max|got - want| / max(max|want|, 2.2e-308).

    The floor is the smallest normal double: below it numbers are subnormal and carry fewer
    significant digits (5e-324 steps), so a gradient that has vanished to 1e-315 can differ from
    numpy's in its 9th digit after one rounding. Non-finite values must match exactly.
    """
    got, want = np.atleast_2d(np.array(got, dtype=np.float64)), np.atleast_2d(np.array(want, dtype=np.float64))
    if got.shape != want.shape:
        return float("inf")
    finite = np.isfinite(want)
    if not np.array_equal(np.isfinite(got), finite) or not np.array_equal(got[~finite], want[~finite], equal_nan=True):
        return float("inf")
    got, want = np.where(finite, got, 0.0), np.where(finite, want, 0.0)
    worst = 0.0
    for g, w in zip(got, want):
        scale = max(float(np.max(np.abs(w))), SMALLEST_NORMAL)
        worst = max(worst, float(np.max(np.abs(g - w))) / scale)
    return worst


def compare_gradients(got, ref):
    """The worst row-relative error of the backward keys; exits on a mismatch."""
    T, D = ref["inputs"].shape
    H = ref["Wh"].shape[0]
    back = numpy_backward(ref["inputs"], ref["Wx"], ref["Wh"], ref["h0"], ref["preactivations"], ref["states"])
    if abs(got["loss"] - back["loss"]) > 1e-12 * max(1.0, abs(back["loss"])):
        return "loss", float("inf")
    worst = 0.0
    shapes = {"dstates": (T, H), "dpreactivations": (T, H), "dWx": (1, H * D), "dWh": (1, H * H),
              "db": (1, H), "dinputs": (T, D), "dh0": (1, H), "input_grad_norms": (1, T)}
    for key, shape in shapes.items():
        error = row_relative_error(np.array(got[key], dtype=np.float64).reshape(shape),
                                   np.array(back[key]).reshape(shape))
        if error > 1e-10:
            return key, error
        worst = max(worst, error)
    return None, worst


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
    parser.add_argument("--grad", action="store_true", help="also compare trace --grad's backward pass")
    args = parser.parse_args()
    rng = np.random.default_rng(args.rng)
    worst = 0.0
    worst_grad = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.cases):
            case = random_case(rng)
            path = os.path.join(tmp, f"case{i}.yaml")
            with open(path, "w") as f:
                f.write(lesson_yaml(case))
            command = [args.binary, "trace", path] + (["--grad"] if args.grad else [])
            out = subprocess.run(command, capture_output=True, text=True)
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
            if args.grad:
                key, error = compare_gradients(got, ref)
                if key is not None:
                    sizes = {k: case[k] for k in ("timesteps", "input_dim", "hidden_units", "seed")}
                    sys.exit(f"case {i} ({sizes}, scale {case.get('scale')}, given {sorted(case['given'])}): "
                             f"{key} differs from numpy's by {error:.3g} of its row's scale")
                worst_grad = max(worst_grad, error)
    print(f"{args.cases} random lessons: draws bit-equal, largest state/preactivation difference {worst:.3g}")
    if args.grad:
        print(f"gradients: largest difference {worst_grad:.3g} of the row's largest value (limit 1e-10)")


if __name__ == "__main__":
    main()
