/// What to write instead of a key that authors bring from Keras, PyTorch or the chapter's numpy
/// code but that the format spells differently or keeps elsewhere. `ParseContext.fields` adds the
/// advice to the unknown-key error; a key named as the replacement is then not reported missing
/// (the advice is the root cause).
enum KeyAdvice {
    /// The advice for `key` in the map described by `schema`, and the key it replaces there.
    static func advice(for key: String, in schema: MapSchema) -> (text: String, replaces: String?)? {
        let allowed = schema.allowed
        if key == "notes", LessonFormat.step.choices.contains(schema.name) {
            return ("`notes` belongs to the step, beside its kind: write it at the same indentation as the step's "
                    + "kind (`- \(schema.name): …` then `  notes: …`)", nil)
        }
        if allowed.contains("hidden_units") {
            switch key {
            case "units", "hidden_size", "hidden_dim", "num_units":
                return ("write `hidden_units` (Keras's `units`, the chapter's `hidden_units`)", "hidden_units")
            case "input_size", "input_shape", "features":
                return ("write `input_dim` (the size of each input vector x_t)", "input_dim")
            case "sequence_length", "seq_len", "time_steps", "steps":
                return ("write `timesteps` (the number of inputs x_1 … x_T)", "timesteps")
            case "activation":
                return ("an rnn step always uses tanh; remove `activation`", nil)
            default:
                return nil
            }
        }
        if allowed.contains("units") || allowed.contains("output_dim") {
            switch key {
            case "input_shape", "batch_input_shape", "input_length":
                return ("give the model's input on the summary step instead, e.g. `input: {shape: [2, 10]}` "
                        + "(Keras 3's `Input(shape=(2, 10))`)", nil)
            case "hidden_units", "hidden_size":
                return ("write `units` (Keras's name for the layer size)", "units")
            default:
                return nil
            }
        }
        return nil
    }
}
