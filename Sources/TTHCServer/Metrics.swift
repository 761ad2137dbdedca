import Foundation

/// The service's figures in Prometheus's text format (`/metrics`): requests by route and
/// status, their latency as a histogram, events written, and (read from the store when scraped)
/// the open and overdue cases.
public final class Metrics: @unchecked Sendable {
    static let buckets: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]
    private let lock = NSLock()
    private var requests: [String: Int] = [:]
    private var latency: [String: (counts: [Int], sum: Double, count: Int)] = [:]
    private var events = 0

    public init() {}

    func observe(route: String, method: String, status: Int, seconds: Double) {
        lock.withLock {
            requests["route=\"\(route)\",method=\"\(method)\",status=\"\(status)\"", default: 0] += 1
            var entry = latency[route] ?? (Array(repeating: 0, count: Self.buckets.count), 0, 0)
            for (i, bound) in Self.buckets.enumerated() where seconds <= bound { entry.counts[i] += 1 }
            entry.sum += seconds
            entry.count += 1
            latency[route] = entry
        }
    }

    func eventsWritten(_ n: Int) { lock.withLock { events += n } }

    func text(open: Int?, overdue: Int?) -> String {
        lock.withLock {
            var out = "# HELP tthc_http_requests_total HTTP requests by route, method and status.\n# TYPE tthc_http_requests_total counter\n"
            for (labels, n) in requests.sorted(by: { $0.key < $1.key }) { out += "tthc_http_requests_total{\(labels)} \(n)\n" }
            out += "# HELP tthc_http_request_duration_seconds Time to answer a request.\n# TYPE tthc_http_request_duration_seconds histogram\n"
            for (route, entry) in latency.sorted(by: { $0.key < $1.key }) {
                for (i, bound) in Self.buckets.enumerated() {
                    out += "tthc_http_request_duration_seconds_bucket{route=\"\(route)\",le=\"\(bound)\"} \(entry.counts[i])\n"
                }
                out += "tthc_http_request_duration_seconds_bucket{route=\"\(route)\",le=\"+Inf\"} \(entry.count)\n"
                out += "tthc_http_request_duration_seconds_sum{route=\"\(route)\"} \(entry.sum)\n"
                out += "tthc_http_request_duration_seconds_count{route=\"\(route)\"} \(entry.count)\n"
            }
            out += "# HELP tthc_events_written_total Case events written through this server.\n# TYPE tthc_events_written_total counter\n"
            out += "tthc_events_written_total \(events)\n"
            if let open {
                out += "# HELP tthc_cases_open Cases not closed, in the store.\n# TYPE tthc_cases_open gauge\ntthc_cases_open \(open)\n"
            }
            if let overdue {
                out += "# HELP tthc_cases_overdue Open cases past their due time now.\n# TYPE tthc_cases_overdue gauge\ntthc_cases_overdue \(overdue)\n"
            }
            return out
        }
    }
}
