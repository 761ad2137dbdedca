import HTTPTypes
import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime
import TTHCServerAPI

/// The routes as the generated `registerHandlers` adds them to the router, kept to answer what the
/// router cannot: a path that exists with other methods is 405 with `Allow`, any other 404; and
/// the route's template names it in the metrics (`/v1/cases/{id}/events`).
struct RouteTable: Sendable {
    struct Route: Sendable {
        var method: HTTPRequest.Method
        var template: String
        var segments: [Substring]
    }

    let routes: [Route]

    /// Registers `api`'s operations on `router` and records them.
    init(registering api: some APIProtocol, on router: Router<some RequestContext>) throws {
        let recorder = Recorder(router: router)
        // Compact JSON, as the service wrote it before its routes were generated (the runtime's
        // default is pretty-printed: more bytes on every answer).
        try api.registerHandlers(
            on: recorder, configuration: Configuration(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]))
        routes = recorder.routes
    }

    /// The template of the route that answers `method` on `path`, or the problem when none does.
    func template(_ method: HTTPRequest.Method, _ path: String) throws -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        let matching = routes.filter { route in
            route.segments.count == segments.count
                && zip(route.segments, segments).allSatisfy { pattern, segment in
                    pattern.hasPrefix("{") ? !segment.isEmpty : pattern == segment
                }
        }
        if let route = matching.first(where: { $0.method == method }) { return route.template }
        guard !matching.isEmpty else {
            throw Problem(
                .notFound, "no such path \(path); see /openapi.yaml",
                vi: "không có đường dẫn \(path); xem /openapi.yaml")
        }
        let allowed = matching.map(\.method.rawValue).joined(separator: ", ")
        var problem = Problem(.methodNotAllowed, "\(method.rawValue) is not allowed on \(path); allowed: \(allowed)")
        problem.allow = allowed
        throw problem
    }

    /// A transport that passes each registration on to the router and keeps its method and path.
    private final class Recorder<Context: RequestContext>: ServerTransport, @unchecked Sendable {
        let router: Router<Context>
        // Filled while `registerHandlers` runs, on one thread, before any request.
        var routes: [Route] = []

        init(router: Router<Context>) { self.router = router }

        func register(
            _ handler:
                @escaping @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (
                    HTTPResponse, HTTPBody?
                ),
            method: HTTPRequest.Method, path: String
        ) throws {
            routes.append(
                Route(
                    method: method, template: path,
                    segments: Array(path.split(separator: "/", omittingEmptySubsequences: false).dropFirst())))
            router.register(handler, method: method, path: path)
        }
    }
}
