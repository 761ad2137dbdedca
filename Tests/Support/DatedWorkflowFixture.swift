import Foundation

/// The base catalog's birth registration (1.001193: receive, review, sign, return, through the
/// template `commune-same-day`) given dated versions, for the tests of issue 18: a case, a graph
/// and the linter each follow the workflow in force on a date.
public enum DatedWorkflowFixture {
    public static let procedurePath = "procedures/commune/ho-tich/1.001193.yaml"

    /// From 2026-03-01: one working day, and a verification step before the signature.
    public static let verificationVersion = """
        versions:
          - from: 2026-03-01
            deadline: { text: "01 ngày làm việc", value: 1 working day }
            note: Thêm bước xác minh trước khi ký
            workflow:
              start: receive
              steps:
                receive: { by: commune.pasc, takes: 1 working hour, next: review }
                review: { by: commune.justice-officer, takes: 2 working hours, next: verify }
                verify: { title: Xác minh thông tin, title_en: Verification, by: commune.justice-officer, takes: 1 working hour, next: sign }
                sign: { by: commune.chairman, takes: 1 working hour, next: return }
                return: { by: commune.pasc, end: issued }

        """

    /// The birth registration's file with `versions` (top-level YAML lines) after its `effective`.
    public static func procedureText(withVersions versions: String = verificationVersion) throws -> String {
        let base = try String(contentsOf: FixtureCatalog.base.appendingPathComponent(procedurePath), encoding: .utf8)
        return base.replacingOccurrences(of: "effective: 2025-07-01\n", with: "effective: 2025-07-01\n" + versions)
    }

    /// A throw-away copy of the base catalog whose birth registration has `versions`.
    public static func catalog(withVersions versions: String = verificationVersion) throws -> FixtureCatalog {
        let fixture = try FixtureCatalog(overlay: nil)
        try fixture.write(try procedureText(withVersions: versions), to: procedurePath)
        return fixture
    }
}
