// CaseEngine: drives cases through compiled workflow graphs (see docs/interpreter.md).
