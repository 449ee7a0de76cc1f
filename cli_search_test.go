package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"newsmark/annotate"
	"newsmark/store"
)

func TestSearchCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.newsmark")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	docs := []*annotate.Document{
		{ID: "harbour", Text: harbourArticle},
		{ID: "library", Text: "Council votes to reopen the library\n\nThe council voted on Monday to reopen the library, the mayor said."},
	}
	anns := []*annotate.Annotations{{
		Spans: []annotate.Span{
			{ID: "s1", Label: annotate.LabelStatement, Start: 0, End: 40, Status: annotate.SpanAccepted},
			{ID: "p1", Label: annotate.LabelSpeaker, Start: 0, End: 5, Status: annotate.SpanAccepted, Attrs: map[string]any{"canonical": "María Okafor"}},
			{ID: "q1", Label: annotate.LabelCue, Start: 6, End: 10, Status: annotate.SpanPending},
		},
		Relations: []annotate.Relation{{Label: annotate.RelSaidBy, Head: "s1", Child: "p1"}},
		Targets:   []annotate.Target{{ID: "T1", Text: "the port authority"}},
		Stances:   []annotate.Stance{{Statement: "s1", Target: "T1", Label: annotate.StanceAgainst}},
	}, nil}
	if _, err := st.AddDocuments(context.Background(), "ana", docs, anns); err != nil {
		t.Fatal(err)
	}
	st.Close()
	t.Setenv("NEWSMARK_ANALYST", "ana")

	tests := []struct {
		args     []string
		code     int
		out, err string
	}{
		{[]string{"speaker:maria", "stance:AGAINST"}, 0, "harbour                      todo           2 spans    1 pending  Dock strike halts grain exports at Port Aldwick\n1 document matches in ana's layer\n", ""},
		{[]string{`"reopen the library"`}, 0, "library", ""},
		{[]string{"--", "-library", "council"}, 1, "0 documents match in ana's layer", ""}, // harbour has no "council"
		{[]string{"pending:yes", "--analyst", "ana"}, 0, "harbour", ""},
		{[]string{"--analyst", "bo", "pending:yes"}, 1, "0 documents match in bo's layer", ""},
		{[]string{"zeppelin"}, 1, "0 documents match", ""},
		{[]string{"speakr:maria"}, 2, "", `unknown filter "speakr:": the filters are label, speaker, target, stance, status, analyst, pending, checkworthy`},
		{nil, 2, "", "give a query"},
	}
	for _, tt := range tests {
		code, out, errOut := runCLI(t, append([]string{"search", "--db", db}, tt.args...)...)
		if code != tt.code || !strings.Contains(out, tt.out) || !strings.Contains(errOut, tt.err) {
			t.Errorf("search %q: exit %d, out %q, err %q; want exit %d, out with %q, err with %q", tt.args, code, out, errOut, tt.code, tt.out, tt.err)
		}
	}
	if _, out, _ := runCLI(t, "search", "--db", db, "library"); strings.Contains(out, "harbour") {
		t.Errorf("search library listed the harbour article:\n%s", out)
	}
}
