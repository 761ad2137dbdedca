import TTHCServer

// `tthc serve …` runs this (and `tthc case … --store postgres://…`): see docs/server.md.
await ServeMain.main()
