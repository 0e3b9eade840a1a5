#!/usr/bin/env python3
"""Writes Tests/RNNCoreTests/Fixtures/stack.json: numpy references for deep and bidirectional rnn steps.

Run from the repository root:  python3 scripts/make_stack_fixtures.py
Numbers are written with repr(float) (shortest round-trip), so they read back bit-exact.

Draw rule (same as RNNStack): after np.random.seed(seed), inputs (T, D) unless given; then for
layer 1, 2, ... and within a layer the forward pass before the backward one: Wx (H, D_k),
Wh (H, H), b (H,), with np.random.random (or np.random.randn(*shape) * scale for init: normal).
D_1 = D; above a layer D_k = H, or 2H when the layers are bidirectional. h0 is zeros.

A backward pass reads x_T ... x_1; its states are written by timestep (row t-1 is h_t, the state
after reading x_T ... x_t), so a bidirectional layer's output row t-1 is [h_fwd_t; h_bwd_t].
Each case holds every pass (layer, direction, Wx, Wh, b, preactivations, states) and the top
layer's outputs and last output (what return_sequences=False returns).
"""
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "RNNCoreTests", "Fixtures", "stack.json")


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=np.float64).ravel()]


def draw(shape, scale):
    if scale is None:
        return np.random.random(shape)
    return np.random.randn(*shape) * scale


def run_pass(xs, Wx, Wh, b, backward):
    T, H = xs.shape[0], Wh.shape[0]
    order = range(T - 1, -1, -1) if backward else range(T)
    h = np.zeros(H)
    pres = np.zeros((T, H))
    states = np.zeros((T, H))
    for t in order:
        z = np.dot(Wx, xs[t]) + np.dot(Wh, h) + b
        h = np.tanh(z)
        pres[t] = z
        states[t] = h
    return pres, states


def stack(name, seed, T, D, H, layers, direction, inputs=None, scale=None):
    np.random.seed(seed)
    xs = np.array(inputs, dtype=np.float64).reshape(T, D) if inputs is not None else np.random.random((T, D))
    dirs = {"forward": [False], "backward": [True], "bidirectional": [False, True]}[direction]
    passes = []
    layer_in = xs
    last = []
    for layer in range(1, layers + 1):
        outs = []
        last = []
        for backward in dirs:
            Wx = draw((H, layer_in.shape[1]), scale)
            Wh = draw((H, H), scale)
            b = draw((H,), scale)
            pres, states = run_pass(layer_in, Wx, Wh, b, backward)
            passes.append({
                "layer": layer, "direction": "backward" if backward else "forward",
                "input_dim": int(layer_in.shape[1]),
                "Wx": floats(Wx), "Wh": floats(Wh), "b": floats(b),
                "preactivations": floats(pres), "states": floats(states),
            })
            outs.append(states)
            last.append(states[0] if backward else states[T - 1])
        layer_in = np.concatenate(outs, axis=1)
    return {
        "name": name, "seed": seed, "timesteps": T, "input_dim": D, "hidden_units": H,
        "layers": layers, "direction": direction, "inputs_given": inputs is not None,
        "normal_scale": scale, "inputs": floats(xs), "passes": passes,
        "outputs": floats(layer_in), "output_width": int(layer_in.shape[1]),
        "last_output": floats(np.concatenate(last)),
    }


def main():
    cases = [
        stack("two-layer forward", 0, 4, 3, 3, 2, "forward"),
        stack("backward", 1, 4, 3, 3, 1, "backward"),
        stack("bidirectional", 42, 4, 3, 3, 1, "bidirectional"),
        stack("two-layer bidirectional", 7, 4, 3, 3, 2, "bidirectional"),
        stack("three-layer forward, normal init", 3, 5, 2, 4, 3, "forward", scale=0.5),
        stack("bidirectional, given inputs, normal init", 5, 3, 2, 2, 2, "bidirectional",
              inputs=[[1.0, -0.5], [0.25, 2.0], [-1.5, 0.75]], scale=1.0),
    ]
    with open(OUT, "w") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
