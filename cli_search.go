package main

import (
	"fmt"
	"strings"

	"newsmark/annotate/search"
)

const searchAbout = `Print the documents that match QUERY, as the window's filter finds them:
id, status, accepted spans, pending suggestions, title. Exit status 1 when
nothing matches.

  words             in the title or text (accents and case ignored)
  "a phrase"        the words in this order
  -word, -label:x   without it
` + "%s" + `
All must hold. Put -- before a query that begins with -.`

func (c *cli) searchCmd(args []string) int {
	var lines []string
	for _, f := range search.FilterHelp {
		lines = append(lines, fmt.Sprintf("  %-17s %s", f.Example, f.Means))
	}
	fs, db := c.flags("search", "[--db FILE] [--analyst NAME] QUERY", fmt.Sprintf(searchAbout, strings.Join(lines, "\n")))
	words, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(words) == 0 {
		fmt.Fprintln(c.stderr, "newsmark search: give a query, as in: newsmark search speaker:Peskov stance:AGAINST nato")
		return exitUsage
	}
	q, err := search.Parse(strings.Join(words, " "))
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark search: %v\n", err)
		return exitUsage
	}
	st, ok := c.open(*db)
	if !ok {
		return exitFail
	}
	defer st.Close()
	layer := c.analyst(st)
	docs, err := st.SearchDocuments(c.ctx, q, layer)
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark search: %v\n", err)
		return exitFail
	}
	for _, d := range docs {
		fmt.Fprintf(c.stdout, "%-28s %-11s %4d spans %4d pending  %s\n", printable(d.ID), printable(string(d.Status)), d.Spans, d.Pending, printable(d.Title))
	}
	looked := layer
	if q.Analyst != "" {
		looked = q.Analyst
	}
	fmt.Fprintf(c.stdout, "%s in %s's layer\n", countNoun(len(docs), "document matches", "documents match"), looked)
	if len(docs) == 0 {
		return exitFail
	}
	return exitOK
}
