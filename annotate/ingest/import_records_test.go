package ingest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"newsmark/annotate"
	"newsmark/store"
)

// nmLine is a newsmark/1 record whose parts a test breaks one at a time.
func nmLine(id, text string, extra string) string {
	return `{"id": "` + id + `", "text": "` + text + `", "meta": {"schema": "newsmark/1", "offset_unit": "codepoint"}` + extra + `}`
}

func TestOneBadRecordNeverSinksTheFile(t *testing.T) {
	stmt := `, "spans": [{"id": "s1", "start": 21, "end": 33, "label": "STATEMENT"}], "targets": [{"id": "T1", "text": "the talks"}], `
	tests := []struct {
		name, bad, want string
	}{
		{"span status bogus", nmLine("bad", "Harbour pilots said talks resume soon.", `, "spans": [{"id": "s1", "start": 0, "end": 7, "label": "SPEAKER", "status": "bogus"}]`), `status "bogus"`},
		{"stance label outside the schema", nmLine("bad", "Harbour pilots said talks resume soon.", stmt+`"stance": [{"statement": "s1", "target": "T1", "label": "LOVE"}]`), `"LOVE"`},
		{"duplicate zones", nmLine("bad", "Harbour pilots said talks resume soon.", `, "zones": [{"zone": "body", "start": 0, "end": 10}, {"zone": "body", "start": 0, "end": 10}]`), "given twice"},
		{"duplicate Prodigy span ids", `{"text": "Harbour pilots said talks resume soon.", "spans": [{"id": "a", "start": 0, "end": 7, "label": "X"}, {"id": "a", "start": 8, "end": 14, "label": "X"}], "answer": "accept"}`, "used twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := tempStore(t)
			ctx := context.Background()
			lines := []string{
				nmLine("first", "Harbour pilots said talks resume on Monday.", `, "spans": [{"id": "spk1", "start": 0, "end": 14, "label": "SPEAKER", "text": "Harbour pilots"}]`),
				tt.bad,
				nmLine("last", "Ferry crews said talks resume on Tuesday.", ""),
			}
			p := put(t, t.TempDir(), "batch.jsonl", strings.Join(lines, "\n")+"\n")
			res, err := Import(ctx, st, "ana", []string{p}, Options{NoSuggest: true}, nil)
			if err != nil {
				t.Fatalf("the import stopped: %v", err)
			}
			c := Count(res)
			if c.Imported != 2 || c.Failed != 1 {
				t.Fatalf("counts %+v, want 2 imported and 1 failed: %+v", c, res)
			}
			for _, r := range res {
				if r.Status == Failed && (r.Line != 2 || !strings.Contains(r.Err.Error(), "batch.jsonl line 2") || !strings.Contains(r.Err.Error(), tt.want)) {
					t.Errorf("failure %q (line %d): want file, line 2 and %q", r.Err, r.Line, tt.want)
				}
			}
			docs, _ := st.Documents(ctx, "ana")
			if len(docs) != 2 {
				t.Errorf("%d documents stored, want the 2 good ones", len(docs))
			}
		})
	}
}

func TestABatchTheStoreRefusesIsStoredOneByOne(t *testing.T) {
	st := tempStore(t)
	ctx := context.Background()
	var batch []record
	for i, text := range []string{"Pilots said talks resume.", "Crews said the strike ends.", "Porters said nothing."} {
		a := &annotate.Annotations{}
		if i == 1 {
			// Something no check before the store catches: a value JSON
			// cannot hold, so the store's transaction fails.
			a.DocLabels = map[string]any{"score": math.NaN()}
		}
		batch = append(batch, record{path: "in.jsonl", line: i + 1, doc: &annotate.Document{ID: "d" + itoa(i), Text: text}, ann: a})
	}
	res, _, err := storeBatch(ctx, st, "ana", batch, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 3 || res[0].Status != Imported || res[1].Status != Failed || res[2].Status != Imported {
		t.Fatalf("results %+v", res)
	}
	if !strings.Contains(res[1].Err.Error(), "in.jsonl line 2") || !strings.Contains(res[1].Err.Error(), "d1") {
		t.Errorf("failure %q does not name the file, line and document", res[1].Err)
	}
	docs, _ := st.Documents(ctx, "ana")
	if len(docs) != 2 || docs[0].ID != "d0" || docs[1].ID != "d2" {
		t.Errorf("stored %+v, want d0 and d2 with their own ids", docs)
	}
}

func TestNoSuggestIsForThisImportOnly(t *testing.T) {
	st := tempStore(t)
	ctx := context.Background()
	dir := t.TempDir()
	put(t, dir, "ferry.txt", ferryArticle)
	var seen []bool
	res, err := Import(ctx, st, "ana", []string{dir}, Options{NoSuggest: true}, func(done, total int) {
		// What another import starting now would see.
		seen = append(seen, SuggestOnImport(ctx, st))
	})
	if err != nil || Count(res).Imported != 1 {
		t.Fatalf("%v %+v", err, res)
	}
	for _, on := range seen {
		if !on {
			t.Errorf("the project's suggest_on_import read off while the import ran")
		}
	}
	if v, ok, _ := st.Setting(ctx, SettingSuggestOnImport); ok || !SuggestOnImport(ctx, st) {
		t.Errorf("setting %q (set %v) after the import; want it untouched", v, ok)
	}
	docs, _ := st.Documents(ctx, "ana")
	if docs[0].Pending != 0 {
		t.Errorf("%d suggestions made with NoSuggest", docs[0].Pending)
	}
}

func TestResultStatuses(t *testing.T) {
	withSpans := &annotate.Annotations{Spans: []annotate.Span{{ID: "s1", Label: "X"}}, Layer: "zoe"}
	rec := func(a *annotate.Annotations) record {
		return record{path: "in.jsonl", line: 4, doc: &annotate.Document{ID: "d"}, ann: a}
	}
	tests := []struct {
		name   string
		rec    record
		res    store.AddResult
		status string
		err    string
	}{
		{"a new document", rec(withSpans), store.AddResult{ID: "d"}, Imported, ""},
		{"the same text, no annotations", rec(&annotate.Annotations{}), store.AddResult{ID: "d0", Duplicate: true}, Duplicate, "in.jsonl line 4"},
		{"the same text, with annotations added to their layer", rec(withSpans), store.AddResult{ID: "d0", Duplicate: true, AnnotationsAdded: true, Layer: "zoe"}, AnnotationsAdded, ""},
		{"the same text, its layer holding other work", rec(withSpans), store.AddResult{ID: "d0", Duplicate: true, Layer: "zoe",
			Err: fmt.Errorf("zoe's layer of d0 %w", store.ErrLayerConflict)}, Conflict, "in.jsonl line 4: zoe's layer of d0 already has other annotations"},
		{"a record the store refused", rec(withSpans), store.AddResult{ID: "d", Err: errors.New("span s1: range [4, 9) is outside the text")}, Failed, "in.jsonl line 4: span s1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resultOf(tt.rec, tt.res)
			if got.Status != tt.status || got.Line != 4 || (tt.err != "" && (got.Err == nil || !strings.Contains(got.Err.Error(), tt.err))) {
				t.Errorf("got %+v (%v), want %s with %q", got, got.Err, tt.status, tt.err)
			}
		})
	}
}

func TestImportReadsBratFoldersAndLabelStudioFiles(t *testing.T) {
	st := tempStore(t)
	ctx := context.Background()
	dir := t.TempDir()
	text := "Pilots 🚢 said talks resume."
	put(t, dir, "brat/pilots.txt", text)
	put(t, dir, "brat/pilots.ann", "T1\tSPEAKER 0 6\tPilots\nT2\tCUE 9 13\tsaid\nR1\tcue Arg1:T1 Arg2:T2\n")
	put(t, dir, "brat/annotation.conf", "[entities]\nSPEAKER\nCUE\n")
	put(t, dir, "brat/notes.md", "# Ferry crews vote to strike\n\nThe crews voted on Friday, the union said.\n")
	put(t, dir, "ls.json", `[{"id": 1, "data": {"text": "Porters said the quay is closed."}, "annotations": [{"completed_by": 3, "result": [{"id": "r", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 0, "end": 7, "text": "Porters", "labels": ["SPEAKER"]}}]}]}]`)
	res, err := Import(ctx, st, "ana", []string{filepath.Join(dir, "brat"), filepath.Join(dir, "ls.json")}, Options{NoSuggest: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c := Count(res); c.Imported != 3 || c.Failed != 0 {
		t.Fatalf("counts %+v: %+v", c, res)
	}
	doc, err := st.Document(ctx, "pilots")
	if err != nil || doc.Text != text {
		t.Fatalf("the brat text was not kept as it is: %v", err)
	}
	a, _ := st.Annotations(ctx, "pilots", "ana")
	if len(a.Spans) != 2 || len(a.Relations) != 1 {
		t.Errorf("brat annotations %+v", a)
	}
	for _, r := range res {
		if strings.HasSuffix(r.Path, "ls.json") && (r.Layer != "label-studio-user-3" || r.Line != 1) {
			t.Errorf("Label Studio result %+v: want layer and task position", r)
		}
	}
	if _, err := st.Document(ctx, "notes"); err != nil {
		t.Errorf("the Markdown article beside the brat files was not imported: %v", err)
	}
}

// A second analyst's file of an article already in the project adds their
// layer; the same file again changes nothing; other work for a layer that
// has some is a conflict naming the file and line; Label Studio's
// completing user gets a layer of their own.
func TestAnnotationsOfAKnownArticleGoToTheirLayer(t *testing.T) {
	st := tempStore(t)
	ctx := context.Background()
	dir := t.TempDir()
	text := "Fares rise by 8% in May, the operator said."
	line := func(annotator string, end int) string {
		return fmt.Sprintf(`{"id": "fares", "text": %q, "meta": {"annotator": %q}, "spans": [{"id": "c1", "start": 0, "end": %d, "label": "CLAIM"}]}`+"\n", text, annotator, end)
	}
	tests := []struct {
		name, file, body, status, layer, err string
	}{
		{"ana's file", "ana.jsonl", line("ana", 23), Imported, "ana", ""},
		{"ben's file", "ben.jsonl", line("ben", 16), AnnotationsAdded, "ben", ""},
		{"ben's file again", "ben.jsonl", line("ben", 16), Duplicate, "", ""},
		{"other work for ben", "ben2.jsonl", line("ben", 4), Conflict, "ben", "ben2.jsonl line 1"},
		{"a plain copy of the text", "plain.jsonl", fmt.Sprintf(`{"text": %q}`+"\n", text), Duplicate, "", ""},
		{"a Label Studio user", "ls.json", fmt.Sprintf(`[{"id": 1, "data": {"text": %q}, "annotations": [{"completed_by": 7, "result": [{"id": "r", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 0, "end": 5, "text": "Fares", "labels": ["CLAIM"]}}]}]}]`, text),
			AnnotationsAdded, "label-studio-user-7", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Import(ctx, st, "ana", []string{put(t, dir, tt.file, tt.body)}, Options{NoSuggest: true}, nil)
			if err != nil || len(res) != 1 {
				t.Fatalf("import: %+v, %v", res, err)
			}
			r := res[0]
			if r.Status != tt.status || (tt.layer != "" && r.Layer != tt.layer) || (tt.err != "" && (r.Err == nil || !strings.Contains(r.Err.Error(), tt.err))) {
				t.Errorf("result %+v (%v), want %s in layer %q with %q", r, r.Err, tt.status, tt.layer, tt.err)
			}
		})
	}
	spans := map[string]int{}
	docs, _ := st.Documents(ctx, "ana")
	if len(docs) != 1 {
		t.Fatalf("documents: %+v, want the one article", docs)
	}
	layers, err := st.Layers(ctx, docs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range layers {
		spans[l.Layer] = len(l.Spans)
		if l.Layer == "ben" && l.Spans[0].End != 16 {
			t.Errorf("the conflict changed ben's layer: %+v", l.Spans)
		}
	}
	if fmt.Sprint(spans) != "map[ana:1 ben:1 label-studio-user-7:1]" {
		t.Errorf("layers of the article: %v", spans)
	}
}
