import TTHCCommands

MallocTuning.holdMmapThreshold()
TTHC.runMain()
