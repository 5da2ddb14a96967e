package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/kpolicy/kpolicy/extract"
	"github.com/kpolicy/kpolicy/rules"
)

func versionString() string {
	return "kpolicy " + extract.Version + " (schema " + extract.Schema + ")"
}

const rulesUsage = `Usage:
  kpolicy rules check FILE|DIR...   check rule files (gazetteers, word lists, patterns,
                                    event rules) and name the file and line of each error
  kpolicy rules list [--rules FILE] list the rules in use: the built-in ones and FILE's
`

func runRules(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, "Usage: kpolicy rules check FILE|DIR...  |  kpolicy rules list [--rules FILE]\n")
		return usageError{"rules: no subcommand"}
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, rulesUsage)
		return nil
	case "check":
		if len(args) < 2 {
			fmt.Fprintln(stderr, "Usage: kpolicy rules check FILE|DIR...")
			return usageError{"rules check: no file"}
		}
		bad := 0
		for _, p := range args[1:] {
			pk, err := rules.LoadPath(p)
			if err != nil {
				bad++
				var es rules.Errors
				if errors.As(err, &es) {
					for _, e := range es {
						fmt.Fprintln(stderr, e.Error())
					}
				} else {
					fmt.Fprintf(stderr, "%s: %v\n", p, err)
				}
				continue
			}
			fmt.Fprintf(stdout, "%s: ok (%s)\n", p, summary(pk))
		}
		if bad > 0 {
			return fmt.Errorf("%d rule file(s) with errors", bad)
		}
		return nil
	case "list":
		fs := flag.NewFlagSet("rules list", flag.ContinueOnError)
		fs.SetOutput(stderr)
		var extra multiFlag
		fs.Var(&extra, "rules", "extra rule `FILE` or folder; repeatable")
		if _, help, err := parseArgs(fs, args[1:]); help || err != nil {
			return err
		}
		var opts []extract.Option
		for _, r := range extra {
			opts = append(opts, extract.WithRules(r))
		}
		x, err := extract.New(opts...)
		if err != nil {
			fmt.Fprintf(stderr, "kpolicy rules list: %v\n", err)
			return err
		}
		p := x.Pack()
		fmt.Fprintf(stdout, "%s\n\n", summary(p))
		byFile := map[string]int{}
		for _, e := range p.Entries {
			byFile[e.Pos.File]++
		}
		fmt.Fprintln(stdout, "Gazetteers:")
		for _, f := range sortedKeys(byFile) {
			fmt.Fprintf(stdout, "  %-48s %6d entries\n", f, byFile[f])
		}
		fmt.Fprintln(stdout, "\nWord lists:")
		for _, n := range sortedKeys(p.Lists) {
			fmt.Fprintf(stdout, "  %-48s %6d words\n", n, len(p.Lists[n]))
		}
		fmt.Fprintln(stdout, "\nEvent rules:")
		for _, r := range p.Events {
			fmt.Fprintf(stdout, "  %-22s %-12s %s (%s)\n", r.ID, r.Type, strings.Join(head(r.Triggers, 5), " "), r.Pos)
		}
		return nil
	}
	fmt.Fprintf(stderr, "kpolicy rules: unknown subcommand %q (want check or list)\n", args[0])
	return usageError{"rules: unknown subcommand"}
}

func summary(p *rules.Pack) string {
	words := 0
	for _, l := range p.Lists {
		words += len(l)
	}
	return fmt.Sprintf("%d gazetteer entries, %d list words in %d lists, %d patterns, %d event rules", len(p.Entries), words, len(p.Lists), len(p.Patterns), len(p.Events))
}

func head(xs []string, n int) []string {
	if len(xs) > n {
		return append(append([]string(nil), xs[:n]...), "…")
	}
	return xs
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
