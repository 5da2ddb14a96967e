package extract

// Schema is the value of the "schema" field of every document object.
const Schema = "kpolicy/v1"

// Version is the version of the kpolicy library and CLI.
const Version = "0.1.0"

// Document is one extracted document: the kpolicy/v1 output contract
// (see SCHEMA.md). Its JSON form is what the CLI prints.
type Document struct {
	Schema   string   `json:"schema"`
	Doc      DocInfo  `json:"doc"`
	Entities []Entity `json:"entities"`
	Events   []Event  `json:"events"`
	Warnings []string `json:"warnings,omitempty"`
}

// DocInfo describes the source document and holds the clean text that all
// offsets refer to.
type DocInfo struct {
	ID        string   `json:"id"`
	Source    string   `json:"source"`
	URL       string   `json:"url,omitempty"`
	Title     string   `json:"title,omitempty"`
	Published string   `json:"published,omitempty"`
	Publisher string   `json:"publisher,omitempty"`
	Reporters []string `json:"reporters,omitempty"`
	Dateline  string   `json:"dateline,omitempty"`
	Layout    string   `json:"layout,omitempty"`
	Text      string   `json:"text"`
}

// Entity is one distinct real-world thing (or value) in the document.
type Entity struct {
	ID       string    `json:"id"`
	Type     string    `json:"type"`
	Name     string    `json:"name"`
	Aliases  []string  `json:"aliases,omitempty"`
	Role     string    `json:"role,omitempty"`
	Org      string    `json:"org,omitempty"`
	Mentions []Mention `json:"mentions"`
	ValueFields
}

// ValueFields are the resolution of a value entity or argument. Value is a
// number (MONEY, PERCENT, QUANTITY) or a string (DATE, TIME, and DURATION
// with an ISO 8601 duration: P3Y, PT3H40M).
type ValueFields struct {
	Value     any      `json:"value,omitempty"`
	Min       *float64 `json:"min,omitempty"`
	Max       *float64 `json:"max,omitempty"`
	Approx    bool     `json:"approx,omitempty"`
	Currency  string   `json:"currency,omitempty"`
	Unit      string   `json:"unit,omitempty"`
	Grain     string   `json:"grain,omitempty"`
	From      string   `json:"from,omitempty"`
	To        string   `json:"to,omitempty"`
	Direction string   `json:"direction,omitempty"`
	// Kind is "ordinal", "age" or "count" for the quantities that are no
	// amount, "duration" on every DURATION, and "name" on a date written in
	// an event's name (2030 부산엑스포, 5·18 민주화운동 --05-18; see README).
	Kind string `json:"kind,omitempty"`
}

// Mention is one occurrence of an entity. Start and End count Unicode code
// points in Doc.Text, End exclusive.
type Mention struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	Rule     string `json:"rule,omitempty"`
}

// Event is one reported happening with its arguments by role.
type Event struct {
	ID         string           `json:"id"`
	Type       string           `json:"type"`
	Label      string           `json:"label"`
	Trigger    string           `json:"trigger"`
	Sentence   int              `json:"sentence"`
	Evidence   string           `json:"evidence"`
	Start      int              `json:"start"`
	End        int              `json:"end"`
	Args       map[string][]Arg `json:"args"`
	Confidence float64          `json:"confidence"`
	Negated    bool             `json:"negated,omitempty"`
	Rule       string           `json:"rule,omitempty"`

	score int // how well the sentence states the event; picks a merged group's evidence
}

// Arg fills a role of an event. Entity and Name are set when the argument
// is an entity; value arguments carry the entity's value fields.
type Arg struct {
	Text   string `json:"text"`
	Entity string `json:"entity,omitempty"`
	Name   string `json:"name,omitempty"`
	ValueFields
}
