import ArgumentParser
import Player

@main
struct RNNStep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rnnstep",
        abstract: "Step through a recurrent neural network, one timestep per key.",
        version: PlayerInfo.version
    )
}
