package extract

import (
	"testing"

	"github.com/kpolicy/kpolicy/rules"
)

// BenchmarkNew measures building an Extractor from the default rules
// (already loaded): compiling the tries, patterns and event rules.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadRules measures reading and validating the embedded rule
// files themselves.
func BenchmarkLoadRules(b *testing.B) {
	for b.Loop() {
		if _, err := rules.Load(rules.Data(), "data"); err != nil {
			b.Fatal(err)
		}
	}
}
