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
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/term"

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
  newsmark search [--db FILE] [--analyst NAME] QUERY
                                            documents matching words, "phrases" and filters
                                            (speaker:Peskov stance:AGAINST label:claim …)
  newsmark suggest [--db FILE] --all | DOC...
                                            make pending suggestions
  newsmark export [--db FILE] --format F [--out FILE|-] [options]
                                            write a labeled dataset
  newsmark validate FILE                    check a newsmark/1 or stance JSONL file
  newsmark stats [--db FILE] [--png FILE]   progress, labels, stance, speakers (and a chart)
  newsmark schema [--db FILE] [--set FILE]  print the project's annotation schema, or replace it
  newsmark assign [--db FILE] --analysts A,B --per-doc N --out DIR
                                            hand documents out: one project file per analyst
  newsmark merge [--db REVIEW] FILE...      bring analysts' layers into a review project
  newsmark agree [--db FILE] [--json|--csv DIR]
                                            how well the analysts agree, and where they differ
  newsmark adjudicate [--db FILE] [--agreed]
                                            put what the analysts agree on into gold; how far gold has come
  newsmark copy --from A --to B             copy a whole project (file or postgres://…) into an empty one
  newsmark team add [--db URL] [--adjudicator] NAME...
                                            give analysts logins of their own on a team server
  newsmark help [COMMAND]                   show help

The project is --db FILE (or a postgres:// connection string for a team
project), else $NEWSMARK_DB, else (window only) the last project opened,
else ` + "`%s`" + `.
Run "newsmark COMMAND --help" for a command's options.
`

// run is the whole command line; gui opens the window and is replaced in tests.
func run(args []string, stdout, stderr io.Writer, gui func(db string) int) int {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fs := flag.NewFlagSet("newsmark", flag.ContinueOnError)
		fs.SetOutput(stderr)
		db := fs.String("db", "", "project `file`")
		fs.Usage = func() { fmt.Fprintf(stderr, usage, store.DefaultPath()) }
		rest, code, ok := parse(fs, args)
		if !ok {
			return code
		}
		if len(rest) > 0 {
			fmt.Fprintf(stderr, "newsmark: unexpected %q\n", rest[0])
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
	case "search":
		return c.searchCmd(args[1:])
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
	case "assign":
		return c.assignCmd(args[1:])
	case "merge":
		return c.mergeCmd(args[1:])
	case "copy":
		return c.copyCmd(args[1:])
	case "agree":
		return c.agreeCmd(args[1:])
	case "adjudicate":
		return c.adjudicateCmd(args[1:])
	case "team":
		return c.teamCmd(args[1:])
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
	// as is the --analyst flag of the subcommand being run.
	as *string
}

// flags makes a subcommand's flag set with its help text.
func (c *cli) flags(name, args, about string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	db := fs.String("db", "", "project `file` (default: $NEWSMARK_DB, else "+store.DefaultPath()+")")
	c.as = fs.String("analyst", "", "work as this `analyst`, in their layer (default: $NEWSMARK_ANALYST, else the project's analyst, else your login name)")
	fs.Usage = func() {
		fmt.Fprintf(c.stderr, "Usage: newsmark %s %s\n\n%s\n\nOptions:\n", name, args, about)
		fs.PrintDefaults()
	}
	return fs, db
}

// parse parses a subcommand's flags, which may come before, between or
// after its other arguments (Go's flag package alone stops at the first
// argument that is not a flag, so "import FILE --db X" would import a file
// named --db). "--" ends the flags. The other arguments are returned in
// order; ok false means return code.
func parse(fs *flag.FlagSet, args []string) (rest []string, code int, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK, false
			}
			return nil, exitUsage, false
		}
		left := fs.Args()
		if len(left) == 0 {
			return rest, 0, true
		}
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			return append(rest, left...), 0, true
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}

// openFor parses a subcommand that takes no arguments besides its flags and
// opens the project; a nil store means return code.
func (c *cli) openFor(name string, fs *flag.FlagSet, db *string, args []string) (st *store.Store, code int) {
	rest, c2, ok := parse(fs, args)
	if !ok {
		return nil, c2
	}
	if len(rest) > 0 {
		fmt.Fprintf(c.stderr, "newsmark %s: unexpected %q\n", name, rest[0])
		return nil, exitUsage
	}
	st, ok = c.open(*db)
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
	// A write kept waiting says what holds the project; Ctrl+C stops waiting.
	st.SetWaitReporter(func(holder string) {
		fmt.Fprintf(c.stderr, "newsmark: waiting: %s (Ctrl+C stops waiting; nothing is lost)\n", holder)
	})
	return st, true
}

// analyst is who the command line works as in st, recording it on edits
// and reading and writing their layer: --analyst, else $NEWSMARK_ANALYST,
// else the project's analyst (who first worked in it), else the login name.
// A project that has no analyst yet takes this one.
//
// On a team server where each analyst logs in as themselves, it is the
// login's name: the server lets that login write that layer only.
func (c *cli) analyst(st *store.Store) string {
	name := c.preferredAnalyst(st)
	if forced, err := st.Analyst(c.ctx, name); err == nil {
		return forced
	}
	return name
}

func (c *cli) preferredAnalyst(st *store.Store) string {
	if c.as != nil && *c.as != "" {
		return *c.as
	}
	if n := os.Getenv("NEWSMARK_ANALYST"); n != "" {
		return n
	}
	name := "analyst"
	if u, err := user.Current(); err == nil && u.Username != "" {
		name = u.Username
	}
	if owner, err := st.EnsureSetting(c.ctx, store.SettingAnalyst, name); err == nil {
		return owner
	}
	return name
}

// printable makes text from a project (a title, an id) safe to print to a
// terminal: control characters, including the escape that starts a
// terminal command, and the marks that reorder text are shown as \x1b,
// \u202e and the like instead of being sent raw.
func printable(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			b.WriteString(`\ufffd`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 0x80 && r < 0xa0, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
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

// writeAtomically writes a file through a temporary file and a rename, so a
// failure never leaves half a file. The file gets the mode any new file
// gets under the user's umask; a path that is a device, a pipe, a link or a
// folder is refused, never replaced.
func writeAtomically(path string, write func(io.Writer) error) error {
	if fi, err := os.Lstat(path); err == nil && !fi.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file; name a new or regular file", path)
	}
	var f *os.File
	var err error
	for range 100 {
		f, err = os.OpenFile(filepath.Join(filepath.Dir(path), fmt.Sprintf(".newsmark-%d-%d", os.Getpid(), time.Now().UnixNano())), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, os.ErrExist) {
			break
		}
	}
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// countNoun is n with its noun, in words a person reads: "1 file",
// "12,000 articles".
func countNoun(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return groupThousands(n) + " " + many
}

// groupThousands writes n with commas between thousands: 12,000.
func groupThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
