import CaseEngine
import Foundation
import WorkCalendar
import WorkflowCompiler

/// A case's snapshot as compact bytes. JSON took a third of a durable write; this is several
/// times faster. The first byte is the format version; a snapshot starting with `{` is read as
/// JSON, so a store written before this format still opens.
package enum SnapshotCodec {
    /// 3: format 2 and, after it, its `RecordChecksum` (8 bytes, little-endian), checked when
    /// read; 2: names written once and referred back to (`ByteWriter(sharesNames:)`), enumerations
    /// as one-byte codes (`SnapshotCodes`); 1: every string in full, enumerations by their raw
    /// values. Formats 1 and 2 are still read, without a checksum (`hasChecksum`): `tthc case
    /// verify` counts them. Openings in the events table are written in format 1.
    package static let version: UInt8 = 3
    static let openingVersion: UInt8 = 1

    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    /// `format` 1 is for tests that read what an older tthc wrote.
    package static func encode(_ s: CaseState, format: UInt8 = version) -> [UInt8] {
        let compact = format >= 2
        var w = ByteWriter(sharesNames: compact)
        w.bytes.reserveCapacity(512)
        w.bytes.append(format)
        w.string(s.id)
        w.string(s.artifactHash)
        write(s.opening, &w)
        w.array(s.facts) { $0.name($1) }
        w.coded(s.status, compact: compact, code)
        w.optional(s.outcome) { $0.name($1) }
        w.int(s.version)
        w.time(s.lastEventAt)
        w.optional(s.acceptedAt) { $0.time($1) }
        w.optional(s.closedAt) { $0.time($1) }
        w.array(s.tokens) { w, t in
            w.int(t.id)
            w.name(t.step)
            w.time(t.since)
            w.optional(t.parallel) { $0.name($1) }
            w.name(t.holder)
            w.int(t.visit)
            w.array(t.givers) { $0.int($1) }
            w.optional(t.subcase) { $0.string($1) }
            w.optional(t.subcaseOutcome) { $0.name($1) }
        }
        w.array(s.joins) { w, j in
            w.name(j.parallel)
            w.int(j.arrived)
            w.array(j.givers) { $0.int($1) }
            w.name(j.holder)
        }
        w.array(s.visits) { w, v in
            w.name(v.step)
            w.coded(v.kind, compact: compact, code)
            w.name(v.by)
            w.time(v.arrived)
            w.optional(v.due) { $0.time($1) }
            w.optional(v.finished) { $0.time($1) }
            w.optional(v.finishedBy) { $0.coded($1, compact: compact, code) }
            w.optional(v.actor) { $0.name($1) }
            w.array(v.handedTo) { $0.name($1) }
            w.optional(v.note) { $0.string($1) }
        }
        w.array(s.pauses) { w, p in
            w.time(p.start)
            w.time(p.end)
        }
        w.optional(s.pausedSince) { $0.time($1) }
        w.array(s.subcases) { $0.string($1) }
        w.array(s.payments) { w, p in
            w.time(p.at)
            w.name(p.step)
            w.optional(p.amount) { $0.int($1) }
        }
        w.array(s.apologies) { w, a in
            w.time(a.at)
            w.time(a.due)
            w.optional(a.reason) { $0.string($1) }
        }
        w.int(s.nextToken)
        if format >= 3 {
            var checksum = RecordChecksum()
            checksum.add(w.bytes)
            withUnsafeBytes(of: checksum.value.littleEndian) { w.bytes.append(contentsOf: $0) }
        }
        return w.bytes
    }

    /// Whether a stored snapshot carries a checksum (format 3 and later).
    package static func hasChecksum(_ bytes: [UInt8]) -> Bool {
        (bytes.first ?? 0) >= 3 && bytes.first != UInt8(ascii: "{")
    }

    /// A format-3 snapshot without its checksum, once the checksum matches.
    private static func checked(_ stored: [UInt8]) throws -> [UInt8] {
        let body = stored.count - 8
        guard body > 1 else { throw Unreadable(description: "a snapshot cut short (\(stored.count) bytes)") }
        var checksum = RecordChecksum()
        stored.withUnsafeBytes { checksum.add(UnsafeRawBufferPointer(rebasing: $0[..<body])) }
        var recorded: UInt64 = 0
        for i in (0..<8).reversed() { recorded = recorded << 8 | UInt64(stored[body + i]) }
        guard recorded == checksum.value else {
            throw Unreadable(
                description: "a snapshot that does not match its checksum: it was changed or damaged outside tthc")
        }
        return Array(stored[..<body])
    }

    /// An `opened` event's opening, for the events table.
    package static func encode(_ o: CaseOpening) -> [UInt8] {
        var w = ByteWriter()
        w.bytes.append(openingVersion)
        write(o, &w)
        return w.bytes
    }

    package static func decodeOpening(_ bytes: [UInt8]) throws -> CaseOpening {
        if bytes.first == UInt8(ascii: "{") { return try JSONDecoder().decode(CaseOpening.self, from: Data(bytes)) }
        guard bytes.first == openingVersion else {
            throw Unreadable(description: "an opening of format \(bytes.first ?? 0)")
        }
        var r = ByteReader(bytes, from: 1)
        let opening = try read(&r)
        guard r.position == bytes.count else { throw Unreadable(description: "an opening with bytes left over") }
        return opening
    }

    private static func write(_ o: CaseOpening, _ w: inout ByteWriter) {
        w.string(o.procedure)
        w.time(o.received)
        w.string(o.channel)
        w.name(o.commune)
        w.name(o.receivingUnit)
        w.string(o.applicant)
        w.array(o.facts) { $0.name($1) }
        w.optional(o.parent) { w, p in
            w.string(p.caseId)
            w.name(p.step)
        }
    }

    private static func read(_ r: inout ByteReader) throws -> CaseOpening {
        let procedure = try r.string()
        let received = try r.time()
        let channel = try r.string()
        let commune = try r.name()
        let receiving = try r.name()
        let applicant = try r.string()
        let facts = try r.array { try $0.name() }
        let parent = try r.optional { r in CaseOpening.Parent(caseId: try r.string(), step: try r.name()) }
        var opening = CaseOpening(
            procedure: procedure, received: received, channel: channel, commune: "", applicant: applicant,
            parent: parent)
        opening.commune = commune
        opening.receivingUnit = receiving
        opening.facts = facts
        return opening
    }

    package static func decode(_ stored: [UInt8]) throws -> CaseState {
        guard let first = stored.first else { throw Unreadable(description: "an empty snapshot") }
        if first == UInt8(ascii: "{") { return try JSONDecoder().decode(CaseState.self, from: Data(stored)) }
        guard (1...version).contains(first) else {
            throw Unreadable(description: "a snapshot of format \(first); this tthc reads 1 to \(version)")
        }
        let bytes = first >= 3 ? try checked(stored) : stored
        let compact = first >= 2
        var r = ByteReader(bytes, from: 1, sharesNames: compact)
        let id = try r.string()
        let hash = try r.string()
        let opening = try read(&r)
        var s = CaseState(id: id, artifactHash: hash, opening: opening, at: opening.received)
        s.facts = try r.array { try $0.name() }
        s.status = try r.coded(compact: compact, status)
        s.outcome = try r.optional { try $0.name() }
        s.version = try r.int()
        s.lastEventAt = try r.time()
        s.acceptedAt = try r.optional { try $0.time() }
        s.closedAt = try r.optional { try $0.time() }
        s.tokens = try r.array { r in
            CaseState.Token(
                id: try r.int(), step: try r.name(), since: try r.time(), parallel: try r.optional { try $0.name() },
                holder: try r.name(), visit: try r.int(), givers: try r.array { try $0.int() },
                subcase: try r.optional { try $0.string() }, subcaseOutcome: try r.optional { try $0.name() })
        }
        s.joins = try r.array { r in
            CaseState.JoinProgress(
                parallel: try r.name(), arrived: try r.int(), givers: try r.array { try $0.int() }, holder: try r.name()
            )
        }
        s.visits = try r.array { r in
            CaseState.Visit(
                step: try r.name(),
                kind: try r.coded(compact: compact, stepKind),
                by: try r.name(), arrived: try r.time(),
                due: try r.optional { try $0.time() }, finished: try r.optional { try $0.time() },
                finishedBy: try r.optional { try $0.coded(compact: compact, eventKind) },
                actor: try r.optional { try $0.name() },
                handedTo: Receivers(try r.array { try $0.name() }), note: try r.optional { try $0.string() })
        }
        s.pauses = try r.array { r in try PauseInterval(from: try r.time(), to: try r.time()) }
        s.pausedSince = try r.optional { try $0.time() }
        s.subcases = try r.array { try $0.string() }
        s.payments = try r.array { r in
            CaseState.Payment(at: try r.time(), step: try r.name(), amount: try r.optional { try $0.int() })
        }
        s.apologies = try r.array { r in
            CaseState.Apology(at: try r.time(), due: try r.time(), reason: try r.optional { try $0.string() })
        }
        s.nextToken = try r.int()
        guard r.position == bytes.count else {
            throw Unreadable(description: "a snapshot with \(bytes.count - r.position) bytes left over")
        }
        return s
    }
}
