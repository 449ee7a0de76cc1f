package suggest

import (
	"context"
	"path/filepath"
	"testing"

	"newsmark/annotate"
	"newsmark/store"
)

func TestUntouchedLayers(t *testing.T) {
	for _, c := range []struct {
		name string
		a    *annotate.Annotations
		want bool
	}{
		{"nothing read", nil, false},
		{"empty", &annotate.Annotations{}, true},
		{"empty, to do", &annotate.Annotations{Status: annotate.StatusTodo}, true},
		{"emptied after work", &annotate.Annotations{Status: annotate.StatusInProgress}, false},
		{"done with nothing tagged", &annotate.Annotations{Status: annotate.StatusDone}, false},
		{"a rejected suggestion", &annotate.Annotations{Spans: []annotate.Span{{ID: "rs1", Status: annotate.SpanRejected}}}, false},
		{"a stance", &annotate.Annotations{Stances: []annotate.Stance{{Statement: "s1", Target: "T1"}}}, false},
		{"a document label", &annotate.Annotations{DocLabels: map[string]any{"genre": "news"}}, false},
		{"a link", &annotate.Annotations{Relations: []annotate.Relation{{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}}}, false},
	} {
		if got := Untouched(c.a); got != c.want {
			t.Errorf("%s: Untouched = %v, want %v", c.name, got, c.want)
		}
	}
}

// FirstLook gives a second analyst their own suggestions for a document
// the import suggested for, once, and none for a document that had none.
func TestFirstLookSuggestsOnceForAnotherAnalyst(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "look.newsmark"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	text := "The ferry will not sail on Friday, the operator said. \"We are sorry,\" said Mairi Dunn, its manager."
	docs := []*annotate.Document{{ID: "ferry", Text: text}, {ID: "plain", Text: text + " "}}
	if _, err := st.AddDocuments(ctx, "lead", docs, nil); err != nil {
		t.Fatal(err)
	}
	leads, err := Run(ctx, st, "lead", []string{"ferry"}, nil)
	if err != nil || leads == 0 {
		t.Fatalf("the import's suggestions: %d, %v", leads, err)
	}
	look := func(layer, id string) int {
		t.Helper()
		doc, err := st.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		ann, err := st.Annotations(ctx, id, layer)
		if err != nil {
			t.Fatal(err)
		}
		n, err := FirstLook(ctx, st, layer, doc, ann)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := look("ben", "ferry"); n != leads {
		t.Errorf("ben's first look made %d spans, the lead's import %d", n, leads)
	}
	if n := look("ben", "ferry"); n != 0 {
		t.Errorf("ben's second look made %d more spans", n)
	}
	if n := look("lead", "ferry"); n != 0 {
		t.Errorf("the lead's look made %d more spans", n)
	}
	if n := look("ben", "plain"); n != 0 {
		t.Errorf("a document stored without suggestions got %d at ben's look", n)
	}
	lead, err := st.Annotations(ctx, "ferry", "lead")
	if err != nil || len(lead.Spans) != leads {
		t.Errorf("the lead's layer has %d spans after ben's look, had %d (%v)", len(lead.Spans), leads, err)
	}
}
