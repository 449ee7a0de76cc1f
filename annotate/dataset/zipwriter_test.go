package dataset

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// zipFile is a file to put in a test archive.
type zipFile struct {
	name string
	data []byte
}

// zipFiles makes n files of the kinds a brat export holds: a short .ann
// (stored), a long .txt (deflated), an empty one, and a name in UTF-8.
func zipFiles(n int) []zipFile {
	files := make([]zipFile, n)
	for i := range files {
		var data []byte
		switch i % 3 {
		case 0:
			data = fmt.Appendf(nil, "T1\tSTATEMENT 0 4\tPort %d\n", i)
		case 1:
			data = []byte(strings.Repeat(fmt.Sprintf("The harbour at quay %d reopened on Tuesday. ", i), 40))
		}
		name := fmt.Sprintf("bench-%d.txt", i)
		if i == 1 {
			name = "Überseehafen-Köln-3.txt"
		}
		files[i] = zipFile{name, data}
	}
	return files
}

// writeTestZip writes files with a zipWriter to path, its first local
// header at pad (a sparse start: the offsets then pass what 32 bits hold
// without writing gigabytes), the directory spilling into dir.
func writeTestZip(t *testing.T, path string, pad int64, files []zipFile) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Seek(pad, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	z := newZipWriter(f, filepath.Dir(path))
	z.written = uint64(pad)
	for _, file := range files {
		d, err := deflate(file.data)
		if err != nil {
			t.Fatal(err)
		}
		if d.comp == nil {
			err = z.add(file.name, zipStore, d.crc, uint64(len(d.raw)), d.raw)
		} else {
			err = z.add(file.name, zipDeflate, d.crc, uint64(len(d.raw)), d.comp)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := z.close(); err != nil {
		t.Fatal(err)
	}
}

// checkZipReadsBack reads the archive at path with archive/zip and
// compares every name and every file's bytes (archive/zip checks each
// CRC-32 as it reads).
func checkZipReadsBack(t *testing.T, path string, files []zipFile) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("archive/zip cannot open the archive: %v", err)
	}
	defer zr.Close()
	if len(zr.File) != len(files) {
		t.Fatalf("archive/zip reads %d files, want %d", len(zr.File), len(files))
	}
	for i, f := range zr.File {
		want := files[i]
		if f.Name != want.name {
			t.Fatalf("file %d is named %q, want %q", i, f.Name, want.name)
		}
		if f.NonUTF8 {
			t.Errorf("%s: name not flagged as UTF-8", f.Name)
		}
		r, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		got, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if !bytes.Equal(got, want.data) {
			t.Fatalf("%s holds %d bytes that differ from the %d written", f.Name, len(got), len(want.data))
		}
	}
}

// zip64End tells whether the archive at path ends with a ZIP64 end of
// central directory record and its locator before the classic end record.
func zip64End(t *testing.T, path string) bool {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, _ := f.Stat()
	tail := make([]byte, 56+20+22)
	if _, err := f.ReadAt(tail, info.Size()-int64(len(tail))); err != nil {
		t.Fatal(err)
	}
	return binary.LittleEndian.Uint32(tail) == zip64EndSig && binary.LittleEndian.Uint32(tail[56:]) == zip64LocatorSig
}

// unzipTest runs Info-ZIP's unzip -t on the archive: the tool most people
// open a brat archive with.
func unzipTest(t *testing.T, path string) {
	t.Helper()
	unzip, err := exec.LookPath("unzip")
	if err != nil {
		t.Skip("unzip is not installed (apt-get install unzip): the archive is checked with archive/zip only")
	}
	out, err := exec.Command(unzip, "-tqq", path).CombinedOutput()
	if err != nil {
		t.Fatalf("unzip -t rejects the archive: %v\n%.2000s", err, out)
	}
	if len(out) > 0 {
		t.Errorf("unzip -t reports:\n%.2000s", out)
	}
}

func TestZipWriterArchiveReadsBack(t *testing.T) {
	tests := []struct {
		name  string
		files int
		zip64 bool // 65,535 files or more need ZIP64's count
	}{
		{"3 files", 3, false},
		{"70,000 files", 70000, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "brat.zip")
			files := zipFiles(tt.files)
			writeTestZip(t, path, 0, files)
			checkZipReadsBack(t, path, files)
			if got := zip64End(t, path); got != tt.zip64 {
				t.Errorf("ZIP64 end record: %v, want %v", got, tt.zip64)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("the folder holds %v, want only the archive (the directory's temporary file removed)", entries)
			}
			t.Run("unzip", func(t *testing.T) { unzipTest(t, path) })
		})
	}
}

// An archive's files after its first 4 GiB have their offsets in ZIP64
// fields; the test starts the archive 5 GiB into a sparse file.
func TestZipWriterOffsetsPast4GiB(t *testing.T) {
	path := filepath.Join(t.TempDir(), "far.zip")
	files := zipFiles(4)
	writeTestZip(t, path, 5<<30, files)
	if !zip64End(t, path) {
		t.Error("no ZIP64 end record for a directory past 4 GiB")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, _ := f.Stat()
	zr, err := zip.NewReader(f, info.Size())
	if err != nil {
		t.Fatalf("archive/zip cannot open the archive: %v", err)
	}
	for i, zf := range zr.File {
		off, err := zf.DataOffset()
		if err != nil || off < 5<<30 {
			t.Errorf("%s: data at %d (%v), want past 5 GiB", zf.Name, off, err)
		}
		r, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(r)
		r.Close()
		if zf.Name != files[i].name || !bytes.Equal(got, files[i].data) {
			t.Errorf("file %d: %q with %d bytes, want %q with %d", i, zf.Name, len(got), files[i].name, len(files[i].data))
		}
	}
}

// A file's CRC-32 is the one its bytes give, stored or deflated.
func TestZipWriterChecksums(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.zip")
	files := zipFiles(3)
	writeTestZip(t, path, 0, files)
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	methods := map[uint16]bool{}
	for i, f := range zr.File {
		if want := crc32.ChecksumIEEE(files[i].data); f.CRC32 != want {
			t.Errorf("%s: CRC-32 %08x, want %08x", f.Name, f.CRC32, want)
		}
		methods[f.Method] = true
	}
	if !methods[zip.Store] || !methods[zip.Deflate] {
		t.Errorf("methods %v: want both stored and deflated files", methods)
	}
}
