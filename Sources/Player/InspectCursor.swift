/// Where the cursor of inspect mode is (`Enter` on an rnn step): a tensor of the equation and a
/// cell of it. A plain value kept in `PlayerState.inspect`; nil outside inspect mode.
///
/// Tensors are named by `CellDescription.TensorID`, so a cell kind with gates (lstm, gru) can use
/// the same cursor over its own description's tensors.
public struct InspectCursor: Equatable, Sendable {
    /// The tensor, by its id's raw value (`Wx`, `x_t`, `h_t`, …).
    public var tensor: String
    /// The row (the unit for vectors and for the rows of Wx and Wh).
    public var row: Int
    /// The column (0 for vectors).
    public var col: Int

    /// Creates a cursor.
    public init(tensor: String, row: Int = 0, col: Int = 0) {
        self.tensor = tensor
        self.row = row
        self.col = col
    }
}
