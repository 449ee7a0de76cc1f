package dataset

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newsmark/annotate"
	"newsmark/store"
)

// describe renders what a document's annotations mean, independent of
// span ids: spans by range, label, status and attributes; relations and
// stance by the ranges they join. attrs and stance are left out for
// formats without room for them.
func describe(a *annotate.Annotations, attrs, stance bool) []string {
	at := map[string]string{}
	var out []string
	for _, s := range a.Spans {
		if s.Status == annotate.SpanRejected {
			continue
		}
		status := s.Status
		if status == "" {
			status = annotate.SpanAccepted
		}
		r := fmt.Sprintf("%d-%d %s", s.Start, s.End, s.Label)
		at[s.ID] = r
		line := "span " + r + " " + status
		if attrs {
			line += " " + string(appendObject(nil, s.Attrs)) + " " + s.Note
		}
		out = append(out, line)
	}
	for _, r := range a.Relations {
		if at[r.Head] == "" || at[r.Child] == "" {
			continue
		}
		out = append(out, "relation "+r.Label+": "+at[r.Head]+" → "+at[r.Child])
	}
	if stance {
		texts := map[string]string{}
		for _, t := range a.Targets {
			texts[t.ID] = t.Text
		}
		for _, st := range a.Stances {
			out = append(out, fmt.Sprintf("stance %s toward %q: %s implicit=%v", at[st.Statement], texts[st.Target], st.Label, st.Implicit))
		}
	}
	sort.Strings(out)
	return out
}

// projectAnnotations reads what an export of st with opt selects, by
// document id, as describe renders it.
func projectAnnotations(t *testing.T, st *store.Store, opt Options, attrs, stance bool) map[string][]string {
	t.Helper()
	want := map[string][]string{}
	err := st.ForEachDocument(context.Background(), store.DocFilter{Layer: defaultLayer(t, st)}, func(d *annotate.Document, a *annotate.Annotations) error {
		s, err := selectAnnotations(d, a, opt)
		if err != nil {
			return err
		}
		sel := &annotate.Annotations{Spans: s.spans, Relations: s.relations, Stances: s.stances, Targets: s.targets}
		want[d.ID] = describe(sel, attrs, stance)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return want
}

// sources are the projects every format round-trips: our three articles
// with emoji, a flag, combining accents and CJK (one with a pending
// suggestion), and the seed article's hand-checked gold from ../shared.
func sources(t *testing.T) map[string]*store.Store {
	out := map[string]*store.Store{"articles": testStore(t)}
	gold := filepath.Join(sharedDir(t), "fixtures", "seed_000_gold.doc.jsonl")
	recs, bad, err := ReadJSONL(gold)
	if err != nil || len(bad) > 0 {
		t.Fatalf("read the seed gold: %v %v", err, bad)
	}
	out["seed gold"] = importRecords(t, recs)
	return out
}

func TestEveryFormatLoadsInItsToolAndRoundTrips(t *testing.T) {
	for name, st := range sources(t) {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			all := Options{IncludeSuggestions: true}
			accepted := Options{}

			t.Run("prodigy", func(t *testing.T) {
				opt := all
				opt.Format = FormatProdigy
				data := export(t, st, dir, "p.jsonl", opt)
				spans, rels, err := readProdigyLikeParseData(data)
				if err != nil {
					t.Fatalf("parse_data.py would fail: %v", err)
				}
				wantSpans, wantRels := countAccepted(t, st)
				if spans != wantSpans || rels != wantRels {
					t.Errorf("parse_data.py reads %d spans and %d relations, want %d and %d", spans, rels, wantSpans, wantRels)
				}
				roundTrip(t, filepath.Join(dir, "p.jsonl"), projectAnnotations(t, st, all, true, true), true, true)
			})
			t.Run("spacy", func(t *testing.T) {
				opt := accepted
				opt.Format = FormatSpacy
				n, err := readSpacyExport(export(t, st, dir, "s.jsonl", opt))
				if want, _ := countAccepted(t, st); err != nil || n != want {
					t.Errorf("char_span reads %d spans (%v), want %d", n, err, want)
				}
			})
			t.Run("brat", func(t *testing.T) {
				opt := all
				opt.Format = FormatBrat
				data := export(t, st, dir, "b.zip", opt)
				n, err := readBratZip(data)
				if err != nil {
					t.Fatalf("brat would refuse: %v", err)
				}
				if want := countAll(t, st); n != want {
					t.Errorf("brat reads %d text-bound annotations, want %d", n, want)
				}
				roundTrip(t, filepath.Join(dir, "b.zip"), projectAnnotations(t, st, all, true, true), true, true)
			})
			t.Run("doccano", func(t *testing.T) {
				opt := accepted
				opt.Format = FormatDoccano
				data := export(t, st, dir, "d.jsonl", opt)
				placed, rels, err := doccanoLoad(data, true)
				if err != nil {
					t.Fatalf("doccano's default relation project: %v", err)
				}
				if rels == 0 {
					t.Errorf("no relation reached doccano")
				}
				if _, _, err := doccanoLoad(data, false); err != nil {
					t.Errorf("doccano's sequence labelling project: %v", err)
				}
				checkPlaced(t, st, placed)
				roundTrip(t, filepath.Join(dir, "d.jsonl"), projectAnnotations(t, st, accepted, true, true), true, true)
			})
			t.Run("labelstudio", func(t *testing.T) {
				opt := all
				opt.Format = FormatLabelStudio
				data := export(t, st, dir, "l.json", opt)
				config, err := os.ReadFile(filepath.Join(dir, "l.config.xml"))
				if err != nil {
					t.Fatalf("no labeling config beside the export: %v", err)
				}
				regions, predicted, rels, err := readLabelStudio(data, config)
				if err != nil {
					t.Fatalf("Label Studio would refuse: %v", err)
				}
				wantSpans, wantRels := countAccepted(t, st)
				if regions != wantSpans || rels != wantRels || predicted != countAll(t, st)-wantSpans {
					t.Errorf("Label Studio reads %d regions, %d relations, %d predicted; want %d, %d, %d", regions, rels, predicted, wantSpans, wantRels, countAll(t, st)-wantSpans)
				}
				roundTrip(t, filepath.Join(dir, "l.json"), projectAnnotations(t, st, all, true, true), true, true)
			})
		})
	}
}

// checkPlaced compares where doccano's view puts each entity with the
// text our spans cover.
func checkPlaced(t *testing.T, st *store.Store, placed [][]string) {
	t.Helper()
	i := 0
	st.ForEachDocument(context.Background(), store.DocFilter{Layer: defaultLayer(t, st)}, func(d *annotate.Document, a *annotate.Annotations) error {
		s, _ := selectAnnotations(d, a, Options{Format: FormatDoccano})
		in, _ := doccanoEntities(s)
		var want []string
		for _, k := range in {
			sp := s.spans[k]
			want = append(want, sp.Label+" "+s.text(sp.Start, sp.End))
		}
		if i >= len(placed) || strings.Join(placed[i], "|") != strings.Join(want, "|") {
			t.Errorf("%s: doccano shows spans on other words than ours", d.ID)
		}
		i++
		return nil
	})
}

// roundTrip reads an export back and compares each document with want.
func roundTrip(t *testing.T, path string, want map[string][]string, attrs, stance bool) {
	t.Helper()
	recs, bad, err := ReadFile(path, ReadOptions{})
	if err != nil || len(bad) > 0 {
		t.Fatalf("read back %s: %v %v", filepath.Base(path), err, bad)
	}
	if len(recs) != len(want) {
		t.Fatalf("read back %d records, want %d", len(recs), len(want))
	}
	for _, r := range recs {
		if probs := CheckRecord(r, nil); len(probs) > 0 {
			t.Errorf("%s: %v", r.Doc.ID, probs)
		}
		got := describe(r.Ann, attrs, stance)
		w, ok := want[r.Doc.ID]
		if !ok {
			t.Errorf("read back a document %q the project does not have", r.Doc.ID)
			continue
		}
		if strings.Join(got, "\n") != strings.Join(w, "\n") {
			t.Errorf("%s changed on the way through %s:\n got %s\nwant %s", r.Doc.ID, filepath.Base(path), strings.Join(got, "\n     "), strings.Join(w, "\n     "))
		}
	}
}

func countAccepted(t *testing.T, st *store.Store) (spans, rels int) {
	st.ForEachDocument(context.Background(), store.DocFilter{Layer: defaultLayer(t, st)}, func(d *annotate.Document, a *annotate.Annotations) error {
		s, _ := selectAnnotations(d, a, Options{})
		spans += len(s.spans)
		rels += len(s.relations)
		return nil
	})
	return spans, rels
}

func countAll(t *testing.T, st *store.Store) int {
	n := 0
	st.ForEachDocument(context.Background(), store.DocFilter{Layer: defaultLayer(t, st)}, func(d *annotate.Document, a *annotate.Annotations) error {
		s, _ := selectAnnotations(d, a, Options{IncludeSuggestions: true})
		n += len(s.spans)
		return nil
	})
	return n
}

// defaultLayer is the layer an export of st writes when none is named.
func defaultLayer(t *testing.T, st *store.Store) string {
	t.Helper()
	l, err := DefaultLayer(context.Background(), st, "")
	if err != nil {
		t.Fatal(err)
	}
	return l
}
