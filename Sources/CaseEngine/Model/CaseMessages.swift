import Diagnostics
import WorkCalendar

/// What the case engine and its stores say when they refuse a request or cannot take an input,
/// and why a case would break on a new artifact (`tthc case migrate`):
/// one case per message, its English and Vietnamese side by side, rendered in the reader's
/// language (`--lang vi` on the case commands, `Accept-Language: vi` on the server). Event names,
/// step ids, facts and options stay as written: they are what the reader types.
public enum CaseMessage: DiagnosticMessage, Sendable, Equatable, Encodable {
    // MARK: refusals: the case's state or its graph does not allow the request now

    /// A refusal about one case: "case C000001: …".
    indirect case inCase(String, CaseMessage)
    case closed(caseId: String, outcome: String, at: String)
    case eventBeforeLast(at: LocalDateTime, last: LocalDateTime)
    case apologyNotDue(ActiveSteps)
    /// `step` is nil for an event that belongs to no step.
    case notForActor(event: String, step: String?, performer: String, actor: String)
    case withdrawNeedsNoStep(step: String)
    case proposedDateNotLater(proposed: LocalDateTime, due: LocalDateTime)
    case noSuchStep(procedure: String, step: String, steps: [String])
    case stepNotActive(step: String, ActiveSteps)
    case notAllowedAtStep(event: String, step: String, kind: String)
    case notAllowedNow(event: String, ActiveSteps)
    case allowedAtSeveralSteps(event: String, steps: [String])
    case noFactHolds(choice: String, facts: [String])
    case noOtherwiseBranch(choice: String)
    case factHoldsNotOtherwise(fact: String, choice: String, step: String)
    case noBranchForFact(choice: String, fact: String, branches: [String])
    case earlierFactHolds(fact: String, choice: String, step: String)

    // MARK: usage: the request names what does not exist, or cannot be taken as written

    case recordedByEngine(event: String)
    case needsReason(event: String)
    case procedureNotInCaseArtifact(procedure: String)
    case noProcedure(procedure: String, procedures: Int)
    case notYetInForce(procedure: String, received: CivilDate, from: CivilDate)
    case noLongerInForce(procedure: String, received: CivilDate, until: CivilDate)
    case artifactAsOf(CivilDate, received: CivilDate)
    case channelNotOffered(procedure: String, channel: String, offered: [String])
    case emptyApplicant
    case applicantControlCharacter(String)
    case applicantTooLong(length: Int, limit: Int)
    /// `communes`: all the artifact has, sorted; the message lists the first eight.
    case noCommune(String, communes: [String])
    case noCondition(procedure: String, fact: String, conditions: [String])
    case notServiceCentre(unit: String, example: String)
    case unknownActor(String, example: String, suggestion: String?)
    case communeStructure(String, suggestion: String)
    /// An applicant detail (`--applicant-name`, …): the option, and what it holds in either language.
    case emptyDetail(option: String, what: String, whatVi: String)
    case detailTooLong(option: String, whatVi: String, length: Int, limit: Int)
    case detailControlCharacter(option: String, whatVi: String)
    case caseExists(String)
    case pinnedArtifactNotLoaded(caseId: String, artifact: String)
    case calendarUnbuildable(String)
    case artifactUnreadable(hash: String, reason: String)
    case emptyIdempotencyKey
    case noCaseStore(String)
    case noPostgresSupport(String)
    case unknownStoreScheme(store: String, scheme: String)
    case malformedPostgresURL(String)
    case unsupportedSSLMode(String)
    case nothingToSimulate
    case noCommunesToSimulate

    // MARK: storage: the store failed, or holds what it should not

    case unreadableEvent(caseId: String, version: Int)
    case eventCountMismatch(caseId: String, events: Int, version: Int)
    case artifactPartDamaged(hash: String, part: String)
    case openedWithoutOpening
    case artifactNotStorable(hash: String, reason: String)
    /// `reason`: what failed, in the words of the decoder or the database.
    case artifactDamaged(hash: String, reason: String)
    case artifactIncomplete(hash: String, stored: Int, procedures: Int)
    case noStoredArtifact(String)
    case storeIsFolder(String, file: String)
    case cannotCreateStoreFolder(String, store: String, reason: String)
    case notSQLite(String)
    case cannotOpenStore(String, reason: String)
    case storeNotAccessible(String, writing: Bool, reason: String)
    case eventChecksum(caseId: String, version: Int)
    case caseNotApplied(String)
    case caseNumbers(given: Int, wanted: Int)
    case oldArtifactFormat(hash: String, version: Int, current: Int)
    case storeUnreachable(String, reason: String)
    case storeUnreachableNotRecorded(String, reason: String)
    case cannotCreateDatabase(String, reason: String)

    // MARK: migration: why a case breaks on a new artifact

    case procedureGone(String)
    case ownArtifactLacks(String)
    case stepGone(MigrationStep)
    /// `changes`: the step's keys that differ, with their old and new values (`budget 1 → 2`).
    case stepChanged(MigrationStep, changes: [String])
    case callChanged(step: String, callee: String, running: String)

    // MARK: migration notes

    case alreadyOnArtifact
    case deadlineChanges(received: CivilDate, from: String, to: String)
    /// Each side is the fees' "name amount" texts; empty: none.
    case feesChange(received: CivilDate, from: [String], to: [String])
    case laterChangeIgnored(date: CivilDate, withWorkflow: Bool, received: CivilDate)
    case conditionsChange

    public func text(_ language: MessageLanguage) -> String {
        let vi = language == .vi
        switch self {
        case .inCase(let id, let message):
            return (vi ? "hồ sơ \(id): " : "case \(id): ") + message.text(language)
        case .closed(let id, let outcome, let at):
            return vi ? "hồ sơ \(id) đã kết thúc: \(outcome) lúc \(at)" : "case \(id) is closed: \(outcome) at \(at)"
        case .eventBeforeLast(let at, let last):
            return vi
                ? "sự kiện ghi lúc \(at), trước sự kiện cuối của hồ sơ (\(last)); các sự kiện phải được ghi theo thứ tự thời gian"
                : "the event is dated \(at), before the case's last event (\(last)); events are recorded in time order"
        case .apologyNotDue(let active):
            return vi
                ? "lúc này chưa gửi thư xin lỗi (apologize) được: hồ sơ chưa quá hạn và chưa sắp quá hạn (\(active.text(language)))"
                : "apologize is not allowed now: the case is not past due or about to be (\(active.text(language)))"
        case .notForActor(let event, let step, let performer, let actor):
            return vi
                ? "\(event)\(step.map { " ở bước \($0)" } ?? "") là việc của \(performer), không phải của \(actor)"
                : "\(event)\(step.map { " at step \($0)" } ?? "") is for \(performer), not \(actor)"
        case .withdrawNeedsNoStep(let step):
            return vi
                ? "bước \(step) không đang được thực hiện; withdraw không cần --step"
                : "step \(step) is not active; withdraw needs no --step"
        case .proposedDateNotLater(let proposed, let due):
            return vi
                ? "ngày hẹn lại \(proposed) không sau hạn hiện tại \(due)"
                : "the proposed date \(proposed) is not after the current due time \(due)"
        case .noSuchStep(let procedure, let step, let steps):
            let list = steps.joined(separator: ", ")
            return vi
                ? "thủ tục \(procedure) không có bước \"\(step)\" (các bước: \(list))\(language.didYouMean(Self.near(step, steps)))"
                : "procedure \(procedure) has no step \"\(step)\" (its steps: \(list))\(language.didYouMean(Self.near(step, steps)))"
        case .stepNotActive(let step, let active):
            return vi
                ? "bước \(step) hiện không đang được thực hiện (\(active.text(language)))"
                : "step \(step) is not active now (\(active.text(language)))"
        case .notAllowedAtStep(let event, let step, let kind):
            return vi
                ? "không được \(event) ở bước \(step) (bước loại \(kind))"
                : "\(event) is not allowed at step \(step) (a \(kind))"
        case .notAllowedNow(let event, let active):
            return vi
                ? "lúc này không được \(event) (\(active.text(language)))"
                : "\(event) is not allowed now (\(active.text(language)))"
        case .allowedAtSeveralSteps(let event, let steps):
            let list = steps.joined(separator: ", ")
            return vi
                ? "\(event) được phép ở nhiều bước đang thực hiện (\(list)); hãy chỉ rõ một bước bằng --step"
                : "\(event) is allowed at several active steps (\(list)); name one with --step"
        case .noFactHolds(let choice, let facts):
            let list = facts.joined(separator: ", ")
            return vi
                ? "không dữ kiện nào của lựa chọn \(choice) đúng (\(list)) và lựa chọn không có nhánh otherwise; hãy ghi --fact"
                : "no fact of choice \(choice) holds (\(list)) and it has no otherwise branch; give --fact"
        case .noOtherwiseBranch(let choice):
            return vi ? "lựa chọn \(choice) không có nhánh otherwise" : "choice \(choice) has no otherwise branch"
        case .factHoldsNotOtherwise(let fact, let choice, let step):
            return vi
                ? "dữ kiện \(fact) đúng nên lựa chọn \(choice) đi theo nhánh \(step), không phải otherwise"
                : "fact \(fact) holds, so choice \(choice) takes \(step), not otherwise"
        case .noBranchForFact(let choice, let fact, let branches):
            let list = branches.joined(separator: ", ")
            return vi
                ? "lựa chọn \(choice) không có nhánh cho dữ kiện \"\(fact)\" (các nhánh: \(list))\(language.didYouMean(Self.near(fact, branches)))"
                : "choice \(choice) has no branch for fact \"\(fact)\" (its branches: \(list))\(language.didYouMean(Self.near(fact, branches)))"
        case .earlierFactHolds(let fact, let choice, let step):
            return vi
                ? "dữ kiện \(fact) đúng và đứng trước nên lựa chọn \(choice) đi theo nhánh \(step)"
                : "fact \(fact) holds and comes first, so choice \(choice) takes \(step)"

        case .recordedByEngine(let event):
            return vi
                ? "\"\(event)\" do hệ thống tự ghi, không yêu cầu được"
                : "\"\(event)\" is recorded by the engine itself and cannot be requested"
        case .needsReason(let event):
            return vi
                ? "\(event) cần --reason: người nộp hồ sơ được thông báo lý do bằng văn bản"
                : "\(event) needs --reason: the applicant is told why in writing"
        case .procedureNotInCaseArtifact(let procedure):
            return vi
                ? "tệp biên dịch của hồ sơ không có thủ tục \(procedure)"
                : "procedure \(procedure) is not in the case's artifact"
        case .noProcedure(let procedure, let count):
            return vi
                ? "không có thủ tục \(procedure) trong tệp biên dịch (có \(count) thủ tục)"
                : "no procedure \(procedure) in the artifact (\(count) procedures)"
        case .notYetInForce(let procedure, let received, let from):
            return vi
                ? "thủ tục \(procedure) chưa có hiệu lực ngày \(received.vietnameseText), ngày tiếp nhận hồ sơ: áp dụng từ \(from.vietnameseText)"
                : "procedure \(procedure) is not in force on \(received), the day the dossier was received: it applies from \(from)"
        case .noLongerInForce(let procedure, let received, let until):
            return vi
                ? "thủ tục \(procedure) đã hết hiệu lực vào ngày tiếp nhận hồ sơ \(received.vietnameseText): chỉ áp dụng đến hết ngày \(until.vietnameseText)"
                : "procedure \(procedure) is no longer in force on \(received), the day the dossier was received: it applied until \(until)"
        case .artifactAsOf(let asOf, let received):
            return vi
                ? "tệp biên dịch chỉ chứa các quy định có hiệu lực ngày \(asOf.vietnameseText) (tthc compile --at); hãy biên dịch không có --at để mở hồ sơ tiếp nhận ngày \(received.vietnameseText)"
                : "the artifact was compiled as of \(asOf) (tthc compile --at) and holds only the terms in force that day; compile the catalog without --at to open a case received on \(received)"
        case .channelNotOffered(let procedure, let channel, let offered):
            let list = offered.joined(separator: ", ")
            return vi
                ? "thủ tục \(procedure) không nhận hồ sơ qua kênh \(channel); các kênh: \(list)"
                : "procedure \(procedure) is not offered on the \(channel) channel; its channels: \(list)"
        case .emptyApplicant:
            return vi
                ? "mã người nộp hồ sơ để trống: hãy ghi số căn cước hoặc một mã khác (--applicant CCCD-001234567890)"
                : "the applicant reference is empty: give the applicant's ID card number or another reference (--applicant CCCD-001234567890)"
        case .applicantControlCharacter(let reference):
            return vi
                ? "mã người nộp hồ sơ \(reference.debugDescription) chứa ký tự điều khiển (xuống dòng, tab): hãy ghi trên một dòng"
                : "the applicant reference \(reference.debugDescription) contains a control character (a line break or tab): give it on one line"
        case .applicantTooLong(let length, let limit):
            return vi
                ? "mã người nộp hồ sơ dài \(length) ký tự, quá \(limit) ký tự"
                : "the applicant reference is \(length) characters long, more than \(limit)"
        case .noCommune(let commune, let communes):
            let list = communes.prefix(8).joined(separator: ", ") + (communes.count > 8 ? ", …" : "")
            return vi
                ? "tệp biên dịch không có xã \"\(commune)\"; các xã: \(list)\(language.didYouMean(Self.near(commune, communes)))"
                : "no commune \"\(commune)\" in the artifact; communes: \(list)\(language.didYouMean(Self.near(commune, communes)))"
        case .noCondition(let procedure, let fact, let conditions):
            let list = conditions.isEmpty ? (vi ? "không có" : "none") : conditions.joined(separator: ", ")
            return vi
                ? "thủ tục \(procedure) không có điều kiện \"\(fact)\"; các điều kiện: \(list)\(language.didYouMean(Self.near(fact, conditions)))"
                : "procedure \(procedure) has no condition \"\(fact)\"; its conditions: \(list)\(language.didYouMean(Self.near(fact, conditions)))"
        case .notServiceCentre(let unit, let example):
            return vi
                ? "đơn vị tiếp nhận \(unit) không phải là trung tâm phục vụ hành chính công; trung tâm nào trong tỉnh cũng được tiếp nhận (ví dụ \(example))"
                : "the receiving unit \(unit) is not a public administration service centre; any centre in the province may receive (e.g. \(example))"
        case .unknownActor(let text, let example, let suggestion):
            return vi
                ? "không có đơn vị hoặc vai trò \"\(text)\": hãy ghi id của một đơn vị, hoặc id đơn vị, dấu chấm và một vai trò của đơn vị đó (ví dụ \(example), province.pasc)\(language.didYouMean(suggestion))"
                : "unknown unit or role \"\(text)\": write a unit id, or a unit id, a dot and one of its roles (e.g. \(example), province.pasc)\(language.didYouMean(suggestion))"
        case .communeStructure(let text, let suggestion):
            return vi
                ? "\"\(text)\" chỉ cơ cấu chung của xã; hãy ghi một xã cụ thể: \(suggestion)"
                : "\"\(text)\" names the commune structure; name a commune: \(suggestion)"
        case .emptyDetail(let option, let what, let whatVi):
            return vi
                ? "\(option) để trống: \(whatVi) không được để trống"
                : "\(option) is empty: write the applicant's \(what)"
        case .detailTooLong(let option, let whatVi, let length, let limit):
            return vi
                ? "\(option): \(whatVi) dài \(length) ký tự, quá \(limit) ký tự"
                : "\(option) is \(length) characters long, more than \(limit)"
        case .detailControlCharacter(let option, let whatVi):
            return vi
                ? "\(option): \(whatVi) chứa ký tự điều khiển (xuống dòng, tab hoặc dấu định hướng ẩn)"
                : "\(option) contains a control character (a line break, a tab or an invisible direction mark)"
        case .caseExists(let id):
            return vi ? "hồ sơ \(id) đã có" : "case \(id) exists already"
        case .pinnedArtifactNotLoaded(let id, let artifact):
            return vi
                ? "hồ sơ \(id) gắn với một tệp biên dịch chưa được nạp (\(artifact))"
                : "case \(id) is pinned to an artifact that is not loaded (\(artifact))"
        case .calendarUnbuildable(let reason):
            return vi
                ? "không dựng được lịch làm việc của tệp biên dịch: \(reason)"
                : "the artifact's calendar cannot be built: \(reason)"
        case .artifactUnreadable(let hash, let reason):
            return vi
                ? "không đọc được tệp biên dịch \(hash): \(reason)" : "the artifact \(hash) cannot be read: \(reason)"
        case .emptyIdempotencyKey:
            return vi
                ? "khóa idempotency để trống: hãy cho mỗi yêu cầu một khóa riêng (ví dụ một UUID), và dùng lại đúng khóa đó khi gửi lại yêu cầu"
                : "the idempotency key is empty: give each request a key of its own (e.g. a UUID), and the same key when retrying it"
        case .noCaseStore(let path):
            return vi
                ? "không có kho hồ sơ tại \(path): `tthc case open` sẽ tạo kho ở đó; hoặc chỉ rõ kho bằng --store hoặc $TTHC_STORE (mặc định ~/.tthc/cases.sqlite)"
                : "no case store at \(path): `tthc case open` creates one there; or name the store with --store or $TTHC_STORE (default ~/.tthc/cases.sqlite)"
        case .noPostgresSupport(let store):
            return vi
                ? "kho hồ sơ \(store) là một cơ sở dữ liệu PostgreSQL, mà bản tthc này không hỗ trợ PostgreSQL: hãy dựng và cài tthc-serve bên cạnh (swift build -c release --product tthc-serve; xem docs/server.md)"
                : "the case store \(store) is a PostgreSQL database, and this tthc has no PostgreSQL support: build and install tthc-serve beside it (swift build -c release --product tthc-serve; see docs/server.md)"
        case .unknownStoreScheme(let store, let scheme):
            return vi
                ? "kho hồ sơ \"\(store)\" là một URL có lược đồ \"\(scheme)\" không được hỗ trợ: hãy ghi đường dẫn tới một tệp SQLite, hoặc một URL postgres:// (postgres://USER@HOST:PORT/DATABASE)"
                : "the case store \"\(store)\" is a URL of an unknown scheme \"\(scheme)\": give a path to an SQLite file, or a postgres:// URL (postgres://USER@HOST:PORT/DATABASE)"
        case .malformedPostgresURL(let url):
            return vi
                ? "URL kho hồ sơ \"\(url)\" viết sai: hãy viết postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"
                : "the case store URL \"\(url)\" is malformed: write postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"
        case .unsupportedSSLMode(let value):
            return vi
                ? "sslmode=\(value) không được hỗ trợ: hãy kết nối PostgreSQL qua loopback, mạng nội bộ hoặc một đường hầm TLS (docs/server.md)"
                : "sslmode=\(value) is not supported: connect to PostgreSQL on loopback or a private network, or through a TLS tunnel (docs/server.md)"
        case .nothingToSimulate:
            return vi ? "tệp biên dịch không có thủ tục nào để mô phỏng" : "the artifact has no procedures to simulate"
        case .noCommunesToSimulate:
            return vi ? "tệp biên dịch không có xã nào để mô phỏng" : "the artifact has no communes to simulate in"
        case .unreadableEvent(let id, let version):
            return vi
                ? "kho có một sự kiện không đọc được (hồ sơ \(id), phiên bản \(version))"
                : "the store holds an unreadable event (case \(id), version \(version))"
        case .eventCountMismatch(let id, let events, let version):
            return vi
                ? "hồ sơ \(id) có \(events) sự kiện nhưng ở phiên bản \(version)"
                : "case \(id) has \(events) events but version \(version)"
        case .artifactPartDamaged(let hash, let part):
            return vi
                ? "tệp biên dịch \(hash) trong kho bị hỏng: \(part) không khớp mã kiểm tra; không đọc gì từ tệp đó (hãy chạy `tthc case verify`)"
                : "the stored artifact \(hash) is damaged: \(part) does not match its checksum; nothing was read from it (run `tthc case verify`)"
        case .openedWithoutOpening:
            return vi ? "sự kiện mở hồ sơ thiếu thông tin tiếp nhận" : "an opened event without its opening"
        case .artifactNotStorable(let hash, let reason):
            return vi
                ? "không lưu được tệp biên dịch \(hash) vào kho: \(reason)"
                : "the artifact \(hash) cannot be stored: \(reason)"
        case .artifactDamaged(let hash, let reason):
            return vi
                ? "tệp biên dịch \(hash) trong kho bị hỏng: \(reason)"
                : "the stored artifact \(hash) is damaged: \(reason)"
        case .artifactIncomplete(let hash, let stored, let procedures):
            return vi
                ? "tệp biên dịch \(hash) trong kho bị hỏng: chỉ lưu \(stored) trong \(procedures) thủ tục"
                : "the stored artifact \(hash) is damaged: \(stored) of its \(procedures) procedures are stored"
        case .noStoredArtifact(let hash):
            return vi ? "kho không có tệp biên dịch \(hash)" : "the store has no artifact \(hash)"
        case .storeIsFolder(let path, let file):
            return vi
                ? "kho hồ sơ \(path) là một thư mục: hãy ghi tệp của kho, ví dụ --store \(file)"
                : "the case store \(path) is a folder: give the store's file, e.g. --store \(file)"
        case .cannotCreateStoreFolder(let folder, let store, let reason):
            return vi
                ? "không tạo được thư mục \(folder) cho kho hồ sơ \(store): \(reason)"
                : "cannot create the folder \(folder) for the case store \(store): \(reason)"
        case .notSQLite(let path):
            return vi
                ? "không mở được kho hồ sơ \(path): tệp không phải cơ sở dữ liệu SQLite (tệp được giữ nguyên); hãy ghi đường dẫn của một kho hồ sơ, hoặc của một tệp sẽ được tạo"
                : "cannot open the case store \(path): the file is not an SQLite database (it is left as it is); give the path of a case store, or of a file to create"
        case .cannotOpenStore(let store, let reason):
            return vi ? "không mở được kho hồ sơ \(store): \(reason)" : "cannot open the case store \(store): \(reason)"
        case .storeNotAccessible(let store, let writing, let reason):
            return vi
                ? "không \(writing ? "ghi" : "đọc") được kho hồ sơ \(store): \(reason)"
                : "the case store \(store) could not be \(writing ? "written" : "read"): \(reason)"
        case .eventChecksum(let id, let version):
            return vi
                ? "hồ sơ \(id), sự kiện \(version): sự kiện trong kho không khớp mã kiểm tra: kho đã bị sửa hoặc hỏng ngoài tthc; hãy khôi phục từ bản sao lưu (tthc case verify liệt kê mọi chỗ hỏng)"
                : "case \(id), event \(version): the stored event does not match its checksum: the store was changed or damaged outside tthc; restore it from a backup (tthc case verify lists all damage)"
        case .caseNotApplied(let id):
            return vi ? "hồ sơ \(id) chưa được áp dụng" : "case \(id) was not applied"
        case .caseNumbers(let given, let wanted):
            return vi
                ? "kho cấp \(given) số hồ sơ, không phải \(wanted)"
                : "the store gave \(given) case numbers, not \(wanted)"
        case .oldArtifactFormat(let hash, let version, let current):
            return vi
                ? "tệp biên dịch \(hash) trong kho ở định dạng phiên bản \(version), do một bản tthc cũ hơn ghi; bản tthc này đọc phiên bản \(current), nên không chạy hay chuyển được các hồ sơ gắn với tệp đó: hãy giải quyết xong các hồ sơ đó bằng bản tthc đã mở chúng, và mở hồ sơ mới trên tệp biên dịch của bản này"
                : "the stored artifact \(hash) is in format version \(version), written by an earlier tthc; this tthc reads version \(current), so it cannot run or migrate the cases pinned to it: finish them with the tthc that opened them, and open new cases on an artifact compiled by this one"
        case .storeUnreachable(let store, let reason):
            return vi
                ? "không kết nối được kho hồ sơ \(store): \(reason); hãy thử lại sau"
                : "cannot reach the case store \(store): \(reason); retry later"
        case .storeUnreachableNotRecorded(let store, let reason):
            return vi
                ? "không kết nối được kho hồ sơ \(store): \(reason); yêu cầu chưa được ghi, hãy gửi lại"
                : "the case store \(store) is unreachable: \(reason); the request was not recorded, retry it"
        case .cannotCreateDatabase(let url, let reason):
            return vi
                ? "không tạo được cơ sở dữ liệu trên \(url): \(reason)"
                : "cannot create a database on \(url): \(reason)"
        case .procedureGone(let procedure):
            return vi
                ? "tệp biên dịch mới không có thủ tục \(procedure)"
                : "procedure \(procedure) is not in the new artifact"
        case .ownArtifactLacks(let procedure):
            return vi
                ? "tệp biên dịch của hồ sơ không có thủ tục \(procedure)"
                : "the case's own artifact has no procedure \(procedure)"
        case .stepGone(let step):
            return vi ? "\(step.text(language)) không còn" : "\(step.text(language)) is gone"
        case .stepChanged(let step, let changes):
            let list = changes.joined(separator: ", ")
            return vi ? "\(step.text(language)) đã thay đổi: \(list)" : "\(step.text(language)) changed: \(list)"
        case .callChanged(let step, let callee, let running):
            return vi
                ? "bước \(step) nay gọi \(callee) trong khi một hồ sơ con của \(running) đang chạy"
                : "step \(step) now calls \(callee) while a sub-case of \(running) runs"
        case .alreadyOnArtifact:
            return vi ? "hồ sơ đã dùng tệp biên dịch này" : "already on this artifact"
        case .deadlineChanges(let received, let from, let to):
            return vi
                ? "thời hạn có hiệu lực ngày tiếp nhận (\(received.vietnameseText)) đổi từ \(from) thành \(to); hạn giải quyết của hồ sơ đổi theo"
                : "deadline in force at the receipt (\(received)) changes from \(from) to \(to); the case's due time moves with it"
        case .feesChange(let received, let from, let to):
            func list(_ fees: [String]) -> String {
                fees.isEmpty ? (vi ? "không có" : "none") : fees.joined(separator: "; ")
            }
            return vi
                ? "phí, lệ phí có hiệu lực ngày tiếp nhận (\(received.vietnameseText)) đổi từ \(list(from)) thành \(list(to))"
                : "fees in force at the receipt (\(received)) change from \(list(from)) to \(list(to))"
        case .laterChangeIgnored(let date, let withWorkflow, let received):
            return vi
                ? "thay đổi có hiệu lực từ \(date.vietnameseText)\(withWorkflow ? ", kể cả quy trình mới," : "") không áp dụng: hồ sơ tiếp nhận ngày \(received.vietnameseText) và giữ các quy định có hiệu lực lúc đó"
                : "a change dated \(date)\(withWorkflow ? ", its new workflow included," : "") does not apply: the case was received on \(received) and keeps the rules in force then"
        case .conditionsChange:
            return vi ? "các điều kiện (dữ kiện) thay đổi" : "the conditions (facts) change"
        }
    }

    /// JSON (a migration report) carries the English words, as it always has.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text(.en))
    }

    /// The known name nearest to a mistyped one, for "did you mean".
    private static func near(_ text: String, _ known: [String]) -> String? {
        Suggestions.nearest(to: text, in: known)
    }
}

/// What a case is doing now, as a refusal says it: waiting at reception, nothing, or its active
/// steps with their kind and performer.
public enum ActiveSteps: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        public var step: String
        public var kind: String
        public var performer: String
    }

    case awaitingAcceptance
    case none
    case active([Step])

    public func text(_ language: MessageLanguage) -> String {
        let vi = language == .vi
        switch self {
        case .awaitingAcceptance: return vi ? "hồ sơ đang chờ tiếp nhận" : "the dossier awaits acceptance at reception"
        case .none: return vi ? "không có bước nào đang thực hiện" : "no active step"
        case .active(let steps):
            let list = steps.map { "\($0.step) (\($0.kind), \($0.performer))" }.joined(separator: ", ")
            return (vi ? "đang thực hiện: " : "active: ") + list
        }
    }
}

/// A step a case is at, as a migration reason names it.
public enum MigrationStep: Sendable, Equatable {
    case active(String)
    /// A parallel step whose branches the case is running.
    case parallel(String)

    func text(_ language: MessageLanguage) -> String {
        switch (self, language) {
        case (.active(let step), .en): "active step \(step)"
        case (.active(let step), .vi): "bước đang thực hiện \(step)"
        case (.parallel(let step), .en): "parallel step \(step), whose branches are running,"
        case (.parallel(let step), .vi): "bước song song \(step), đang chạy các nhánh,"
        }
    }
}
