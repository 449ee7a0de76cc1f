package main

import (
	"flag"
	"fmt"
	"newsmark/annotate"
	"newsmark/annotate/dataset"
	"strings"
)

func (c *cli) exportCmd(args []string) int {
	fs, db := c.flags("export", "[--db FILE] --format F [--out FILE|-] [options]",
		"Write the project's annotations as a dataset. Formats: newsmark (one article per\nline), stance (one line per statement and target), prodigy, doccano,\nlabelstudio, brat (a folder or .zip of .txt + .ann), spacy.")
	format := fs.String("format", "newsmark", "`format`: newsmark, stance, prodigy, doccano, labelstudio, brat, spacy")
	out := fs.String("out", "-", "output `file` (- for standard output)")
	offsets := fs.String("offsets", "codepoint", "offset `unit`: codepoint, utf16 or utf8")
	withSugg := fs.Bool("include-suggestions", false, "also write pending suggestions, marked pending")
	unlabeled := fs.Bool("include-unlabeled", false, "stance format: also statements without a stance")
	status := fs.String("status", "", "only documents with this `status` (todo, in_progress, done)")
	who := fs.String("annotator", "", "only spans by this `analyst`")
	layer := fs.String("layer", "", "whose annotations: `gold`, an analyst's name, or all (one record per document and analyst); default: gold when the project has it, else your own")
	labels := fs.String("labels", "", "only these span labels, comma-separated (`L1,L2`)")
	split := fs.String("split", "", "split by document, e.g. `train=0.8,dev=0.1,test=0.1`")
	seed := fs.Int64("seed", 1, "seed of the split")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(c.stderr, "newsmark export: unexpected %q\n", fs.Arg(0))
		return exitUsage
	}
	opt := dataset.Options{Format: *format, Offsets: *offsets, IncludeSuggestions: *withSugg,
		IncludeUnlabeled: *unlabeled, Status: annotate.Status(*status), Annotator: *who, Seed: *seed}
	if *labels != "" {
		opt.Labels = strings.Split(*labels, ",")
	}
	switch *status {
	case "", "todo", "in_progress", "done":
	default:
		fmt.Fprintf(c.stderr, "newsmark export: unknown status %q (todo, in_progress, done)\n", *status)
		return exitUsage
	}
	if *split != "" {
		parts, err := dataset.ParseSplit(*split)
		if err != nil {
			fmt.Fprintf(c.stderr, "newsmark export: --split: %v\n", err)
			return exitUsage
		}
		if *out == "-" {
			fmt.Fprintln(c.stderr, "newsmark export: --split writes one file per part: give --out NAME.jsonl")
			return exitUsage
		}
		opt.Split = parts
	}
	st, ok := c.open(*db)
	if !ok {
		return exitFail
	}
	defer st.Close()
	opt.Layer = *layer
	if opt.Layer == "" {
		var err error
		if opt.Layer, err = dataset.DefaultLayer(c.ctx, st, c.analyst(st)); err != nil {
			fmt.Fprintf(c.stderr, "newsmark export: %v\n", err)
			return exitFail
		}
	}
	bar := newProgress(c.stderr, "exporting")
	sum, err := dataset.Export(c.ctx, st, *out, c.stdout, opt, bar.update)
	bar.done()
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark export: %v\n", err)
		if strings.Contains(err.Error(), "unknown format") || strings.Contains(err.Error(), "offset unit") {
			return exitUsage
		}
		return exitFail
	}
	if *out != "-" {
		fmt.Fprintf(c.stderr, "wrote %s: %d documents, %d spans, %d relations, %d stances\n",
			strings.Join(sum.Files, ", "), sum.Documents, sum.Spans, sum.Relations, sum.Stances)
	}
	return exitOK
}

func (c *cli) validateCmd(args []string) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	fs.Usage = func() {
		fmt.Fprintln(c.stderr, "Usage: newsmark validate FILE\n\nCheck a newsmark/1 document file (JSON per line, offsets inside the text,\nspan texts match, relation and stance ids resolve) or a stance file (JSON per\nline, required fields present). Prints a summary; exits 1 on any problem.")
	}
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	problems, err := dataset.Validate(fs.Arg(0), c.stdout)
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark validate: %v\n", err)
		return exitFail
	}
	if problems > 0 {
		return exitFail
	}
	return exitOK
}
