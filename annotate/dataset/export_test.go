package dataset

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"newsmark/annotate"
	"newsmark/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// export runs Export into a file under dir and returns its bytes.
func export(t *testing.T, st *store.Store, dir, name string, opt Options) []byte {
	t.Helper()
	out := filepath.Join(dir, name)
	if _, err := Export(context.Background(), st, out, nil, opt, nil); err != nil {
		t.Fatalf("export %s: %v", name, err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

func TestGoldenFiles(t *testing.T) {
	st := testStore(t)
	tests := []struct {
		golden string
		opt    Options
	}{
		{"newsmark.jsonl", Options{Format: FormatNewsmark}},
		{"newsmark.utf16.jsonl", Options{Format: FormatNewsmark, Offsets: UnitUTF16}},
		{"newsmark.suggestions.jsonl", Options{Format: FormatNewsmark, IncludeSuggestions: true}},
		{"stance.jsonl", Options{Format: FormatStance}},
		{"stance.unlabeled.jsonl", Options{Format: FormatStance, IncludeUnlabeled: true}},
		{"prodigy.jsonl", Options{Format: FormatProdigy}},
		{"doccano.jsonl", Options{Format: FormatDoccano}},
		{"labelstudio.json", Options{Format: FormatLabelStudio, IncludeSuggestions: true}},
		{"spacy.jsonl", Options{Format: FormatSpacy, IncludeSuggestions: true}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			dir := t.TempDir()
			golden(t, tt.golden, export(t, st, dir, tt.golden, tt.opt))
			if tt.opt.Format == FormatLabelStudio {
				config, err := os.ReadFile(LabelStudioConfigPath(filepath.Join(dir, tt.golden)))
				if err != nil {
					t.Fatal(err)
				}
				golden(t, "labelstudio.config.xml", config)
			}
		})
	}
	t.Run("brat", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "brat")
		if _, err := Export(context.Background(), st, out, nil, Options{Format: FormatBrat}, nil); err != nil {
			t.Fatal(err)
		}
		entries, err := os.ReadDir(out)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
			if strings.HasSuffix(e.Name(), ".txt") {
				continue // the article text itself, checked below
			}
			b, _ := os.ReadFile(filepath.Join(out, e.Name()))
			golden(t, "brat/"+e.Name(), b)
		}
		want := []string{".newsmark-export", "annotation.conf", "montreal-bike-lanes.ann", "montreal-bike-lanes.txt", "rotterdam-strike.ann",
			"rotterdam-strike.txt", "yoshida-beef-bowl.ann", "yoshida-beef-bowl.txt"}
		if strings.Join(names, " ") != strings.Join(want, " ") {
			t.Errorf("brat folder holds %v, want %v", names, want)
		}
	})
}

// pySlice slices text as Python's str does (code points), or as JavaScript
// does (UTF-16 units), or as bytes.
func pySlice(text, unit string, start, end int) (string, bool) {
	switch unit {
	case UnitUTF8:
		if start < 0 || end > len(text) || start > end {
			return "", false
		}
		return text[start:end], true
	case UnitUTF16:
		u := utf16.Encode([]rune(text))
		if start < 0 || end > len(u) || start > end {
			return "", false
		}
		return string(utf16.Decode(u[start:end])), true
	}
	r := []rune(text)
	if start < 0 || end > len(r) || start > end {
		return "", false
	}
	return string(r[start:end]), true
}

func TestOffsetsSliceTheSpanTextInEveryUnit(t *testing.T) {
	docs, anns := testArticles(t)
	tests := []struct {
		unit     string
		doc      int
		span     string
		want     [2]int // expected offsets in the unit
		wantText string
	}{
		// "🚢🇳🇱" is 3 code points but 6 UTF-16 units and 12 bytes.
		{UnitCodepoint, 0, "s3", [2]int{449, 474}, "\"Back to work Monday 🚢🇳🇱\""},
		{UnitUTF16, 0, "s3", [2]int{449, 477}, "\"Back to work Monday 🚢🇳🇱\""},
		{UnitUTF8, 0, "s3", [2]int{451, 485}, "\"Back to work Monday 🚢🇳🇱\""},
		// 𠮷 (U+20BB7) occurs twice before "498 yen": two extra UTF-16 units.
		{UnitCodepoint, 2, "c1", [2]int{181, 188}, "498 yen"},
		{UnitUTF16, 2, "c1", [2]int{183, 190}, "498 yen"},
		// A combining accent is its own code point, as in Python.
		{UnitCodepoint, 1, "spk1", [2]int{0, 0}, "Councillor He\u0301le\u0300ne Co\u0302te\u0301"},
	}
	for _, tt := range tests {
		t.Run(tt.unit+"/"+docs[tt.doc].ID+"/"+tt.span, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteNewsmark(&buf, docs[tt.doc], anns[tt.doc], Options{Offsets: tt.unit}); err != nil {
				t.Fatal(err)
			}
			recs := decodeLines(t, buf.Bytes())
			if got := recs[0]["meta"].(map[string]any)["offset_unit"]; got != tt.unit {
				t.Errorf("meta.offset_unit = %v, want %s", got, tt.unit)
			}
			sp := findSpan(t, recs[0], tt.span)
			start, end := int(sp["start"].(float64)), int(sp["end"].(float64))
			if tt.want != [2]int{0, 0} && [2]int{start, end} != tt.want {
				t.Errorf("offsets [%d, %d), want %v", start, end, tt.want)
			}
			got, ok := pySlice(docs[tt.doc].Text, tt.unit, start, end)
			if !ok || got != tt.wantText || sp["text"] != tt.wantText {
				t.Errorf("text[%d:%d] in %s = %q (span text %q), want %q", start, end, tt.unit, got, sp["text"], tt.wantText)
			}
		})
	}
	// The same span counts differently in code points and UTF-16 once an
	// astral character precedes it.
	cp, u16 := spanOffsets(t, docs[2], anns[2], "c1", UnitCodepoint), spanOffsets(t, docs[2], anns[2], "c1", UnitUTF16)
	if u16[0]-cp[0] != 2 {
		t.Errorf("498 yen starts at %d code points and %d UTF-16 units; want 2 apart (two 𠮷 before it)", cp[0], u16[0])
	}
}

func spanOffsets(t *testing.T, d *annotate.Document, a *annotate.Annotations, id, unit string) [2]int {
	var buf bytes.Buffer
	if err := WriteNewsmark(&buf, d, a, Options{Offsets: unit}); err != nil {
		t.Fatal(err)
	}
	sp := findSpan(t, decodeLines(t, buf.Bytes())[0], id)
	return [2]int{int(sp["start"].(float64)), int(sp["end"].(float64))}
}

func TestExportIsByteIdenticalRunToRun(t *testing.T) {
	st := testStore(t)
	for _, f := range Formats {
		t.Run(f, func(t *testing.T) {
			name := "out.jsonl"
			switch f {
			case FormatBrat:
				name = "out.zip"
			case FormatLabelStudio:
				name = "out.json"
			}
			a := export(t, st, t.TempDir(), name, Options{Format: f, IncludeSuggestions: true})
			b := export(t, st, t.TempDir(), name, Options{Format: f, IncludeSuggestions: true})
			if !bytes.Equal(a, b) {
				t.Errorf("two exports of the same project differ")
			}
			if len(a) == 0 {
				t.Errorf("empty export")
			}
		})
	}
}

func TestRoundTripOwnFileIsByteIdentical(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
	}{
		{"codepoint", Options{Format: FormatNewsmark}},
		{"utf16", Options{Format: FormatNewsmark, Offsets: UnitUTF16}},
		{"utf8 with suggestions", Options{Format: FormatNewsmark, Offsets: UnitUTF8, IncludeSuggestions: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			first := export(t, testStore(t), dir, "first.jsonl", tt.opt)
			recs, bad, err := ReadJSONL(filepath.Join(dir, "first.jsonl"))
			if err != nil || len(bad) > 0 {
				t.Fatalf("read back: %v %v", err, bad)
			}
			st2 := importRecords(t, recs)
			second := export(t, st2, dir, "second.jsonl", tt.opt)
			if !bytes.Equal(first, second) {
				t.Errorf("export → import → export changed the file:\nfirst:\n%s\nsecond:\n%s", first, second)
			}
		})
	}
}

func importRecords(t *testing.T, recs []Record) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "again.newsmark"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var docs []*annotate.Document
	var anns []*annotate.Annotations
	for _, r := range recs {
		docs = append(docs, r.Doc)
		anns = append(anns, r.Ann)
	}
	if _, err := st.AddDocuments(context.Background(), "importer", docs, anns); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestFiltersChooseWhatIsExported(t *testing.T) {
	st := testStore(t)
	tests := []struct {
		name                      string
		opt                       Options
		docs, spans, rels, stance int
	}{
		{"accepted only by default", Options{Format: FormatNewsmark}, 3, 34, 23, 7},
		{"with suggestions", Options{Format: FormatNewsmark, IncludeSuggestions: true}, 3, 35, 23, 7},
		{"done documents", Options{Format: FormatNewsmark, Status: annotate.StatusDone}, 1, 14, 11, 3},
		{"in-progress documents", Options{Format: FormatNewsmark, Status: annotate.StatusInProgress}, 1, 9, 6, 3},
		{"one annotator", Options{Format: FormatNewsmark, Annotator: "ben"}, 3, 1, 0, 0},
		{"statements and speakers", Options{Format: FormatNewsmark, Labels: []string{"STATEMENT", "SPEAKER"}}, 3, 19, 11, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum, err := Export(context.Background(), st, filepath.Join(t.TempDir(), "x.jsonl"), nil, tt.opt, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := [4]int{sum.Documents, sum.Spans, sum.Relations, sum.Stances}
			if want := [4]int{tt.docs, tt.spans, tt.rels, tt.stance}; got != want {
				t.Errorf("documents, spans, relations, stances = %v, want %v", got, want)
			}
		})
	}
}

func TestStanceRowsKeepSpeakerAndCueWhenOnlyStatementsAreExported(t *testing.T) {
	docs, anns := testArticles(t)
	var all, statements bytes.Buffer
	if err := WriteStance(&all, docs[0], anns[0], Options{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteStance(&statements, docs[0], anns[0], Options{Labels: []string{annotate.LabelStatement}}); err != nil {
		t.Fatal(err)
	}
	if all.String() != statements.String() {
		t.Errorf("limiting the export to statements changed the stance rows:\n%s\nvs\n%s", statements.String(), all.String())
	}
	if !strings.Contains(all.String(), `"speaker": "Marieke de Vries", "speaker_mention": "She"`) {
		t.Errorf("the pronoun's row does not name the antecedent:\n%s", all.String())
	}
}

func TestSpanWithWrongOffsetsStopsTheExport(t *testing.T) {
	docs, anns := testArticles(t)
	d, a := docs[0], anns[0]
	a.Spans = append(a.Spans, annotate.Span{ID: "s99", Start: 10, End: 9999, Label: annotate.LabelStatement, Status: annotate.SpanAccepted})
	for _, f := range []func(*bytes.Buffer) error{
		func(w *bytes.Buffer) error { return WriteNewsmark(w, d, a, Options{}) },
		func(w *bytes.Buffer) error { return WriteProdigy(w, d, a, Options{}) },
		func(w *bytes.Buffer) error { return WriteDoccano(w, d, a, Options{}) },
		func(w *bytes.Buffer) error { return WriteBrat(w, d, a, Options{}) },
	} {
		var buf bytes.Buffer
		err := f(&buf)
		if !errors.Is(err, ErrSpanText) || !strings.Contains(err.Error(), "rotterdam-strike") || !strings.Contains(err.Error(), "s99") {
			t.Errorf("error %v; want ErrSpanText naming the document and span s99", err)
		}
		if buf.Len() > 0 {
			t.Errorf("wrote %d bytes for a document with a bad span", buf.Len())
		}
	}
}

func TestCancelledExportLeavesNoFile(t *testing.T) {
	st := testStore(t)
	// A brat archive's directory goes to a temporary file from its first
	// record: it too must go.
	defer func(at int) { zipSpillAt = at }(zipSpillAt)
	zipSpillAt = 1
	for _, name := range []string{"out.jsonl", "out.zip", "out"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			ctx, cancel := context.WithCancel(context.Background())
			format := FormatNewsmark
			if name != "out.jsonl" {
				format = FormatBrat
			}
			_, err := Export(ctx, st, filepath.Join(dir, name), nil, Options{Format: format}, func(done, total int) {
				if done == 1 {
					cancel()
				}
			})
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("err = %v, want context.Canceled", err)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) > 0 {
				t.Errorf("a cancelled export left %v", entries)
			}
		})
	}
}

// A brat archive is the same, byte for byte, whether its directory stayed
// in memory or went to a temporary file, and that file is gone after.
func TestBratArchiveWithSpilledDirectory(t *testing.T) {
	st := testStore(t)
	inMemory := export(t, st, t.TempDir(), "brat.zip", Options{Format: FormatBrat})
	defer func(at int) { zipSpillAt = at }(zipSpillAt)
	zipSpillAt = 1
	dir := t.TempDir()
	spilled := export(t, st, dir, "brat.zip", Options{Format: FormatBrat})
	if !bytes.Equal(spilled, inMemory) {
		t.Errorf("the archive differs (%d bytes, %d with its directory in memory)", len(spilled), len(inMemory))
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the export left %v beside the archive", entries)
	}
	zr, err := zip.NewReader(bytes.NewReader(spilled), int64(len(spilled)))
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) < 3 {
		t.Errorf("%d files in the archive", len(zr.File))
	}
}

func TestUnknownFormatOrUnitIsRefused(t *testing.T) {
	st := testStore(t)
	for _, opt := range []Options{{Format: "conll"}, {Format: FormatNewsmark, Offsets: "graphemes"}} {
		out := filepath.Join(t.TempDir(), "x.jsonl")
		if _, err := Export(context.Background(), st, out, nil, opt, nil); !errors.Is(err, ErrFormat) {
			t.Errorf("%+v: err = %v, want ErrFormat", opt, err)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%+v: wrote %s anyway", opt, out)
		}
	}
}

func TestProgressCountsEveryDocument(t *testing.T) {
	st := testStore(t)
	var calls [][2]int
	_, err := Export(context.Background(), st, "-", &bytes.Buffer{}, Options{Format: FormatStance}, func(done, total int) {
		calls = append(calls, [2]int{done, total})
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := [][2]int{{1, 3}, {2, 3}, {3, 3}}; len(calls) != 3 || calls[0] != want[0] || calls[2] != want[2] {
		t.Errorf("progress calls %v, want %v", calls, want)
	}
}

func TestSplitPutsEveryDocumentInExactlyOnePart(t *testing.T) {
	split, err := ParseSplit("train=0.8,dev=0.1,test=0.1")
	if err != nil {
		t.Fatal(err)
	}
	// A project big enough to fill every part.
	st, err := store.Open(filepath.Join(t.TempDir(), "many.newsmark"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var docs []*annotate.Document
	for i := range 200 {
		docs = append(docs, &annotate.Document{ID: "doc" + strconv.Itoa(i), Text: "Article number " + strconv.Itoa(i) + " reports the council said so."})
	}
	if _, err := st.AddDocuments(context.Background(), "ana", docs, nil); err != nil {
		t.Fatal(err)
	}
	run := func(seed int64) map[string]string {
		dir := t.TempDir()
		sum, err := Export(context.Background(), st, filepath.Join(dir, "data.jsonl"), nil, Options{Format: FormatNewsmark, Split: split, Seed: seed}, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{filepath.Join(dir, "data.dev.jsonl"), filepath.Join(dir, "data.test.jsonl"), filepath.Join(dir, "data.train.jsonl")}
		if strings.Join(sum.Files, ",") != strings.Join(want, ",") {
			t.Fatalf("files %v, want %v", sum.Files, want)
		}
		where := map[string]string{}
		for _, f := range sum.Files {
			recs, bad, err := ReadJSONL(f)
			if err != nil || len(bad) > 0 {
				t.Fatal(err, bad)
			}
			for _, r := range recs {
				if prev, dup := where[r.Doc.ID]; dup {
					t.Errorf("%s in both %s and %s", r.Doc.ID, prev, f)
				}
				where[r.Doc.ID] = filepath.Base(f)
			}
		}
		return where
	}
	a, b := run(7), run(7)
	if len(a) != 200 {
		t.Fatalf("%d documents across the parts, want 200", len(a))
	}
	counts := map[string]int{}
	moved := 0
	other := run(8)
	for id, part := range a {
		if b[id] != part {
			t.Errorf("%s went to %s, then to %s with the same seed", id, part, b[id])
		}
		if other[id] != part {
			moved++
		}
		counts[part]++
	}
	if counts["data.train.jsonl"] < 130 || counts["data.dev.jsonl"] < 8 || counts["data.test.jsonl"] < 8 {
		t.Errorf("parts %v are far from 80/10/10", counts)
	}
	if moved == 0 {
		t.Errorf("another seed gave the same split")
	}
}

func TestParseSplit(t *testing.T) {
	tests := []struct {
		in      string
		want    map[string]float64
		wantErr bool
	}{
		{"train=0.8,dev=0.1,test=0.1", map[string]float64{"train": 0.8, "dev": 0.1, "test": 0.1}, false},
		{" train = 80% , test = 20% ", map[string]float64{"train": 80, "test": 20}, false},
		{"", nil, false},
		{"train", nil, true},
		{"train=-1", nil, true},
		{"train=0.5,train=0.5", nil, true},
		{"../x=1", nil, true},
		{"train=abc", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseSplit(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s = %v, want %v", k, got[k], v)
				}
			}
		})
	}
}

func TestProdigyTokensCoverEverySpan(t *testing.T) {
	docs, anns := testArticles(t)
	for i := range docs {
		t.Run(docs[i].ID, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteProdigy(&buf, docs[i], anns[i], Options{}); err != nil {
				t.Fatal(err)
			}
			rec := decodeLines(t, buf.Bytes())[0]
			toks := rec["tokens"].([]any)
			tok := func(i any) map[string]any { return toks[int(i.(float64))].(map[string]any) }
			for j, tk := range toks {
				m := tk.(map[string]any)
				if got, _ := pySlice(docs[i].Text, UnitCodepoint, int(m["start"].(float64)), int(m["end"].(float64))); got != m["text"] || int(m["id"].(float64)) != j {
					t.Errorf("token %d %v does not slice its text (%q)", j, m, got)
				}
			}
			spans := rec["spans"].([]any)
			for _, s := range spans {
				sp := s.(map[string]any)
				if tok(sp["token_start"])["start"] != sp["start"] || tok(sp["token_end"])["end"] != sp["end"] {
					t.Errorf("span %v is not token-aligned: tokens %v … %v", sp, tok(sp["token_start"]), tok(sp["token_end"]))
				}
			}
			for _, r := range rec["relations"].([]any) {
				rel := r.(map[string]any)
				if rel["head"] != rel["head_span"].(map[string]any)["token_end"] || rel["child"] != rel["child_span"].(map[string]any)["token_end"] {
					t.Errorf("relation %v: head and child must be the token_end of each span", rel)
				}
			}
			h, ok := rec["_input_hash"].(float64)
			if !ok || h != float64(int32(h)) {
				t.Errorf("_input_hash %v is not a 32-bit integer", rec["_input_hash"])
			}
		})
	}
}

func TestBratZipSlicesLikePython(t *testing.T) {
	st := testStore(t)
	dir := t.TempDir()
	b := export(t, st, dir, "brat.zip", Options{Format: FormatBrat})
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		var buf bytes.Buffer
		buf.ReadFrom(rc)
		rc.Close()
		files[f.Name] = buf.String()
	}
	if !strings.Contains(files["annotation.conf"], "code points") {
		t.Errorf("annotation.conf does not say which unit the offsets count")
	}
	tLines := 0
	for name, ann := range files {
		if !strings.HasSuffix(name, ".ann") {
			continue
		}
		text := files[strings.TrimSuffix(name, ".ann")+".txt"]
		for _, line := range strings.Split(strings.TrimSpace(ann), "\n") {
			if !strings.HasPrefix(line, "T") {
				continue
			}
			tLines++
			cols := strings.Split(line, "\t")
			typeAndOffsets := strings.SplitN(cols[1], " ", 2)
			var pieces []string
			for _, frag := range strings.Split(typeAndOffsets[1], ";") {
				var s, e int
				if _, err := fmtSscan(frag, &s, &e); err != nil {
					t.Fatalf("%s: %q: %v", name, line, err)
				}
				got, _ := pySlice(text, UnitCodepoint, s, e)
				pieces = append(pieces, got)
			}
			if strings.Join(pieces, " ") != cols[2] {
				t.Errorf("%s: %q: offsets slice %q", name, line, strings.Join(pieces, " "))
			}
		}
	}
	if tLines != 34 {
		t.Errorf("%d T lines, want 34 (the accepted spans)", tLines)
	}
}

func decodeLines(t *testing.T, b []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		var m map[string]any
		if err := jsonUnmarshal(line, &m); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, line)
		}
		out = append(out, m)
	}
	return out
}

func findSpan(t *testing.T, rec map[string]any, id string) map[string]any {
	t.Helper()
	for _, s := range rec["spans"].([]any) {
		if sp := s.(map[string]any); sp["id"] == id {
			return sp
		}
	}
	t.Fatalf("no span %s", id)
	return nil
}

// TestExportedFilesAreShareable: a dataset gets a new file's usual mode, not
// the owner-only mode of the temporary file it was written through.
func TestExportedFilesAreShareable(t *testing.T) {
	st := testStore(t)
	for _, name := range []string{"out.jsonl", "out.zip", "brat"} {
		dir := t.TempDir()
		opt := Options{Format: FormatNewsmark}
		if name != "out.jsonl" {
			opt.Format = FormatBrat
		}
		out := filepath.Join(dir, name)
		if _, err := Export(context.Background(), st, out, nil, opt, nil); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm()&0o044 != 0o044 {
			t.Errorf("%s has mode %v; others cannot read it", name, fi.Mode().Perm())
		}
	}
}

// failingWriter takes n bytes, then fails as a full disk would.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errDiskFull
	}
	w.n -= len(p)
	return len(p), nil
}

var errDiskFull = errors.New("no space left on device")

// A brat archive written to a stream that fails part way leaves no
// temporary file of its directory, and says why it stopped.
func TestFailedBratStreamLeavesNoTemporaryFile(t *testing.T) {
	st := testStore(t)
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // where a stream's archive keeps its directory
	defer func(at int) { zipSpillAt = at }(zipSpillAt)
	zipSpillAt = 1
	for _, n := range []int{0, 100, 5000} {
		_, err := Export(context.Background(), st, "-", &failingWriter{n: n}, Options{Format: FormatBrat}, nil)
		if !errors.Is(err, errDiskFull) {
			t.Errorf("after %d bytes: err = %v, want the writer's", n, err)
		}
		if entries, _ := os.ReadDir(tmp); len(entries) > 0 {
			t.Errorf("after %d bytes: a failed export left %v", n, entries)
		}
	}
}
