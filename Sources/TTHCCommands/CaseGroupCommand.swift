import ArgumentParser

/// `tthc case …`: cases of the compiled catalog, event-sourced in a SQLite store.
struct CaseGroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Open cases on the compiled catalog and record what happens to them (the case interpreter).",
        discussion: """
            A case runs on the compiled artifact it was opened with (tthc compile Catalog -o catalog.tthc.json); \
            the store keeps the artifact by hash, so later catalogs do not change cases in flight. \
            --lang vi prints the text output and the errors in Vietnamese (JSON is the same in both). \
            Exit status: 0 done, 1 the event is not allowed now (the message lists what is), 2 bad input or store.
            """,
        subcommands: [
            CaseOpenCommand.self, CaseEventCommand.self, CaseShowCommand.self, CaseListCommand.self,
            CaseMigrateCommand.self, CaseVerifyCommand.self,
        ]
    )
}
