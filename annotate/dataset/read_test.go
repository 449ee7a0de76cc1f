package dataset

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"newsmark/annotate"
)

func writeLines(t *testing.T, lines ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A small newsmark/1 line whose parts tests break one at a time.
const goodLine = `{"id": "d1", "text": "Mayor Ana Ruiz said the bridge 🌉 reopens Friday.", "meta": {"schema": "newsmark/1", "offset_unit": "codepoint", "annotator": "zoe", "desk": "metro"}, ` +
	`"spans": [{"id": "spk1", "start": 0, "end": 14, "label": "SPEAKER", "text": "Mayor Ana Ruiz", "attrs": {"canonical": "Ana Ruiz", "kb": "x1"}}, ` +
	`{"id": "s1", "start": 20, "end": 47, "label": "STATEMENT", "text": "the bridge 🌉 reopens Friday"}], ` +
	`"relations": [{"label": "said_by", "head": "s1", "child": "spk1"}], "targets": [{"id": "T1", "text": "the bridge reopening"}], ` +
	`"stance": [{"statement": "s1", "target": "T1", "label": "FAVOR", "implicit": false, "evidence": {"start": 31, "end": 32, "text": "🌉"}}]}`

func TestReadJSONLReportsMalformedLinesByNumber(t *testing.T) {
	path := writeLines(t,
		goodLine,
		`{"id": "d2", "text": "broken`,
		strings.Replace(goodLine, `"end": 47`, `"end": 470`, 1),
		strings.Replace(goodLine, `"child": "spk1"`, `"child": "spk9"`, 1),
		strings.Replace(goodLine, `{"statement": "s1"`, `{"statement": "s7"`, 1),
		strings.Replace(goodLine, `"text": "Mayor Ana Ruiz"`, `"text": "Mayor Ana"`, 1),
		"",
		strings.Replace(strings.Replace(goodLine, `"id": "d1"`, `"id": "d3"`, 1), `"desk": "metro"`, `"status": "done"`, 1),
		`{"hello": "world"}`,
	)
	recs, bad, err := ReadJSONL(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, e := range bad {
		lines = append(lines, e.Line)
	}
	if want := []int{2, 3, 4, 5, 6, 9}; !reflect.DeepEqual(lines, want) {
		t.Errorf("bad lines %v, want %v (%v)", lines, want, bad)
	}
	if len(recs) != 2 || recs[0].Doc.ID != "d1" || recs[1].Doc.ID != "d3" {
		t.Fatalf("read %d records, want d1 and d3", len(recs))
	}
	r := recs[0]
	if got := r.Ann.Spans[0]; got.Annotator != "zoe" || got.Source != annotate.SourceImport || got.Status != annotate.SpanAccepted || got.Attrs["kb"] != "x1" {
		t.Errorf("span %+v: want annotator zoe from meta, source import, accepted, unknown attr kept", got)
	}
	if r.Doc.Meta.Extra["desk"] != "metro" || r.Doc.Meta.Extra["schema"] != nil || r.Doc.Meta.Extra["annotator"] != nil {
		t.Errorf("meta extras %v: want desk kept, schema and annotator not", r.Doc.Meta.Extra)
	}
	if recs[1].Doc.Status != annotate.StatusDone {
		t.Errorf("status %q, want done from meta.status", recs[1].Doc.Status)
	}
	if ev := r.Ann.Stances[0].Evidence; ev == nil || ev.Start != 31 || ev.End != 32 {
		t.Errorf("evidence %+v, want [31, 32)", ev)
	}
}

func TestReadJSONLConvertsDeclaredUnits(t *testing.T) {
	// 🌉 is two UTF-16 units and four bytes; "Friday" starts at code point 41.
	tests := []struct {
		unit       string
		start, end int
	}{
		{UnitCodepoint, 41, 47},
		{UnitUTF16, 42, 48},
		{UnitUTF8, 44, 50},
	}
	for _, tt := range tests {
		t.Run(tt.unit, func(t *testing.T) {
			line := `{"id": "u", "text": "Mayor Ana Ruiz said the bridge 🌉 reopens Friday.", "meta": {"schema": "newsmark/1", "offset_unit": "` + tt.unit + `"}, ` +
				`"spans": [{"id": "x1", "start": ` + itoa(tt.start) + `, "end": ` + itoa(tt.end) + `, "label": "DATE", "text": "Friday"}]}`
			recs, bad, err := ReadJSONL(writeLines(t, line))
			if err != nil || len(bad) > 0 {
				t.Fatal(err, bad)
			}
			if sp := recs[0].Ann.Spans[0]; sp.Start != 41 || sp.End != 47 {
				t.Errorf("span at [%d, %d), want code points [41, 47)", sp.Start, sp.End)
			}
		})
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestReadJSONLReadsProdigyAndDoccanoExports(t *testing.T) {
	docs, anns := testArticles(t)
	for _, tt := range []struct {
		format string
		write  func(*bytes.Buffer, *annotate.Document, *annotate.Annotations) error
	}{
		{FormatProdigy, func(w *bytes.Buffer, d *annotate.Document, a *annotate.Annotations) error {
			return WriteProdigy(w, d, a, Options{})
		}},
		{FormatDoccano, func(w *bytes.Buffer, d *annotate.Document, a *annotate.Annotations) error {
			return WriteDoccano(w, d, a, Options{})
		}},
	} {
		t.Run(tt.format, func(t *testing.T) {
			var buf bytes.Buffer
			for i := range docs {
				if err := tt.write(&buf, docs[i], anns[i]); err != nil {
					t.Fatal(err)
				}
			}
			path := filepath.Join(t.TempDir(), "x.jsonl")
			os.WriteFile(path, buf.Bytes(), 0o644)
			recs, bad, err := ReadJSONL(path)
			if err != nil || len(bad) > 0 || len(recs) != 3 {
				t.Fatalf("%d records, %v, %v", len(recs), bad, err)
			}
			for i, r := range recs {
				if r.Doc.ID != docs[i].ID || r.Doc.Text != docs[i].Text {
					t.Errorf("document %d: id %q, text changed: %v", i, r.Doc.ID, r.Doc.Text != docs[i].Text)
				}
				want, _ := selectAnnotations(docs[i], anns[i], Options{})
				if got := spanSet(r.Ann.Spans, nil); !reflect.DeepEqual(got, spanSet(want.spans, nil)) {
					t.Errorf("%s spans:\n got %v\nwant %v", docs[i].ID, got, spanSet(want.spans, nil))
				}
				if got, want := relSet(r.Ann), relSet(&annotate.Annotations{Spans: want.spans, Relations: want.relations}); !reflect.DeepEqual(got, want) {
					t.Errorf("%s relations:\n got %v\nwant %v", docs[i].ID, got, want)
				}
			}
		})
	}
}

// spanSet describes spans by content: range, label, text.
func spanSet(spans []annotate.Span, text *string) map[string]bool {
	out := map[string]bool{}
	for _, s := range spans {
		out[itoa(s.Start)+"-"+itoa(s.End)+" "+s.Label] = true
	}
	return out
}

// relSet describes relations by the ranges they join.
func relSet(a *annotate.Annotations) map[string]bool {
	at := map[string]string{}
	for _, s := range a.Spans {
		at[s.ID] = itoa(s.Start) + "-" + itoa(s.End) + " " + s.Label
	}
	out := map[string]bool{}
	for _, r := range a.Relations {
		out[r.Label+": "+at[r.Head]+" → "+at[r.Child]] = true
	}
	return out
}

func TestValidateCatchesEachProblem(t *testing.T) {
	stanceRow := `{"id": "d1#s1#T1", "doc_id": "d1", "statement_id": "s1", "text": "x", "context": "x", "speaker": null, "speaker_mention": null, "cue": null, "quote_type": null, "zone": "body", "target": "t", "stance": "FAVOR", "implicit": false}`
	tests := []struct {
		name string
		line string
		want string // in the report; "" means valid
	}{
		{"valid document", goodLine, ""},
		{"valid stance row", stanceRow, ""},
		{"not JSON", `{"id": `, "not a JSON object"},
		{"no schema", `{"id": "d1", "text": "x"}`, "meta.schema"},
		{"offset outside the text", strings.Replace(goodLine, `"end": 47`, `"end": 470`, 1), "outside the text"},
		{"span text differs", strings.Replace(goodLine, `"text": "Mayor Ana Ruiz"`, `"text": "Mayor Ana"`, 1), "is not what"},
		{"span without text", strings.Replace(goodLine, `, "text": "Mayor Ana Ruiz"`, ``, 1), "no text"},
		{"relation to a missing span", strings.Replace(goodLine, `"child": "spk1"`, `"child": "spk9"`, 1), "unknown span id"},
		{"stance on a missing statement", strings.Replace(goodLine, `{"statement": "s1"`, `{"statement": "s7"`, 1), "unknown statement"},
		{"stance toward a missing target", strings.Replace(goodLine, `"target": "T1"`, `"target": "T9"`, 1), "unknown target"},
		{"evidence text differs", strings.Replace(goodLine, `"text": "🌉"`, `"text": "bridge"`, 1), "evidence"},
		{"zone text differs", strings.Replace(goodLine, `"spans": [`, `"zones": [{"zone": "body", "start": 0, "end": 5, "text": "Mayo"}], "spans": [`, 1), "zone body"},
		{"stance row without a column", strings.Replace(stanceRow, `"cue": null, `, ``, 1), `missing column "cue"`},
		{"stance row with an unknown label", strings.Replace(stanceRow, `"FAVOR"`, `"PRO"`, 1), "not FAVOR"},
		{"stance row with target but no stance", strings.Replace(stanceRow, `"FAVOR"`, `null`, 1), "both"},
		{"stance row with a number for text", strings.Replace(stanceRow, `"text": "x"`, `"text": 3`, 1), `"text"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			n, err := Validate(writeLines(t, tt.line), &out)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				if n != 0 {
					t.Errorf("%d problems in a valid file:\n%s", n, out.String())
				}
				return
			}
			if n == 0 || !strings.Contains(out.String(), tt.want) || !strings.Contains(out.String(), ":1: ") {
				t.Errorf("%d problems; report does not name line 1 and %q:\n%s", n, tt.want, out.String())
			}
		})
	}
	t.Run("duplicate document id", func(t *testing.T) {
		var out bytes.Buffer
		n, _ := Validate(writeLines(t, goodLine, goodLine), &out)
		if n != 1 || !strings.Contains(out.String(), ":2: document id d1 already used on line 1") {
			t.Errorf("%d problems:\n%s", n, out.String())
		}
	})
}

func TestOwnExportsValidate(t *testing.T) {
	st := testStore(t)
	for _, opt := range []Options{
		{Format: FormatNewsmark, IncludeSuggestions: true},
		{Format: FormatNewsmark, Offsets: UnitUTF16},
		{Format: FormatStance, IncludeUnlabeled: true},
	} {
		path := filepath.Join(t.TempDir(), "x.jsonl")
		if _, err := Export(context.Background(), st, path, nil, opt, nil); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if n, err := Validate(path, &out); n != 0 || err != nil {
			t.Errorf("%+v: %d problems, %v:\n%s", opt, n, err, out.String())
		}
	}
}
