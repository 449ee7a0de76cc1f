package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// guardEnv tells a child "newsmark import" which descriptor to report the
// files it reads on.
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
	statusR, statusW, err := os.Pipe()
	if err != nil {
		return 0, false
	}
	defer statusR.Close()
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), guardEnv+"=3")
	cmd.Stdin, cmd.Stdout = os.Stdin, os.Stdout
	cmd.ExtraFiles = []*os.File{statusW}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		statusW.Close()
		return 0, false
	}
	// Ctrl-C reaches the child too (it cancels the import and says so);
	// this process waits for it. A termination request is passed on.
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	if err := cmd.Start(); err != nil {
		statusW.Close()
		return 0, false
	}
	statusW.Close()
	go func() {
		for s := range sigs {
			if s == syscall.SIGTERM {
				cmd.Process.Signal(s)
			}
		}
	}()

	var w watch
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); w.follow(statusR) }()
	go func() { defer wg.Done(); w.filter(stderr, os.Stderr) }()
	wg.Wait()
	cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); !w.crashed && code >= 0 {
		return code, true
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && !w.crashed && ws.Signaled() &&
		(ws.Signal() == syscall.SIGINT || ws.Signal() == syscall.SIGTERM) {
		return 128 + int(ws.Signal()), true // stopped by the user, who knows why
	}
	fmt.Fprintln(os.Stderr, w.explain(cmd.ProcessState))
	return exitFail, true
}

// watch is what the parent knows of its child: the files being read, the
// last one read, and the runtime's report if it died.
type watch struct {
	mu      sync.Mutex
	reading map[string]int
	last    string
	crashed bool
	oom     bool
	trace   bytes.Buffer
}

// follow reads the child's reports: "+PATH" as a file starts being read,
// "-PATH" when it is over (paths quoted).
func (w *watch) follow(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
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

// explain says what became of an import whose process died, naming the
// files it was reading, and saves the runtime's report to a file.
func (w *watch) explain(ps *os.ProcessState) string {
	w.mu.Lock()
	var files []string
	for p := range w.reading {
		files = append(files, p)
	}
	last := w.last
	w.mu.Unlock()
	sort.Strings(files)
	if len(files) > 4 {
		files = append(files[:4], fmt.Sprintf("%d more", len(files)-4))
	}
	quoted := make([]string, len(files))
	for i, f := range files {
		quoted[i] = printable(f)
	}
	what := "was stopped by an internal error"
	switch {
	case w.oom:
		what = "ran out of memory"
	case !w.crashed:
		what = "was stopped by the system (" + ps.String() + "), most likely for lack of memory"
	}
	var msg string
	switch {
	case len(files) == 1:
		msg = fmt.Sprintf("newsmark import: the import %s while reading %s: that file was not stored", what, quoted[0])
	case len(files) > 1:
		msg = fmt.Sprintf("newsmark import: the import %s while reading %s: these files were not stored", what, strings.Join(quoted, ", "))
	case last != "":
		msg = fmt.Sprintf("newsmark import: the import %s while storing the documents read up to %s: the batch being stored was not", what, printable(last))
	default:
		msg = fmt.Sprintf("newsmark import: the import %s before it read a file", what)
	}
	msg += "; every document stored before is kept, whole. Import the file alone, or where Newsmark has more memory."
	if w.trace.Len() > 0 {
		if f, err := os.CreateTemp("", "newsmark-import-report-*.txt"); err == nil {
			f.Write(w.trace.Bytes())
			f.Close()
			msg += " (The runtime's report is in " + f.Name() + ".)"
		}
	}
	return msg
}

// importStatus returns the function that reports the files an import
// reads to the process watching it, or nil when none is.
func importStatus() func(path string, reading bool) {
	fd, err := strconv.Atoi(os.Getenv(guardEnv))
	if err != nil || fd < 3 {
		return nil
	}
	f := os.NewFile(uintptr(fd), "import-status")
	if f == nil {
		return nil
	}
	var mu sync.Mutex
	return func(path string, reading bool) {
		sign := "-"
		if reading {
			sign = "+"
		}
		mu.Lock()
		fmt.Fprintf(f, "%s%s\n", sign, strconv.Quote(path))
		mu.Unlock()
	}
}
