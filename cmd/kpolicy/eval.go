package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/kpolicy/kpolicy/extract"
	"github.com/kpolicy/kpolicy/extract/eval"
)

const evalUsage = `Usage: kpolicy eval --klue FILE [--errors N] [--durations] [--rules FILE]

Runs the extractor on each sentence of an annotated file in KLUE-NER's format
('## id<TAB>tagged sentence', then one 'CHAR<TAB>B-/I-/O tag' line per
character, a blank line between sentences) and prints precision, recall and F1
per type and overall, at the strict entity level (type and both ends must
match, as seqeval). Types: PERSON→PS, ORG→OG, PLACE→LC, DATE→DT, TIME→TI,
MONEY/PERCENT/QUANTITY→QT. DURATION is left out unless --durations maps it as
KLUE tags lengths of time (DT, or TI for hours and minutes).

Flags:
`

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	klue := fs.String("klue", "", "annotated sentences in KLUE-NER format (`FILE`, - for standard input)")
	nerr := fs.Int("errors", 0, "show the first `N` sentences with missed or spurious entities")
	durs := fs.Bool("durations", false, "count DURATION entities as KLUE does (DT, or TI for hours and minutes)")
	var rulesFlag multiFlag
	fs.Var(&rulesFlag, "rules", "extra rule `FILE` or folder; repeatable")
	fs.Usage = func() {
		fmt.Fprint(stderr, evalUsage)
		fs.PrintDefaults()
	}
	rest, help, err := parseArgs(fs, args)
	if help || err != nil {
		return err
	}
	if *klue == "" && len(rest) == 1 {
		*klue, rest = rest[0], nil
	}
	if *klue == "" || len(rest) > 0 {
		fmt.Fprintf(stderr, "kpolicy eval: give one annotated file with --klue FILE (extra arguments: %q)\n\n", rest)
		fs.Usage()
		return usageError{"eval needs one --klue FILE"}
	}
	var in io.Reader = os.Stdin
	if *klue != "-" {
		f, err := os.Open(*klue)
		if err != nil {
			return fmt.Errorf("%s: %w", *klue, unwrapPath(err))
		}
		defer f.Close()
		in = f
	}
	sents, err := eval.ReadKLUE(in)
	if err != nil {
		return fmt.Errorf("%s: %w", *klue, err)
	}
	if len(sents) == 0 {
		return fmt.Errorf("%s: no annotated sentences", *klue)
	}
	var opts []extract.Option
	for _, r := range rulesFlag {
		opts = append(opts, extract.WithRules(r))
	}
	x, err := extract.New(opts...)
	if err != nil {
		return err
	}
	rep, err := eval.Options{Durations: *durs}.Run(ctx, x, sents)
	if err != nil {
		return fmt.Errorf("%s: sentence %w (is the file in KLUE-NER's format?)", *klue, err)
	}
	rep.Write(stdout, *nerr)
	return nil
}
