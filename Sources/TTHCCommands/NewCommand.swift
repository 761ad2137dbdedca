import ArgumentParser
import CatalogModel
import Diagnostics
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new catalog entry from a skeleton that passes tthc check.",
        subcommands: [NewProcedureCommand.self]
    )
}

/// `tthc new procedure --field ho-tich --level commune`: a procedure file whose every key has a
/// value that passes `tthc check` in this catalog (its units, legal documents, manifest), and a
/// comment in Vietnamese and English saying what to fill in.
struct NewProcedureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "procedure",
        abstract: "Write a new procedure file: a skeleton with comments saying what to fill in.",
        discussion: """
            The file goes to CATALOG/procedures/LEVEL/FIELD/CODE.yaml (an existing file is never \
            overwritten), or to standard output with --stdout. Units, the service centre and the legal \
            basis are taken from the catalog, so the skeleton passes `tthc check` as written; replace \
            every TODO with the procedure's published data (`tthc lint` lists the TODOs left: a skeleton \
            cannot reach a commit unfinished). Without --code the next free code of the \
            1.99xxxx block (codes not found in the national database) is used. \
            Exit status: 0 written, 2 bad options or the file exists.
            """
    )

    enum LevelOption: String, ExpressibleByArgument, CaseIterable { case commune, province }

    @Option(help: "The field (lĩnh vực): an id of fields.yaml, such as ho-tich.")
    var field: String

    @Option(help: "Where it is decided: commune or province.")
    var level: LevelOption

    @Option(help: "The procedure's national code (1.001193). Default: the next free 1.99xxxx code.")
    var code: String?

    @Option(help: CatalogTarget.help)
    var catalog: String?

    @Flag(help: "Print the skeleton instead of writing it into the catalog.")
    var stdout = false

    @Option(help: "Language of messages: en or vi.")
    var lang: MessageLanguage = .en

    func run() throws {
        let loaded = try CatalogTarget.load(catalog, language: lang)
        let model = loaded.catalog
        let root = RunContext.current.pathDisplay(model.root)
        guard model.fields[field] != nil else {
            let nearest = Suggestions.nearest(to: field, in: model.fields.keys)
            throw CommandFailure.usage(
                CommandMessage.unknownField(field, file: "\(root)/fields.yaml", suggestion: nearest))
        }
        let code = try self.code ?? Self.nextFreeCode(in: model)
        if self.code != nil, !Self.isCode(code) {
            throw CommandFailure.usage(
                CommandMessage.notAProcedureCode(code))
        }
        if let taken = model.procedures[code] {
            throw CommandFailure.usage(
                CommandMessage.codeTaken(code, file: RunContext.current.pathDisplay(taken.code.range.file)))
        }
        let text = try skeleton(code: code, in: model)
        if stdout {
            Console.out(text)
            return
        }
        let directory = "\(root)/procedures/\(level.rawValue)/\(field)"
        let path = "\(directory)/\(code).yaml"
        guard !FileManager.default.fileExists(atPath: RunContext.current.path(path)) else {
            throw CommandFailure.usage(
                CommandMessage.alreadyExists(path))
        }
        do {
            try FileManager.default.createDirectory(
                atPath: RunContext.current.path(directory), withIntermediateDirectories: true)
            try Data(text.utf8).write(
                to: URL(fileURLWithPath: RunContext.current.path(path)), options: .withoutOverwriting)
        } catch {
            throw CommandFailure.io(
                CommandMessage.cannotWrite(path, reason: FileErrorReason.text(error)))
        }
        Console.say(.createdProcedure(path), as: .bare, in: lang, toOutput: true)
    }

    static func isCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 8 && (48...57).contains(bytes[0]) && bytes[1] == UInt8(ascii: ".")
            && bytes[2...].allSatisfy { (48...57).contains($0) }
    }

    static func nextFreeCode(in catalog: Catalog) throws -> String {
        var number = 990_001
        let used = Set(catalog.procedures.keys)
        while used.contains("1.\(number)") { number += 1 }
        guard number <= 999_999 else {
            throw CommandFailure.usage(
                CommandMessage.noFreeCode)
        }
        return "1.\(number)"
    }

    func skeleton(code: String, in catalog: Catalog) throws -> String {
        let units = catalog.units.values.filter { $0.level.rawValue == level.rawValue }
        guard let centre = units.first(where: { $0.kind == .serviceCenter }) else {
            throw CommandFailure.usage(
                CommandMessage.noServiceCentre(level: level.rawValue))
        }
        let committee = units.first { $0.kind == .peopleCommittee && $0.parent == nil }
        let authority =
            committee.flatMap { unit in
                unit.roles.first { $0.id == "chairman" }.map { "\(unit.id).\($0.id)" } ?? unit.id
            }
            ?? units.first { $0.kind != .serviceCenter }?.id ?? centre.id
        let oneStop =
            catalog.legalDocuments.keys.first { $0 == "nd-118-2025" } ?? catalog.legalDocuments.keys.sorted().first
        guard let legal = oneStop else {
            throw CommandFailure.usage(
                CommandMessage.noLegalDocument)
        }
        let effective = catalog.manifest.map { "\($0.effective)" } ?? "2025-07-01"
        return """
            # Thủ tục mới: thay mỗi TODO bằng dữ liệu đã công bố, rồi chạy `tthc lint` trên tệp này (lệnh chỉ ra TODO còn lại).
            # New procedure: replace each TODO with the published data, then run `tthc lint` on this file (it lists the TODOs left).
            # Định dạng / format: docs/catalog-format.md
            code: \(code)                          # mã trên CSDL quốc gia (1.001193); 1.99xxxx khi chưa tìm thấy / national code
            name: "TODO Tên thủ tục"                # tên như đã công bố / the name as published
            name_en: "TODO Procedure name"
            field: \(field)
            level: \(level.rawValue)                         # province | commune: cấp quyết định / where it is decided
            authority: \(authority)            # cơ quan, chức danh có thẩm quyền / deciding unit or role
            implemented_by: [\(centre.id)]
            applicants: [citizen]                   # citizen | organisation | foreigner | business
            channels: [in-person, online, postal]   # cách thức nộp / how a dossier is submitted
            online_service: partial                 # full (toàn trình) | partial (một phần) | none
            deadline:
              text: "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"   # TODO nguyên văn quy định / the legal wording
              value: 5 working days                 # TODO giá trị khớp nguyên văn / the value the wording says
            # fees:                                 # phí, lệ phí / fees:
            #   - { name: Lệ phí ..., amount: 8000, per: copy }
            dossier:
              - { name: "TODO Tờ khai", originals: 1 }   # thành phần hồ sơ / dossier components (form: <id trong forms/>)
            result: "TODO Kết quả"                  # kết quả thực hiện / what the applicant receives
            result_en: "TODO Result"
            legal_basis: [\(legal)]                 # TODO căn cứ pháp lý: id trong legal/ / ids of legal documents
            # announced_by: qd-...                  # TODO quyết định công bố thủ tục (id trong legal/) / the announcing decision
            effective: \(effective)
            provenance: { kind: synthetic }         # published + source: "nơi công bố" khi lấy từ dữ liệu công bố
            workflow:                               # hoặc / or: { template: <tệp trong templates/>, with: {...} }
              start: receive
              steps:
                receive: { by: \(centre.id), to: \(authority), takes: 4 working hours, next: review }
                review:
                  by: \(authority)
                  takes: 3 working days
                  next: return
                  may: { supplement: wait-applicant, refuse: refused }
                wait-applicant: { wait: applicant, then: review }
                return: { by: \(centre.id), end: issued }
                refused: { by: \(centre.id), end: refused }

            """
    }
}
