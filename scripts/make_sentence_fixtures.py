#!/usr/bin/env python3
"""Writes Tests/RNNCoreTests/Fixtures/sentence.json: numpy's forward pass of rnn steps that read
`tokens` through an `embedding` and predict with a sigmoid `output` layer (lesson 08's model kind).

Run from the repository root:  python3 scripts/make_sentence_fixtures.py
Numbers are written with repr(float) (shortest round-trip), so they read back bit-exact.

Draw rule (as RNNParameters): the inputs are the tokens' vectors (x_t = embedding[token_t]), so
they are not drawn; after np.random.seed(seed) the weights a case does not give are drawn in the
order Wx (H, D), Wh (H, H), b (H,) with np.random.random. The output is p_t = 1 / (1 + exp(-(W_y @ h_t
+ b_y))) for t = 0 (h_0) … T; p_T is the model's prediction.
"""
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "RNNCoreTests", "Fixtures", "sentence.json")


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=np.float64).ravel()]


def case(name, seed, tokens, embedding, H, Wy, by, given=None):
    given = given or {}
    words = list(embedding)
    D = len(embedding[words[0]])
    np.random.seed(seed)
    arrays = {}
    for key, shape in (("Wx", (H, D)), ("Wh", (H, H)), ("b", (H,))):
        arrays[key] = np.array(given[key], dtype=np.float64).reshape(shape) if key in given else np.random.random(shape)
    inputs = np.array([embedding[w] for w in tokens], dtype=np.float64)
    Wy = np.array(Wy, dtype=np.float64).reshape(1, H)
    by = np.array(by, dtype=np.float64).reshape(1)
    h = np.zeros(H)
    logits = [float((Wy @ h + by)[0])]
    states = []
    for x in inputs:
        h = np.tanh(np.dot(arrays["Wx"], x) + np.dot(arrays["Wh"], h) + arrays["b"])
        states.append(h)
        logits.append(float((Wy @ h + by)[0]))
    logits = np.array(logits)
    predictions = 1 / (1 + np.exp(-logits))
    return {
        "name": name, "seed": seed, "tokens": tokens, "words": words,
        "vectors": [floats(embedding[w]) for w in words], "hidden_units": H, "given": sorted(given),
        "Wx": floats(arrays["Wx"]), "Wh": floats(arrays["Wh"]), "b": floats(arrays["b"]),
        "W_y": floats(Wy), "b_y": floats(by),
        "inputs": floats(inputs), "states": floats(np.array(states)),
        "logits": floats(logits), "predictions": floats(predictions),
    }


def main():
    rng = np.random.RandomState(2026)
    vocab = ["the", "movie", "was", "great", "bad", "영화가", "너무", "재미있어요", "지루해요"]
    table = {w: floats(rng.randn(4) * 0.8) for w in vocab}
    wx, wh, b = floats(rng.randn(5, 4) * 0.7), floats(rng.randn(5, 5) * 0.5), floats(rng.randn(5) * 0.2)
    wy, by = floats(rng.randn(5) * 1.5), [-0.25]
    cases = [
        case("english, every weight given", 0, ["the", "movie", "was", "great"], table, 5, wy, by,
             {"Wx": wx, "Wh": wh, "b": b}),
        case("korean, every weight given", 0, ["영화가", "너무", "재미있어요"], table, 5, wy, by, {"Wx": wx, "Wh": wh, "b": b}),
        case("a repeated word, weights drawn after seed 3 (no inputs drawn)", 3, ["bad", "bad", "movie", "bad", "지루해요"],
             table, 5, wy, by),
        case("one word, seed 42, Wh given", 42, ["great"], table, 5, wy, by, {"Wh": wh}),
    ]
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
