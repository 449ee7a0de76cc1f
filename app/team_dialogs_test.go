package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/annotate/team"
	"newsmark/store"
)

// Hand out to analysts… writes a file per analyst through team.Assign;
// each analyst tags in theirs; Merge analysts' projects… brings their
// layers back, per file, and a file that cannot be merged is named.
func TestHandOutAndMergeFromTheWindow(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("ferry", teamText1)
	f.addArticle("library", teamText2)
	total := len(f.m.ctl.Documents())

	if _, err := handOutOptions("ana, ben", "3", "0", "1"); err == nil || !strings.Contains(err.Error(), "from 1 to 2") {
		t.Errorf("3 analysts per document of 2 named: %v", err)
	}
	opt, err := handOutOptions("cai, dan", "2", "1", "7")
	if err != nil {
		t.Fatal(err)
	}
	opt.Dir = filepath.Join(t.TempDir(), "handout")
	opt.Layer = f.m.ctl.Analyst()
	f.m.handOut(opt)
	for _, a := range []string{"cai", "dan"} {
		path := filepath.Join(opt.Dir, a+".newsmark")
		if _, err := os.Stat(path); err != nil {
			t.Fatalf("no file for %s: %v", a, err)
		}
		st, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		n, _, err := st.CountDocuments(context.Background(), a)
		if err != nil || n != total {
			t.Errorf("%s's file holds %d documents, want all %d (two analysts per document): %v", a, n, total, err)
		}
		if _, err := st.Apply(context.Background(), a, annotate.Edit{Doc: "ferry", Summary: "tag CLAIM", Ops: []annotate.Op{
			{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 0, End: 19, Label: annotate.LabelClaim}}}}); err != nil {
			t.Fatal(err)
		}
		st.Close()
	}
	title, msg := handOutSummary(&team.Assignment{Files: map[string]string{"ana": "a.newsmark"}, Documents: map[string][]string{"ana": {"x", "y"}}},
		team.AssignOptions{Analysts: []string{"ana", "ben"}}, nil)
	if title != "Handed out" || !strings.Contains(msg, "ana: 2 documents — a.newsmark") || !strings.Contains(msg, "ben: 0 documents — their queue") {
		t.Errorf("hand-out summary %q: %q", title, msg)
	}

	files, err := projectFiles([]string{opt.Dir})
	if err != nil || len(files) != 2 {
		t.Fatalf("the hand-out folder stands for %v, %v", files, err)
	}
	f.m.merge(files, team.MergeOptions{})
	st := f.m.ctl.Store()
	for _, a := range []string{"cai", "dan"} {
		got, err := st.Annotations(context.Background(), "ferry", a)
		if err != nil || len(got.Spans) != 1 {
			t.Errorf("%s's layer after the merge: %+v, %v", a, got, err)
		}
	}
	res, err := team.Merge(context.Background(), st, "ana", files, team.MergeOptions{}, nil)
	title, msg = mergeSummary(files, res, err)
	if title != "Merged" || !strings.Contains(msg, "cai.newsmark: cai, ") || !strings.Contains(msg, "0 changed") {
		t.Errorf("merging the same files again: %q: %q", title, msg)
	}

	// A file that is not a project stops the merge, by name.
	bad := filepath.Join(t.TempDir(), "notes.newsmark")
	writeFile(t, bad, "not a project")
	_, err = team.Merge(context.Background(), st, "ana", []string{bad}, team.MergeOptions{}, nil)
	if title, msg := mergeSummary([]string{bad}, nil, err); title != "Merge stopped" || !strings.Contains(msg, "notes.newsmark") {
		t.Errorf("a bad file: %q: %q", title, msg)
	}
}

// A file handed out to ana opens in ana's layer whatever name the window
// goes by, so her work is the layer the lead merges back; her pending
// suggestions show, and the window's own name is not changed.
func TestHandedOutFileOpensInItsAnalystsLayer(t *testing.T) {
	dir := t.TempDir()
	src, err := store.Open(filepath.Join(dir, "desk.newsmark"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	docs := []*annotate.Document{{ID: "ferry", Text: "Ferry fares will rise by 4% in June, the operator said on Friday."}}
	if _, err := src.AddDocuments(ctx, "lead", docs, nil); err != nil {
		t.Fatal(err)
	}
	as, err := team.Assign(ctx, src, team.AssignOptions{Analysts: []string{"ana", "ben"}, PerDoc: 2, Dir: filepath.Join(dir, "out"), Layer: "lead"}, nil)
	src.Close()
	if err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefAnalyst, "whoever")
	w := test.NewTempWindow(t, widget.NewLabel(""))
	m := newMainWindow(a, w, inline, inline)
	m.openProject(as.Files["ana"])
	if m.ctl.Store() == nil {
		t.Fatal("ana's file did not open")
	}
	defer m.ctl.Store().Close()
	if got := m.ctl.Analyst(); got != "ana" {
		t.Errorf("the window works in %q's layer of ana's handed-out file, want ana's", got)
	}
	if got := a.Preferences().String(prefAnalyst); got != "whoever" {
		t.Errorf("opening ana's file renamed the window's analyst to %q", got)
	}
}
