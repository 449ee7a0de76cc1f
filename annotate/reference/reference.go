// Package reference finds the project's read-only reference material (the seed
// article and its gold annotation) for tests: ../shared beside the directory
// that holds go.mod. A test skips, saying why, when it is not there.
package reference

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared folder, or skips the test.
func Dir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the package directory, so ../shared cannot be located")
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared reference material not found at %s", shared)
	}
	return shared
}

// File returns the path of rel inside the shared folder, or skips the test
// when the folder or the file is missing.
func File(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(Dir(t), filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared file %s not found", p)
	}
	return p
}
