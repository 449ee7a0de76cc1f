//go:build unix

package inputfile

import (
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestOpen opens a regular file and a link to one, and refuses a named
// pipe, a unix socket, a character device and a folder, each by name of
// what it is, without waiting on the pipe.
func TestOpen(t *testing.T) {
	dir, err := os.MkdirTemp("", "nm-open-") // a socket's path must be short
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	file := filepath.Join(dir, "a.txt")
	os.WriteFile(file, []byte("text"), 0o644)
	link := filepath.Join(dir, "link.txt")
	os.Symlink(file, link)
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	sock := filepath.Join(dir, "sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Skipf("no unix sockets here: %v", err)
	}
	defer l.Close()
	tests := []struct {
		path string
		want string // "" opens
	}{
		{file, ""},
		{link, ""},
		{fifo, "a named pipe (FIFO)"},
		{sock, "a socket"},
		{"/dev/null", "a character device"},
		{dir, "a folder"},
	}
	for _, tt := range tests {
		f, err := Open(tt.path)
		if tt.want == "" {
			if err != nil {
				t.Errorf("Open(%s): %v", tt.path, err)
				continue
			}
			b, err := io.ReadAll(f)
			f.Close()
			if err != nil || string(b) != "text" {
				t.Errorf("read %s: %q %v", tt.path, b, err)
			}
			continue
		}
		if err == nil {
			f.Close()
		}
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(fmtErr(err), tt.want) {
			t.Errorf("Open(%s) = %v, want %q", tt.path, err, tt.want)
		}
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
