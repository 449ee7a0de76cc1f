package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"newsmark/annotate"
	"newsmark/annotate/internal/inputfile"
)

// ImportExtensions are the file name extensions ReadFile reads, besides
// the article files (.txt, .md, .html) the cleaner takes: JSON lines in
// the newsmark, Prodigy, doccano and Label Studio formats, a JSON array (a
// Label Studio export, or records of those formats), brat standoff (a .ann
// beside its .txt) and zip archives of brat pairs or JSON files (a brat
// export, doccano's export).
var ImportExtensions = []string{".jsonl", ".json", ".ann", ".zip"}

// ReadsFile tells whether ReadFile reads path by its extension.
func ReadsFile(path string) bool {
	return slices.Contains(ImportExtensions, strings.ToLower(filepath.Ext(path)))
}

// maxReadSize bounds a whole-file read (a JSON array, a zip entry, a brat
// text), so a huge or hostile file fails alone instead of exhausting
// memory.
const maxReadSize = 512 << 20

func readLimited(path string) ([]byte, error) {
	f, err := inputfile.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readAllLimited(f)
}

func readAllLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxReadSize+1))
	if err == nil && len(data) > maxReadSize {
		err = fmt.Errorf("larger than %d MB", maxReadSize>>20)
	}
	return data, err
}

// bratUnit is the unit of a brat export's offsets: what the user said,
// else what Newsmark's annotation.conf header says, else code points (the
// brat standoff spec).
func bratUnit(conf []byte, opt ReadOptions) string {
	if opt.Offsets != "" {
		return opt.Offsets
	}
	first, _, _ := bytes.Cut(conf, []byte("\n"))
	switch {
	case bytes.Contains(first, []byte("UTF-16 code units")):
		return UnitUTF16
	case bytes.Contains(first, []byte("UTF-8 bytes")):
		return UnitUTF8
	}
	return UnitCodepoint
}

// readBrat reads one brat document: the .txt as it is and its .ann lines,
// as brat's server parses them (server/src/annotation.py,
// _parse_ann_lines and the _parse_*_annotation methods, at nlplab/brat
// 44ecd82): "T" text-bound annotations "TYPE START END[;START END…]\tTEXT"
// whose text must be the fragments' text joined by a space, "R" relations
// "TYPE Arg1:T1 Arg2:T2", "A" (and old "M") attributes "TYPE TARGET
// [VALUE]" and "#" notes "AnnotatorNotes TARGET\tTEXT". A discontinuous
// annotation becomes one span from its first start to its last end. Lines
// Newsmark has no place for (events, equivalences, normalisations) and
// lines it cannot read are reported by line number, and the document is
// imported with the rest.
func readBrat(name string, text, ann []byte, unit string) (Record, []LineError, error) {
	if !utf8.Valid(text) {
		return Record{}, nil, errors.New("the .txt is not UTF-8")
	}
	offs, err := newOffsets(string(text), unit)
	if err != nil {
		return Record{}, nil, err
	}
	d := &annotate.Document{ID: name, Text: string(text), Meta: annotate.Meta{SourceFile: name + ".txt"}}
	a := &annotate.Annotations{}
	rec := Record{Doc: d, Ann: a}
	var bad []LineError
	idx := map[string]int{} // T id → index in a.Spans
	type pendingLine struct {
		n    int
		id   string
		data string
		tail string
	}
	var later []pendingLine
	lines := strings.Split(strings.TrimPrefix(string(ann), "\ufeff"), "\n")
	for n, line := range lines {
		n++
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		id, rest, ok := strings.Cut(line, "\t")
		if !ok || id == "" {
			bad = append(bad, LineError{Line: n, Err: fmt.Errorf("%s.ann: no tab after the annotation id", name)})
			continue
		}
		data, tail, _ := strings.Cut(rest, "\t")
		if id[0] != 'T' {
			later = append(later, pendingLine{n, id, data, tail})
			continue
		}
		typ, ranges, ok := strings.Cut(data, " ")
		if !ok {
			bad = append(bad, LineError{Line: n, Err: fmt.Errorf("%s.ann: %s has no offsets", name, id)})
			continue
		}
		var frags [][2]int
		var pieces []string
		fail := ""
		for _, fr := range strings.Split(ranges, ";") {
			ss, es, ok := strings.Cut(strings.TrimSpace(fr), " ")
			s, err1 := strconv.Atoi(ss)
			e, err2 := strconv.Atoi(strings.TrimSpace(es))
			if !ok || err1 != nil || err2 != nil {
				fail = fmt.Sprintf("%q is not START END", fr)
				break
			}
			cs, ce, err := offs.rng(id, s, e)
			if err != nil {
				fail = err.Error()
				break
			}
			frags = append(frags, [2]int{cs, ce})
			pieces = append(pieces, offs.slice(cs, ce))
		}
		if fail == "" && tail != "" && !strings.HasPrefix(tail, strings.Join(pieces, " ")) {
			fail = fmt.Sprintf("text %q is not what the offsets slice: %q", tail, strings.Join(pieces, " "))
		}
		if fail != "" {
			bad = append(bad, LineError{Line: n, Err: fmt.Errorf("%s.ann: %s: %s", name, id, fail)})
			continue
		}
		if _, dup := idx[id]; dup {
			bad = append(bad, LineError{Line: n, Err: fmt.Errorf("%s.ann: annotation id %s used twice", name, id)})
			continue
		}
		// The span covers its fragments whatever order the line lists
		// them in ("T1\tClaim 4 9;0 3" made a span ending before it began).
		start, end := frags[0][0], frags[0][1]
		for _, f := range frags[1:] {
			start, end = min(start, f[0]), max(end, f[1])
		}
		idx[id] = len(a.Spans)
		a.Spans = append(a.Spans, annotate.Span{ID: id, Start: start, End: end, Label: typ,
			Source: annotate.SourceImport, Status: annotate.SpanAccepted})
	}
	notes := map[string]string{}
	for _, l := range later {
		fail := func(format string, args ...any) {
			bad = append(bad, LineError{Line: l.n, Err: fmt.Errorf("%s.ann: %s: %s", name, l.id, fmt.Sprintf(format, args...))})
		}
		switch l.id[0] {
		case 'R':
			f := strings.Fields(l.data)
			if len(f) != 3 {
				fail("a relation needs a type and two arguments")
				continue
			}
			_, h, _ := strings.Cut(f[1], ":")
			_, c, _ := strings.Cut(f[2], ":")
			hi, okH := idx[h]
			ci, okC := idx[c]
			if !okH || !okC {
				fail("relation %s joins %s and %s, not both text-bound annotations here", f[0], h, c)
				continue
			}
			a.Relations = append(a.Relations, annotate.Relation{Label: f[0], Head: a.Spans[hi].ID, Child: a.Spans[ci].ID, Source: annotate.SourceImport})
		case 'A', 'M':
			f := strings.Fields(l.data)
			if len(f) < 2 {
				fail("an attribute needs a type and a target")
				continue
			}
			i, ok := idx[f[1]]
			if !ok {
				fail("attribute %s on %s, which is not a text-bound annotation here", f[0], f[1])
				continue
			}
			sp := &a.Spans[i]
			var v any = true
			if len(f) > 2 {
				v = attrFromWord(f[2])
			}
			if f[0] == "status" && v == annotate.SpanPending {
				sp.Status, sp.Source = annotate.SpanPending, annotate.SourceRules
				continue
			}
			if sp.Attrs == nil {
				sp.Attrs = map[string]any{}
			}
			sp.Attrs[f[0]] = v
		case '#':
			f := strings.Fields(l.data)
			if len(f) != 2 {
				fail("a note needs a type and a target")
				continue
			}
			if rest, ok := strings.CutPrefix(l.tail, bratIDNote); ok {
				d.ID = strings.TrimSpace(rest)
				continue
			}
			i, ok := idx[f[1]]
			if !ok {
				fail("note on %s, which is not a text-bound annotation here", f[1])
				continue
			}
			sp := &a.Spans[i]
			if st, ok := parseStanceNote(l.tail, sp.ID, offs); ok {
				if st.target != nil && !slices.ContainsFunc(a.Targets, func(t annotate.Target) bool { return t.ID == st.target.ID }) {
					a.Targets = append(a.Targets, *st.target)
				}
				a.Stances = append(a.Stances, st.Stance)
				continue
			}
			if k, v, ok := strings.Cut(l.tail, ": "); ok && noteAttrs[k] {
				if sp.Attrs == nil {
					sp.Attrs = map[string]any{}
				}
				sp.Attrs[k] = v
				continue
			}
			if notes[sp.ID] != "" {
				notes[sp.ID] += " "
			}
			notes[sp.ID] += l.tail
		default:
			rec.Notes = append(rec.Notes, fmt.Sprintf("%s.ann line %d: %s left out: Newsmark has no place for brat %c annotations", name, l.n, l.id, l.id[0]))
		}
	}
	for i := range a.Spans {
		a.Spans[i].Note = notes[a.Spans[i].ID]
	}
	return rec, bad, nil
}

// noteAttrs are the attributes Newsmark writes as "name: value" notes:
// free-text ones, and any the default schema declares.
var noteAttrs = func() map[string]bool {
	m := map[string]bool{}
	for k := range freeTextAttrs {
		m[k] = true
	}
	sch := annotate.DefaultSchema()
	for _, l := range sch.Labels {
		for _, a := range l.Attributes {
			m[a.Name] = true
		}
	}
	return m
}()

// attrFromWord reads a brat attribute value back as the JSON value
// Newsmark wrote it from.
func attrFromWord(w string) any {
	switch w {
	case "true":
		return true
	case "false":
		return false
	}
	if f, err := strconv.ParseFloat(w, 64); err == nil && string(appendFloat(nil, f)) == w {
		return f
	}
	return w
}

type bratStance struct {
	annotate.Stance
	target *annotate.Target
}

// parseStanceNote reads the note Newsmark writes for a stance:
// `stance LABEL toward ID "TEXT" [(implicit)] [evidence START END "TEXT"]`.
func parseStanceNote(note, statement string, offs *offsets) (bratStance, bool) {
	rest, ok := strings.CutPrefix(note, "stance ")
	if !ok {
		return bratStance{}, false
	}
	label, rest, ok := strings.Cut(rest, " toward ")
	if !ok || strings.Contains(label, " ") {
		return bratStance{}, false
	}
	st := bratStance{Stance: annotate.Stance{Statement: statement, Label: label}}
	id, rest, _ := strings.Cut(rest, " ")
	st.Target = id
	if strings.HasPrefix(rest, "\"") {
		if text, n, err := unquotePrefix(rest); err == nil {
			st.target = &annotate.Target{ID: id, Text: text}
			rest = strings.TrimSpace(rest[n:])
		}
	}
	if r, ok := strings.CutPrefix(rest, "(implicit)"); ok {
		st.Implicit = true
		rest = strings.TrimSpace(r)
	}
	if r, ok := strings.CutPrefix(rest, "evidence "); ok {
		f := strings.Fields(r)
		if len(f) >= 2 {
			s, err1 := strconv.Atoi(f[0])
			e, err2 := strconv.Atoi(f[1])
			if err1 == nil && err2 == nil {
				if cs, ce, err := offs.rng("evidence", s, e); err == nil {
					st.Evidence = &annotate.Evidence{Start: cs, End: ce}
				}
			}
		}
	}
	return st, true
}

// unquotePrefix reads the Go-quoted string at the start of s.
func unquotePrefix(s string) (string, int, error) {
	for i := 1; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if s[i] == '"' {
			v, err := strconv.Unquote(s[:i+1])
			return v, i + 1, err
		}
	}
	return "", 0, errors.New("no closing quote")
}
