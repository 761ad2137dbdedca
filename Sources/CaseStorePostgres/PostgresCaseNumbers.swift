import PostgresNIO

/// Case numbers on PostgreSQL: a sequence per jurisdiction (`case_numbers_j11`). A row counter
/// updated in the opening's transaction stayed locked until that transaction's commit was flushed
/// to disk, so concurrent openings took turns, one WAL flush each (about 3 ms on the 2-core test
/// machine: at most a few hundred openings a second, and every request behind them waited). A
/// sequence hands out a number without holding anything; the number is durable with the first
/// commit that uses it. The price: a number taken by an opening that then fails (a lost
/// connection, a conflict) is not given again, so a store's case numbers may skip.
enum PostgresCaseNumbers {
    static func sequence(_ jurisdiction: String) -> String { "case_numbers_j" + PostgresBackend.suffix(jurisdiction) }

    /// Makes the jurisdiction's sequence; a store written by an earlier version, whose numbers are
    /// in the row `counters` `case:J`, continues after them.
    static func createSQL(_ jurisdiction: String) -> [String] {
        let sequence = sequence(jurisdiction)
        let counter = "case:" + jurisdiction.replacingOccurrences(of: "'", with: "''")
        return [
            "CREATE SEQUENCE IF NOT EXISTS \(sequence)",
            """
            SELECT setval('\(sequence)', c.value) FROM counters c, \(sequence) s
            WHERE c.name = '\(counter)' AND c.value > 0 AND (NOT s.is_called OR c.value > s.last_value)
            """,
        ]
    }

    /// `count` new numbers of the jurisdiction, ascending (a prepared statement: every opening asks).
    static func reserveStatement(_ count: Int, jurisdiction: String) -> (sql: String, parameters: PostgresParameters) {
        var p = PostgresParameters()
        let sql =
            "SELECT n FROM (SELECT nextval(\(p.text(sequence(jurisdiction)))::regclass) AS n FROM generate_series(1, \(p.int(count)))) s ORDER BY n"
        return (sql, p)
    }
}
