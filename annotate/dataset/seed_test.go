package dataset

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
)

// These tests read the hand-checked gold annotation of the seed article
// from ../shared at test time; nothing built from it is committed.

func decodeObjects(t *testing.T, b []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	for dec.More() {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

// pick keeps the named keys of each object in a list.
func pick(list any, keys ...string) []map[string]any {
	var out []map[string]any
	items, _ := list.([]any)
	for _, it := range items {
		m := it.(map[string]any)
		p := map[string]any{}
		for _, k := range keys {
			if v, ok := m[k]; ok {
				p[k] = v
			}
		}
		out = append(out, p)
	}
	return out
}

func TestSeedGoldRoundTrip(t *testing.T) {
	shared := sharedDir(t)
	gold := filepath.Join(shared, "fixtures", "seed_000_gold.doc.jsonl")
	recs, bad, err := ReadJSONL(gold)
	if err != nil || len(bad) > 0 || len(recs) != 1 {
		t.Fatalf("read gold: %d records, %v, %v", len(recs), bad, err)
	}
	st := importRecords(t, recs)
	dir := t.TempDir()
	got := decodeObjects(t, export(t, st, dir, "seed.jsonl", Options{Format: FormatNewsmark}))[0]
	raw, _ := os.ReadFile(gold)
	want := decodeObjects(t, raw)[0]

	if got["id"] != want["id"] || got["text"] != want["text"] {
		t.Fatalf("id or text changed")
	}
	for _, c := range []struct {
		key  string
		keys []string
	}{
		{"spans", []string{"id", "start", "end", "label", "text", "attrs"}},
		{"relations", []string{"label", "head", "child", "head_span", "child_span"}},
		{"targets", []string{"id", "text", "kind"}},
		{"stance", []string{"statement", "target", "label", "implicit", "evidence"}},
		{"zones", []string{"zone", "start", "end", "text"}},
	} {
		g, w := pick(got[c.key], c.keys...), pick(want[c.key], c.keys...)
		if c.key == "spans" {
			// The store orders spans by position; compare them by id.
			byID := func(l []map[string]any) {
				sort.Slice(l, func(i, j int) bool { return l[i]["id"].(string) < l[j]["id"].(string) })
			}
			byID(g)
			byID(w)
		}
		if len(w) == 0 {
			t.Errorf("gold has no %s", c.key)
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s differ after the round trip:\n got %v\nwant %v", c.key, g, w)
		}
	}
	if !reflect.DeepEqual(got["doc_labels"], want["doc_labels"]) {
		t.Errorf("doc_labels %v, want %v", got["doc_labels"], want["doc_labels"])
	}
	gm, wm := got["meta"].(map[string]any), want["meta"].(map[string]any)
	for _, k := range []string{"source_file", "title", "wire", "removed", "schema", "offset_unit"} {
		if !reflect.DeepEqual(gm[k], wm[k]) {
			t.Errorf("meta.%s = %v, want %v", k, gm[k], wm[k])
		}
	}
	if !reflect.DeepEqual(gm["annotators"], []any{"gold"}) {
		t.Errorf("meta.annotators = %v, want [gold] from meta.annotator", gm["annotators"])
	}

	// Our own file survives export → import → export byte for byte.
	first, _ := os.ReadFile(filepath.Join(dir, "seed.jsonl"))
	again, bad, err := ReadJSONL(filepath.Join(dir, "seed.jsonl"))
	if err != nil || len(bad) > 0 {
		t.Fatal(err, bad)
	}
	second := export(t, importRecords(t, again), dir, "again.jsonl", Options{Format: FormatNewsmark})
	if !bytes.Equal(first, second) {
		t.Errorf("export → import → export of the seed changed the file")
	}
	var report bytes.Buffer
	if n, err := Validate(filepath.Join(dir, "seed.jsonl"), &report); n != 0 || err != nil {
		t.Errorf("our export of the seed does not validate: %v\n%s", err, report.String())
	}

	// Every other format exports it, every offset checked.
	for _, f := range Formats {
		for _, unit := range Units(f) {
			name := "seed." + f + "." + unit
			switch f {
			case FormatBrat:
				name += ".zip"
			case FormatLabelStudio:
				name += ".json"
			}
			if _, err := Export(context.Background(), st, filepath.Join(dir, name), nil, Options{Format: f, Offsets: unit}, nil); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
}

func TestSeedGoldStanceRows(t *testing.T) {
	shared := sharedDir(t)
	recs, bad, err := ReadJSONL(filepath.Join(shared, "fixtures", "seed_000_gold.doc.jsonl"))
	if err != nil || len(bad) > 0 {
		t.Fatal(err, bad)
	}
	var buf bytes.Buffer
	if err := WriteStance(&buf, recs[0].Doc, recs[0].Ann, Options{}); err != nil {
		t.Fatal(err)
	}
	got := decodeObjects(t, buf.Bytes())
	raw, err := os.ReadFile(filepath.Join(shared, "fixtures", "seed_000_gold.flat.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	want := decodeObjects(t, raw)
	if len(got) != len(want) {
		t.Fatalf("%d stance rows, want %d", len(got), len(want))
	}
	for i := range want {
		for k, v := range want[i] {
			if !reflect.DeepEqual(got[i][k], v) {
				t.Errorf("row %s: %s = %v, want %v", want[i]["id"], k, got[i][k], v)
			}
		}
	}
}
