package team

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsmark/annotate"
	"newsmark/store"
	"newsmark/store/pgtest"
)

func openStore(t *testing.T, path string) *store.Store {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// newsroom is a review project with n short articles, each with one
// pending suggestion in the lead's layer.
func newsroom(t *testing.T, n int) (*store.Store, []string) {
	t.Helper()
	st := openStore(t, filepath.Join(t.TempDir(), "review.newsmark"))
	ctx := context.Background()
	var docs []*annotate.Document
	var anns []*annotate.Annotations
	for i := range n {
		text := fmt.Sprintf("Port %d reopens\n\nThe port will reopen on day %d, the harbour master said.", i, i)
		docs = append(docs, &annotate.Document{ID: fmt.Sprintf("port-%02d", i), Text: text})
		anns = append(anns, &annotate.Annotations{Spans: []annotate.Span{{ID: "s1", Start: 17, End: 50, Label: annotate.LabelStatement,
			Status: annotate.SpanPending, Source: annotate.SourceRules}}})
	}
	res, err := st.AddDocuments(ctx, "lead", docs, anns)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(res))
	for i, r := range res {
		ids[i] = r.ID
	}
	return st, ids
}

// Every document goes to PerDoc analysts, the loads differ by at most one,
// every pair of analysts shares documents, calibration documents go to
// everyone, and the same seed gives the same plan.
func TestPlanIsBalancedAndDeterministic(t *testing.T) {
	ids := make([]string, 30)
	for i := range ids {
		ids[i] = fmt.Sprintf("d%02d", i)
	}
	opt := AssignOptions{Analysts: []string{"ana", "ben", "cai"}, PerDoc: 2, Calibration: 3, Seed: 7}
	byDoc, calibration, err := Plan(ids, opt)
	if err != nil {
		t.Fatal(err)
	}
	load := map[string]int{}
	pairs := map[string]int{}
	for _, id := range ids {
		who := byDoc[id]
		want := 2
		if contains(calibration, id) {
			want = 3
		}
		if len(who) != want {
			t.Fatalf("%s goes to %v, want %d analysts", id, who, want)
		}
		for i, a := range who {
			load[a]++
			for _, b := range who[i+1:] {
				pairs[min(a, b)+"+"+max(a, b)]++
			}
		}
	}
	// 3 calibration documents to all, 27 to two each: 3 + 18 = 21 each.
	for _, a := range opt.Analysts {
		if load[a] != 21 {
			t.Errorf("%s has %d documents, want 21: %v", a, load[a], load)
		}
	}
	for _, p := range []string{"ana+ben", "ana+cai", "ben+cai"} {
		if pairs[p] != 12 { // 9 of the 27 shared documents, and the 3 calibration ones
			t.Errorf("pair %s shares %d documents, want 12: %v", p, pairs[p], pairs)
		}
	}
	again, calibration2, _ := Plan(ids, opt)
	if fmt.Sprint(again) != fmt.Sprint(byDoc) || fmt.Sprint(calibration2) != fmt.Sprint(calibration) {
		t.Error("the same seed gave another plan")
	}
	opt.Seed = 8
	if other, _, _ := Plan(ids, opt); fmt.Sprint(other) == fmt.Sprint(byDoc) {
		t.Error("another seed gave the same plan")
	}
	for _, bad := range []AssignOptions{{Analysts: []string{"ana"}, PerDoc: 2}, {Analysts: []string{"ana", "ana"}, PerDoc: 1},
		{Analysts: []string{"gold"}, PerDoc: 1}, {Analysts: []string{"ana"}, PerDoc: 1, Calibration: 31}} {
		if _, _, err := Plan(ids, bad); err == nil {
			t.Errorf("plan %+v was accepted", bad)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// A hand-out writes one file per analyst with their documents, the
// project's schema and targets and, when asked, the pending suggestions;
// each analyst tags in their file; the merge brings each layer back by
// text, replaces it when merged again after more work, and changes nothing
// when the same file comes again.
func TestHandOutTagMergeRoundTrip(t *testing.T) {
	ctx := context.Background()
	review, ids := newsroom(t, 6)
	if err := review.AddTargets(ctx, []annotate.Target{{ID: "T1", Text: "reopening the port"}}); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "out")
	opt := AssignOptions{Analysts: []string{"ana", "ben", "cai"}, PerDoc: 2, Calibration: 1, Seed: 1, Dir: dir, Layer: "lead", Suggestions: true}
	as, err := Assign(ctx, review, opt, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Assign(ctx, review, opt, nil); !errors.Is(err, ErrExists) {
		t.Errorf("a second hand-out into the same folder: %v, want ErrExists", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("the hand-out folder holds %d files, want 3 (no temporary ones)", len(entries))
	}
	for _, a := range opt.Analysts {
		st := openStore(t, as.Files[a])
		docs, err := st.Documents(ctx, a)
		if err != nil || len(docs) != len(as.Documents[a]) {
			t.Fatalf("%s's file: %d documents, %v; want %d", a, len(docs), err, len(as.Documents[a]))
		}
		if docs[0].Pending != 1 || docs[0].Spans != 0 {
			t.Errorf("%s's first document: %+v, want the one pending suggestion", a, docs[0])
		}
		if targets, _ := st.Targets(ctx, ""); len(targets) != 1 || targets[0].Text != "reopening the port" {
			t.Errorf("%s's targets: %+v", a, targets)
		}
		if owner, _, _ := st.Setting(ctx, store.SettingAnalyst); owner != a {
			t.Errorf("%s's file belongs to %q", a, owner)
		}
		queue, _ := st.Assigned(ctx, a)
		if len(queue) != len(docs) {
			t.Errorf("%s's queue has %d documents, want %d", a, len(queue), len(docs))
		}
		// Each analyst tags a claim on their first document; cai marks it done.
		e := annotate.Edit{Doc: docs[0].ID, Summary: "tag CLAIM", Ops: []annotate.Op{{Kind: annotate.OpAddSpan,
			Span: &annotate.Span{Start: 17, End: 40, Label: annotate.LabelClaim, Annotator: a}}}}
		if a == "cai" {
			e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpSetStatus, Status: annotate.StatusDone})
		}
		if _, err := st.Apply(ctx, a, e); err != nil {
			t.Fatal(err)
		}
		st.Close()
	}
	if queue, _ := review.Assigned(ctx, "ana"); len(queue) != len(as.Documents["ana"]) {
		t.Errorf("the review project records %d documents for ana, want %d", len(queue), len(as.Documents["ana"]))
	}
	files := []string{as.Files["ana"], as.Files["ben"], as.Files["cai"]}
	res, err := Merge(ctx, review, "lead", files, MergeOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, fm := range res {
		if len(fm.Layers) != 1 || fm.Layers[0] != opt.Analysts[i] || fm.Documents != len(as.Documents[opt.Analysts[i]]) {
			t.Errorf("merge of %s: %+v", files[i], fm)
		}
	}
	first := as.Documents["cai"][0]
	cai, _ := review.Annotations(ctx, first, "cai")
	if cai.Status != annotate.StatusDone || len(cai.Spans) != 2 {
		t.Errorf("cai's layer of %s in the review project: %+v, want her claim and the suggestion, done", first, cai)
	}
	lead, _ := review.Annotations(ctx, ids[0], "lead")
	if len(lead.Spans) != 1 {
		t.Errorf("the merge changed the lead's own layer: %+v", lead.Spans)
	}
	// The same files again change nothing.
	res, err = Merge(ctx, review, "lead", files, MergeOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, fm := range res {
		if fm.Changed != 0 {
			t.Errorf("merging %s again changed %d documents", fm.File, fm.Changed)
		}
	}
	// cai removes her claim; merging her file again takes it out of her layer only.
	st := openStore(t, as.Files["cai"])
	if _, err := st.Undo(ctx, "cai"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	res, err = Merge(ctx, review, "lead", files[2:], MergeOptions{}, nil)
	if err != nil || res[0].Changed != 1 {
		t.Fatalf("merging cai's updated file: %+v, %v; want one document changed", res, err)
	}
	if cai, _ = review.Annotations(ctx, first, "cai"); len(cai.Spans) != 1 || cai.Status != annotate.StatusTodo {
		t.Errorf("cai's layer after her undo was merged: %+v", cai)
	}
	if ben, _ := review.Annotations(ctx, as.Documents["ben"][0], "ben"); len(ben.Spans) != 2 {
		t.Errorf("merging cai's file changed ben's layer: %+v", ben.Spans)
	}
	// ben only marks his first document done: merging his file again brings the status.
	st = openStore(t, as.Files["ben"])
	benFirst := as.Documents["ben"][0]
	if _, err := st.Apply(ctx, "ben", annotate.Edit{Doc: benFirst, Summary: "done",
		Ops: []annotate.Op{{Kind: annotate.OpSetStatus, Status: annotate.StatusDone}}}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	res, err = Merge(ctx, review, "lead", files[1:2], MergeOptions{}, nil)
	if err != nil || res[0].Changed != 1 {
		t.Fatalf("merging ben's file with only a status changed: %+v, %v; want one document changed", res, err)
	}
	if ben, _ := review.Annotations(ctx, benFirst, "ben"); ben.Status != annotate.StatusDone || len(ben.Spans) != 2 {
		t.Errorf("ben's layer after his status-only change was merged: %+v", ben)
	}
}

// A file with another schema, the same analyst from two files, a document
// the review project lacks and an analyst from another project are each
// refused with the file named, and nothing is merged.
func TestMergeRefusesWhatWouldNotMeanTheSame(t *testing.T) {
	ctx := context.Background()
	review, _ := newsroom(t, 3)
	dir := t.TempDir()
	as, err := Assign(ctx, review, AssignOptions{Analysts: []string{"ana", "ben"}, PerDoc: 2, Dir: filepath.Join(dir, "a"), Layer: "lead", Suggestions: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tag := func(path, who string) {
		st := openStore(t, path)
		docs, _ := st.Documents(ctx, who)
		if _, err := st.Apply(ctx, who, annotate.Edit{Doc: docs[0].ID, Summary: "tag", Ops: []annotate.Op{{Kind: annotate.OpAddSpan,
			Span: &annotate.Span{Start: 0, End: 4, Label: annotate.LabelEntity}}}}); err != nil {
			t.Fatal(err)
		}
		st.Close()
	}
	tag(as.Files["ana"], "ana")
	tag(as.Files["ben"], "ben")

	// Another schema.
	odd := filepath.Join(dir, "odd.newsmark")
	copyFile(t, as.Files["ben"], odd)
	st := openStore(t, odd)
	sch, raw, _ := annotate.ProjectSchema(ctx, st)
	if _, err := annotate.SetProjectSchema(ctx, st, []byte(strings.Replace(raw, `#F0E442`, `#FFFF00`, 1))); err != nil {
		t.Fatal(err, sch)
	}
	st.Close()
	// ana's file copied: the same analyst twice.
	twin := filepath.Join(dir, "twin.newsmark")
	copyFile(t, as.Files["ana"], twin)
	// An article the review project lacks, in a file of its own.
	extra := filepath.Join(dir, "dan.newsmark")
	st = openStore(t, extra)
	if _, err := st.AddDocuments(ctx, "dan", []*annotate.Document{{ID: "new", Text: "A story nobody handed out."}},
		[]*annotate.Annotations{{Status: annotate.StatusDone}}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	tests := []struct {
		name  string
		files []string
		want  error
		names string
	}{
		{"another schema", []string{as.Files["ana"], odd}, ErrSchema, odd},
		{"the same analyst twice", []string{as.Files["ana"], twin}, nil, twin},
		{"a missing document", []string{as.Files["ana"], extra}, ErrMissing, extra},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Merge(ctx, review, "lead", tt.files, MergeOptions{}, nil)
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) || !strings.Contains(err.Error(), tt.names) {
				t.Fatalf("merge: %v; want an error naming %s", err, tt.names)
			}
			if names, _ := review.Analysts(ctx); len(names) != 1 || names[0] != "lead" {
				t.Errorf("a refused merge left layers %v", names)
			}
		})
	}
	res, err := Merge(ctx, review, "lead", []string{extra}, MergeOptions{AddMissing: true}, nil)
	if err != nil || res[0].Added != 1 {
		t.Fatalf("with --add-missing: %+v, %v", res, err)
	}
	// ana from another project: a file of her own made outside the hand-out.
	stray := filepath.Join(dir, "stray.newsmark")
	st = openStore(t, stray)
	if _, err := st.AddDocuments(ctx, "ana", []*annotate.Document{{ID: "new", Text: "A story nobody handed out."}},
		[]*annotate.Annotations{{Status: annotate.StatusDone}}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if _, err := Merge(ctx, review, "lead", []string{as.Files["ana"]}, MergeOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := Merge(ctx, review, "lead", []string{stray}, MergeOptions{}, nil); !errors.Is(err, store.ErrLayerSource) || !strings.Contains(err.Error(), stray) {
		t.Errorf("ana from another project: %v, want ErrLayerSource naming %s", err, stray)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// On a team project (either engine) the hand-out stays inside the
// project: each analyst's queue, with the lead's suggestions as their
// starting layer; a second hand-out never replaces work already done.
func TestHandOutInsideAProject(t *testing.T) {
	for _, eng := range []struct {
		name string
		path func(t *testing.T) string
	}{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "team.newsmark") }},
		{"postgres", func(t *testing.T) string { return pgtest.NewDatabase(t) }},
	} {
		t.Run(eng.name, func(t *testing.T) {
			ctx := context.Background()
			st := openStore(t, eng.path(t))
			var docs []*annotate.Document
			var anns []*annotate.Annotations
			for i := range 4 {
				docs = append(docs, &annotate.Document{ID: fmt.Sprintf("p%d", i), Text: fmt.Sprintf("Port %d reopens on Monday, the harbour master said.", i)})
				anns = append(anns, &annotate.Annotations{Spans: []annotate.Span{{ID: "s1", Start: 0, End: 24, Label: annotate.LabelStatement,
					Status: annotate.SpanPending, Source: annotate.SourceRules}}})
			}
			if _, err := st.AddDocuments(ctx, "lead", docs, anns); err != nil {
				t.Fatal(err)
			}
			opt := AssignOptions{Analysts: []string{"ana", "ben"}, PerDoc: 1, Layer: "lead", Suggestions: true}
			as, err := Assign(ctx, st, opt, nil)
			if err != nil {
				t.Fatal(err)
			}
			anaQueue, ok, err := st.Queue(ctx, "ana")
			if err != nil || !ok || len(anaQueue) != 2 || len(as.Documents["ana"]) != 2 {
				t.Fatalf("ana's queue: %+v, %v, %v", anaQueue, ok, err)
			}
			benQueue, _, _ := st.Queue(ctx, "ben")
			for _, d := range anaQueue {
				if d.Pending != 1 {
					t.Errorf("ana's %s has %d pending suggestions, want the lead's one", d.ID, d.Pending)
				}
				for _, b := range benQueue {
					if b.ID == d.ID {
						t.Errorf("%s is in both queues with one analyst per document", d.ID)
					}
				}
			}
			if _, ok, _ := st.Queue(ctx, "lead"); ok {
				t.Error("the lead has a queue without being handed anything")
			}
			// ana accepts her suggestion; handing out again keeps it.
			a, _ := st.Annotations(ctx, anaQueue[0].ID, "ana")
			e, err := annotate.AcceptSuggestion(a, a.Spans[0].ID, "ana")
			if err != nil {
				t.Fatal(err)
			}
			e.Doc = anaQueue[0].ID
			if _, err := st.Apply(ctx, "ana", e); err != nil {
				t.Fatal(err)
			}
			if _, err := Assign(ctx, st, opt, nil); err != nil {
				t.Fatal(err)
			}
			if a, _ = st.Annotations(ctx, anaQueue[0].ID, "ana"); len(a.Spans) != 1 || a.Spans[0].Status != annotate.SpanAccepted {
				t.Errorf("the second hand-out changed ana's work: %+v", a.Spans)
			}
		})
	}
}

// A layer is an analyst's work once started or done, or when it holds
// anything accepted (an imported labelled file has no status); pending
// suggestions alone are not; with onlyDone only a finished layer counts.
func TestWhichLayersCount(t *testing.T) {
	accepted := []annotate.Span{{Start: 0, End: 3, Label: "STATEMENT", Status: annotate.SpanAccepted}}
	pending := []annotate.Span{{Start: 0, End: 3, Label: "STATEMENT", Status: annotate.SpanPending}}
	for _, c := range []struct {
		name           string
		a              annotate.Annotations
		started, ended bool
	}{
		{"empty todo", annotate.Annotations{Status: annotate.StatusTodo}, false, false},
		{"pending only", annotate.Annotations{Spans: pending}, false, false},
		{"accepted, no status", annotate.Annotations{Spans: accepted}, true, false},
		{"a stance, no status", annotate.Annotations{Stances: []annotate.Stance{{Statement: "s1", Target: "t1"}}}, true, false},
		{"a document label", annotate.Annotations{DocLabels: map[string]any{"genre": "news"}}, true, false},
		{"in progress, empty", annotate.Annotations{Status: annotate.StatusInProgress}, true, false},
		{"done", annotate.Annotations{Status: annotate.StatusDone}, true, true},
	} {
		if got := counts(&c.a, false); got != c.started {
			t.Errorf("%s: counts = %v, want %v", c.name, got, c.started)
		}
		if got := counts(&c.a, true); got != c.ended {
			t.Errorf("%s: counts only done = %v, want %v", c.name, got, c.ended)
		}
	}
}
