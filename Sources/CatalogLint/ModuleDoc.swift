// CatalogLint: the rules policy staff and CI run (see docs/lint.md).
