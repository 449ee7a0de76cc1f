package suggest_test

import (
	"path/filepath"
	"strings"
	"testing"

	"newsmark/annotate/ingest"
	"newsmark/annotate/suggest"
)

// TestTaggedPostsStable runs the suggester many times on an article built
// around a reporter's tagged live posts (framed posts and an unframed
// later one of the same series) and asserts the output is the same each
// time: no rule may let Go's map order pick a span or a link.
func TestTaggedPostsStable(t *testing.T) {
	raw := filepath.Join("testdata", "unseen", "u428_school_board_meeting_live_posts_story.html")
	doc, err := ingest.ReadArticle(raw)
	if err != nil {
		t.Fatal(err)
	}
	var first string
	for i := range 30 {
		var b strings.Builder
		dumpResult(&b, raw, doc, suggest.Suggest(doc, nil, suggest.DefaultOptions()))
		if i == 0 {
			first = b.String()
			continue
		}
		if got := b.String(); got != first {
			t.Fatalf("run %d differs from run 0:\n%s\nvs\n%s", i, got, first)
		}
	}
}
