import CoreMetrics
import Foundation
import Prometheus

/// The service's figures (`/metrics`), recorded through swift-metrics into a Prometheus registry
/// of this service's own (swift-prometheus; no process-wide bootstrap, so tests may run several
/// services): requests by route, method and status, their latency as a histogram by route, events
/// written, and (read from the store when scraped) the open and overdue cases.
public final class Metrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let events: CoreMetrics.Counter
    private let open: CoreMetrics.Gauge
    private let overdue: CoreMetrics.Gauge

    static let latency = "tthc_http_request_duration_seconds"

    public init() {
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        let milliseconds: [Double] = [1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000]
        factory.durationHistogramBuckets[Self.latency] = milliseconds.map { Duration.microseconds(Int64($0 * 1000)) }
        self.factory = factory
        events = CoreMetrics.Counter(label: "tthc_events_written_total", factory: factory)
        open = CoreMetrics.Gauge(label: "tthc_cases_open", factory: factory)
        overdue = CoreMetrics.Gauge(label: "tthc_cases_overdue", factory: factory)
    }

    func observe(route: String, method: String, status: Int, elapsed: Duration) {
        CoreMetrics.Counter(
            label: "tthc_http_requests_total",
            dimensions: [("route", route), ("method", method), ("status", String(status))], factory: factory
        )
        .increment()
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        CoreMetrics.Timer(label: Self.latency, dimensions: [("route", route)], factory: factory).recordNanoseconds(
            nanoseconds)
    }

    func eventsWritten(_ n: Int) { events.increment(by: n) }

    /// The exposition, with the case gauges as the store gives them now (kept from the last scrape
    /// when the store could not be read).
    func text(open: Int?, overdue: Int?) -> String {
        if let open { self.open.record(open) }
        if let overdue { self.overdue.record(overdue) }
        return registry.emitToString()
    }
}
