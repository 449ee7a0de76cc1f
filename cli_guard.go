package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// guardEnv marks a child this binary started and watches ("newsmark
// import", or the window) and names the descriptor it reports the files it
// reads on.
const guardEnv = "NEWSMARK_IMPORT_STATUS_FD"

// superviseImport runs "newsmark import" in a child process of this binary
// and watches it. Go ends a process that cannot get memory with a runtime
// trace that no code can catch; the child tells this process which files
// it is reading, so when it dies that way the user reads which file it was,
// that the file was not stored and that what was stored before it stays
// (each document is stored whole, in its own transaction), and not the
// trace, which is saved to a file. It returns false (and runs nothing)
// for any other command, in the child itself, or when the child cannot be
// started, so the import then runs in this process.
func superviseImport(args []string) (int, bool) {
	if len(args) == 0 || args[0] != "import" || os.Getenv(guardEnv) != "" {
		return 0, false
	}
	exe, err := os.Executable()
	if err != nil {
		return 0, false
	}
	// Ctrl-C reaches the child from the terminal (it cancels the import
	// and says so); a termination request is passed on.
	ps, w, err := runWatched(exe, args, nil, os.Stdout, os.Stderr, syscall.SIGTERM)
	if err != nil {
		return 0, false
	}
	code, died := w.outcome(ps, os.Stderr)
	if !died {
		return code, true
	}
	fmt.Fprintln(os.Stderr, importMessage(w.crash(ps, "import")))
	return exitFail, true
}

// runWatched runs exe with args (and env added) as a watched child: its
// input and output are this process's, its error output goes to stderr
// until the runtime starts a report, which w keeps, and it reports the
// files it reads to w on descriptor 3. Interrupt and termination requests
// do not end this process, which waits for the child; those in passOn are
// passed on to it. It returns an error, having run nothing, when the child
// cannot be started.
func runWatched(exe string, args, env []string, stdout, stderr io.Writer, passOn ...os.Signal) (*os.ProcessState, *watch, error) {
	statusR, statusW, err := os.Pipe()
	if err != nil {
		return nil, nil, err
	}
	defer statusR.Close()
	cmd := exec.Command(exe, args...)
	cmd.Env = append(append(os.Environ(), guardEnv+"=3"), env...)
	cmd.Stdin, cmd.Stdout = os.Stdin, stdout
	cmd.ExtraFiles = []*os.File{statusW}
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		statusW.Close()
		return nil, nil, err
	}
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, append([]os.Signal{os.Interrupt, syscall.SIGTERM}, passOn...)...)
	defer signal.Stop(sigs)
	if err := cmd.Start(); err != nil {
		statusW.Close()
		return nil, nil, err
	}
	statusW.Close()
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case s := <-sigs:
				if slices.Contains(passOn, s) {
					cmd.Process.Signal(s)
				}
			case <-stop:
				return
			}
		}
	}()

	w := &watch{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); w.follow(statusR) }()
	go func() { defer wg.Done(); w.filter(errPipe, stderr) }()
	wg.Wait()
	cmd.Wait()
	return cmd.ProcessState, w, nil
}

// outcome tells how a watched child ended: the exit code to pass on, or
// died when the runtime ended it (a report and exit status 2) or the
// system killed it. A child stopped by the user's interrupt, termination
// or hangup did not die: it ends with 128 + the signal. Text that only
// looked like the start of a report, from a child that went on, is passed
// on to out.
func (w *watch) outcome(ps *os.ProcessState, out io.Writer) (code int, died bool) {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		switch s := ws.Signal(); s {
		case syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP:
			if !w.crashed {
				return 128 + int(s), false // stopped by the user, who knows why
			}
		}
		return exitFail, true
	}
	code = ps.ExitCode()
	if w.crashed && code == 2 {
		return exitFail, true
	}
	if w.crashed {
		out.Write(w.trace.Bytes())
	}
	return code, false
}

// watch is what the parent knows of its child: the files being read, the
// last one read, and the runtime's report if it died.
type watch struct {
	mu      sync.Mutex
	reading map[string]int
	last    string
	imports int // imports begun and not ended (the window's)
	crashed bool
	oom     bool
	trace   bytes.Buffer
}

// follow reads the child's reports: "+PATH" as a file starts being read,
// "-PATH" when it is over (paths quoted); "[" as an import begins and "]"
// as it ends, all it read stored or given up.
func (w *watch) follow(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "[" || line == "]" {
			w.mu.Lock()
			if line == "[" {
				w.imports++
			} else if w.imports--; w.imports <= 0 {
				w.imports, w.last = 0, ""
			}
			w.mu.Unlock()
			continue
		}
		if len(line) < 2 {
			continue
		}
		p, err := strconv.Unquote(line[1:])
		if err != nil {
			continue
		}
		w.mu.Lock()
		if w.reading == nil {
			w.reading = map[string]int{}
		}
		if line[0] == '+' {
			w.reading[p]++
		} else if w.reading[p]--; w.reading[p] <= 0 {
			delete(w.reading, p)
			w.last = p
		}
		w.mu.Unlock()
	}
}

// traceStarts are how the Go runtime's reports begin.
var traceStarts = []string{"fatal error: ", "runtime: ", "runtime/cgo: ", "panic: ", "SIGSEGV", "SIGABRT", "unexpected fault address", "goroutine "}

// filter copies the child's error output to out until the runtime starts
// a report; the report is kept for explain instead.
func (w *watch) filter(r io.Reader, out io.Writer) {
	buf := make([]byte, 32<<10)
	atLineStart := true
	for {
		n, err := r.Read(buf)
		chunk := buf[:n]
		if w.crashed {
			w.trace.Write(chunk)
		} else if at := traceStart(chunk, atLineStart); at >= 0 {
			out.Write(chunk[:at])
			w.crashed = true
			w.trace.Write(chunk[at:])
		} else {
			out.Write(chunk)
		}
		if n > 0 {
			atLineStart = chunk[n-1] == '\n'
		}
		if err != nil {
			break
		}
	}
	t := w.trace.String()
	w.oom = strings.Contains(t, "out of memory") || strings.Contains(t, "cannot allocate memory") ||
		strings.Contains(t, "failed to reserve") || strings.Contains(t, "pthread_create failed") ||
		strings.Contains(t, "malloc failed")
}

// traceStart returns where a runtime report begins in chunk, or -1.
func traceStart(chunk []byte, atLineStart bool) int {
	for i := 0; i < len(chunk); i++ {
		if (i == 0 && !atLineStart) || (i > 0 && chunk[i-1] != '\n') {
			continue
		}
		for _, s := range traceStarts {
			if bytes.HasPrefix(chunk[i:], []byte(s)) {
				return i
			}
		}
	}
	return -1
}

// crash is what a watched child was doing when it died.
type crash struct {
	what   string   // "ran out of memory", "was stopped by an internal error", …
	files  []string // the files being read, printable (at most 4, then "N more")
	last   string   // the last file read whole in the import under way, printable
	active bool     // an import was under way
	report string   // the file the runtime's report was saved to, "" if none
}

// crash says what the child was doing when it died and saves the
// runtime's report to a file whose name holds name.
func (w *watch) crash(ps *os.ProcessState, name string) crash {
	w.mu.Lock()
	var files []string
	for p := range w.reading {
		files = append(files, p)
	}
	c := crash{last: w.last, active: w.imports > 0 || len(files) > 0}
	w.mu.Unlock()
	sort.Strings(files)
	if len(files) > 4 {
		files = append(files[:4], fmt.Sprintf("%d more", len(files)-4))
	}
	for _, f := range files {
		c.files = append(c.files, printable(f))
	}
	if c.last != "" {
		c.last = printable(c.last)
	}
	c.what = "was stopped by an internal error"
	switch {
	case w.oom:
		c.what = "ran out of memory"
	case !w.crashed:
		c.what = "was stopped by the system (" + ps.String() + "), most likely for lack of memory"
	}
	if w.trace.Len() > 0 {
		if f, err := os.CreateTemp("", "newsmark-"+name+"-report-*.txt"); err == nil {
			f.Write(w.trace.Bytes())
			f.Close()
			c.report = f.Name()
		}
	}
	return c
}

// importMessage says what became of an import whose process died, naming
// the files it was reading.
func importMessage(c crash) string {
	var msg string
	switch {
	case len(c.files) == 1:
		msg = fmt.Sprintf("newsmark import: the import %s while reading %s: that file was not stored", c.what, c.files[0])
	case len(c.files) > 1:
		msg = fmt.Sprintf("newsmark import: the import %s while reading %s: these files were not stored", c.what, strings.Join(c.files, ", "))
	case c.last != "":
		msg = fmt.Sprintf("newsmark import: the import %s while storing the documents read up to %s: the batch being stored was not", c.what, c.last)
	default:
		msg = fmt.Sprintf("newsmark import: the import %s before it read a file", c.what)
	}
	msg += "; every document stored before is kept, whole. Import the file alone, or where Newsmark has more memory."
	if c.report != "" {
		msg += " (The runtime's report is in " + c.report + ".)"
	}
	return msg
}

// importStatus returns the function that reports the files an import
// reads to the process watching it, or nil when none is.
func importStatus() func(path string, reading bool) {
	if s := openStatus(); s != nil {
		return s.reading
	}
	return nil
}

// status is the descriptor a watched child reports on.
type status struct {
	mu sync.Mutex
	f  *os.File
}

// openStatus returns the descriptor the process watching this one named,
// or nil when none is.
func openStatus() *status {
	fd, err := strconv.Atoi(os.Getenv(guardEnv))
	if err != nil || fd < 3 {
		return nil
	}
	f := os.NewFile(uintptr(fd), "import-status")
	if f == nil {
		return nil
	}
	return &status{f: f}
}

// reading reports that a file starts being read ("+PATH") or is over
// ("-PATH").
func (s *status) reading(path string, reading bool) {
	sign := "-"
	if reading {
		sign = "+"
	}
	s.mu.Lock()
	fmt.Fprintf(s.f, "%s%s\n", sign, strconv.Quote(path))
	s.mu.Unlock()
}

// importing reports that an import begins ("[") or ends ("]").
func (s *status) importing(on bool) {
	line := "]\n"
	if on {
		line = "[\n"
	}
	s.mu.Lock()
	s.f.WriteString(line)
	s.mu.Unlock()
}
