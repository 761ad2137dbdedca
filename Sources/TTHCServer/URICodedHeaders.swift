import HTTPTypes
import Hummingbird

/// swift-openapi-runtime reads and writes the header fields a document declares URI-coded
/// (OpenAPI's `simple` style): it would percent-decode an idempotency key (`a%09` would arrive
/// blank) and send an ETag's quotes as `%22` and a Location's slashes as `%2F`. These values are
/// opaque text to the service, so they cross the generated code unchanged: escaped on the way in,
/// unescaped on the way out.
enum URICodedHeaders {
    static let request: [HTTPField.Name] = [HTTPField.Name("Idempotency-Key")!, .ifMatch]
    static let response: [HTTPField.Name] = [.eTag, .location]

    static func escape(_ request: Request) -> Request {
        guard Self.request.contains(where: { request.headers[$0]?.contains("%") == true }) else { return request }
        var head = request.head
        for name in Self.request {
            if let value = head.headerFields[name] {
                head.headerFields[name] = value.replacingOccurrences(of: "%", with: "%25")
            }
        }
        return Request(head: head, body: request.body)
    }

    static func unescape(_ response: inout Response) {
        for name in Self.response {
            if let value = response.headers[name], let plain = value.removingPercentEncoding {
                response.headers[name] = plain
            }
        }
    }
}
