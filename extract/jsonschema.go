package extract

import _ "embed"

//go:embed schema/document.schema.json
var documentSchema []byte

// JSONSchema returns the JSON Schema (draft 2020-12) of the document object
// that Extract returns and the CLI prints. A test validates real output
// against it, so it stays in step with the Go types.
func JSONSchema() []byte { return append([]byte(nil), documentSchema...) }
