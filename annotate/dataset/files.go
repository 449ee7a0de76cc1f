package dataset

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrNotRegular means an export was asked to write over something that is
// not a regular file (a device, a pipe, a socket, a symbolic link) or, for
// a single-file format, over a folder. Newsmark never replaces those.
var ErrNotRegular = errors.New("not a regular file or a new path")

// checkOut refuses an output path that exists as anything but what the
// export writes: a regular file for a file, a folder for a brat folder.
// Lstat, not Stat: a symbolic link is refused rather than replaced by a
// file, and what it points to is never written through.
func checkOut(path string, folder bool) error {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	switch {
	case folder && fi.IsDir():
		return nil
	case folder:
		return fmt.Errorf("%s exists and is not a folder (a brat export writes a folder, or a .zip when the name ends in .zip): %w", path, ErrNotRegular)
	case fi.Mode().IsRegular():
		return nil
	case fi.IsDir():
		return fmt.Errorf("%s is a folder; name a file to write: %w", path, ErrNotRegular)
	}
	return fmt.Errorf("%s is a %s; name a new or regular file, or - for standard output: %w", path, kindOf(fi.Mode()), ErrNotRegular)
}

func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "symbolic link"
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

// randomSuffix is a short random name part for temporary files.
func randomSuffix() string {
	var b [6]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// createTemp makes the temporary file an export is written to beside path.
// It is created with mode 0666 less the process's umask, as any new file
// is (os.CreateTemp would make it owner-only), so the finished export gets
// the permissions the user's umask asks for.
func createTemp(path string) (*os.File, error) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	for range 100 {
		name := filepath.Join(dir, "."+base+".tmp-"+randomSuffix())
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("create a temporary file beside %s: too many tries", path)
}

// mkdirTemp makes a temporary folder beside path with mode 0777 less the
// umask (os.MkdirTemp would make it owner-only).
func mkdirTemp(path string) (string, error) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	if len(base) > 200 {
		base = base[:200]
	}
	for range 100 {
		name := filepath.Join(dir, "."+base+".tmp-"+randomSuffix())
		err := os.Mkdir(name, 0o777)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return name, err
	}
	return "", fmt.Errorf("create a temporary folder beside %s: too many tries", path)
}

// writeNew writes a new file with mode 0666 less the umask.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
