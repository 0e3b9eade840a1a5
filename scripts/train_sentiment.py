#!/usr/bin/env python3
"""Trains lesson 08's tiny sentiment model and writes its weights into lessons/08-a-real-sentence.yaml.

The model is lesson 07's Embedding + SimpleRNN + Dense(1, sigmoid) in miniature:
    x_t = E[word_t]                                  (embedding, D = 4)
    h_t = tanh(Wx @ x_t + Wh @ h_{t-1} + b)          (SimpleRNN, H = 5, h_0 = 0)
    p   = sigmoid(W_y @ h_T + b_y)                   (Dense(1, sigmoid) on the last state)
trained on 48 of the 60 labelled review sentences below (half Korean, half English, half positive)
with binary cross-entropy, full backpropagation through time and Adam, numpy only, fixed seed.
The other 12 (3 per language and label) are held out; their accuracy is printed.

Stored weights are rounded to 4 decimals (so the lesson reads well), and every accuracy printed
is that of the rounded weights: the numbers rnnstep shows.

Run from the repository root:
    python3 scripts/train_sentiment.py           # train, print accuracies, rewrite the lesson's blocks
    python3 scripts/train_sentiment.py --check   # train, exit 1 when the lesson differs from the result

The lesson's two rnn steps (one English, one Korean held-out sentence) sit between the lines
`# BEGIN train_sentiment.py <name>` and `# END train_sentiment.py <name>`; only those are rewritten.
Each step's `embedding` lists the trained vectors of its sentence's words (the full table is printed
with --table).
"""
import os
import sys

import numpy as np

SEED = 8
D, H = 4, 5
EPOCHS, LR = 300, 0.05
DECIMALS = 4
LESSON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lessons", "08-a-real-sentence.yaml")

# (sentence, label) with label 1 = positive; four groups of 15: en+, en-, ko+, ko-.
EN_POS = [
    "the movie was great", "i loved the story", "the food was really good", "great acting",
    "it was so fun", "i really loved it", "the story was good", "the food is great",
    "really good movie", "i love the acting", "so fun", "the acting was great",
    "the movie is good", "good food", "a great story",
]
EN_NEG = [
    "the movie was bad", "i hated the story", "the food was really bad", "boring acting",
    "it was so boring", "i really hated it", "the story was terrible", "the food is awful",
    "really bad movie", "i hate the acting", "so boring", "the acting was terrible",
    "the movie was awful", "bad food", "a boring story",
]
KO_POS = [
    "영화가 정말 좋아요", "음식이 맛있어요", "연기가 최고예요", "이야기가 재미있어요",
    "정말 재미있어요", "음식이 정말 맛있어요", "영화가 최고예요", "연기가 좋아요",
    "너무 좋아요", "이야기가 정말 좋아요", "영화가 너무 재미있어요", "음식이 최고예요",
    "다시 보고 싶어요", "연기가 정말 최고예요", "꼭 다시 보고 싶어요",
]
KO_NEG = [
    "영화가 정말 별로예요", "음식이 맛없어요", "연기가 최악이에요", "이야기가 지루해요",
    "정말 지루해요", "음식이 정말 맛없어요", "영화가 최악이에요", "연기가 별로예요",
    "너무 별로예요", "이야기가 정말 별로예요", "영화가 너무 지루해요", "음식이 최악이에요",
    "다시 보고 싶지 않아요", "연기가 너무 지루해요", "연기가 정말 최악이에요",
]
HELD_OUT = (2, 8, 10)  # positions held out in each group of 15

# The sentences the lesson steps through (both held out: the model never trained on them).
LESSON_SENTENCES = {"en": "the food was really bad", "ko": "영화가 너무 재미있어요"}


def dataset():
    train, test = [], []
    for group, label in ((EN_POS, 1), (EN_NEG, 0), (KO_POS, 1), (KO_NEG, 0)):
        for i, sentence in enumerate(group):
            (test if i in HELD_OUT else train).append((sentence.split(), label))
    return train, test


def vocabulary(sentences):
    words = []
    for tokens, _ in sentences:
        for w in tokens:
            if w not in words:
                words.append(w)
    return words


def forward(params, ids):
    E, Wx, Wh, b, Wy, by = params
    hs, h = [np.zeros(H)], np.zeros(H)
    for i in ids:
        h = np.tanh(Wx @ E[i] + Wh @ h + b)
        hs.append(h)
    p = 1 / (1 + np.exp(-(Wy @ h + by)))
    return hs, p


def gradients(params, ids, label):
    """Binary cross-entropy of one sentence and its gradients, by full backpropagation through time."""
    E, Wx, Wh, b, Wy, by = params
    hs, p = forward(params, ids)
    loss = -(label * np.log(p) + (1 - label) * np.log(1 - p))
    dlogit = p - label
    g = [np.zeros_like(a) for a in params]
    g[4] += dlogit * hs[-1]
    g[5] += dlogit
    dh = dlogit * Wy
    for t in range(len(ids), 0, -1):
        delta = (1 - hs[t] ** 2) * dh
        x = E[ids[t - 1]]
        g[1] += np.outer(delta, x)
        g[2] += np.outer(delta, hs[t - 1])
        g[3] += delta
        g[0][ids[t - 1]] += Wx.T @ delta
        dh = Wh.T @ delta
    return loss, g


def train(train_set, vocab):
    rng = np.random.RandomState(SEED)
    params = [rng.randn(len(vocab), D) * 0.5, rng.randn(H, D) * 0.5, rng.randn(H, H) * 0.3,
              np.zeros(H), rng.randn(H) * 0.5, np.zeros(1)]
    m = [np.zeros_like(a) for a in params]
    v = [np.zeros_like(a) for a in params]
    data = [([vocab.index(w) for w in tokens], label) for tokens, label in train_set]
    for epoch in range(1, EPOCHS + 1):
        total = [np.zeros_like(a) for a in params]
        for ids, label in data:
            _, g = gradients(params, ids, label)
            for k in range(len(params)):
                total[k] += g[k] / len(data)
        for k in range(len(params)):
            m[k] = 0.9 * m[k] + 0.1 * total[k]
            v[k] = 0.999 * v[k] + 0.001 * total[k] ** 2
            mhat, vhat = m[k] / (1 - 0.9 ** epoch), v[k] / (1 - 0.999 ** epoch)
            params[k] = params[k] - LR * mhat / (np.sqrt(vhat) + 1e-8)
    return [np.round(a, DECIMALS) + 0.0 for a in params]  # + 0.0 turns -0.0 into 0.0


def accuracy(params, sentences, vocab):
    right = sum((forward(params, [vocab.index(w) for w in tokens])[1][0] >= 0.5) == (label == 1)
                for tokens, label in sentences)
    return right, len(sentences)


def number(x):
    text = repr(float(x))
    return text[:-2] if text.endswith(".0") else text


def row(values):
    return "[" + ", ".join(number(x) for x in values) + "]"


def step_block(params, vocab, sentence, indent="  "):
    E, Wx, Wh, b, Wy, by = params
    tokens = sentence.split()
    used = []
    for w in tokens:
        if w not in used:
            used.append(w)
    lines = [f"{indent}- rnn:",
             f"{indent}    tokens: [{', '.join(tokens)}]",
             f"{indent}    hidden_units: {H}",
             f"{indent}    embedding:"]
    lines += [f"{indent}      {w}: {row(E[vocab.index(w)])}" for w in used]
    lines += [f"{indent}    Wx:"] + [f"{indent}      - {row(r)}" for r in Wx]
    lines += [f"{indent}    Wh:"] + [f"{indent}      - {row(r)}" for r in Wh]
    lines += [f"{indent}    b: {row(b)}",
              f"{indent}    output:",
              f"{indent}      W_y: [{row(Wy)}]",
              f"{indent}      b_y: {row(by)}"]
    return lines


def updated_lesson(text, params, vocab):
    lines = text.split("\n")
    for name, sentence in LESSON_SENTENCES.items():
        begin = lines.index(f"  # BEGIN train_sentiment.py {name}")
        end = lines.index(f"  # END train_sentiment.py {name}")
        lines[begin + 1:end] = step_block(params, vocab, sentence)
    return "\n".join(lines)


def main():
    train_set, test_set = dataset()
    vocab = vocabulary(train_set)
    unseen = [w for w in vocabulary(test_set) if w not in vocab]
    assert not unseen, f"held-out words never trained: {unseen}"
    params = train(train_set, vocab)
    tr, te = accuracy(params, train_set, vocab), accuracy(params, test_set, vocab)
    print(f"{len(train_set)} training sentences, {len(test_set)} held out; vocabulary {len(vocab)} words; D {D}, H {H}")
    print(f"training accuracy {tr[0]}/{tr[1]}")
    print(f"held-out accuracy {te[0]}/{te[1]} = {te[0] / te[1]:.1%}")
    for tokens, label in test_set:
        hs, p = forward(params, [vocab.index(w) for w in tokens])
        print(f"  {'+' if label else '-'} {p[0]:.4f}  {' '.join(tokens)}")
    if "--table" in sys.argv:
        for w in vocab:
            print(f"  {w}: {row(params[0][vocab.index(w)])}")
    for name, sentence in LESSON_SENTENCES.items():
        assert sentence.split() in [t for t, _ in test_set], f"{sentence} is not held out"
    with open(LESSON, encoding="utf-8") as f:
        text = f.read()
    new = updated_lesson(text, params, vocab)
    if "--check" in sys.argv:
        if new != text:
            print(f"{LESSON} differs from what the training gives; run python3 scripts/train_sentiment.py", file=sys.stderr)
            sys.exit(1)
        print("the lesson's weights are what the training gives")
        return
    if new != text:
        with open(LESSON, "w", encoding="utf-8") as f:
            f.write(new)
        print(f"updated {LESSON}")


if __name__ == "__main__":
    main()
