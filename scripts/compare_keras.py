#!/usr/bin/env python3
"""Compares `rnnstep summary` with Keras 3 on random Sequential models.

    pip install keras jax      # Keras 3 with the JAX backend (CPU)
    python3 scripts/compare_keras.py [--models 200] [--binary .build/debug/rnnstep]

Each model has an Input (shape or batch_shape, sizes possibly unknown), then 1-5 layers drawn from
Embedding, SimpleRNN, LSTM, GRU (reset_after True or False), Dense (on 2-D and 3-D tensors) and
Bidirectional (concat, sum, mul, ave) with return_sequences where it applies. The script writes the
model as a lesson, runs `rnnstep summary`, builds the same model in Keras, and requires every layer's
output shape and parameter count, and the totals, to be equal.

Then (--cells, default 60) it checks the forward pass of `lstm` and `gru` steps (both reset_after
settings): random sizes, seeds and inits, `rnnstep trace` gives the arrays and states, and a Keras
layer loaded with `set_weights([Wx.T, Wh.T, b])` and `initial_state` h0 (and c0) must give the same
states (and final cell state) in float32, within 1e-5.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

os.environ.setdefault("KERAS_BACKEND", "jax")
os.environ.setdefault("JAX_PLATFORMS", "cpu")
import keras  # noqa: E402


def random_model(rng):
    layers = []
    if rng.random() < 0.35:
        t = rng.choice([None, 5, 30])
        inp = {"shape": [t]}
        vocab = int(rng.integers(2, 5000))
        layers.append(("Embedding", {"input_dim": vocab, "output_dim": int(rng.integers(1, 64))}))
        rank = 3
    else:
        t, d = rng.choice([None, 2, 10]), int(rng.integers(1, 40))
        if rng.random() < 0.3:
            inp = {"batch_shape": [int(rng.integers(1, 16)), t, d]}
        else:
            inp = {"shape": [t, d]}
        rank = 3
    for _ in range(int(rng.integers(1, 5))):
        kind = rng.choice(["SimpleRNN", "LSTM", "GRU", "Dense", "Bidirectional"]) if rank == 3 else "Dense"
        units = int(rng.integers(1, 33))
        if kind == "Dense":
            layers.append(("Dense", {"units": units}))
            continue
        rs = bool(rng.random() < 0.6)
        args = {"units": units, "return_sequences": rs}
        if kind == "GRU" and rng.random() < 0.3:
            args["reset_after"] = False
        if kind == "Bidirectional":
            inner = rng.choice(["SimpleRNN", "LSTM", "GRU"])
            layers.append(("Bidirectional", {"layer": {inner: args},
                                             "merge_mode": str(rng.choice(["concat", "sum", "mul", "ave"]))}))
        else:
            layers.append((kind, args))
        rank = 3 if rs else 2
    return inp, layers


def yaml_value(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(yaml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {yaml_value(x)}" for k, x in v.items()) + "}"
    if isinstance(v, float):
        return repr(v)
    return str(int(v)) if not isinstance(v, str) else v


def lesson(inp, layers):
    out = ["title: keras check", "steps:", "  - summary:", f"      input: {yaml_value(inp)}", "      layers:"]
    for name, args in layers:
        out.append(f"        - {name}: {yaml_value(args)}")
    return "\n".join(out) + "\n"


def keras_layer(name, args):
    if name == "Embedding":
        return keras.layers.Embedding(args["input_dim"], args["output_dim"])
    if name == "Dense":
        return keras.layers.Dense(args["units"])
    if name == "Bidirectional":
        (inner, inner_args), = args["layer"].items()
        return keras.layers.Bidirectional(keras_layer(inner, inner_args), merge_mode=args["merge_mode"])
    cls = getattr(keras.layers, name)
    extra = {"reset_after": args["reset_after"]} if "reset_after" in args else {}
    return cls(args["units"], return_sequences=args["return_sequences"], **extra)


def keras_rows(inp, layers):
    if "batch_shape" in inp:
        x = keras.Input(batch_shape=tuple(inp["batch_shape"]))
    else:
        x = keras.Input(shape=tuple(inp["shape"]))
    model = keras.Sequential([x] + [keras_layer(n, a) for n, a in layers])
    rows = []
    for layer in model.layers:
        shape = tuple(layer.output.shape)
        rows.append((str(shape).replace(",)", ",)"), layer.count_params()))
    return rows, model.count_params()


def rnnstep_rows(text):
    rows = []
    for line in text.splitlines():
        m = re.match(r"^ \S+ \((\w+)\)\s+(\(.*?\))\s+(\d+)\s*$", line)
        if m:
            rows.append((m.group(2), int(m.group(3))))
    total = int(re.search(r"Total params: ([\d,]+)", text).group(1).replace(",", ""))
    return rows, total


def gated_lesson(rng):
    steps = []
    for kind, reset_after in (("lstm", None), ("gru", False), ("gru", True)):
        t, d, h = int(rng.integers(1, 12)), int(rng.integers(1, 6)), int(rng.integers(1, 9))
        args = {"timesteps": t, "input_dim": d, "hidden_units": h, "seed": int(rng.integers(0, 2**32))}
        if rng.random() < 0.7:
            args.update({"init": "normal", "scale": float(round(rng.uniform(0.1, 1.5), 3))})
        if reset_after is not None:
            args["reset_after"] = reset_after
        if rng.random() < 0.5:
            args["h0"] = [float(round(v, 3)) for v in rng.uniform(-1, 1, h)]
        if kind == "lstm" and rng.random() < 0.5:
            args["c0"] = [float(round(v, 3)) for v in rng.uniform(-2, 2, h)]
        steps.append(f"  - {kind}: {yaml_value(args)}")
    return "title: keras cells\nsteps:\n" + "\n".join(steps) + "\n"


def compare_cells(args, rng):
    import json
    import numpy as np
    worst = {"lstm": 0.0, "gru": 0.0, "gru reset_after": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.cells):
            path = os.path.join(tmp, f"c{i}.yaml")
            text = gated_lesson(rng)
            with open(path, "w") as f:
                f.write(text)
            out = subprocess.run([args.binary, "trace", path], capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f"cells {i}: rnnstep failed: {out.stderr}\n{text}")
            for obj in json.loads(out.stdout):
                h = obj["hidden_units"]
                x = np.array(obj["inputs"], dtype=np.float32)[None]
                wx, wh, b = np.array(obj["Wx"]), np.array(obj["Wh"]), np.array(obj["b"])
                h0 = np.array(obj["h0"], dtype=np.float32)[None]
                if obj["kind"] == "lstm":
                    layer = keras.layers.LSTM(h, return_sequences=True, return_state=True)
                    state = [h0, np.array(obj["c0"], dtype=np.float32)[None]]
                    key = "lstm"
                else:
                    layer = keras.layers.GRU(h, return_sequences=True, return_state=True, reset_after=obj["reset_after"])
                    state = [h0]
                    key = "gru reset_after" if obj["reset_after"] else "gru"
                layer.build((1, obj["timesteps"], obj["input_dim"]))
                layer.set_weights([wx.T.astype(np.float32), wh.T.astype(np.float32), b.astype(np.float32)])
                result = layer(x, initial_state=state)
                states = np.array(result[0])[0]
                diff = float(np.max(np.abs(states - np.array(obj["states"]))))
                if obj["kind"] == "lstm":
                    diff = max(diff, float(np.max(np.abs(np.array(result[2])[0] - np.array(obj["cells"])[-1]))))
                worst[key] = max(worst[key], diff)
                if diff > 1e-5:
                    sys.exit(f"cells {i}: {key} differs from Keras by {diff:.3g}\n{text}")
    print(f"{args.cells} random lessons (an lstm, a gru and a gru with reset_after each) equal Keras {keras.__version__} "
          f"via set_weights in float32; largest difference: " + ", ".join(f"{k} {v:.2g}" for k, v in worst.items()))


def main():
    import numpy as np
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", type=int, default=200)
    parser.add_argument("--binary", default=".build/debug/rnnstep")
    parser.add_argument("--rng", type=int, default=7)
    parser.add_argument("--cells", type=int, default=60, help="random lessons for the lstm/gru forward check (0: none)")
    args = parser.parse_args()
    rng = np.random.default_rng(args.rng)
    if args.cells:
        compare_cells(args, np.random.default_rng(args.rng + 1))
    counts = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.models):
            inp, layers = random_model(rng)
            path = os.path.join(tmp, f"m{i}.yaml")
            with open(path, "w") as f:
                f.write(lesson(inp, layers))
            out = subprocess.run([args.binary, "summary", path], capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f"model {i}: rnnstep failed: {out.stderr}\n{lesson(inp, layers)}")
            ours = rnnstep_rows(out.stdout)
            theirs = keras_rows(inp, layers)
            if ours != theirs:
                sys.exit(f"model {i} differs:\n{lesson(inp, layers)}rnnstep: {ours}\nkeras:   {theirs}")
            for name, a in layers:
                key = str(name) if name != "Bidirectional" else "Bidirectional/" + a["merge_mode"]
                counts[key] = counts.get(key, 0) + 1
    print(f"{args.models} random models equal Keras {keras.__version__}: layers used {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
