#!/usr/bin/env python3
"""Writes the numpy reference fixtures for RNNCoreTests.

Run from the repository root:  python3 scripts/make_fixtures.py
Numbers are written with repr(float) (shortest round-trip), so they read back bit-exact.

Draw rule (same as RNNParameters): after np.random.seed(seed), the arrays that a case does NOT
give explicitly are drawn with np.random.random in the order inputs (T, D), Wx (H, D), Wh (H, H),
b (H,); a given array is not drawn at all. h0 is never drawn (zeros unless given).

gated.json holds LSTM and GRU forward passes (numpy_lstm and numpy_gru below): the same draw rule with
4H (LSTM) or 3H (GRU) rows in Keras's gate order (i, f, g, o; z, r, g), b drawn as (2, 3H) for a GRU with
reset_after; c0 is never drawn.

whatif.json holds the chapter's step with what-if edits (the arrays as edited, and the forward
pass with tanh, ReLU = np.maximum(z, 0) and identity), the reference for inspect mode's edits.

gated_whatif.json holds lstm and gru steps (seed 0, T 4, D 3, H 3) with what-if edits made by keys in
inspect mode (the key string, the arrays as edited, and numpy's forward pass over them), the reference
for gated inspect mode's edits.

backward.json holds backpropagation through time for L = sum(h_T) (numpy_backward below), the
reference for BackwardPass and `rnnstep trace --grad`.
"""
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "RNNCoreTests", "Fixtures")
SEEDS = [0, 1, 42, 123456789, 4294967295]


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=np.float64).ravel()]


def random_fixture():
    cases = []
    for seed in SEEDS:
        np.random.seed(seed)
        randoms = [float(np.random.random()) for _ in range(20)]
        np.random.seed(seed)
        normals = [float(v) for v in np.random.randn(11)]
        # interleaving: a randn pair, then random() — the cached second normal survives random()
        np.random.seed(seed)
        mixed = [float(np.random.randn()), float(np.random.random()), float(np.random.randn()),
                 float(np.random.randn())]
        cases.append({"seed": seed, "random": randoms, "randn": normals, "mixed": mixed})
    return cases


def forward(name, seed, T, D, H, given=None, h0=None, normal_scale=None):
    """normal_scale: draw Wx, Wh, b as np.random.randn(*shape) * scale (a lesson's init: normal)."""
    given = given or {}
    np.random.seed(seed)
    arrays = {}
    for key, shape in (("inputs", (T, D)), ("Wx", (H, D)), ("Wh", (H, H)), ("b", (H,))):
        if key in given:
            arrays[key] = np.array(given[key], dtype=np.float64).reshape(shape)
        elif normal_scale is not None and key != "inputs":
            arrays[key] = np.random.randn(*shape) * normal_scale
        else:
            arrays[key] = np.random.random(shape)
    h = np.zeros((H,)) if h0 is None else np.array(h0, dtype=np.float64)
    first = h.copy()
    pres, states = [], []
    for x in arrays["inputs"]:
        pre = np.dot(arrays["Wx"], x) + np.dot(arrays["Wh"], h) + arrays["b"]
        h = np.tanh(pre)
        pres.append(pre)
        states.append(h)
    case = {"name": name, "seed": seed, "timesteps": T, "input_dim": D, "hidden_units": H,
            "given": sorted(given), "h0_given": h0 is not None, "normal_scale": normal_scale}
    for key in ("inputs", "Wx", "Wh", "b"):
        case[key] = floats(arrays[key])
    case["h0"] = floats(first)
    case["preactivations"] = floats(np.stack(pres))
    case["states"] = floats(np.stack(states))
    return case


def norm2(v):
    """||v||_2 with max|v| factored out first (no underflow for 1e-200, no overflow near 1e308)."""
    scale = float(np.max(np.abs(v))) if v.size else 0.0
    if scale == 0.0 or not np.isfinite(scale):
        return scale
    return scale * float(np.sqrt(np.sum((v / scale) ** 2)))


def numpy_backward(inputs, Wx, Wh, h0, pres, states):
    """Backpropagation through time for L = sum(h_T), written as a student would in numpy.

    dL/dh_T = 1; for t = T..1: delta_t = (1 - h_t**2) * dL/dh_t, dL/dh_{t-1} = Wh.T @ delta_t,
    dL/dx_t = Wx.T @ delta_t; dWx += outer(delta_t, x_t), dWh += outer(delta_t, h_{t-1}), db += delta_t.
    1 - h_t**2 is evaluated as 1 / cosh(z_t)**2 (the same number, accurate where a unit saturates:
    from the rounded h_t it would be h_t's last bit, and 0 once h_t rounds to 1); BackwardPass does the same.
    """
    T, H = states.shape
    hs = np.vstack([h0[None, :], states])  # row t is h_t
    dh = np.ones(H)
    dstates, deltas = np.zeros((T, H)), np.zeros((T, H))
    dinputs = np.zeros(inputs.shape)
    dWx, dWh, db = np.zeros(Wx.shape), np.zeros(Wh.shape), np.zeros(H)
    for t in range(T, 0, -1):
        dstates[t - 1] = dh
        delta = (1.0 / np.cosh(pres[t - 1]) ** 2) * dh
        deltas[t - 1] = delta
        dWx += np.outer(delta, inputs[t - 1])
        dWh += np.outer(delta, hs[t - 1])
        db += delta
        dinputs[t - 1] = Wx.T @ delta
        dh = Wh.T @ delta
    return {"loss": float(np.sum(states[-1])), "dstates": floats(dstates), "dpreactivations": floats(deltas),
            "dWx": floats(dWx), "dWh": floats(dWh), "db": floats(db), "dinputs": floats(dinputs),
            "dh0": floats(dh), "input_grad_norms": [norm2(row) for row in dinputs]}


def backward(name, seed, T, D, H, given=None, h0=None, normal_scale=None):
    """A forward case (the same fields as forward.json) plus numpy's backward pass of L = sum(h_T)."""
    case = forward(name, seed, T, D, H, given, h0, normal_scale)
    arrays = {key: np.array(case[key]) for key in ("inputs", "Wx", "Wh", "h0", "preactivations", "states")}
    case.update(numpy_backward(arrays["inputs"].reshape(T, D), arrays["Wx"].reshape(H, D),
                               arrays["Wh"].reshape(H, H), arrays["h0"], arrays["preactivations"].reshape(T, H),
                               arrays["states"].reshape(T, H)))
    return case


def backward_fixture():
    rng = np.random.RandomState(8)  # only to make explicit arrays; independent of the global state
    diag = [[1.5, 0.0], [0.0, 0.5]]
    return [
        backward("chapter", 0, 10, 4, 8),
        backward("odd", 3, 7, 3, 5),
        backward("tiny", 1, 1, 1, 1),
        backward("wide", 42, 13, 17, 11),
        backward("all_given", 9, 3, 2, 2,
                 given={"inputs": [[1.0, -1.0], [0.5, 0.25], [-3.0, 2.0]], "Wx": [[0.1, -0.2], [0.3, 0.4]],
                        "Wh": [[0.5, -0.6], [-0.7, 0.8]], "b": [0.01, -0.02]}),
        backward("nonzero_h0", 5, 8, 3, 6, h0=rng.uniform(-1, 1, 6).tolist()),
        backward("normal_init", 0, 10, 4, 8, normal_scale=0.5),
        # Small weights: each step back multiplies by about 0.3, so the gradient vanishes with distance.
        backward("vanishing", 4, 40, 3, 6, normal_scale=0.15),
        # Large recurrent weights near zero states: the gradient grows going back (exploding).
        backward("exploding", 6, 12, 2, 6,
                 given={"inputs": (rng.uniform(-1, 1, (12, 2)) * 0.01).tolist(), "b": [0.0] * 6,
                        "Wh": (rng.standard_normal((6, 6)) * 1.2).tolist()}),
        # h stays 0, so 1 - h**2 = 1 and dL/dh_{t-1} = Wh.T @ dL/dh_t exactly: 1.5**k explodes, 0.5**k vanishes.
        backward("linear_diagonal", 0, 20, 1, 2,
                 given={"inputs": [[0.0]] * 20, "Wx": [[1.0], [1.0]], "Wh": diag, "b": [0.0, 0.0]}),
    ]


def forward_fixture():
    rng = np.random.RandomState(7)  # only to make explicit arrays; independent of the global state
    cases = [
        forward("chapter", 0, 10, 4, 8),
        forward("odd", 3, 7, 3, 5),
        forward("tiny", 1, 1, 1, 1),
        forward("wide", 42, 13, 17, 11),
        forward("big_seed", 4294967295, 4, 2, 3),
        forward("given_wx", 0, 5, 3, 4, given={"Wx": (rng.standard_normal((4, 3))).tolist()}),
        forward("given_inputs_b", 123456789, 6, 2, 3,
                given={"inputs": rng.uniform(-2, 2, (6, 2)).tolist(), "b": [-0.5, 0.0, 0.25]}),
        forward("all_given", 9, 3, 2, 2,
                given={"inputs": [[1.0, -1.0], [0.5, 0.25], [-3.0, 2.0]], "Wx": [[0.1, -0.2], [0.3, 0.4]],
                       "Wh": [[0.5, -0.6], [-0.7, 0.8]], "b": [0.01, -0.02]}),
        forward("nonzero_h0", 5, 8, 3, 6, h0=rng.uniform(-1, 1, 6).tolist()),
        forward("negative_weights", 11, 9, 4, 7,
                given={"Wh": (rng.standard_normal((7, 7)) * 0.5).tolist()}, h0=[0.5] * 7),
        forward("normal_init", 0, 10, 4, 8, normal_scale=0.5),
        forward("normal_init_given_b", 2, 6, 3, 5, given={"b": [0.1, -0.1, 0.0, 0.2, -0.2]}, normal_scale=0.3),
    ]
    return cases


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def numpy_lstm(inputs, Wx, Wh, b, h0, c0):
    """LSTM (08-02) in Keras's gate order i, f, g, o; returns gates {i, f, g, o}, cells, states (T×H)."""
    H = h0.shape[0]
    h, c = h0.copy(), c0.copy()
    out = {k: [] for k in ("i", "f", "g", "o", "cells", "states")}
    for x in inputs:
        z = np.dot(Wx, x) + np.dot(Wh, h) + b
        i, f, g, o = sigmoid(z[:H]), sigmoid(z[H:2 * H]), np.tanh(z[2 * H:3 * H]), sigmoid(z[3 * H:])
        c = f * c + i * g
        h = o * np.tanh(c)
        for k, v in (("i", i), ("f", f), ("g", g), ("o", o), ("cells", c), ("states", h)):
            out[k].append(v)
    return {k: np.stack(v) for k, v in out.items()}


def numpy_gru(inputs, Wx, Wh, b, h0, reset_after):
    """GRU (08-03) in Keras's gate order z, r, g; b is (3H,) or, with reset_after, (2, 3H)."""
    H = h0.shape[0]
    h = h0.copy()
    out = {k: [] for k in ("z", "r", "g", "states")}
    for x in inputs:
        if reset_after:
            xz = np.dot(Wx, x) + b[0]
            hz = np.dot(Wh, h) + b[1]
            z = sigmoid(xz[:H] + hz[:H])
            r = sigmoid(xz[H:2 * H] + hz[H:2 * H])
            g = np.tanh(xz[2 * H:] + r * hz[2 * H:])
        else:
            xz = np.dot(Wx, x)
            hz = np.dot(Wh[:2 * H], h)
            z = sigmoid(xz[:H] + hz[:H] + b[:H])
            r = sigmoid(xz[H:2 * H] + hz[H:2 * H] + b[H:2 * H])
            g = np.tanh(xz[2 * H:] + np.dot(Wh[2 * H:], r * h) + b[2 * H:])
        h = z * h + (1 - z) * g
        for k, v in (("z", z), ("r", r), ("g", g), ("states", h)):
            out[k].append(v)
    return {k: np.stack(v) for k, v in out.items()}


def gated(name, kind, seed, T, D, H, reset_after=False, given=None, h0=None, c0=None, normal_scale=None):
    """One LSTM or GRU case: the draws (as GatedParameters makes them) and numpy's forward pass."""
    given = given or {}
    G = 4 if kind == "lstm" else 3
    b_shape = (2, G * H) if kind == "gru" and reset_after else (G * H,)
    np.random.seed(seed)
    arrays = {}
    for key, shape in (("inputs", (T, D)), ("Wx", (G * H, D)), ("Wh", (G * H, H)), ("b", b_shape)):
        if key in given:
            arrays[key] = np.array(given[key], dtype=np.float64).reshape(shape)
        elif normal_scale is not None and key != "inputs":
            arrays[key] = np.random.randn(*shape) * normal_scale
        else:
            arrays[key] = np.random.random(shape)
    h0a = np.zeros(H) if h0 is None else np.array(h0, dtype=np.float64)
    c0a = np.zeros(H) if c0 is None else np.array(c0, dtype=np.float64)
    if kind == "lstm":
        out = numpy_lstm(arrays["inputs"], arrays["Wx"], arrays["Wh"], arrays["b"], h0a, c0a)
    else:
        out = numpy_gru(arrays["inputs"], arrays["Wx"], arrays["Wh"], arrays["b"], h0a, reset_after)
    case = {"name": name, "kind": kind, "reset_after": reset_after, "seed": seed, "timesteps": T, "input_dim": D,
            "hidden_units": H, "given": sorted(given), "h0_given": h0 is not None, "c0_given": c0 is not None,
            "normal_scale": normal_scale, "bias_rows": b_shape[0] if len(b_shape) == 2 else 1}
    for key in ("inputs", "Wx", "Wh", "b"):
        case[key] = floats(arrays[key])
    case["h0"], case["c0"] = floats(h0a), floats(c0a)
    case["gates"] = {k: floats(out[k]) for k in (("i", "f", "g", "o") if kind == "lstm" else ("z", "r", "g"))}
    case["cells"] = floats(out["cells"]) if kind == "lstm" else []
    case["states"] = floats(out["states"])
    return case


def gated_fixture():
    rng = np.random.RandomState(12)  # only to make explicit arrays; independent of the global state
    H = 3
    return [
        gated("lstm_chapter", "lstm", 0, 10, 4, 8),
        gated("lstm_normal", "lstm", 1, 12, 3, 5, normal_scale=0.5),
        gated("lstm_h0_c0", "lstm", 7, 6, 2, 4, h0=rng.uniform(-1, 1, 4).tolist(), c0=rng.uniform(-2, 2, 4).tolist(),
              normal_scale=0.8),
        gated("lstm_forget_bias", "lstm", 3, 15, 2, 3, normal_scale=0.3,
              given={"b": [0.0] * H + [4.0] * H + [0.0] * H + [0.0] * H}),
        gated("lstm_tiny", "lstm", 42, 1, 1, 1),
        gated("gru_chapter", "gru", 0, 10, 4, 8),
        gated("gru_normal", "gru", 5, 9, 3, 6, normal_scale=0.6, h0=rng.uniform(-1, 1, 6).tolist()),
        gated("gru_given_all", "gru", 9, 4, 2, 2, given={
            "inputs": rng.uniform(-1, 1, (4, 2)).tolist(), "Wx": rng.standard_normal((6, 2)).tolist(),
            "Wh": rng.standard_normal((6, 2)).tolist(), "b": rng.standard_normal(6).tolist()}),
        gated("gru_after_chapter", "gru", 0, 10, 4, 8, reset_after=True),
        gated("gru_after_normal", "gru", 11, 8, 5, 4, reset_after=True, normal_scale=0.7),
        gated("gru_after_given_b", "gru", 2, 5, 3, 2, reset_after=True, normal_scale=0.5,
              given={"b": rng.standard_normal((2, 6)).tolist()}),
    ]

ACTIVATIONS = {"tanh": np.tanh, "relu": lambda z: np.maximum(z, 0), "identity": lambda z: z}

# The what-if edits that PlayerTests' key sequence makes on the chapter's step (seed 0, T 10, D 4,
# H 8), written out as numpy does them: Enter (t = 1, h_1[0]), Tab + (Wx[0,0] += 0.1), -> 0
# (Wx[0,1] = 0), Tab - (x_1[0] -= 0.1), Tab * (Wh *= 2), Tab + (h0[0] += 0.1), Tab Down / (b *= 0.5),
# . . (t = 3) Tab Tab Tab Tab + (x_3[1] += 0.1), then a once per activation after tanh.
WHATIF_KEYS = "<enter><tab>+<right>0<tab>-<tab>*<tab>+<tab><down>/..<tab><tab><tab><tab>+"


def whatif_fixture():
    T, D, H = 10, 4, 8
    np.random.seed(0)
    inputs = np.random.random((T, D))
    Wx = np.random.random((H, D))
    Wh = np.random.random((H, H))
    b = np.random.random((H,))
    h0 = np.zeros((H,))
    Wx[0, 0] = Wx[0, 0] + 0.1
    Wx[0, 1] = 0
    inputs[0, 0] = inputs[0, 0] - 0.1
    Wh = Wh * 2
    h0[0] = h0[0] + 0.1
    b = b * 0.5
    inputs[2, 1] = inputs[2, 1] + 0.1
    cases = []
    for presses, name in enumerate(("tanh", "relu", "identity")):
        f = ACTIVATIONS[name]
        h = h0.copy()
        pres, states = [], []
        for x in inputs:
            pre = np.dot(Wx, x) + np.dot(Wh, h) + b
            h = f(pre)
            pres.append(pre)
            states.append(h)
        cases.append({"activation": name, "keys": WHATIF_KEYS + "a" * presses, "seed": 0, "timesteps": T,
                      "input_dim": D, "hidden_units": H, "inputs": floats(inputs), "Wx": floats(Wx),
                      "Wh": floats(Wh), "b": floats(b), "h0": floats(h0),
                      "preactivations": floats(np.stack(pres)), "states": floats(np.stack(states))})
    return cases


# The what-if edits PlayerTests' keys make on a gated step (seed 0, T 4, D 3, H 3), as numpy does them.
# LSTM: Enter (t = 1, stage i, g; cursor on i), Tab + (Wx_g[0,0] += 0.1), -> 0 (Wx_g[0,1] = 0), Tab *
# (Wh_g *= 2), Tab Down - (b_g[1] -= 0.1), Tab Tab Tab / (x_1 *= 0.5), Tab Tab + (h0[1] += 0.1), Esc -> ->
# (the c_t stage) Enter Tab Tab + (c0[0] += 0.1), then . . (t = 3).
GATED_LSTM_KEYS = "<enter><tab>+<right>0<tab>*<tab><down>-<tab><tab><tab>/<tab><tab>+<esc><right><right><enter><tab><tab>+.."
# GRU: Enter (t = 1, stage r), Tab + (Wx_r[0,0] += 0.1), Tab - (x_1[0] -= 0.1), Tab Down Right 0
# (Wh_r[1,1] = 0), Tab + (h0[1] += 0.1), Tab Right + (b_r[1] += 0.1; with reset_after the recurrent
# bias bh_r[1]), / (the b_r block, both rows with reset_after, *= 0.5), Esc -> -> (the candidate
# stage) Enter Tab * (Wx_g *= 2), then . . (t = 3).
GATED_GRU_KEYS = "<enter><tab>+<tab>-<tab><down><right>0<tab>+<tab><right>+/<esc><right><right><enter><tab>*.."


def gated_whatif_fixture():
    T, D, H = 4, 3, 3
    cases = []
    for name, kind, reset_after in (("lstm", "lstm", False), ("gru", "gru", False), ("gru_after", "gru", True)):
        G = 4 if kind == "lstm" else 3
        np.random.seed(0)
        inputs = np.random.random((T, D))
        Wx = np.random.random((G * H, D))
        Wh = np.random.random((G * H, H))
        b = np.random.random((2, G * H) if reset_after else (G * H,))
        h0, c0 = np.zeros(H), np.zeros(H)
        if kind == "lstm":
            Wx[2 * H, 0] += 0.1
            Wx[2 * H, 1] = 0
            Wh[2 * H:3 * H] *= 2
            b[2 * H + 1] -= 0.1
            inputs[0] *= 0.5
            h0[1] += 0.1
            c0[0] += 0.1
            out = numpy_lstm(inputs, Wx, Wh, b, h0, c0)
            keys = GATED_LSTM_KEYS
        else:
            Wx[H, 0] += 0.1
            inputs[0, 0] -= 0.1
            Wh[H + 1, 1] = 0
            h0[1] += 0.1
            if reset_after:
                b[1, H + 1] += 0.1
                b[:, H:2 * H] *= 0.5
            else:
                b[H + 1] += 0.1
                b[H:2 * H] *= 0.5
            Wx[2 * H:] *= 2
            out = numpy_gru(inputs, Wx, Wh, b, h0, reset_after)
            keys = GATED_GRU_KEYS
        cases.append({"name": name, "kind": kind, "reset_after": reset_after, "keys": keys, "seed": 0, "timesteps": T,
                      "input_dim": D, "hidden_units": H, "inputs": floats(inputs), "Wx": floats(Wx), "Wh": floats(Wh),
                      "b": floats(b), "h0": floats(h0), "c0": floats(c0),
                      "gates": {k: floats(out[k]) for k in (("i", "f", "g", "o") if kind == "lstm" else ("z", "r", "g"))},
                      "cells": floats(out["cells"]) if kind == "lstm" else [], "states": floats(out["states"])})
    return cases


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, data in (("random.json", random_fixture()), ("forward.json", forward_fixture()),
                       ("backward.json", backward_fixture()), ("gated.json", gated_fixture()),
                       ("whatif.json", whatif_fixture()), ("gated_whatif.json", gated_whatif_fixture())):
        path = os.path.join(OUT, name)
        with open(path, "w") as f:
            json.dump(data, f, indent=1)
            f.write("\n")
        print(f"wrote {os.path.relpath(path)} ({os.path.getsize(path)} bytes)")


if __name__ == "__main__":
    main()
