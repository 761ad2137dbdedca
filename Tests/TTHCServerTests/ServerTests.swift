import CaseEngine
import CaseStoreSQLite
import CatalogModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TTHCServer
import Testing
import WorkCalendar
import WorkflowCompiler

/// The scenario catalog of the case engine's tests (Tests/CaseEngineTests/Fixtures/scenarios).
enum ServerFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CaseEngineTests/Fixtures/scenarios").path

    static let artifact: CompiledCatalog = {
        let loaded = CatalogLoader().load(root: root)
        return WorkflowCompiler().compile(loaded.catalog).artifact
    }()
}

/// A service on a fresh SQLite store with four tokens: a clerk and an analyst of thanh-nua's
/// service centre, a clerk of its chairman (not a centre), and a province analyst.
final class Harness: @unchecked Sendable {
    let service: CaseService
    let store: CaseStore
    let tokens: [String: String]
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("tokens.txt").path
        var tokens: [String: String] = [:]
        for (name, unit, role) in [
            ("clerk", "thanh-nua.pasc", Role.clerk), ("analyst", "thanh-nua.pasc", .analyst),
            ("chairman", "thanh-nua.chairman", .clerk), ("province", "province.office", .analyst),
            ("otherClerk", "muong-thanh.pasc", .clerk),
        ] {
            tokens[name] = try TokenFile.add(file, unit: unit, role: role)
        }
        self.tokens = tokens
        store = try CaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
        service = try CaseService(
            store: store, artifact: ServerFixture.artifact, tokens: try TokenFile.load(file), threads: 2)
    }

    var app: some ApplicationProtocol {
        Application(responder: CaseResponder(service: service))
    }

    func headers(_ token: String?, _ extra: HTTPFields = [:]) -> HTTPFields {
        var h = extra
        if let token { h[.authorization] = "Bearer \(self.tokens[token] ?? token)" }
        h[.contentType] = "application/json"
        return h
    }

    /// Opens a case through the store directly (setup, not under test).
    func openCase(commune: String) throws -> String {
        try store.open(
            CaseOpening(
                procedure: "1.001193", received: try LocalDateTime(parsing: "2026-03-02 08:30"), channel: "online",
                commune: commune, applicant: "CCCD-001234567890"), artifactHash: ServerFixture.artifact.contentHash
        ).caseId
    }
}

func json(_ response: TestResponse) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
}

@Suite struct AccessMatrixTests {
    enum Act: String, CaseIterable { case open, event, show, list }

    /// Every role × act × own/other commune; a refused act writes nothing.
    @Test func eachRoleEachActOwnAndOtherCommune() async throws {
        let h = try Harness()
        // expected status for (token, act, own?)
        let expected: [String: [Act: (own: Int, other: Int)]] = [
            // A centre receives for any commune.
            "clerk": [.open: (201, 201), .event: (200, 403), .show: (200, 403), .list: (200, 200)],
            // Not a centre; accept is the centre's step.
            "chairman": [.open: (201, 403), .event: (409, 403), .show: (200, 403), .list: (200, 200)],
            "analyst": [.open: (403, 403), .event: (403, 403), .show: (200, 403), .list: (200, 200)],
            "province": [.open: (403, 403), .event: (403, 403), .show: (200, 200), .list: (200, 200)],
        ]
        try await h.app.test(.router) { client in
            for (token, acts) in expected.sorted(by: { $0.key < $1.key }) {
                for act in Act.allCases {
                    for own in [true, false] {
                        let commune = own ? "thanh-nua" : "muong-thanh"
                        let id = try h.openCase(commune: commune)
                        let before = try h.store.eventCount()
                        let response: TestResponse
                        switch act {
                        case .open:
                            response = try await client.execute(
                                uri: "/v1/cases", method: .post, headers: h.headers(token),
                                body: ByteBuffer(
                                    string: """
                                        {"procedure":"1.001193","received":"2026-03-02 08:30","channel":"online","commune":"\(commune)","applicant":"CCCD-1"}
                                        """))
                        case .event:
                            response = try await client.execute(
                                uri: "/v1/cases/\(id)/events", method: .post, headers: h.headers(token),
                                body: ByteBuffer(string: #"{"event":"accept","at":"2026-03-02 08:40"}"#))
                        case .show:
                            response = try await client.execute(
                                uri: "/v1/cases/\(id)", method: .get, headers: h.headers(token))
                        case .list:
                            response = try await client.execute(
                                uri: "/v1/cases", method: .get, headers: h.headers(token))
                            let ids =
                                ((try? JSONSerialization.jsonObject(with: Data(buffer: response.body)))
                                as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                            let sees = ids.contains(id)
                            let shouldSee = own || token == "province"
                            #expect(sees == shouldSee, "\(token) list \(commune): sees \(sees)")
                        }
                        let want = own ? acts[act]!.own : acts[act]!.other
                        #expect(
                            response.status.code == want,
                            "\(token) \(act) \(own ? "own" : "other"): \(response.status.code) \(String(buffer: response.body))"
                        )
                        if response.status.code >= 400 {
                            #expect(try h.store.eventCount() == before, "\(token) \(act): a refused act wrote")
                            #expect(response.headers[.contentType] == "application/problem+json")
                        }
                    }
                }
            }
        }
    }

    @Test func missingOrWrongTokenIs401AndWritesNothing() async throws {
        let h = try Harness()
        let id = try h.openCase(commune: "thanh-nua")
        try await h.app.test(.router) { client in
            for auth in [nil, "nonsense", "Basic dXNlcjpwYXNz"] {
                var headers = h.headers(nil)
                if let auth { headers[.authorization] = auth == "nonsense" ? "Bearer tthc_nonsense" : auth }
                let before = try h.store.eventCount()
                for (uri, method, body) in [
                    ("/v1/cases", HTTPRequest.Method.get, ""), ("/v1/cases/\(id)", .get, ""),
                    ("/v1/cases/\(id)/events", .post, #"{"event":"accept"}"#),
                    (
                        "/v1/cases", .post,
                        #"{"procedure":"1.001193","received":"2026-03-02 08:30","commune":"thanh-nua","applicant":"A"}"#
                    ),
                    ("/v1/procedures", .get, ""), ("/v1/holidays?year=2026", .get, ""),
                ] {
                    let response = try await client.execute(
                        uri: uri, method: method, headers: headers, body: body.isEmpty ? nil : ByteBuffer(string: body))
                    #expect(response.status == .unauthorized, "\(uri) with \(auth ?? "no token")")
                    #expect(response.headers[.wwwAuthenticate] != nil)
                }
                #expect(try h.store.eventCount() == before)
            }
            // No token needed here.
            for uri in ["/health", "/openapi.yaml", "/metrics"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
            }
        }
    }
}

@Suite struct ServerTests {
    @Test func aCaseThroughTheAPI() async throws {
        let h = try Harness()
        try await h.app.test(.router) { client in
            // The clerk opens the birth registration case with an idempotency key.
            func open(key: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/v1/cases", method: .post,
                    headers: h.headers("clerk", [HTTPField.Name("Idempotency-Key")!: key]),
                    body: ByteBuffer(
                        string: """
                            {"procedure":"1.001193","received":"2026-03-02 08:30","channel":"online","commune":"thanh-nua","applicant":"CCCD-001234567890"}
                            """))
            }
            let opened = try await open(key: "open-1")
            #expect(opened.status == .created)
            let id = json(opened)["caseId"] as? String ?? ""
            #expect(id == "C000001")
            #expect(opened.headers[.eTag] == "\"1\"")
            #expect(opened.headers[.location] == "/v1/cases/C000001")
            // A retry with the same key: the same case, nothing written.
            let again = try await open(key: "open-1")
            #expect(
                again.status == .ok && json(again)["caseId"] as? String == id
                    && json(again)["replayed"] as? Bool == true)
            // The actor is the token's unit.
            let accept = try await client.execute(
                uri: "/v1/cases/\(id)/events", method: .post, headers: h.headers("clerk", [.ifMatch: "\"1\""]),
                body: ByteBuffer(string: #"{"event":"accept","at":"2026-03-02 08:31"}"#))
            #expect(accept.status == .ok, "\(String(buffer: accept.body))")
            #expect(try h.store.events(id).last?.event.actor == "thanh-nua.pasc")
            // The receipt says what showing the case at that moment says: when it is due, its
            // active steps and what may happen next.
            let atAccept = json(
                try await client.execute(
                    uri: "/v1/cases/\(id)?now=2026-03-02%2008:31", method: .get, headers: h.headers("clerk")))
            let steps = atAccept["steps"] as? [[String: Any]] ?? []
            let allowed = atAccept["allowed"] as? [[String: Any]] ?? []
            #expect(json(accept)["due"] as? String == atAccept["due"] as? String && atAccept["due"] != nil)
            #expect(json(accept)["active"] as? [String] == ["receive"])
            #expect(
                json(accept)["active"] as? [String]
                    == steps.filter { $0["active"] as? Bool == true }.compactMap { $0["step"] as? String })
            #expect(
                (json(accept)["allowed"] as? [String])?.map { String($0.prefix { $0 != " " }) }
                    == allowed.compactMap { $0["event"] as? String } && !allowed.isEmpty)
            // A stale If-Match: 412, nothing written.
            let stale = try await client.execute(
                uri: "/v1/cases/\(id)/events", method: .post, headers: h.headers("clerk", [.ifMatch: "\"1\""]),
                body: ByteBuffer(string: #"{"event":"complete","step":"receive","at":"2026-03-02 09:00"}"#))
            #expect(stale.status == .preconditionFailed)
            #expect(
                json(stale)["detail"] as? String
                    == "case \(id) is at version 2, not 1: someone else recorded an event first; show the case and decide again"
            )
            // The same in Vietnamese: the words `tthc case event --lang vi` prints.
            let staleVi = try await client.execute(
                uri: "/v1/cases/\(id)/events", method: .post,
                headers: h.headers("clerk", [.ifMatch: "\"1\"", .acceptLanguage: "vi"]),
                body: ByteBuffer(string: #"{"event":"complete","step":"receive","at":"2026-03-02 09:00"}"#))
            #expect(
                json(staleVi)["detail"] as? String
                    == "hồ sơ \(id) đang ở phiên bản 2, không phải 1: đã có người ghi sự kiện trước; hãy xem lại hồ sơ rồi quyết định lại"
            )
            // A field naming the actor is refused.
            let actor = try await client.execute(
                uri: "/v1/cases/\(id)/events", method: .post, headers: h.headers("clerk"),
                body: ByteBuffer(string: #"{"event":"complete","step":"receive","actor":"thanh-nua.chairman"}"#))
            #expect(actor.status == .badRequest)
            #expect(
                json(actor)["detail"] as? String == "unknown field \"actor\": the actor of an event is the token's unit"
            )
            let actorVi = try await client.execute(
                uri: "/v1/cases/\(id)/events", method: .post,
                headers: h.headers("clerk", [.acceptLanguage: "vi"]),
                body: ByteBuffer(string: #"{"event":"complete","step":"receive","actor":"thanh-nua.chairman"}"#))
            #expect(
                json(actorVi)["detail"] as? String
                    == "trường \"actor\" không được dùng: người thực hiện sự kiện là đơn vị của token")
            // Refused by the graph: 409 with what is allowed, the CLI's words.
            let refused = try await client.execute(
                uri: "/v1/cases/\(id)/events", method: .post, headers: h.headers("clerk"),
                body: ByteBuffer(string: #"{"event":"return","at":"2026-03-02 09:00"}"#))
            #expect(refused.status == .conflict)
            #expect((json(refused)["allowed"] as? [String])?.isEmpty == false)
            #expect(
                (json(refused)["detail"] as? String)?.hasPrefix("case \(id): return is not allowed now (active: ")
                    == true)
            let refusedVi = try await client.execute(
                uri: "/v1/cases/\(id)/events", method: .post, headers: h.headers("clerk", [.acceptLanguage: "vi"]),
                body: ByteBuffer(string: #"{"event":"return","at":"2026-03-02 09:00"}"#))
            #expect(
                (json(refusedVi)["detail"] as? String)?.hasPrefix(
                    "hồ sơ \(id): lúc này không được return (đang thực hiện: ")
                    == true)
            #expect(try h.store.events(id).count == 2)
            // Show, and the two forms.
            let shown = try await client.execute(
                uri: "/v1/cases/\(id)?now=2026-03-02%2009:00", method: .get, headers: h.headers("analyst"))
            #expect(shown.status == .ok && json(shown)["id"] as? String == id)
            let sheet = try await client.execute(
                uri: "/v1/cases/\(id)?form=06", method: .get, headers: h.headers("analyst"))
            #expect(sheet.status == .ok)
            let listed = try await client.execute(
                uri: "/v1/cases?open=true&overdue=false&now=2026-03-02+09:00&limit=10", method: .get,
                headers: h.headers("analyst"))
            #expect(listed.status == .ok, "\(String(buffer: listed.body))")
            // A key is opaque text: "%09" is not decoded into a blank key.
            let percent = try await open(key: "%09")
            #expect(percent.status == .created, "\(String(buffer: percent.body))")
        }
    }

    @Test func badInputIsA4xxProblemNeverA500() async throws {
        let h = try Harness()
        let id = try h.openCase(commune: "thanh-nua")
        try await h.app.test(.router) { client in
            let cases: [(String, HTTPRequest.Method, String, HTTPFields, Int)] = [
                ("/v1/cases", .post, "{", [:], 400),
                ("/v1/cases", .post, "[1,2]", [:], 400),
                ("/v1/cases", .post, #"{"procedure":1,"received":"x","commune":"a","applicant":"b"}"#, [:], 400),
                (
                    "/v1/cases", .post,
                    #"{"procedure":"1.001193","received":"2026-02-30 08:00","commune":"thanh-nua","applicant":"b"}"#,
                    [:], 400
                ),
                (
                    "/v1/cases", .post,
                    #"{"procedure":"nope","received":"2026-03-02 08:00","commune":"thanh-nua","applicant":"b"}"#, [:],
                    422
                ),
                (
                    "/v1/cases", .post,
                    #"{"procedure":"1.001193","received":"2026-03-02 08:00","commune":"thanh-nua","applicant":"b","extra":1}"#,
                    [:], 400
                ),
                ("/v1/cases", .post, "", [:], 400),
                ("/v1/cases/\(id)/events", .post, #"{"event":"fly"}"#, [:], 400),
                ("/v1/cases/\(id)/events", .post, #"{"event":"accept"}"#, [.ifMatch: "abc"], 400),
                (
                    "/v1/cases/\(id)/events", .post, #"{"event":"accept"}"#, [HTTPField.Name("Idempotency-Key")!: "  "],
                    400
                ),
                ("/v1/cases/\(id)/events", .post, #"{"event":"pay","amount":-5}"#, [:], 400),
                ("/v1/cases/\(id)/events", .post, #"{"event":"pay","amount":true}"#, [:], 400),
                ("/v1/cases/C999/events", .post, #"{"event":"accept"}"#, [:], 404),
                ("/v1/cases/C999", .get, "", [:], 404),
                ("/v1/cases?open=maybe", .get, "", [:], 400),
                ("/v1/cases?limit=0", .get, "", [:], 400),
                ("/v1/cases?unknown=1", .get, "", [:], 400),
                ("/v1/holidays", .get, "", [:], 400),
                ("/v1/holidays?year=20x6", .get, "", [:], 400),
                ("/v1/procedures/none", .get, "", [:], 404),
                ("/v1/nothing", .get, "", [:], 404),
                ("/health", .post, "", [:], 405),
                ("/v1/deadlines", .post, "[]", [:], 400),
                ("/v1/deadlines", .post, #"{"received":"2026-03-02 08:00","add":"3 weeks of fun"}"#, [:], 422),
                ("/v1/cases", .put, "", [:], 405),
                ("/v1/deadlines", .post, "{}", [.contentType: "text/plain"], 415),
                ("/v1/cases", .post, String(repeating: " ", count: 70_000), [:], 413),
            ]
            for (uri, method, body, extra, want) in cases {
                var headers = h.headers("clerk")
                for field in extra { headers[field.name] = field.value }
                let response = try await client.execute(
                    uri: uri, method: method, headers: headers, body: body.isEmpty ? nil : ByteBuffer(string: body))
                #expect(
                    response.status.code == want,
                    "\(method) \(uri) \(body.prefix(60)): \(response.status.code) \(String(buffer: response.body))")
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(json(response)["status"] as? Int == want)
            }
            #expect(try h.store.events(id).count == 1)
        }
    }

    /// What the generated decoding refuses comes out as a problem in words, never a bare 500.
    @Test func refusedDecodingIsAProblemInWords() async throws {
        let h = try Harness()
        let id = try h.openCase(commune: "thanh-nua")
        try await h.app.test(.router) { client in
            let cases: [(String, String, String)] = [
                (
                    "/v1/cases",
                    #"{"procedure":"1.001193","received":"2026-03-02 08:00","commune":"thanh-nua","applicant":"b","extra":1}"#,
                    #"unknown field "extra"; see /openapi.yaml"#
                ),
                (
                    "/v1/cases",
                    #"{"procedure":1,"received":"2026-03-02 08:00","commune":"thanh-nua","applicant":"b"}"#,
                    #""procedure" must be a string"#
                ),
                (
                    "/v1/cases", #"{"received":"2026-03-02 08:00","commune":"thanh-nua","applicant":"b"}"#,
                    #""procedure" is required"#
                ),
                (
                    "/v1/cases/\(id)/events", #"{"event":"accept","actor":"thanh-nua.chairman"}"#,
                    #"unknown field "actor": the actor of an event is the token's unit"#
                ),
                ("/v1/cases", "{", "the body is not well-formed JSON"),
                (
                    "/v1/cases/\(id)/events", #"{"event":"fly"}"#,
                    #""event" is not one of the values /openapi.yaml lists for it"#
                ),
            ]
            for (uri, body, detail) in cases {
                let response = try await client.execute(
                    uri: uri, method: .post, headers: h.headers("clerk"), body: ByteBuffer(string: body))
                #expect(response.status == .badRequest, "\(body)")
                #expect(json(response)["detail"] as? String == detail, "\(body): \(String(buffer: response.body))")
            }
            var vietnamese = h.headers("clerk")
            vietnamese[.acceptLanguage] = "vi"
            let malformed = try await client.execute(
                uri: "/v1/cases", method: .post, headers: vietnamese, body: ByteBuffer(string: "{"))
            #expect(json(malformed)["detail"] as? String == "nội dung không phải JSON hợp lệ")
            var xml = h.headers("clerk")
            xml[.accept] = "application/xml"
            let refused = try await client.execute(uri: "/v1/procedures", method: .get, headers: xml)
            #expect(
                refused.status == .notAcceptable && refused.headers[.contentType] == "application/problem+json",
                "\(String(buffer: refused.body))")
        }
    }

    @Test func problemsInVietnameseByAcceptLanguage() async throws {
        let h = try Harness()
        try await h.app.test(.router) { client in
            var headers = h.headers(nil)
            headers[.acceptLanguage] = "vi-VN,vi;q=0.9,en;q=0.5"
            let response = try await client.execute(uri: "/v1/cases", method: .get, headers: headers)
            #expect(response.status == .unauthorized)
            #expect(json(response)["title"] as? String == "Thiếu hoặc sai mã truy cập")
            #expect(response.headers[.contentLanguage] == "vi")
            headers[.acceptLanguage] = "en-GB"
            let english = try await client.execute(uri: "/v1/cases", method: .get, headers: headers)
            #expect(json(english)["title"] as? String == "Missing or wrong token")
        }
    }

    @Test func deadlinesHolidaysProceduresAndMetrics() async throws {
        let h = try Harness()
        try await h.app.test(.router) { client in
            let one = try await client.execute(
                uri: "/v1/deadlines", method: .post, headers: h.headers("analyst"),
                body: ByteBuffer(string: #"{"received":"2026-03-02 08:30","procedure":"1.001193","channel":"online"}"#))
            #expect(one.status == .ok, "\(String(buffer: one.body))")
            #expect(json(one)["due"] as? String == "2026-03-02T17:00")
            let batch = try await client.execute(
                uri: "/v1/deadlines", method: .post, headers: h.headers("analyst"),
                body: ByteBuffer(
                    string:
                        #"[{"received":"2026-03-02 08:30","add":"3 working days","explain":true},{"received":"2026-03-06 16:00","add":"1 working day"}]"#
                ))
            #expect(batch.status == .ok, "\(String(buffer: batch.body))")
            let ics = try await client.execute(
                uri: "/v1/holidays?year=2026&format=ics", method: .get, headers: h.headers("analyst"))
            #expect(ics.status == .ok && String(buffer: ics.body).hasPrefix("BEGIN:VCALENDAR"))
            let procedures = try await client.execute(
                uri: "/v1/procedures", method: .get, headers: h.headers("analyst"))
            #expect(procedures.status == .ok)
            #expect(String(buffer: procedures.body).hasPrefix(#"[{"code":"#), "compact JSON")
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            let text = String(buffer: metrics.body)
            #expect(text.contains("tthc_http_requests_total{route=\"/v1/deadlines\",method=\"POST\",status=\"200\"} 2"))
            #expect(text.contains("tthc_cases_open 0"))
            let spec = try await client.execute(uri: "/openapi.yaml", method: .get)
            let committed = try String(
                contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                    .deletingLastPathComponent().appendingPathComponent("Sources/TTHCServer/openapi.yaml").path,
                encoding: .utf8)
            #expect(String(buffer: spec.body) == committed)
        }
    }

    @Test func tokensAreStoredHashed() throws {
        let h = try Harness()
        let file = try String(contentsOfFile: h.folder.appendingPathComponent("tokens.txt").path, encoding: .utf8)
        for token in h.tokens.values {
            #expect(token.hasPrefix("tthc_") && token.count > 40)
            #expect(!file.contains(token))
            #expect(file.contains("sha256:" + TokenFile.hash(token)))
        }
        let attributes = try FileManager.default.attributesOfItem(
            atPath: h.folder.appendingPathComponent("tokens.txt").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
}
