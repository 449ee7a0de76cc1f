package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"time"

	"newsmark/app"
)

// noteEnv carries, to a window started again, why it was.
const noteEnv = "NEWSMARK_WINDOW_NOTE"

// againWithin is how soon after the window was started again a second
// death ends it: it is not started a third time in a loop.
const againWithin = time.Minute

// superviseWindow runs the window (newsmark with no subcommand) in a child
// process of this binary and watches it, as superviseImport watches an
// import: its output, exit code and the user's signals pass through. If it
// dies (of the runtime's out-of-memory, say) while importing, the user
// reads which file it was reading, the runtime's report is saved to a
// file, and the window is started again with a note saying so, which it
// shows in a dialog. It returns false (and runs nothing) for a subcommand,
// in the child itself, or when the child cannot be started, so the window
// then runs in this process.
func superviseWindow(args []string) (int, bool) {
	if (len(args) > 0 && !strings.HasPrefix(args[0], "-")) || os.Getenv(guardEnv) != "" {
		return 0, false
	}
	exe, err := os.Executable()
	if err != nil {
		return 0, false
	}
	g := windowSupervisor{exe: exe, args: args, stdout: os.Stdout, stderr: os.Stderr, now: time.Now}
	return g.run()
}

// windowSupervisor starts the window child and decides what follows its end.
type windowSupervisor struct {
	exe            string
	args           []string
	stdout, stderr io.Writer
	now            func() time.Time
}

// run starts the window and starts it again after a death while
// importing, unless that death came soon after it was last started again.
func (g windowSupervisor) run() (int, bool) {
	var env []string
	var again time.Time // when the window was last started again
	for {
		ps, w, err := runWatched(g.exe, g.args, env, g.stdout, g.stderr, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
		if err != nil {
			if env == nil {
				return 0, false
			}
			fmt.Fprintf(g.stderr, "newsmark: the window could not be started again: %v\n", err)
			return exitFail, true
		}
		code, died := w.outcome(ps, g.stderr)
		if !died {
			return code, true
		}
		c := w.crash(ps, "window")
		note := windowNote(c)
		fmt.Fprintln(g.stderr, "newsmark: "+note)
		if !c.active || (!again.IsZero() && g.now().Sub(again) < againWithin) {
			return exitFail, true
		}
		fmt.Fprintln(g.stderr, "newsmark: starting the window again.")
		env, again = []string{noteEnv + "=" + note}, g.now()
	}
}

// windowNote says in words what became of the window's import when its
// process died, naming the files it was reading.
func windowNote(c crash) string {
	var msg string
	switch {
	case len(c.files) == 1:
		msg = fmt.Sprintf("Newsmark %s while importing %s: that file was not stored; every document stored before it is kept.", c.what, c.files[0])
	case len(c.files) > 1:
		msg = fmt.Sprintf("Newsmark %s while importing %s: these files were not stored; every document stored before them is kept.", c.what, strings.Join(c.files, ", "))
	case c.last != "":
		msg = fmt.Sprintf("Newsmark %s while storing the documents read up to %s: the batch being stored was not; every document stored before it is kept.", c.what, c.last)
	case c.active:
		msg = fmt.Sprintf("Newsmark %s while importing, before it read a file; every document stored before is kept.", c.what)
	default:
		msg = fmt.Sprintf("Newsmark %s.", c.what)
	}
	if c.report != "" {
		msg += " (The technical report is in " + c.report + ".)"
	}
	return msg
}

// windowGuard is what the process watching this window asked of it: the
// files its imports read reported, and the note on why it was started
// again, if it was.
func windowGuard() app.Guard {
	g := app.Guard{Note: os.Getenv(noteEnv)}
	os.Unsetenv(noteEnv)
	if s := openStatus(); s != nil {
		g.Reading, g.Importing = s.reading, s.importing
	}
	return g
}
