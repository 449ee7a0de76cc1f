package main

import (
	"fmt"
	"strings"

	"newsmark/annotate/dataset"
	"newsmark/annotate/ingest"
)

func (c *cli) importCmd(args []string) int {
	fs, db := c.flags("import", "[--db FILE] [options] PATH...", "Import article files (.txt, .md, .html, .htm) and folders (recursively), and\n"+
		"labeled files with their annotations: .jsonl and .json in the newsmark,\n"+
		"Prodigy, doccano and Label Studio formats, brat standoff (a .ann beside its\n"+
		".txt, or a folder or .zip of them) and doccano's export .zip. Prints one line\n"+
		"per file or record (with its line) and a summary; exits 1 if any failed.")
	noSuggest := fs.Bool("no-suggest", false, "make no suggestions for the new articles in this run (the project's setting is not changed)")
	offsets := fs.String("offsets", "", "offset `unit` of labeled files that do not name theirs: codepoint (default) or utf16 (files doccano wrote), utf8")
	paths, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		fmt.Fprintln(c.stderr, "newsmark import: name at least one file or folder")
		fs.Usage()
		return exitUsage
	}
	switch *offsets {
	case "", dataset.UnitCodepoint, dataset.UnitUTF16, dataset.UnitUTF8:
	default:
		fmt.Fprintf(c.stderr, "newsmark import: --offsets %q: want codepoint, utf16 or utf8\n", *offsets)
		return exitUsage
	}
	st, ok := c.open(*db)
	if !ok {
		return exitFail
	}
	defer st.Close()
	defer st.Activity(c.ctx, c.analyst(st), fmt.Sprintf("an import of %s", countNoun(len(paths), "file or folder", "files and folders")))()
	bar := newProgress(c.stderr, "importing")
	results, err := ingest.Import(c.ctx, st, c.analyst(st), paths, ingest.Options{NoSuggest: *noSuggest, Offsets: *offsets, Reading: importStatus()}, bar.update)
	bar.done()
	for _, r := range results {
		layer := ""
		if r.Layer != "" {
			layer = " (layer " + printable(r.Layer) + ")"
		}
		switch r.Status {
		case ingest.Imported:
			fmt.Fprintf(c.stdout, "imported   %s → %s%s\n", printable(r.Where()), printable(r.ID), layer)
		case ingest.Duplicate:
			fmt.Fprintf(c.stdout, "duplicate  %s (same text as %s)\n", printable(r.Where()), printable(r.ID))
		case ingest.AnnotationsAdded:
			fmt.Fprintf(c.stdout, "added      %s → annotations added to %s%s\n", printable(r.Where()), printable(r.ID), layer)
		case ingest.Conflict:
			fmt.Fprintf(c.stdout, "conflict   %s\n", printable(r.Err.Error()))
		default:
			fmt.Fprintf(c.stdout, "failed     %s\n", printable(r.Err.Error()))
		}
		for _, n := range r.Notes {
			fmt.Fprintf(c.stdout, "  note: %s\n", printable(n))
		}
	}
	n := ingest.Count(results)
	var parts []string
	parts = append(parts, fmt.Sprintf("%d imported", n.Imported))
	if n.AnnotationsAdded > 0 {
		parts = append(parts, fmt.Sprintf("%d annotations added", n.AnnotationsAdded))
	}
	parts = append(parts, fmt.Sprintf("%d duplicate", n.Duplicate))
	if n.Conflict > 0 {
		parts = append(parts, fmt.Sprintf("%d conflict", n.Conflict))
	}
	parts = append(parts, fmt.Sprintf("%d failed", n.Failed))
	fmt.Fprintln(c.stdout, strings.Join(parts, ", "))
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark import: %v\n", err)
		return exitFail
	}
	if n.Failed > 0 || n.Conflict > 0 {
		return exitFail
	}
	return exitOK
}
