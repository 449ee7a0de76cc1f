package store

import (
	"path/filepath"
	"testing"

	"newsmark/store/pgtest"
)

// engine makes a new, empty project on one of the engines a project can
// live on; the store tests that are not about one engine run on both.
type engine struct {
	name string
	new  func(t *testing.T) string // returns what Open takes
}

var engines = []engine{
	{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "p.newsmark") }},
	{"postgres", func(t *testing.T) string { return pgtest.NewDatabase(t) }},
}

// onEachEngine runs test on a new project of every engine.
func onEachEngine(t *testing.T, test func(t *testing.T, s *Store)) {
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			s, err := Open(e.new(t))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			test(t, s)
		})
	}
}
