package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"newsmark/annotate/team"
	"newsmark/store"
)

func (c *cli) assignCmd(args []string) int {
	fs, db := c.flags("assign", "[--db FILE] --analysts A,B,C --per-doc N [--calibration N] [--seed N] [--out DIR]",
		"Hand the project's documents out. With --out, one project file per analyst in\nDIR (DIR/ana.newsmark…), each with their documents, the project's schema,\nguidelines and targets; without it (a team project on a server), each\nanalyst's queue in the project itself. Every document goes to --per-doc\nanalysts, in balanced turns that the same --seed repeats; the --calibration\ndocuments go to everyone. The project records who has which document.")
	analysts := fs.String("analysts", "", "the analysts, comma-separated (`ana,ben,cai`)")
	perDoc := fs.Int("per-doc", 2, "analysts per document")
	calibration := fs.Int("calibration", 0, "documents every analyst gets")
	seed := fs.Uint64("seed", 1, "seed of the hand-out")
	out := fs.String("out", "", "the `folder` to write the analysts' files to (none: queues in the project)")
	withSugg := fs.Bool("suggestions", false, "give each analyst your pending suggestions")
	withAnn := fs.Bool("with-annotations", false, "give each analyst your accepted annotations as their starting layer")
	force := fs.Bool("force", false, "replace analysts' files already in the folder")
	st, code := c.openFor("assign", fs, db, args)
	if st == nil {
		return code
	}
	defer st.Close()
	if *analysts == "" {
		fmt.Fprintln(c.stderr, "newsmark assign: name the analysts with --analysts")
		return exitUsage
	}
	opt := team.AssignOptions{Analysts: splitList(*analysts), PerDoc: *perDoc, Calibration: *calibration, Seed: *seed,
		Dir: *out, Layer: c.analyst(st), Suggestions: *withSugg, Annotations: *withAnn, Force: *force}
	defer st.Activity(c.ctx, opt.Layer, "a hand-out to "+strings.Join(opt.Analysts, ", "))()
	bar := newProgress(c.stderr, "handing out")
	res, err := team.Assign(c.ctx, st, opt, bar.update)
	bar.done()
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark assign: %v\n", err)
		return exitFail
	}
	for _, a := range opt.Analysts {
		where := res.Files[a]
		if where == "" {
			where = "their queue in " + st.Path()
		}
		fmt.Fprintf(c.stdout, "%-12s %5d documents  %s\n", a, len(res.Documents[a]), where)
	}
	if len(res.Calibration) > 0 {
		fmt.Fprintf(c.stdout, "calibration: %s\n", strings.Join(res.Calibration, ", "))
	}
	return exitOK
}

func (c *cli) mergeCmd(args []string) int {
	fs, db := c.flags("merge", "[--db REVIEW] [--add-missing] FILE...",
		"Bring each analyst's layer from their project files into the review project\n(--db). Documents are matched by their cleaned text. Merging an updated file\nreplaces that analyst's layer and nothing else; the same file twice changes\nnothing. A file with another schema, an analyst coming from two files, or\ndocuments the review project lacks (unless --add-missing) is refused, naming\nthe file, and nothing is merged.")
	addMissing := fs.Bool("add-missing", false, "import documents the review project lacks")
	files, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(files) == 0 {
		fmt.Fprintln(c.stderr, "newsmark merge: name at least one analyst's project file")
		return exitUsage
	}
	st, ok := c.open(*db)
	if !ok {
		return exitFail
	}
	defer st.Close()
	defer st.Activity(c.ctx, c.analyst(st), fmt.Sprintf("a merge of %s", countNoun(len(files), "analyst's file", "analysts' files")))()
	bar := newProgress(c.stderr, "merging")
	res, err := team.Merge(c.ctx, st, c.analyst(st), files, team.MergeOptions{AddMissing: *addMissing}, bar.update)
	bar.done()
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark merge: %v\n", err)
		return exitFail
	}
	for _, fm := range res {
		fmt.Fprintf(c.stdout, "%s: %s, %d documents, %d changed", fm.File, strings.Join(fm.Layers, ", "), fm.Documents, fm.Changed)
		if fm.Added > 0 {
			fmt.Fprintf(c.stdout, ", %d added", fm.Added)
		}
		fmt.Fprintln(c.stdout)
	}
	return exitOK
}

// splitList splits a comma-separated list, dropping blanks.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (c *cli) copyCmd(args []string) int {
	fs := flag.NewFlagSet("copy", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	from := fs.String("from", "", "the project to copy: a `file` or a postgres:// connection string")
	to := fs.String("to", "", "the new, empty project to copy into: a `file` or a postgres:// connection string")
	fs.Usage = func() {
		fmt.Fprintln(c.stderr, "Usage: newsmark copy --from A --to B\n\nCopy a whole project between engines: a file to a PostgreSQL server to start a\nteam project, a server to a file for an offline snapshot or a backup. The copy\nholds every document, layer, setting and target, the event log and undo\nhistories; it is written in one transaction, whole or not at all, into a\nproject that has no documents yet.\n\nOptions:")
		fs.PrintDefaults()
	}
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if *from == "" || *to == "" || len(rest) > 0 {
		fs.Usage()
		return exitUsage
	}
	if !store.IsServer(*from) {
		if _, err := os.Stat(*from); err != nil {
			fmt.Fprintf(c.stderr, "newsmark copy: %s: %v\n", *from, errors.Unwrap(err))
			return exitFail
		}
	}
	src, ok := c.open(*from)
	if !ok {
		return exitFail
	}
	defer src.Close()
	dst, ok := c.open(*to)
	if !ok {
		return exitFail
	}
	defer dst.Close()
	defer dst.Activity(c.ctx, "newsmark copy", "a copy from "+src.Path())()
	bar := newProgress(c.stderr, "copying")
	err := store.Copy(c.ctx, src, dst, bar.update)
	bar.done()
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark copy: %v\n", err)
		return exitFail
	}
	total, _, _ := dst.CountDocuments(c.ctx, "")
	fmt.Fprintf(c.stdout, "copied %d documents from %s to %s\n", total, src.Path(), dst.Path())
	return exitOK
}

func (c *cli) teamCmd(args []string) int {
	if len(args) == 0 || args[0] != "add" {
		fmt.Fprintln(c.stderr, "Usage: newsmark team add [--db URL] [--adjudicator] NAME...")
		return exitUsage
	}
	fs, db := c.flags("team add", "[--db URL] [--adjudicator] NAME...",
		"Give analysts logins of their own on a team project's PostgreSQL server: a\nrole per analyst (no password: set one with psql's \\password NAME), who may\nread the project and write their own layer only; --adjudicator names those\nwho may also write gold. Needs a login that may create roles.")
	adjudicator := fs.Bool("adjudicator", false, "the analysts named may also write gold")
	names, code, ok := parse(fs, args[1:])
	if !ok {
		return code
	}
	if len(names) == 0 {
		fmt.Fprintln(c.stderr, "newsmark team add: name at least one analyst")
		return exitUsage
	}
	st, ok := c.open(*db)
	if !ok {
		return exitFail
	}
	defer st.Close()
	var analysts, adjudicators []string
	if *adjudicator {
		adjudicators = names
	} else {
		analysts = names
	}
	if err := st.AddAnalysts(c.ctx, analysts, adjudicators); err != nil {
		fmt.Fprintf(c.stderr, "newsmark team add: %v\n", err)
		return exitFail
	}
	for _, a := range names {
		what := "analyst"
		if *adjudicator {
			what = "adjudicator"
		}
		fmt.Fprintf(c.stdout, "%s: %s of %s (set a password with: psql … -c '\\password %s')\n", a, what, st.Path(), a)
	}
	return exitOK
}

func (c *cli) agreeCmd(args []string) int {
	fs, db := c.flags("agree", "[--db FILE] [--analysts A,B] [--done] [--json | --csv DIR]",
		"How well the analysts agree: per label and overall, statements, claims and\nother spans (F1 exact and overlapping, Krippendorff's α_U), attribution (the\nsame speaker, following coref, and the same cue), stance (Cohen's κ,\nKrippendorff's α, Gwet's AC1), attributes and document labels (α), a matrix of\nanalyst pairs and the documents that disagree most. Every figure says how many\nitems it used and excluded. --csv also writes every disagreement.")
	analysts := fs.String("analysts", "", "only these analysts, comma-separated")
	onlyDone := fs.Bool("done", false, "count an analyst's document only once they marked it done")
	majority := fs.Int("majority", 0, "analysts whose identical versions make a majority (default: all)")
	asJSON := fs.Bool("json", false, "write the report as JSON")
	csvDir := fs.String("csv", "", "write the report and every disagreement as CSV files in this `folder`")
	st, code := c.openFor("agree", fs, db, args)
	if st == nil {
		return code
	}
	defer st.Close()
	bar := newProgress(c.stderr, "reading layers")
	rep, err := team.Agreement(c.ctx, st, team.AgreementOptions{Analysts: splitList(*analysts), OnlyDone: *onlyDone, Majority: *majority}, bar.update)
	bar.done()
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark agree: %v\n", err)
		return exitFail
	}
	switch {
	case *asJSON:
		err = rep.WriteJSON(c.stdout)
	case *csvDir != "":
		if err = rep.WriteCSV(*csvDir); err == nil {
			fmt.Fprintf(c.stderr, "wrote the report and %d disagreements to %s\n", len(rep.Diagnosis), *csvDir)
		}
	default:
		err = rep.WriteText(c.stdout)
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark agree: %v\n", err)
		return exitFail
	}
	return exitOK
}

func (c *cli) adjudicateCmd(args []string) int {
	fs, db := c.flags("adjudicate", "[--db FILE] [--agreed] [--majority N] [--analysts A,B]",
		"Where the adjudication of the analysts' layers stands: N of M disagreements\nresolved in gold. With --agreed, first put every unit the analysts agree on\n(the span, its speaker, cue and stance) into gold, naming the analysts who\nagreed; each document is one edit you can undo. The disagreements are then\ndecided one by one in the window (View › Adjudicate).")
	agreed := fs.Bool("agreed", false, "put every unit the analysts agree on into gold")
	majority := fs.Int("majority", 0, "analysts whose identical versions are enough (default: all of a document's)")
	analysts := fs.String("analysts", "", "only these analysts' layers, comma-separated")
	st, code := c.openFor("adjudicate", fs, db, args)
	if st == nil {
		return code
	}
	defer st.Close()
	var sum team.AdjudicationSummary
	var err error
	if *agreed {
		defer st.Activity(c.ctx, c.analyst(st), "putting agreed units into gold")()
		bar := newProgress(c.stderr, "adjudicating")
		sum, err = team.AdjudicateAgreed(c.ctx, st, c.analyst(st), splitList(*analysts), *majority, bar.update)
		bar.done()
	} else {
		sum, err = team.AdjudicationProgress(c.ctx, st, splitList(*analysts), *majority)
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark adjudicate: %v\n", err)
		return exitFail
	}
	if *agreed {
		fmt.Fprintf(c.stdout, "%d agreed units put into gold\n", sum.Taken)
	}
	fmt.Fprintf(c.stdout, "%d documents with two or more analysts; %d of %d disagreements resolved; %d agreed units not in gold yet\n",
		sum.Documents, sum.Resolved, sum.Disagreements, sum.Agreed)
	return exitOK
}
