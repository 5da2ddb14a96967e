package main

import (
	"strings"

	"github.com/kpolicy/kpolicy/extract"
)

// filter keeps the entity and event types a user asked for.
type filter struct {
	types, events map[string]bool
	minConf       float64
}

func newFilter(types, events string, minConf float64) *filter {
	return &filter{types: set(types, strings.ToUpper), events: set(events, strings.ToLower), minConf: minConf}
}

func set(list string, norm func(string) string) map[string]bool {
	if strings.TrimSpace(list) == "" {
		return nil
	}
	m := map[string]bool{}
	for _, x := range strings.Split(list, ",") {
		if x = strings.TrimSpace(x); x != "" {
			m[norm(x)] = true
		}
	}
	return m
}

func (f *filter) apply(d *extract.Document) {
	if f.types != nil {
		out := d.Entities[:0]
		for _, e := range d.Entities {
			if f.types[e.Type] {
				out = append(out, e)
			}
		}
		d.Entities = out
	}
	if f.events != nil || f.minConf > 0 {
		out := d.Events[:0]
		for _, v := range d.Events {
			if (f.events == nil || f.events[v.Type]) && v.Confidence >= f.minConf {
				out = append(out, v)
			}
		}
		d.Events = out
	}
}
