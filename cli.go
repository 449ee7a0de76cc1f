package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"os/user"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	"newsmark/annotate"
	"newsmark/annotate/dataset"
	"newsmark/annotate/ingest"
	"newsmark/annotate/stats"
	"newsmark/annotate/suggest"
	"newsmark/store"
)

// Exit statuses: 1 when some work failed, 2 for a command-line mistake.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

const usage = `Newsmark: annotate news articles for claims, quotes, speakers and stance.

Usage:
  newsmark [--db FILE]                      open the window
  newsmark import [--db FILE] PATH...       import articles (.txt .md .html, folders, .jsonl)
  newsmark list [--db FILE]                 list the project's documents
  newsmark suggest [--db FILE] --all | DOC...
                                            make pending suggestions
  newsmark export [--db FILE] --format F [--out FILE|-] [options]
                                            write a labeled dataset
  newsmark validate FILE                    check a newsmark/1 or stance JSONL file
  newsmark stats [--db FILE] [--png FILE]   progress, labels, stance, speakers (and a chart)
  newsmark schema [--db FILE] [--set FILE]  print the project's annotation schema, or replace it
  newsmark help [COMMAND]                   show help

The project file is --db FILE, else $NEWSMARK_DB, else (window only) the last
project opened, else ` + "`%s`" + `.
Run "newsmark COMMAND --help" for a command's options.
`

// run is the whole command line; gui opens the window and is replaced in tests.
func run(args []string, stdout, stderr io.Writer, gui func(db string) int) int {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fs := flag.NewFlagSet("newsmark", flag.ContinueOnError)
		fs.SetOutput(stderr)
		db := fs.String("db", "", "project `file`")
		fs.Usage = func() { fmt.Fprintf(stderr, usage, store.DefaultPath()) }
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return exitOK
			}
			return exitUsage
		}
		if fs.NArg() > 0 {
			fmt.Fprintf(stderr, "newsmark: unexpected %q\n", fs.Arg(0))
			return exitUsage
		}
		return gui(*db)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	c := &cli{stdout: stdout, stderr: stderr, ctx: ctx}
	switch args[0] {
	case "import":
		return c.importCmd(args[1:])
	case "list":
		return c.listCmd(args[1:])
	case "suggest":
		return c.suggestCmd(args[1:])
	case "export":
		return c.exportCmd(args[1:])
	case "validate":
		return c.validateCmd(args[1:])
	case "stats":
		return c.statsCmd(args[1:])
	case "schema":
		return c.schemaCmd(args[1:])
	case "help":
		if len(args) > 1 {
			return run([]string{args[1], "--help"}, stdout, stderr, gui)
		}
		fmt.Fprintf(stdout, usage, store.DefaultPath())
		return exitOK
	}
	fmt.Fprintf(stderr, "newsmark: unknown command %q\n\n", args[0])
	fmt.Fprintf(stderr, usage, store.DefaultPath())
	return exitUsage
}

type cli struct {
	stdout, stderr io.Writer
	ctx            context.Context
}

// flags makes a subcommand's flag set with its help text.
func (c *cli) flags(name, args, about string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	db := fs.String("db", "", "project `file` (default: $NEWSMARK_DB, else "+store.DefaultPath()+")")
	fs.Usage = func() {
		fmt.Fprintf(c.stderr, "Usage: newsmark %s %s\n\n%s\n\nOptions:\n", name, args, about)
		fs.PrintDefaults()
	}
	return fs, db
}

// parse parses a subcommand's flags; ok false means return code.
func parse(fs *flag.FlagSet, args []string) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	return 0, true
}

// openFor parses a subcommand that takes no arguments besides its flags and
// opens the project; a nil store means return code.
func (c *cli) openFor(name string, fs *flag.FlagSet, db *string, args []string) (st *store.Store, code int) {
	if code, ok := parse(fs, args); !ok {
		return nil, code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(c.stderr, "newsmark %s: unexpected %q\n", name, fs.Arg(0))
		return nil, exitUsage
	}
	st, ok := c.open(*db)
	if !ok {
		return nil, exitFail
	}
	return st, exitOK
}

func (c *cli) open(db string) (*store.Store, bool) {
	st, err := store.Open(store.Resolve(db, ""))
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark: %v\n", err)
		return nil, false
	}
	return st, true
}

// analyst is who the command line records on edits.
func analyst() string {
	if n := os.Getenv("NEWSMARK_ANALYST"); n != "" {
		return n
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "analyst"
}

func (c *cli) importCmd(args []string) int {
	fs, db := c.flags("import", "[--db FILE] PATH...", "Import article files (.txt, .md, .html, .htm) and folders (recursively),\nand .jsonl files in the newsmark, Prodigy or doccano formats with their\nannotations. Prints one line per file and a summary; exits 1 if any failed.")
	noSuggest := fs.Bool("no-suggest", false, "do not make suggestions for the new articles, whatever the project says")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(c.stderr, "newsmark import: name at least one file or folder")
		fs.Usage()
		return exitUsage
	}
	st, ok := c.open(*db)
	if !ok {
		return exitFail
	}
	defer st.Close()
	if *noSuggest {
		// Only for this run: restore the project's own choice afterwards.
		old, had, _ := st.Setting(c.ctx, ingest.SettingSuggestOnImport)
		st.SetSetting(c.ctx, ingest.SettingSuggestOnImport, "off")
		defer func() {
			if had {
				st.SetSetting(context.Background(), ingest.SettingSuggestOnImport, old)
			} else {
				st.SetSetting(context.Background(), ingest.SettingSuggestOnImport, "on")
			}
		}()
	}
	bar := newProgress(c.stderr, "importing")
	results, err := ingest.ImportPaths(c.ctx, st, analyst(), fs.Args(), bar.update)
	bar.done()
	for _, r := range results {
		switch r.Status {
		case ingest.Imported:
			fmt.Fprintf(c.stdout, "imported   %s → %s\n", r.Path, r.ID)
		case ingest.Duplicate:
			fmt.Fprintf(c.stdout, "duplicate  %s (same text as %s)\n", r.Path, r.ID)
		default:
			fmt.Fprintf(c.stdout, "failed     %v\n", r.Err)
		}
	}
	imported, dups, failed := ingest.Summarize(results)
	fmt.Fprintf(c.stdout, "%d imported, %d duplicate, %d failed\n", imported, dups, failed)
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark import: %v\n", err)
		return exitFail
	}
	if failed > 0 {
		return exitFail
	}
	return exitOK
}

func (c *cli) listCmd(args []string) int {
	fs, db := c.flags("list", "[--db FILE]", "List the project's documents: id, status, accepted spans, pending suggestions, title.")
	st, code := c.openFor("list", fs, db, args)
	if st == nil {
		return code
	}
	defer st.Close()
	docs, err := st.Documents(c.ctx)
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark list: %v\n", err)
		return exitFail
	}
	done := 0
	for _, d := range docs {
		if d.Status == annotate.StatusDone {
			done++
		}
		fmt.Fprintf(c.stdout, "%-28s %-11s %4d spans %4d pending  %s\n", d.ID, d.Status, d.Spans, d.Pending, d.Title)
	}
	fmt.Fprintf(c.stdout, "%d documents, %d done\n", len(docs), done)
	return exitOK
}

func (c *cli) suggestCmd(args []string) int {
	fs, db := c.flags("suggest", "[--db FILE] --all | DOC...", "Make pending suggestions (statements, speakers, cues) by rule for the\nnamed documents, or all of them. Rejected suggestions do not come back.")
	all := fs.Bool("all", false, "every document of the project")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if *all == (fs.NArg() > 0) {
		fmt.Fprintln(c.stderr, "newsmark suggest: give --all or document ids, not both or neither")
		return exitUsage
	}
	st, ok := c.open(*db)
	if !ok {
		return exitFail
	}
	defer st.Close()
	ids := fs.Args()
	if *all {
		docs, err := st.Documents(c.ctx)
		if err != nil {
			fmt.Fprintf(c.stderr, "newsmark suggest: %v\n", err)
			return exitFail
		}
		ids = ids[:0]
		for _, d := range docs {
			ids = append(ids, d.ID)
		}
	}
	bar := newProgress(c.stderr, "suggesting")
	n, err := suggest.Run(c.ctx, st, ids, bar.update)
	bar.done()
	fmt.Fprintf(c.stdout, "%d suggestions in %d documents\n", n, len(ids))
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark suggest: %v\n", err)
		return exitFail
	}
	return exitOK
}

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

// progress draws a one-line bar on stderr when it is a terminal, at most
// ten times a second; elsewhere it stays silent.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	what  string
	tty   bool
	last  time.Time
	drawn bool
}

func newProgress(w io.Writer, what string) *progress {
	p := &progress{w: w, what: what}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = true
	}
	return p
}

func (p *progress) update(done, total int) {
	if !p.tty || total == 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if done < total && time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	const width = 30
	fill := done * width / total
	fmt.Fprintf(p.w, "\r%s [%s%s] %d/%d", p.what, strings.Repeat("█", fill), strings.Repeat(" ", width-fill), done, total)
	p.drawn = true
}

func (p *progress) done() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

func (c *cli) statsCmd(args []string) int {
	fs, db := c.flags("stats", "[--db FILE] [--png FILE]", "Print the project's figures: documents by status, accepted spans per label,\npending suggestions, stance per target and the most quoted speakers.\nWith --png, also draw them as a chart.")
	pngOut := fs.String("png", "", "also write a chart to this PNG `file`")
	st, code := c.openFor("stats", fs, db, args)
	if st == nil {
		return code
	}
	defer st.Close()
	s, err := stats.Compute(c.ctx, st)
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
		fmt.Fprintf(c.stdout, "stance     %s: %d FAVOR, %d AGAINST, %d NONE\n", t.Target, t.Favor, t.Against, t.NoneN)
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

// writeAtomically writes a file through a temporary file and a rename, so a
// failure never leaves half a file.
func writeAtomically(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".newsmark-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
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
