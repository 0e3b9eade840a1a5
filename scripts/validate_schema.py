#!/usr/bin/env python3
"""Validates lessons against lessons/schema.json with a standard JSON Schema validator.

Every shipped lesson (lessons/*.yaml, or the files given as arguments) must be valid, and a set of
deliberately broken samples (unknown key, wrong type, missing field, unknown layer, zero or negative
size, `steps` not a list, ...) must each be rejected. Needs the jsonschema and PyYAML packages.
Exit status 0 when all is as expected, 1 otherwise. Run from anywhere:

    python3 scripts/validate_schema.py
"""
import glob
import json
import os
import sys

import jsonschema
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

GOOD_STEP = "  - rnn: {timesteps: 3, input_dim: 2, hidden_units: 4}\n"

# name -> lesson text that the schema must reject
INVALID = {
    "unknown top-level key": "title: x\ncolour: red\nsteps:\n" + GOOD_STEP,
    "unknown key in an rnn step": "title: x\nsteps:\n  - rnn: {timesteps: 3, input_dim: 2, hidden_unit: 4}\n",
    "unknown step kind": "title: x\nsteps:\n  - video: {url: x}\n",
    "two keys in one step": "title: x\nsteps:\n  - text: a\n    code: {source: b}\n",
    "wrong type (timesteps a string)": "title: x\nsteps:\n  - rnn: {timesteps: abc, input_dim: 2, hidden_units: 4}\n",
    "wrong type (Wx not a matrix)": "title: x\nsteps:\n  - rnn: {timesteps: 1, input_dim: 1, hidden_units: 1, Wx: 3}\n",
    "wrong type (title a list)": "title: [a, b]\nsteps:\n  - text: a\n",
    "missing title": "steps:\n  - text: a\n",
    "missing hidden_units": "title: x\nsteps:\n  - rnn: {timesteps: 3, input_dim: 2}\n",
    "missing code source": "title: x\nsteps:\n  - code: {language: python}\n",
    "unknown layer": "title: x\nsteps:\n  - summary:\n      input: {shape: [2, 10]}\n      layers:\n        - SimpleRNNN: {units: 3}\n",
    "unknown layer inside Bidirectional": "title: x\nsteps:\n  - summary:\n      input: {shape: [2, 10]}\n      layers:\n        - Bidirectional: {layer: {Dense: {units: 3}}}\n",
    "zero size": "title: x\nsteps:\n  - rnn: {timesteps: 0, input_dim: 2, hidden_units: 4}\n",
    "negative size": "title: x\nsteps:\n  - rnn: {timesteps: 3, input_dim: -2, hidden_units: 4}\n",
    "negative units": "title: x\nsteps:\n  - summary:\n      input: {shape: [2, 10]}\n      layers:\n        - SimpleRNN: {units: -3}\n",
    "zero input shape": "title: x\nsteps:\n  - summary:\n      input: {shape: [0, 10]}\n      layers:\n        - Dense: {units: 1}\n",
    "size past the limit": "title: x\nsteps:\n  - rnn: {timesteps: 10001, input_dim: 2, hidden_units: 4}\n",
    "steps not a list": "title: x\nsteps: {text: a}\n",
    "steps empty": "title: x\nsteps: []\n",
    "version 2": "version: 2\ntitle: x\nsteps:\n  - text: a\n",
    "text map with another language": "title: {ko: a, fr: b}\nsteps:\n  - text: a\n",
    "quiz with one choice": "title: x\nsteps:\n  - quiz: {question: q, choices: [a], answer: 1, explain: e}\n",
    "unknown init": "title: x\nsteps:\n  - rnn: {timesteps: 1, input_dim: 1, hidden_units: 1, init: xavier}\n",
    "notes alone, without a step kind": "title: x\nsteps:\n  - notes: {ko: 가, en: a}\n",
    "notes with two step kinds": "title: x\nsteps:\n  - text: a\n    code: {source: b}\n    notes: n\n",
    "notes inside an rnn step": "title: x\nsteps:\n  - rnn: {timesteps: 1, input_dim: 1, hidden_units: 1, notes: n}\n",
    "notes a list": "title: x\nsteps:\n  - text: a\n    notes: [a, b]\n",
    "both shape and batch_shape": "title: x\nsteps:\n  - summary:\n      input: {shape: [2], batch_shape: [1, 2]}\n      layers:\n        - Dense: {units: 1}\n",
}

VALID = {
    "minimal": "title: x\nsteps:\n  - text: a\n",
    "plain scalar title": "title: 1984\nsteps:\n  - text: {en: only English}\n",
    "notes beside a step kind": "title: x\nsteps:\n  - notes: {ko: 가, en: a}\n    text: a\n  - rnn: {timesteps: 1, input_dim: 1, hidden_units: 1}\n    notes: n\n",
    "null input size": "title: x\nsteps:\n  - summary:\n      input: {batch_shape: [null, 2, 10]}\n      layers:\n        - SimpleRNN: {units: 3}\n",
}


def as_json(value):
    """The YAML value as JSON sees it: mapping keys become strings (`callouts: {0: …}` has integer
    keys in YAML; editors and JSON Schema see the property name "0")."""
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value


def main() -> int:
    with open(os.path.join(ROOT, "lessons", "schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    lessons = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "lessons", "*.yaml")))
    for path in lessons:
        with open(path, encoding="utf-8-sig") as f:
            data = as_json(yaml.safe_load(f))
        errors = list(validator.iter_errors(data))
        for error in errors:
            print(f"FAIL {os.path.relpath(path, ROOT)}: {error.json_path}: {error.message}")
        failures += bool(errors)
        if not errors:
            print(f"ok   {os.path.relpath(path, ROOT)} is valid")
    for name, text in VALID.items():
        errors = list(validator.iter_errors(as_json(yaml.safe_load(text))))
        failures += bool(errors)
        print(("ok  " if not errors else "FAIL") + f" valid sample '{name}'" + ("" if not errors else f": {errors[0].message}"))
    for name, text in INVALID.items():
        errors = list(validator.iter_errors(as_json(yaml.safe_load(text))))
        failures += not errors
        print(("ok  " if errors else "FAIL") + f" invalid sample '{name}' is rejected"
              + (f" ({errors[0].json_path}: {errors[0].message[:80]})" if errors else " — but the schema accepted it"))
    print(f"{len(lessons)} lessons, {len(VALID)} valid and {len(INVALID)} invalid samples: "
          + ("all as expected" if failures == 0 else f"{failures} unexpected"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
