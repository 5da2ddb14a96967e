package rules

import "fmt"

// Entry is one gazetteer row: a named thing with its canonical name, label
// and the other surface forms that name it.
type Entry struct {
	Name    string            // canonical name (중소벤처기업부)
	Label   string            // ORG or PLACE (PERSON is allowed for known people)
	Aliases []string          // other surface forms (중기부)
	Attrs   map[string]string // kind, status, parent, ambiguous...
	Pos     Pos               // where the row was read
}

// ID is the stable identifier of an entry: label and canonical name.
func (e *Entry) ID() string { return e.Label + ":" + e.Name }

// Attr returns the value of attribute k, or "".
func (e *Entry) Attr(k string) string { return e.Attrs[k] }

// Word is an item of a word list with an optional kind (a title and
// whether it belongs to government, business, academia...).
type Word struct {
	Text string
	Kind string
	Pos  Pos
}

// EventRule describes one way an event type is reported.
type EventRule struct {
	ID    string `yaml:"id"`
	Type  string `yaml:"type"`
	Label string `yaml:"label"`
	// Triggers are the words that report the happening (개최, 열고,
	// 체결했다). A trigger matches at the start of a word or after a noun it
	// is attached to (업무협약을 체결 / 체결식).
	Triggers []string `yaml:"triggers"`
	// Requires lists words of which one must appear in the same clause for
	// the trigger to count (포럼, 회의 for a meeting held).
	Requires []string `yaml:"requires"`
	// Excludes lists words that cancel the rule when they appear in the
	// clause.
	Excludes []string `yaml:"excludes"`
	// Suppresses lists event types that this rule, when it fires, removes
	// from the same sentence (a law passed at a plenary session is a
	// legislation event, not a meeting).
	Suppresses []string `yaml:"suppresses"`
	// Headline limits the rule to sentences that do not end in a verb:
	// headlines and captions (한성숙 "…예산 편성").
	Headline bool `yaml:"headline"`
	// Names lists the head nouns of the event's name (사업, 전략) for the
	// name source; when empty, Requires serves.
	Names []string `yaml:"names"`
	// Roles maps a role name to the filler it takes.
	Roles map[string]RoleSpec `yaml:"roles"`
	// Confidence is the base confidence of an event from this rule.
	Confidence float64 `yaml:"confidence"`
	// Disabled removes a default rule of the same id.
	Disabled bool `yaml:"disabled"`
	Pos      Pos  `yaml:"-"`
}

// RoleSpec says which mentions fill a role and how they are found.
type RoleSpec struct {
	// Labels are the entity labels that may fill the role.
	Labels []string `yaml:"labels"`
	// From says where the filler stands: subject (marked by 은/는/이/가 or
	// the topic position), partner (와/과/및 next to the subject), place
	// (marked by 에서), quote (a quoted string), name (a quoted title or a
	// noun phrase ending in a Requires word), any (anywhere in the clause),
	// object (marked by 을/를), year (a year or fiscal year).
	From []string `yaml:"from"`
	// Max is the most fillers kept (0: no limit).
	Max int `yaml:"max"`
	// Required drops the event when the role stays empty.
	Required bool `yaml:"required"`
}

// Pattern is a regular-expression rule (regexp2 syntax, as .NET) for
// names a gazetteer cannot list: (주)한빛테크, 김모씨, 존 스미스 미국 대통령.
// It runs only in a window around each occurrence of one of its anchors,
// never over whole documents.
type Pattern struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	// Anchors are literal strings of which one must be in the match; the
	// pattern is tried in a window around each occurrence.
	Anchors []string `json:"anchors"`
	// Regex is the pattern. A group named "name" marks the mention; without
	// it the whole match is the mention.
	Regex string `json:"regex"`
	// Before and After size the window around an anchor, in characters
	// (defaults 30 and 10).
	Before int `json:"before,omitempty"`
	After  int `json:"after,omitempty"`
	// Role is given to PERSON mentions (the group named "role" overrides it).
	Role string `json:"role,omitempty"`
	// Priority breaks ties with other mentions of the same length.
	Priority int  `json:"priority,omitempty"`
	Disabled bool `json:"disabled,omitempty"`
	Pos      Pos  `json:"-"`
}

// Pos is a place in a rule file.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string {
	if p.File == "" {
		return "?"
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// Pack is a set of loaded rules.
type Pack struct {
	Entries []Entry
	// Lists holds the word lists by name: "titles", "surnames",
	// "particles", "org_suffixes", "venue_suffixes", ... named after the
	// file that defined them (names/titles.txt → "titles").
	Lists    map[string][]Word
	Events   []EventRule
	Patterns []Pattern
}

// List returns the words of list name.
func (p *Pack) List(name string) []Word { return p.Lists[name] }

// Error is a problem in a rule file, with its position.
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Errors collects the problems of one load.
type Errors []*Error

func (es Errors) Error() string {
	if len(es) == 1 {
		return es[0].Error()
	}
	s := fmt.Sprintf("%d problems in rule files:", len(es))
	for i, e := range es {
		if i == 10 {
			s += fmt.Sprintf("\n  ... and %d more", len(es)-10)
			break
		}
		s += "\n  " + e.Error()
	}
	return s
}
