"""numpy reference for the stress lesson's forward pass (bench/stress.yaml), as the chapter writes it.

T=1000, D=512, H=1024, seed 0; draw order inputs (T, D), Wx (H, D), Wh (H, H), b (H,); the chapter's loop.
Prints the last hidden state's first value so the work cannot be skipped.
"""
import numpy as np

timesteps, input_dim, hidden_units = 1000, 512, 1024
np.random.seed(0)
inputs = np.random.random((timesteps, input_dim))
Wx = np.random.random((hidden_units, input_dim))
Wh = np.random.random((hidden_units, hidden_units))
b = np.random.random((hidden_units,))
hidden_state_t = np.zeros((hidden_units,))
total_hidden_states = []
for input_t in inputs:
    output_t = np.tanh(np.dot(Wx, input_t) + np.dot(Wh, hidden_state_t) + b)
    total_hidden_states.append(list(output_t))
    hidden_state_t = output_t
total_hidden_states = np.stack(total_hidden_states, axis=0)
print(total_hidden_states[-1][0])
