import CaseEngine
import WorkflowCompiler

/// The one-byte codes of the enumerations in a format 2 snapshot. Written out case by case, not
/// taken from the declaration order, so reordering or adding a case cannot change what a stored
/// snapshot means; a new case fails to compile here until it has a code of its own.
extension SnapshotCodec {
    static func code(_ kind: CompiledStep.Kind) -> Int {
        switch kind {
        case .task: 1
        case .handOff: 2
        case .wait: 3
        case .choice: 4
        case .parallel: 5
        case .call: 6
        case .end: 7
        }
    }

    static func stepKind(_ code: Int) throws -> CompiledStep.Kind {
        switch code {
        case 1: .task
        case 2: .handOff
        case 3: .wait
        case 4: .choice
        case 5: .parallel
        case 6: .call
        case 7: .end
        default: throw Unreadable(description: "unknown step kind \(code) in a snapshot")
        }
    }

    static func code(_ kind: CaseEventKind) -> Int {
        switch kind {
        case .opened: 1
        case .accept: 2
        case .reject: 3
        case .complete: 4
        case .approve: 5
        case .handOff: 6
        case .branch: 7
        case .supplement: 8
        case .requestPayment: 9
        case .refuse: 10
        case .supplementReceived: 11
        case .pay: 12
        case .startSubcase: 13
        case .subcaseFinished: 14
        case .return: 15
        case .withdraw: 16
        case .apologize: 17
        case .migrated: 18
        }
    }

    static func eventKind(_ code: Int) throws -> CaseEventKind {
        for kind in CaseEventKind.allCases where self.code(kind) == code { return kind }
        throw Unreadable(description: "unknown event kind \(code) in a snapshot")
    }

    static func code(_ status: CaseState.Status) -> Int {
        switch status {
        case .received: 1
        case .open: 2
        case .closed: 3
        }
    }

    static func status(_ code: Int) throws -> CaseState.Status {
        switch code {
        case 1: .received
        case 2: .open
        case 3: .closed
        default: throw Unreadable(description: "unknown case status \(code) in a snapshot")
        }
    }
}

extension ByteWriter {
    /// An enumeration as its code (`compact`: format 2 and later) or by its raw value (format 1).
    mutating func coded<Value: RawRepresentable<String>>(_ value: Value, compact: Bool, _ code: (Value) -> Int) {
        if compact { int(code(value)) } else { string(value.rawValue) }
    }
}

extension ByteReader {
    /// What `ByteWriter.coded` wrote; `decode` reads a code back.
    mutating func coded<Value: RawRepresentable<String>>(
        compact: Bool, _ decode: (Int) throws -> Value
    ) throws -> Value {
        if compact { return try decode(try int()) }
        let text = try string()
        guard let value = Value(rawValue: text) else {
            throw SnapshotCodec.Unreadable(description: "unknown \(Value.self) \"\(text)\" in a snapshot")
        }
        return value
    }
}
