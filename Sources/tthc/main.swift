import TTHCCommands

TTHC.runMain()
