import CaseEngine

/// Parts of the simulation report a director reads: the units that fall behind, and the
/// "progress and results" component of the service index of Decision 766/QĐ-TTg.
extension SimulationReport {
    /// A unit whose steps fall below the target, from the simulated queue: how many dossiers sat
    /// at it at the end of a day (mean and peak) and how many of its steps ran late.
    public struct UnitLoad: Sendable, Codable, Equatable {
        public var key: String
        public var name: String
        public var nameEn: String
        public var steps: Int
        public var overdue: Int
        public var onTimeRate: Double
        public var meanQueue: Double
        public var peakQueue: Int
    }

    /// Decision 766/QĐ-TTg (23 Jun 2022) scores "Tiến độ, kết quả giải quyết" out of 20 points
    /// [confirmed: sonoivu.namdinh.gov.vn; baocaotaichinh.vn]. Its criteria and the formula from
    /// rates to points are not confirmed in tthc's sources, so no points are computed: only the
    /// share of returned dossiers resolved early or on time, the rate the component is described
    /// as resting on [secondary: baocaotaichinh.vn].
    public struct ServiceIndex: Sendable, Codable, Equatable {
        public var component = "Tiến độ, kết quả giải quyết"
        public var componentEn = "Progress and results of resolution"
        public var maxPoints = 20
        /// Nil: the formula is not confirmed; `pointsNote` says so in words.
        public var points: Double? = nil
        public var pointsNote = Self.noPoints.vi
        public var pointsNoteEn = Self.noPoints.en
        /// Cases with a result against the deadline: returned, or still open past due.
        public var judged: Int
        public var earlyOrOnTime: Int
        public var rate: Double
        public var sources = [
            "https://sonoivu.namdinh.gov.vn/cai-cach-hanh-chinh/thu-tuong-chinh-phu-phe-duyet-bo-chi-so-chi-dao-dieu-hanh-va-danh-gia-chat-luong-phuc-vu-nguoi-dan-doanh-nghiep-trong-2373",
            "https://baocaotaichinh.vn/thu-vien/quyet-dinh-766-qd-ttg-2022-phe-duyet-bo-chi-so-chi-dao--dieu-hanh-va-danh-gia-chat-luong-phuc-vu-nguoi-dan--doanh-nghiep-2108502745-126270",
        ]

        /// Why no points are given (the JSON's `pointsNote`, the page's caveat).
        static let noPoints = (
            vi:
                "Các tiêu chí chi tiết và công thức quy đổi tỷ lệ thành điểm chưa được xác minh từ văn bản gốc, nên tthc không tính điểm.",
            en:
                "The detailed criteria and the formula from rates to points are not confirmed from the decision's text, so tthc computes no points."
        )
    }
}
