package main

import (
	"errors"
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
	offsets := fs.String("offsets", "", "offset `unit`: codepoint, utf16 or utf8 (default: what the format's tool reads: utf16 for doccano, codepoint for the rest)")
	withSugg := fs.Bool("include-suggestions", false, "also write pending suggestions, kept apart from accepted labels")
	force := fs.Bool("force", false, "brat: write into a folder that already holds files (only files an earlier Newsmark export wrote there are replaced)")
	overlapping := fs.Bool("overlapping", false, "doccano: write overlapping spans among the entities, for a project that allows overlapping spans")
	printConfig := fs.Bool("print-config", false, "labelstudio: print the labeling config for the project and exit")
	unlabeled := fs.Bool("include-unlabeled", false, "stance format: also statements without a stance")
	status := fs.String("status", "", "only documents with this `status` (todo, in_progress, done)")
	who := fs.String("annotator", "", "only spans by this `analyst`")
	layer := fs.String("layer", "", "whose annotations: `gold`, an analyst's name, or all (one record per document and analyst); default: gold when the project has it, else your own")
	labels := fs.String("labels", "", "only these span labels, comma-separated (`L1,L2`)")
	split := fs.String("split", "", "split by document, e.g. `train=0.8,dev=0.1,test=0.1`")
	seed := fs.Int64("seed", 1, "seed of the split")
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(c.stderr, "newsmark export: unexpected %q\n", rest[0])
		return exitUsage
	}
	opt := dataset.Options{Format: *format, Offsets: *offsets, IncludeSuggestions: *withSugg,
		IncludeUnlabeled: *unlabeled, Status: annotate.Status(*status), Annotator: *who, Seed: *seed,
		Force: *force, Overlapping: *overlapping}
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
	if *printConfig {
		xml, err := dataset.LabelStudioConfig(c.ctx, st, opt)
		if err != nil {
			fmt.Fprintf(c.stderr, "newsmark export: %v\n", err)
			return exitFail
		}
		c.stdout.Write(xml)
		return exitOK
	}
	bar := newProgress(c.stderr, "exporting")
	sum, err := dataset.Export(c.ctx, st, *out, c.stdout, opt, bar.update)
	bar.done()
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark export: %v\n", err)
		if errors.Is(err, dataset.ErrFormat) || errors.Is(err, dataset.ErrUnit) {
			return exitUsage
		}
		return exitFail
	}
	if *out != "-" {
		fmt.Fprintf(c.stderr, "wrote %s: %d documents, %d spans, %d relations, %d stances\n",
			strings.Join(sum.Files, ", "), sum.Documents, sum.Spans, sum.Relations, sum.Stances)
		if sum.Config != "" {
			fmt.Fprintf(c.stderr, "wrote %s: the labeling config to give the Label Studio project\n", sum.Config)
		}
	}
	for _, n := range sum.Notes {
		fmt.Fprintf(c.stderr, "note: %s\n", n)
	}
	return exitOK
}

func (c *cli) validateCmd(args []string) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	fs.Usage = func() {
		fmt.Fprintln(c.stderr, "Usage: newsmark validate FILE\n\nCheck a newsmark/1 document file (JSON per line, offsets inside the text,\nspan texts match, relation and stance ids resolve) or a stance file (JSON per\nline, required fields present). Prints a summary; exits 1 on any problem.")
	}
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) != 1 {
		fs.Usage()
		return exitUsage
	}
	problems, err := dataset.Validate(rest[0], c.stdout)
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark validate: %v\n", err)
		return exitFail
	}
	if problems > 0 {
		return exitFail
	}
	return exitOK
}
