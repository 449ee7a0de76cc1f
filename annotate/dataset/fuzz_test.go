package dataset

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// The fuzz targets below feed every reader of labeled files arbitrary
// bytes: none may panic, and every record one returns must be one the
// store can take (valid UTF-8 text, spans inside it, in code points).
// Their seeds are the golden files' records and the corpora in
// testdata/fuzz/<target>; "make fuzz" runs each for long, "make
// fuzz-short" for a few seconds, and go test runs the seeds.

// addLines adds each line of a golden file as a seed.
func addLines(f *testing.F, name string) {
	data, err := os.ReadFile(filepath.Join("testdata", "golden", name))
	if err != nil {
		f.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		f.Add(bytes.Clone(sc.Bytes()))
	}
}

// checkRecords fails the fuzz run for a record the store could not take.
func checkRecords(t *testing.T, recs []Record) {
	t.Helper()
	for _, r := range recs {
		if r.Doc == nil {
			t.Fatalf("record without a document: %+v", r)
		}
		if !utf8.ValidString(r.Doc.Text) {
			t.Fatalf("text is not UTF-8: %q", r.Doc.Text)
		}
		if r.Ann == nil {
			continue
		}
		n := utf8.RuneCountInString(r.Doc.Text)
		for _, s := range r.Ann.Spans {
			if s.Start < 0 || s.End < s.Start || s.End > n {
				t.Fatalf("span %d–%d outside the %d-rune text", s.Start, s.End, n)
			}
		}
	}
}

func fuzzOne(f *testing.F, golden string, parse func([]byte) ([]Record, []error)) {
	if golden != "" {
		addLines(f, golden)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"text": "\ud800 x", "spans": [{"start": -1, "end": 99}]}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		recs, _ := parse(line)
		checkRecords(t, recs)
	})
}

func one(r Record, errs []error) ([]Record, []error) {
	if len(errs) > 0 {
		return nil, errs
	}
	return []Record{r}, nil
}

// FuzzParseNewsmark reads a line of Newsmark's own JSONL.
func FuzzParseNewsmark(f *testing.F) {
	addLines(f, "newsmark.suggestions.jsonl")
	addLines(f, "stance.jsonl")
	fuzzOne(f, "newsmark.jsonl", func(b []byte) ([]Record, []error) { return one(parseNewsmark(b, false)) })
}

// FuzzParseProdigy reads a line of Prodigy's JSONL.
func FuzzParseProdigy(f *testing.F) {
	fuzzOne(f, "prodigy.jsonl", func(b []byte) ([]Record, []error) { return one(parseProdigy(b, "fuzz", ReadOptions{})) })
}

// FuzzParseDoccano reads a line of doccano's JSONL, in UTF-16 offsets too.
func FuzzParseDoccano(f *testing.F) {
	fuzzOne(f, "doccano.jsonl", func(b []byte) ([]Record, []error) {
		recs, errs := one(parseDoccano(b, "fuzz", ReadOptions{}))
		r16, _ := one(parseDoccano(b, "fuzz", ReadOptions{Offsets: UnitUTF16}))
		return append(recs, r16...), errs
	})
}

// FuzzParseLabelStudio reads a Label Studio task.
func FuzzParseLabelStudio(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "golden", "labelstudio.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	fuzzOne(f, "", func(b []byte) ([]Record, []error) { return parseLabelStudio(b, "fuzz", ReadOptions{}) })
}

// FuzzParseLine reads a line of any dialect, as an import does: the
// spaCy-like export and the plain {"text": …} input among them.
func FuzzParseLine(f *testing.F) {
	addLines(f, "spacy.jsonl")
	addLines(f, "doccano.jsonl")
	addLines(f, "newsmark.utf16.jsonl")
	fuzzOne(f, "prodigy.jsonl", func(b []byte) ([]Record, []error) { return parseLine(b, "fuzz", ReadOptions{}) })
}

// FuzzReadJSONL reads a whole JSONL file, as streamed pieces.
func FuzzReadJSONL(f *testing.F) {
	for _, g := range []string{"newsmark.jsonl", "prodigy.jsonl", "doccano.jsonl"} {
		data, err := os.ReadFile(filepath.Join("testdata", "golden", g))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("\n\n{\"text\": \"a\"}\r\n{"))
	f.Fuzz(func(t *testing.T, data []byte) {
		jsonlPieces(bytes.NewReader(data), "fuzz.jsonl", "", "", func(p *Piece) error {
			recs, _ := p.Parse(ReadOptions{})
			checkRecords(t, recs)
			return nil
		})
	})
}

// FuzzReadJSONArray reads a whole .json file: an array of tasks or one.
func FuzzReadJSONArray(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "golden", "labelstudio.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`[{"text": "a"}, {"data": {"text": "b"}}]`))
	f.Add([]byte("\xef\xbb\xbf[ ]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		open := func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
		jsonPieces(open, "fuzz.json", "", "", func(p *Piece) error {
			recs, _ := p.Parse(ReadOptions{})
			checkRecords(t, recs)
			return nil
		})
	})
}

// FuzzReadBrat reads a brat document: its .txt and its .ann.
func FuzzReadBrat(f *testing.F) {
	anns, _ := filepath.Glob(filepath.Join("testdata", "golden", "brat", "*.ann"))
	for _, a := range anns {
		ann, err1 := os.ReadFile(a)
		text, err2 := os.ReadFile(a[:len(a)-len(".ann")] + ".txt")
		if err1 == nil && err2 == nil {
			f.Add(text, ann)
		}
	}
	f.Add([]byte("Ana said hi."), []byte("T1\tSpeaker 0 3\tAna\nT2\tStatement 4 12\tsaid hi.\nR1\tAttribution Arg1:T2 Arg2:T1\n#1\tAnnotatorNotes T2\tstance=x\n"))
	f.Add([]byte("\xe2\x82\xac"), []byte("T1\tClaim 0 1;1 2\t€\nA1\tQuoteType T1 direct\nE1\tx\n"))
	f.Fuzz(func(t *testing.T, text, ann []byte) {
		for _, unit := range []string{UnitCodepoint, UnitUTF8, UnitUTF16} {
			r, _, err := readBrat("fuzz", text, ann, unit)
			if err == nil {
				checkRecords(t, []Record{r})
			}
		}
	})
}
