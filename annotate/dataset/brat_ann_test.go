package dataset

import (
	"fmt"
	"io"
	"math/rand"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"newsmark/annotate"
)

// appendBratAnnWithFmt is the .ann writer as it was before it wrote its
// lines without fmt: the faster one must write the same bytes.
func appendBratAnnWithFmt(b []byte, s *selection, conf *bratConf) []byte {
	tid := make(map[string]string, len(s.spans))
	nA, nNote := 0, 0
	note := func(t, text string) {
		nNote++
		b = fmt.Appendf(b, "#%d\tAnnotatorNotes %s\t%s\n", nNote, t, oneLine(text))
	}
	for i := range s.spans {
		sp := &s.spans[i]
		t := "T" + strconv.Itoa(i+1)
		tid[sp.ID] = t
		label := bratName(sp.Label)
		conf.entities[label] = true
		var frags []string
		var texts []string
		runes := []rune(s.text(sp.Start, sp.End))
		from := -1
		for j := 0; j <= len(runes); j++ {
			if j < len(runes) && runes[j] != '\n' && runes[j] != '\r' {
				if from < 0 {
					from = j
				}
				continue
			}
			if from >= 0 {
				frags = append(frags, fmt.Sprintf("%d %d", s.off(sp.Start+from), s.off(sp.Start+j)))
				texts = append(texts, string(runes[from:j]))
				from = -1
			}
		}
		if len(frags) == 0 {
			frags = []string{fmt.Sprintf("%d %d", s.off(sp.Start), s.off(sp.Start))}
		}
		b = fmt.Appendf(b, "%s\t%s %s\t%s\n", t, label, strings.Join(frags, ";"), strings.Join(texts, " "))
		for _, k := range sortedKeys(sp.Attrs) {
			if w, ok := attrWord(sp.Attrs[k]); ok && !freeTextAttrs[k] {
				nA++
				conf.attr(bratName(k), w)
				b = fmt.Appendf(b, "A%d\t%s %s %s\n", nA, bratName(k), t, w)
			} else {
				v, isStr := sp.Attrs[k].(string)
				if !isStr {
					v = string(appendValue(nil, sp.Attrs[k]))
				}
				note(t, k+": "+v)
			}
		}
		if sp.Status == annotate.SpanPending {
			nA++
			conf.attr("status", "pending")
			b = fmt.Appendf(b, "A%d\tstatus %s pending\n", nA, t)
		}
		if sp.Note != "" {
			note(t, sp.Note)
		}
	}
	for i, r := range s.relations {
		label := bratName(r.Label)
		conf.relations[label] = true
		b = fmt.Appendf(b, "R%d\t%s Arg1:%s Arg2:%s\n", i+1, label, tid[r.Head], tid[r.Child])
	}
	for _, st := range s.stances {
		target := st.Target
		if t := s.target(st.Target); t != nil {
			target = fmt.Sprintf("%s %q", t.ID, t.Text)
		}
		text := "stance " + st.Label + " toward " + target
		if st.Implicit {
			text += " (implicit)"
		}
		if ev := st.Evidence; ev != nil {
			text += fmt.Sprintf(" evidence %d %d %q", s.off(ev.Start), s.off(ev.End), s.text(ev.Start, ev.End))
		}
		note(tid[st.Statement], text)
	}
	return b
}

// The .ann writer writes what it wrote with fmt, for random documents
// mixing ASCII, accents, characters outside the BMP, line breaks (CR, LF,
// CR LF) inside and at the ends of spans, empty spans, invalid UTF-8,
// one-word and free-text attributes, notes with runs of white space,
// pending suggestions, relations and stances with evidence, in every
// offset unit.
func TestBratAnnWritesWhatItWroteWithFmt(t *testing.T) {
	pieces := []string{"a", "Zeta", "7", " ", "  ", "\n", "\r\n", "\r", "\t", ",", "\"", "é", "Gdańsk", "👍🏽", "𝒳", "\xff", "\xe2\x80", "—"}
	attrs := []map[string]any{nil, {"kind": "quote"}, {"canonical": "Inés Okafor"}, {"n": 2.5, "ok": true, "free": "two words"},
		{"list": []any{"a", 1.0}}, {"kb_id": "Q1"}, {"x": "a|b"}}
	notes := []string{"", "plain", "  spaced \n out\tnote  "}
	rng := rand.New(rand.NewSource(2))
	seen := map[string]int{} // what the compared files held, so the test shows it compared them
	for round := range 3000 {
		var sb strings.Builder
		for range 1 + rng.Intn(20) {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		d := &annotate.Document{ID: "doc-" + strconv.Itoa(round), Text: sb.String()}
		var x textIndex
		x.reset(d.Text)
		a := &annotate.Annotations{Targets: []annotate.Target{{ID: "T1", Text: "the \"port\""}}}
		for k := range rng.Intn(5) {
			s := rng.Intn(x.Len() + 1)
			e := s + rng.Intn(x.Len()-s+1)
			sp := annotate.Span{ID: "s" + strconv.Itoa(k), Start: s, End: e, Label: []string{"STATEMENT", "SPEAKER", "a label"}[rng.Intn(3)],
				Attrs: attrs[rng.Intn(len(attrs))], Note: notes[rng.Intn(len(notes))]}
			if rng.Intn(4) == 0 {
				sp.Status = annotate.SpanPending
			}
			a.Spans = append(a.Spans, sp)
		}
		for k := 1; k < len(a.Spans); k++ {
			a.Relations = append(a.Relations, annotate.Relation{Label: "says", Head: a.Spans[k-1].ID, Child: a.Spans[k].ID})
		}
		if len(a.Spans) > 0 {
			st := annotate.Stance{Statement: a.Spans[0].ID, Target: []string{"T1", "elsewhere"}[rng.Intn(2)], Label: "FAVOR", Implicit: rng.Intn(2) == 0}
			if sp := a.Spans[len(a.Spans)-1]; rng.Intn(2) == 0 {
				st.Evidence = &annotate.Evidence{Start: sp.Start, End: sp.End}
			}
			a.Stances = append(a.Stances, st)
		}
		for _, unit := range []string{UnitCodepoint, UnitUTF16, UnitUTF8} {
			opt := Options{Format: FormatBrat, IncludeSuggestions: true, Offsets: unit}
			s, err := selectAnnotations(d, a, opt)
			if err != nil {
				continue // a range that splits a character in this unit: refused either way
			}
			got, want := appendBratAnn(nil, s, newBratConf()), appendBratAnnWithFmt(nil, s, newBratConf())
			if string(got) != string(want) {
				t.Fatalf("round %d, %s, %q:\n got %q\nwant %q", round, unit, d.Text, got, want)
			}
			for _, what := range []string{";", "\nA", "AnnotatorNotes", "evidence", "\uFFFD", "pending"} {
				if strings.Contains(string(got), what) {
					seen[what]++
				}
			}
		}
	}
	for _, what := range []string{";", "\nA", "AnnotatorNotes", "evidence", "\uFFFD", "pending"} {
		if seen[what] < 50 {
			t.Errorf("only %d files with %q compared: the random documents no longer cover it", seen[what], what)
		}
	}
}

// A brat archive's memory is the same for any number of documents: the
// central directory's records wait in a temporary file, and only a 64-bit
// hash of each name stays behind a document (to give no two the same
// name). archive/zip kept about 440 bytes a document until the end, 42 MB
// for 100,000. The test adds 100,000 documents, then 100,000 more, and
// bounds what the second 100,000 add to the live heap.
func TestBratArchiveMemoryIsFlat(t *testing.T) {
	live := func() uint64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	const n = 100000
	txt, err := deflate([]byte("Port report: traffic rose."))
	if err != nil {
		t.Fatal(err)
	}
	ann, err := deflate([]byte("T1\tSTATEMENT 0 4\tPort\n"))
	if err != nil {
		t.Fatal(err)
	}
	spill := t.TempDir()
	z := newBratZip(nopCloser{io.Discard}, spill)
	defer z.abort()
	add := func(from int) {
		for i := from; i < from+n; i++ {
			id := "bench-" + strconv.Itoa(i)
			if err := z.addDoc(&bratDoc{id: id, base: id, txt: txt, ann: ann, spans: 1}); err != nil {
				t.Fatal(err)
			}
		}
	}
	before := live()
	add(0)
	first := live()
	add(n)
	second := live()
	runtime.KeepAlive(z)
	perDoc := (float64(second) - float64(first)) / n
	t.Logf("live heap: %.1f MB before, %.1f MB after %d documents, %.1f MB after %d (%.0f bytes a document)",
		float64(before)/(1<<20), float64(first)/(1<<20), n, float64(second)/(1<<20), 2*n, perDoc)
	if perDoc > 40 {
		t.Errorf("a brat archive keeps %.0f bytes for each document until its end; want under 40 (its name's hash)", perDoc)
	}
	if entries, _ := os.ReadDir(spill); len(entries) != 1 {
		t.Errorf("the archive's directory is not in a temporary file: the folder holds %v", entries)
	}
}
