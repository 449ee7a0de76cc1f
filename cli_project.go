package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"newsmark/annotate"
	"newsmark/annotate/stats"
	"newsmark/annotate/suggest"
)

func (c *cli) listCmd(args []string) int {
	fs, db := c.flags("list", "[--db FILE]", "List the project's documents: id, status, accepted spans, pending suggestions, title.")
	st, code := c.openFor("list", fs, db, args)
	if st == nil {
		return code
	}
	defer st.Close()
	layer := c.analyst(st)
	docs, err := st.Documents(c.ctx, layer)
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark list: %v\n", err)
		return exitFail
	}
	done := 0
	for _, d := range docs {
		if d.Status == annotate.StatusDone {
			done++
		}
		fmt.Fprintf(c.stdout, "%-28s %-11s %4d spans %4d pending  %s\n", printable(d.ID), printable(string(d.Status)), d.Spans, d.Pending, printable(d.Title))
	}
	fmt.Fprintf(c.stdout, "%d documents, %d done in %s's layer\n", len(docs), done, layer)
	return exitOK
}

func (c *cli) suggestCmd(args []string) int {
	fs, db := c.flags("suggest", "[--db FILE] --all | DOC...", "Make pending suggestions (statements, speakers, cues) by rule for the\nnamed documents, or all of them. Rejected suggestions do not come back.")
	all := fs.Bool("all", false, "every document of the project")
	ids, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if *all == (len(ids) > 0) {
		fmt.Fprintln(c.stderr, "newsmark suggest: give --all or document ids, not both or neither")
		return exitUsage
	}
	st, ok := c.open(*db)
	if !ok {
		return exitFail
	}
	defer st.Close()
	count := len(ids)
	if *all {
		var err error
		if count, _, err = st.CountDocuments(c.ctx, ""); err != nil {
			fmt.Fprintf(c.stderr, "newsmark suggest: %v\n", err)
			return exitFail
		}
	}
	defer st.Activity(c.ctx, c.analyst(st), fmt.Sprintf("suggestions for %s", countNoun(count, "article", "articles")))()
	bar := newProgress(c.stderr, "suggesting")
	var n int
	var err error
	if *all {
		n, err = suggest.RunAll(c.ctx, st, c.analyst(st), bar.update)
	} else {
		n, err = suggest.Run(c.ctx, st, c.analyst(st), ids, bar.update)
	}
	bar.done()
	fmt.Fprintf(c.stdout, "%s in %s\n", countNoun(n, "new suggestion", "new suggestions"), countNoun(count, "document", "documents"))
	if n == 0 && err == nil && count > 0 {
		// import already suggests: a second run finds the same spans pending
		fmt.Fprintln(c.stdout, "nothing new: what the rules find is already pending (import suggests), and rejected suggestions do not come back")
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark suggest: %v\n", err)
		return exitFail
	}
	return exitOK
}

func (c *cli) statsCmd(args []string) int {
	fs, db := c.flags("stats", "[--db FILE] [--png FILE]", "Print the project's figures: documents by status, accepted spans per label,\npending suggestions, stance per target and the most quoted speakers.\nWith --png, also draw them as a chart.")
	pngOut := fs.String("png", "", "also write a chart to this PNG `file`")
	st, code := c.openFor("stats", fs, db, args)
	if st == nil {
		return code
	}
	defer st.Close()
	s, err := stats.Compute(c.ctx, st, c.analyst(st))
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark stats: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(c.stdout, "documents  %d: %d to do, %d in progress, %d done\n", s.Documents,
		s.ByStatus[annotate.StatusTodo], s.ByStatus[annotate.StatusInProgress], s.ByStatus[annotate.StatusDone])
	sch := annotate.DefaultSchema()
	fmt.Fprint(c.stdout, "spans     ")
	for _, l := range sch.LabelNames() {
		fmt.Fprintf(c.stdout, " %s %d", l, s.Labels[l])
	}
	fmt.Fprintf(c.stdout, "; %d suggestions pending\n", s.Pending)
	for _, t := range s.Stances {
		fmt.Fprintf(c.stdout, "stance     %s: %d FAVOR, %d AGAINST, %d NONE\n", printable(t.Target), t.Favor, t.Against, t.NoneN)
	}
	for i, sp := range s.Speakers {
		if i == 10 {
			break
		}
		fmt.Fprintf(c.stdout, "speaker    %s: %d statements\n", sp.Name, sp.Statements)
	}
	if *pngOut != "" {
		if err := writeAtomically(*pngOut, func(w io.Writer) error { return stats.WritePNG(w, s, sch, 1200, 800) }); err != nil {
			fmt.Fprintf(c.stderr, "newsmark stats: %v\n", err)
			return exitFail
		}
		fmt.Fprintf(c.stderr, "wrote %s\n", *pngOut)
	}
	return exitOK
}

func (c *cli) schemaCmd(args []string) int {
	fs, db := c.flags("schema", "[--db FILE] [--set FILE]", "Print the project's annotation schema (labels in key order, colours,\nattributes, relations, document fields) as JSON, or replace it with --set.\nA schema with problems is refused with each one named.")
	set := fs.String("set", "", "make the JSON schema in this `file` the project's")
	st, code := c.openFor("schema", fs, db, args)
	if st == nil {
		return code
	}
	defer st.Close()
	if *set == "" {
		_, raw, err := annotate.ProjectSchema(c.ctx, st)
		fmt.Fprint(c.stdout, raw)
		if err != nil {
			fmt.Fprintf(c.stderr, "newsmark schema: %v\n", err)
			return exitFail
		}
		return exitOK
	}
	// A named pipe or a device would hold the read forever.
	if fi, err := os.Stat(*set); err == nil && !fi.Mode().IsRegular() {
		fmt.Fprintf(c.stderr, "newsmark schema: %s is not a regular file (a folder, a pipe, a device or a socket): name a schema file\n", printable(*set))
		return exitFail
	}
	data, err := os.ReadFile(*set)
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark schema: %v\n", err)
		return exitFail
	}
	sch, err := annotate.SetProjectSchema(c.ctx, st, data)
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark schema: %s: %v\n", *set, err)
		return exitFail
	}
	fmt.Fprintf(c.stdout, "the project's schema now has %d labels: %s\n", len(sch.Labels), strings.Join(sch.LabelNames(), ", "))
	return exitOK
}
