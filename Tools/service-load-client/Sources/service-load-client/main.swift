import Foundation

#if canImport(Glibc)
    import Glibc
#endif

// The clients of `Tools/service-load.py load`, compiled (the same workload, the same answers
// expected): each client is a thread with one keep-alive connection to 127.0.0.1:PORT, which
// drives birth registrations (1.001193) of thanh-nua: open, accept, complete receive, complete
// review, approve sign, return; every request has an Idempotency-Key and every event an If-Match,
// and a 503 or a dropped connection is retried with the same key. Prints one JSON object: the
// latencies of openings and events (ms), the acknowledged (case, version) pairs, the retries and
// the unexpected answers; service-load.py turns it into its figures.
//
//   service-load-client --port P --seconds S --clients N --token pasc=T --token justice-officer=T --token chairman=T

let steps: [(event: String, step: String?, unit: String)] = [
    ("accept", nil, "pasc"), ("complete", "receive", "pasc"), ("complete", "review", "justice-officer"),
    ("approve", "sign", "chairman"), ("return", "return", "pasc"),
]

struct Options {
    var port = 0
    var seconds = 10.0
    var clients = 32
    var tokens: [String: String] = [:]

    init(_ arguments: [String]) {
        var i = 0
        func value() -> String {
            i += 1
            guard i < arguments.count else { fail("\(arguments[i - 1]) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--port": port = Int(value()) ?? 0
            case "--seconds": seconds = Double(value()) ?? 0
            case "--clients": clients = Int(value()) ?? 0
            case "--token":
                let pair = value().split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { fail("--token takes UNIT=TOKEN") }
                tokens[pair[0]] = pair[1]
            default: fail("unknown argument \(arguments[i])")
            }
            i += 1
        }
        guard port > 0, seconds > 0, clients > 0, Set(steps.map(\.unit)).isSubset(of: tokens.keys) else {
            fail(
                "usage: service-load-client --port P --seconds S --clients N --token pasc=T --token justice-officer=T --token chairman=T"
            )
        }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("service-load-client: \(message)\n".utf8))
    exit(2)
}

func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

struct ConnectionLost: Error {}

/// One keep-alive HTTP/1.1 connection, blocking, with a 30 s timeout on each read.
final class Connection {
    private let socket: Int32
    private var pending: [UInt8] = []

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw ConnectionLost() }
        var one: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw ConnectionLost()
        }
    }

    deinit { close(socket) }

    /// Sends a request and reads its answer: the status and the body (Content-Length or chunked).
    func exchange(_ request: [UInt8]) throws -> (status: Int, body: [UInt8]) {
        var sent = 0
        while sent < request.count {
            let n = request.withUnsafeBytes { write(socket, $0.baseAddress! + sent, request.count - sent) }
            guard n > 0 else { throw ConnectionLost() }
            sent += n
        }
        let head = try readHead()
        let lines = String(decoding: head, as: UTF8.self).split(separator: "\r\n")
        guard let first = lines.first, first.split(separator: " ").count >= 2,
            let status = Int(first.split(separator: " ")[1])
        else { throw ConnectionLost() }
        var length = 0
        var chunked = false
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let name = parts[0].lowercased()
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            if name == "content-length" { length = Int(value) ?? 0 }
            if name == "transfer-encoding" && value.lowercased().contains("chunked") { chunked = true }
        }
        if !chunked { return (status, try read(length)) }
        var body: [UInt8] = []
        while true {
            let size = Int(String(decoding: try readLine(), as: UTF8.self), radix: 16) ?? 0
            if size == 0 {
                _ = try readLine()
                return (status, body)
            }
            body += try read(size)
            _ = try readLine()
        }
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 16384)
        let n = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress!, 16384, 0) }
        guard n > 0 else { throw ConnectionLost() }
        pending += chunk[0..<n]
    }

    private func readHead() throws -> [UInt8] {
        while true {
            if let end = find([13, 10, 13, 10]) {
                let head = Array(pending[0..<end])
                pending.removeFirst(end + 4)
                return head
            }
            try fill()
        }
    }

    private func readLine() throws -> [UInt8] {
        while true {
            if let end = find([13, 10]) {
                let line = Array(pending[0..<end])
                pending.removeFirst(end + 2)
                return line
            }
            try fill()
        }
    }

    private func read(_ count: Int) throws -> [UInt8] {
        while pending.count < count { try fill() }
        let bytes = Array(pending[0..<count])
        pending.removeFirst(count)
        return bytes
    }

    private func find(_ pattern: [UInt8]) -> Int? {
        guard pending.count >= pattern.count else { return nil }
        for i in 0...(pending.count - pattern.count) where pending[i] == pattern[0] {
            if Array(pending[i..<(i + pattern.count)]) == pattern { return i }
        }
        return nil
    }
}

/// What a client saw: latencies (ms), acknowledged (case, version) pairs, unexpected answers, retries.
struct Figures {
    var openMs: [Double] = [], eventMs: [Double] = []
    var acked: [(String, Int)] = []
    var unexpected: [String] = []
    var retries = 0
}

/// One client: its own connection, cases and figures.
final class Client: @unchecked Sendable {
    let number: Int
    let options: Options
    let stopAt: Double
    var connection: Connection?
    var figures = Figures()

    init(number: Int, options: Options, stopAt: Double) {
        (self.number, self.options, self.stopAt) = (number, options, stopAt)
    }

    /// Sends until a definitive answer (not 503, not a dropped connection), for at most a minute
    /// past the run's end; nil when none came.
    func send(_ path: String, _ body: String, unit: String, headers: [String]) -> (Int, [String: Any])? {
        var request = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(options.tokens[unit]!)\r\n"
        request += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n"
        for header in headers { request += header + "\r\n" }
        let bytes = Array((request + "\r\n" + body).utf8)
        while monotonicSeconds() < stopAt + 60 {
            let started = monotonicSeconds()
            do {
                if connection == nil { connection = try Connection(port: options.port) }
                let (status, answer) = try connection!.exchange(bytes)
                if status == 503 {
                    figures.retries += 1
                    usleep(50_000)
                    continue
                }
                let elapsed = (monotonicSeconds() - started) * 1000
                if path.hasSuffix("/events") { figures.eventMs.append(elapsed) } else { figures.openMs.append(elapsed) }
                let json = (try? JSONSerialization.jsonObject(with: Data(answer))) as? [String: Any] ?? [:]
                return (status, json)
            } catch {
                connection = nil
                figures.retries += 1
                usleep(50_000)
            }
        }
        return nil
    }

    func run() {
        let day = 2 + number % 20
        var cases = 0
        while monotonicSeconds() < stopAt {
            cases += 1
            let opening =
                #"{"procedure":"1.001193","received":"2026-03-\#(pad(day)) 08:30","channel":"online","commune":"thanh-nua","applicant":"CCCD-\#(number)-\#(cases)"}"#
            guard let (status, body) = send("/v1/cases", opening, unit: "pasc", headers: [key()]),
                status == 200 || status == 201, let id = body["caseId"] as? String,
                var version = body["version"] as? Int
            else {
                figures.unexpected.append("open")
                continue
            }
            figures.acked.append((id, version))
            for (i, step) in steps.enumerated() {
                let at = "2026-03-\(pad(day)) \(pad(9 + i)):00"
                let payload =
                    step.step.map { #"{"event":"\#(step.event)","at":"\#(at)","step":"\#($0)"}"# }
                    ?? #"{"event":"\#(step.event)","at":"\#(at)"}"#
                guard
                    let (status, body) = send(
                        "/v1/cases/\(id)/events", payload, unit: step.unit,
                        headers: [key(), "If-Match: \"\(version)\""]),
                    status == 200, let next = body["version"] as? Int
                else {
                    figures.unexpected.append("\(id) \(step.event)")
                    break
                }
                version = next
                figures.acked.append((id, version))
            }
        }
    }

    func key() -> String { "Idempotency-Key: \(UUID().uuidString)" }
    func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let stopAt = monotonicSeconds() + options.seconds
let clients = (0..<options.clients).map { Client(number: $0, options: options, stopAt: stopAt) }
let done = DispatchGroup()
for client in clients {
    done.enter()
    let thread = Thread {
        client.run()
        done.leave()
    }
    thread.start()
}
done.wait()
let all = clients.map(\.figures)
let result: [String: Any] = [
    "open_ms": all.flatMap(\.openMs), "event_ms": all.flatMap(\.eventMs),
    "acked": all.flatMap { $0.acked.map { [$0.0, $0.1] as [Any] } },
    "unexpected": all.flatMap(\.unexpected), "retries": all.map(\.retries).reduce(0, +),
]
FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: result))
FileHandle.standardOutput.write(Data("\n".utf8))
