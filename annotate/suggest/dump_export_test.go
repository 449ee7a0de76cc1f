package suggest

import (
	"testing"

	"newsmark/annotate"
)

// Fixtures names the articles of testdata/ that the scorer reads, for the
// external test package's output dump.
var Fixtures = articles

// FixtureDoc is fixture name as the scorer reads it: its text and zones.
func FixtureDoc(tb testing.TB, name string) *annotate.Document { return loadArticle(tb, name).doc }

// BenchDoc is the ~words-word article BenchmarkSuggest runs on.
func BenchDoc(tb testing.TB, words int) *annotate.Document { return benchDoc(tb, words) }
