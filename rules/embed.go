package rules

import (
	"embed"
	"sync"
)

//go:embed data
var data embed.FS

// Data is the embedded default rule data, rooted at "data".
func Data() embed.FS { return data }

var (
	defOnce sync.Once
	defPack *Pack
	defErr  error
)

// Default returns the embedded default pack, loaded once. Callers must not
// modify it; use Clone to layer user rules on a copy.
func Default() (*Pack, error) {
	defOnce.Do(func() { defPack, defErr = Load(data, "data") })
	return defPack, defErr
}

// Clone returns a copy of p that can be merged into without touching p.
func (p *Pack) Clone() *Pack {
	q := &Pack{
		Entries:  append([]Entry(nil), p.Entries...),
		Events:   append([]EventRule(nil), p.Events...),
		Patterns: append([]Pattern(nil), p.Patterns...),
		Lists:    make(map[string][]Word, len(p.Lists)),
	}
	for k, v := range p.Lists {
		q.Lists[k] = append([]Word(nil), v...)
	}
	return q
}
