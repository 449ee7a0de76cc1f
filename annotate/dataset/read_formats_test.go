package dataset

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsmark/annotate"
)

// Files in the shapes the tools themselves write, made for these tests
// from each tool's documented format (brat's standoff page and
// example-data, Label Studio's JSON export, Prodigy's rel.manual output,
// doccano's export pipeline). The texts are ours.

const ferryText = "Ferry crews in Kyiv 🚢 vote to strike\n\nUnion organiser Ewan Rendall said the rosters were \"drawn up by people who never sail.\"\n\nThe operator said talks would resume."

func put(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// spanText finds a record's span by label and returns its text.
func spanTexts(r Record) map[string][]string {
	out := map[string][]string{}
	for _, sp := range r.Ann.Spans {
		out[sp.Label] = append(out[sp.Label], annotate.Slice(r.Doc.Text, sp.Start, sp.End)+"|"+sp.Status)
	}
	return out
}

func TestImportReadsToolFiles(t *testing.T) {
	// Offsets of ferryText: 🚢 is one code point and two UTF-16 units.
	cp := func(sub string) (int, int) {
		i := strings.Index(ferryText, sub)
		s := len([]rune(ferryText[:i]))
		return s, s + len([]rune(sub))
	}
	u16 := func(sub string) (int, int) {
		s, e := cp(sub)
		if s > 20 { // after the ship
			return s + 1, e + 1
		}
		return s, e
	}
	itoa2 := func(a, b int) string { return itoa(a) + " " + itoa(b) }
	sS, sE := cp(`"drawn up by people who never sail."`)
	kS, kE := cp("Kyiv")

	tests := []struct {
		name  string
		files map[string]string
		read  string // the file named to ReadFile
		opt   ReadOptions
		check func(t *testing.T, recs []Record, bad []LineError)
	}{
		{
			name: "brat folder",
			files: map[string]string{
				"ferry.txt": ferryText,
				"ferry.ann": "T1\tSTATEMENT " + itoa2(sS, sE) + "\t\"drawn up by people who never sail.\"\n" +
					"T2\tSPEAKER " + itoa2(cp("Ewan Rendall")) + "\tEwan Rendall\n" +
					"T3\tCUE " + itoa2(cp("said the")) + "\tsaid the\n" +
					"T4\tENTITY " + itoa2(kS, kE) + "\tKyiv\n" +
					"T5\tSTATEMENT " + itoa2(cp("talks")) + ";" + itoa2(cp("resume")) + "\ttalks resume\n" +
					"R1\tsaid_by Arg1:T1 Arg2:T2\n" +
					"R2\tcue Arg1:T1 Arg2:T3\n" +
					"A1\tquote_type T1 direct\n" +
					"A2\tNegated T4\n" +
					"#1\tAnnotatorNotes T2\tcanonical: Ewan Rendall\n" +
					"#2\tAnnotatorNotes T4\tthe capital\n" +
					"E1\tStrike:T3 Agent:T2\n",
				"annotation.conf": "[entities]\nSTATEMENT\n",
			},
			read: "ferry.ann",
			check: func(t *testing.T, recs []Record, bad []LineError) {
				r := recs[0]
				if r.Doc.ID != "ferry" || r.Doc.Text != ferryText {
					t.Errorf("document %q, text kept as is: %v", r.Doc.ID, r.Doc.Text == ferryText)
				}
				got := spanTexts(r)
				if got["ENTITY"][0] != "Kyiv|accepted" || got["SPEAKER"][0] != "Ewan Rendall|accepted" {
					t.Errorf("spans %v", got)
				}
				if len(r.Ann.Relations) != 2 {
					t.Errorf("relations %v", r.Ann.Relations)
				}
				for _, sp := range r.Ann.Spans {
					switch sp.ID {
					case "T1":
						if sp.Attrs["quote_type"] != "direct" {
							t.Errorf("T1 attrs %v", sp.Attrs)
						}
					case "T2":
						if sp.Attrs["canonical"] != "Ewan Rendall" {
							t.Errorf("T2 attrs %v", sp.Attrs)
						}
					case "T4":
						if sp.Attrs["Negated"] != true || sp.Note != "the capital" {
							t.Errorf("T4 %v %q", sp.Attrs, sp.Note)
						}
					}
				}
				if len(bad) != 0 || len(r.Notes) != 1 || !strings.Contains(r.Notes[0], "E1") {
					t.Errorf("bad %v, notes %v: want the event line noted", bad, r.Notes)
				}
			},
		},
		{
			name: "brat line with wrong offsets",
			files: map[string]string{
				"ferry.txt": ferryText,
				"ferry.ann": "T1\tENTITY " + itoa2(kS+1, kE+1) + "\tKyiv\nT2\tENTITY " + itoa2(kS, kE) + "\tKyiv\n",
			},
			read: "ferry.txt",
			check: func(t *testing.T, recs []Record, bad []LineError) {
				if len(bad) != 1 || bad[0].Line != 1 || len(recs[0].Ann.Spans) != 1 {
					t.Errorf("bad %v, spans %v: want line 1 reported and T2 kept", bad, recs[0].Ann.Spans)
				}
			},
		},
		{
			name: "Label Studio export with predictions",
			files: map[string]string{"project-1.json": `[{"id": 7, "data": {"text": ` + quote(ferryText) + `}, "annotations": [` +
				`{"id": 3, "completed_by": 2, "was_cancelled": false, "result": [` +
				`{"value": {"start": ` + itoa(sS) + `, "end": ` + itoa(sE) + `, "text": "\"drawn up by people who never sail.\"", "labels": ["STATEMENT"]}, "id": "a1", "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"},` +
				`{"value": {"start": ` + itoa(sS) + `, "end": ` + itoa(sE) + `, "choices": ["direct"]}, "id": "a1", "from_name": "quote_type", "to_name": "text", "type": "choices", "origin": "manual"},` +
				`{"value": {"start": ` + itoa2c(cp("Ewan Rendall")) + `, "text": "Ewan Rendall", "labels": ["SPEAKER"]}, "id": "b2", "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"},` +
				`{"from_id": "b2", "to_id": "a1", "type": "relation", "direction": "left", "labels": ["said_by"]}]},` +
				`{"id": 4, "completed_by": {"id": 5, "email": "zoe@example.org"}, "was_cancelled": true, "result": []}],` +
				`"predictions": [{"model_version": "ner-v2", "score": 0.8, "result": [` +
				`{"value": {"start": ` + itoa(kS) + `, "end": ` + itoa(kE) + `, "text": "Kyiv", "labels": ["ENTITY"]}, "id": "p1", "from_name": "label", "to_name": "text", "type": "labels", "score": 0.91}]}]},` +
				`{"id": 8, "data": {"text": "The operator said talks would resume."}, "annotations": []}]`},
			read: "project-1.json",
			check: func(t *testing.T, recs []Record, bad []LineError) {
				if len(bad) > 0 || len(recs) != 2 {
					t.Fatalf("%d records, bad %v", len(recs), bad)
				}
				r := recs[0]
				if r.Ann.Layer != "label-studio-user-2" {
					t.Errorf("layer %q, want the completing user", r.Ann.Layer)
				}
				got := spanTexts(r)
				if got["ENTITY"][0] != "Kyiv|pending" || got["SPEAKER"][0] != "Ewan Rendall|accepted" {
					t.Errorf("spans %v: want the prediction pending", got)
				}
				for _, sp := range r.Ann.Spans {
					if sp.Label == "ENTITY" && (sp.Confidence != 0.91 || sp.Source != "ner-v2") {
						t.Errorf("prediction %+v: want score 0.91 from ner-v2", sp)
					}
					if sp.Label == "STATEMENT" && sp.Attrs["quote_type"] != "direct" {
						t.Errorf("per-region choice lost: %v", sp.Attrs)
					}
				}
				if len(r.Ann.Relations) != 1 || r.Ann.Relations[0].Head != "a1" || r.Ann.Relations[0].Child != "b2" {
					t.Errorf("relations %+v: want said_by a1 → b2 (direction left)", r.Ann.Relations)
				}
				if recs[1].Doc.Text != "The operator said talks would resume." || len(recs[1].Ann.Spans) != 0 {
					t.Errorf("task without annotations: %+v", recs[1])
				}
			},
		},
		{
			name:  "Prodigy rel.manual with token-index relations",
			files: map[string]string{"rel.jsonl": prodigyRel(t, ferryText) + "\n"},
			read:  "rel.jsonl",
			check: func(t *testing.T, recs []Record, bad []LineError) {
				if len(bad) > 0 || len(recs) != 1 {
					t.Fatalf("bad %v", bad)
				}
				r := recs[0]
				if r.Ann.Layer != "ferries-ana" {
					t.Errorf("layer %q, want _annotator_id", r.Ann.Layer)
				}
				if len(r.Ann.Spans) != 2 || len(r.Ann.Relations) != 1 || len(r.Notes) != 1 {
					t.Errorf("spans %v relations %v notes %v: want both spans, the token-index relation, a note for the dangling one", r.Ann.Spans, r.Ann.Relations, r.Notes)
				}
			},
		},
		{
			name: "doccano text classification, old labels files and plain lines",
			files: map[string]string{"mixed.jsonl": `{"id": 12, "text": "Ferry strike called off.", "label": ["labour", "transport"]}` + "\n" +
				`{"text": "Ferry crews vote to strike.", "labels": [[0, 11, "ENTITY"]]}` + "\n" +
				`{"text": "The operator said talks would resume."}` + "\n"},
			read: "mixed.jsonl",
			check: func(t *testing.T, recs []Record, bad []LineError) {
				if len(bad) > 0 || len(recs) != 3 {
					t.Fatalf("%d records, bad %v", len(recs), bad)
				}
				cats, _ := recs[0].Ann.DocLabels["categories"].([]any)
				if recs[0].Doc.ID != "12" || len(cats) != 2 {
					t.Errorf("classification record %q %v", recs[0].Doc.ID, recs[0].Ann.DocLabels)
				}
				if got := spanTexts(recs[1]); got["ENTITY"][0] != "Ferry crews|accepted" {
					t.Errorf("labels triples %v", got)
				}
				if len(recs[2].Ann.Spans) != 0 || recs[2].Doc.Text == "" {
					t.Errorf("plain line %+v", recs[2])
				}
			},
		},
		{
			name: "doccano relation export with UTF-16 offsets, --offsets utf16",
			files: map[string]string{"all.jsonl": `{"id": 4, "text": ` + quote(ferryText) + `, "entities": [` +
				`{"id": 10, "label": "SPEAKER", "start_offset": ` + itoa2d(u16("Ewan Rendall")) + `}, {"id": 11, "label": "STATEMENT", "start_offset": ` + itoa2d(u16(`"drawn up by people who never sail."`)) + `}, {"id": 12, "label": "ENTITY", "start_offset": ` + itoa2d(u16("Kyiv")) + `}],` +
				` "relations": [{"id": 1, "from_id": 11, "to_id": 10, "type": "said_by"}], "Comments": []}` + "\n"},
			read: "all.jsonl",
			opt:  ReadOptions{Offsets: UnitUTF16},
			check: func(t *testing.T, recs []Record, bad []LineError) {
				if len(bad) > 0 {
					t.Fatal(bad)
				}
				got := spanTexts(recs[0])
				if got["SPEAKER"][0] != "Ewan Rendall|accepted" || got["ENTITY"][0] != "Kyiv|accepted" || len(recs[0].Ann.Relations) != 1 {
					t.Errorf("spans %v, relations %v", got, recs[0].Ann.Relations)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range tt.files {
				put(t, dir, name, body)
			}
			recs, bad, err := ReadFile(filepath.Join(dir, tt.read), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) == 0 {
				t.Fatalf("no records; bad %v", bad)
			}
			tt.check(t, recs, bad)
		})
	}
}

func itoa2c(a, b int) string { return itoa(a) + `, "end": ` + itoa(b) }

// itoa2d writes a pair in doccano's key names.
func itoa2d(a, b int) string { return itoa(a) + `, "end_offset": ` + itoa(b) }

func quote(s string) string { return string(appendString(nil, s)) }

// prodigyRel writes a rel.manual task the way Prodigy saves one: spaCy
// tokens (a line break a token of its own), spans without ids or text,
// relations by token index, one without head_span/child_span whose head
// names no span.
func prodigyRel(t *testing.T, text string) string {
	t.Helper()
	x := &textIndex{}
	x.reset(text)
	toks := tokenize(x, nil)
	tokIdx := func(sub string) (int, int, int, int) {
		i := strings.Index(text, sub)
		s := len([]rune(text[:i]))
		e := s + len([]rune(sub))
		return s, e, tokenAt(toks, s), tokenAt(toks, e-1)
	}
	var b strings.Builder
	b.WriteString(`{"text": ` + quote(text) + `, "_input_hash": -1200, "_task_hash": 77, "tokens": [`)
	for i, tk := range toks {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`{"text": ` + quote(x.Slice(tk.start, tk.end)) + `, "start": ` + itoa(tk.start) + `, "end": ` + itoa(tk.end) + `, "id": ` + itoa(i) + `, "ws": ` + map[bool]string{true: "true", false: "false"}[tk.ws] + `}`)
	}
	s1, e1, ts1, te1 := tokIdx("Ewan Rendall")
	s2, e2, ts2, te2 := tokIdx("rosters")
	b.WriteString(`], "spans": [{"start": ` + itoa(s1) + `, "end": ` + itoa(e1) + `, "token_start": ` + itoa(ts1) + `, "token_end": ` + itoa(te1) + `, "label": "SPEAKER"}, ` +
		`{"start": ` + itoa(s2) + `, "end": ` + itoa(e2) + `, "token_start": ` + itoa(ts2) + `, "token_end": ` + itoa(te2) + `, "label": "ENTITY"}], ` +
		`"relations": [{"head": ` + itoa(te2) + `, "child": ` + itoa(te1) + `, "label": "said_by", "color": "#c5bdf4"}, {"head": 0, "child": ` + itoa(te1) + `, "label": "said_by"}], ` +
		`"_view_id": "relations", "_session_id": "ferries-ana", "_annotator_id": "ferries-ana", "answer": "accept"}`)
	return b.String()
}

func TestImportReadsADoccanoExportZipIntoEachUsersLayer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "doccano-export.zip")
	f, _ := os.Create(path)
	zw := zip.NewWriter(f)
	for name, line := range map[string]string{
		"ana.jsonl": `{"id": 1, "text": "Ferry crews vote to strike.", "label": [[0, 11, "ENTITY"]], "Comments": []}`,
		"ben.jsonl": `{"id": 1, "text": "Ferry crews vote to strike.", "label": [[20, 26, "ENTITY"]], "Comments": []}`,
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(line + "\n"))
	}
	zw.Close()
	f.Close()
	recs, bad, err := ReadFile(path, ReadOptions{})
	if err != nil || len(bad) > 0 || len(recs) != 2 {
		t.Fatalf("%d records, %v, %v", len(recs), bad, err)
	}
	layers := map[string]string{}
	for _, r := range recs {
		layers[r.Ann.Layer] = annotate.Slice(r.Doc.Text, r.Ann.Spans[0].Start, r.Ann.Spans[0].End)
	}
	if layers["ana"] != "Ferry crews" || layers["ben"] != "strike" {
		t.Errorf("layers %v: want each user's file in their layer", layers)
	}
}
