import CatalogModel
import Diagnostics

/// The JSON Schema of `.tthc-lint.yml`, generated from what `ConfigurationLoader` accepts and the
/// rule registry (every rule id, its summary, its options), so it lists exactly the rules and
/// options this tthc knows.
public enum LintConfigurationSchema {
    public static let fileName = "tthc-lint.schema.json"

    public static func schema(rules: [RuleDescription] = RuleRegistry.descriptions) -> JSONValue {
        func describe(_ en: String, _ vi: String) -> JSONValue { CatalogSchema.describe(Localized(en, vi: vi)) }
        let severity: JSONValue = .object([.init("enum", .array(ConfigurationLoader.severities.map(JSONValue.string)))])
        let switches: [JSONValue] = (["on", "off"] + ConfigurationLoader.severities).map(JSONValue.string)

        func setting(_ rule: RuleDescription, options: Bool) -> JSONValue {
            var properties: [JSONValue.Member] = [
                .init(
                    "enabled",
                    .object([
                        .init("description", describe("Whether the rule runs.", "Quy tắc có chạy hay không.")),
                        .init("type", "boolean"),
                    ])),
                .init(
                    "severity",
                    .object([
                        .init("description", describe("The severity of its findings.", "Mức độ của các phát hiện.")),
                        .init("enum", .array(ConfigurationLoader.severities.map(JSONValue.string))),
                    ])),
            ]
            if options {
                for option in rule.options {
                    var members: [JSONValue.Member] = [
                        .init(
                            "description",
                            describe(
                                "\(option.summary.en) (default \(option.defaultValue))",
                                "\(option.summary.vi) (mặc định \(option.defaultValue))"))
                    ]
                    switch option.kind {
                    case .integer(let range):
                        members += [
                            .init("type", .array(["integer", "string"])), .init("pattern", "^[0-9]+$"),
                            .init("minimum", .integer(range.lowerBound)), .init("maximum", .integer(range.upperBound)),
                        ]
                    case .choice(let values):
                        members.append(.init("enum", .array(values.map(JSONValue.string))))
                    }
                    properties.append(.init(option.name, .object(members)))
                }
            }
            return .object([
                .init(
                    "description",
                    describe(
                        "\(rule.name.en): \(rule.summary.en) (default \(rule.severity.rawValue)\(rule.enabledByDefault ? "" : ", off"))",
                        "\(rule.name.vi): \(rule.summary.vi) (mặc định \(rule.severity.rawValue)\(rule.enabledByDefault ? "" : ", tắt"))"
                    )),
                .init(
                    "anyOf",
                    .array([
                        .object([.init("enum", .array(switches))]),
                        .object([
                            .init("type", "object"), .init("properties", .object(properties)),
                            .init("additionalProperties", false),
                        ]),
                    ])),
            ])
        }

        func ruleTable(options: Bool, _ description: JSONValue) -> JSONValue {
            .object([
                .init("description", description),
                .init("type", "object"),
                .init("properties", .object(rules.map { .init($0.id, setting($0, options: options)) })),
                .init("additionalProperties", false),
            ])
        }

        let rulesSchema = ruleTable(
            options: true,
            describe(
                "Rules by id: on, off, a severity, or a mapping of enabled, severity and the rule's options. `tthc rules` lists them.",
                "Các quy tắc theo id: on, off, một mức độ, hoặc một ánh xạ gồm enabled, severity và các tùy chọn của quy tắc. `tthc rules` liệt kê các quy tắc."
            ))
        let overrideRules = ruleTable(
            options: false,
            describe(
                "Rule settings for these files (options stay global).",
                "Thiết lập quy tắc cho các tệp này (tùy chọn vẫn dùng chung)."))
        let properties: [JSONValue.Member] = [
            .init(
                "fail_on",
                .object([
                    .init(
                        "description",
                        describe(
                            "The least severity that makes tthc lint exit 1 (default error).",
                            "Mức độ thấp nhất khiến tthc lint trả mã thoát 1 (mặc định error).")),
                    .init("enum", severity["enum"]!),
                ])),
            .init("rules", rulesSchema),
            .init(
                "overrides",
                .object([
                    .init(
                        "description",
                        describe(
                            "Settings for some paths: a list of { files: [glob, ...], rules: {...} }.",
                            "Thiết lập cho một số đường dẫn: danh sách các { files: [mẫu, ...], rules: {...} }.")),
                    .init("type", "array"),
                    .init(
                        "items",
                        .object([
                            .init("type", "object"),
                            .init(
                                "properties",
                                .object([
                                    .init(
                                        "files",
                                        .object([
                                            .init(
                                                "description",
                                                describe(
                                                    "Path patterns relative to the catalog (procedures/province/**).",
                                                    "Mẫu đường dẫn tính từ thư mục danh mục (procedures/province/**).")),
                                            .init(
                                                "anyOf",
                                                .array([
                                                    .object([.init("type", "string"), .init("minLength", 1)]),
                                                    .object([
                                                        .init("type", "array"),
                                                        .init(
                                                            "items",
                                                            .object([.init("type", "string"), .init("minLength", 1)])),
                                                    ]),
                                                ])),
                                        ])),
                                    .init("rules", overrideRules),
                                ])),
                            .init("required", .array(["files"])),
                            .init("additionalProperties", false),
                        ])),
                ])),
        ]
        precondition(
            properties.map(\.key) == ConfigurationLoader.topKeys, "LintConfigurationSchema: the loader's keys changed")
        return .object([
            .init("$schema", "http://json-schema.org/draft-07/schema#"),
            .init(
                "$comment",
                "Generated by `tthc schema` from the lint configuration loader and the rule registry; do not edit."),
            .init("title", ".tthc-lint.yml"),
            .init(
                "description",
                describe(
                    "Configuration of tthc lint, at the catalog's root or the repository's.",
                    "Cấu hình của tthc lint, đặt ở thư mục danh mục hoặc thư mục gốc của kho.")),
            .init("type", "object"),
            .init("properties", .object(properties)),
            .init("additionalProperties", false),
        ])
    }
}
