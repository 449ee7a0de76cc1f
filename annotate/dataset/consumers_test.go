package dataset

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Readers of our exports written from the code of the tools that consume
// them, read at the commits named on each. They are ours, in Go; each
// checks what its tool checks and fails where the tool would fail or
// silently misplace a span.

// runeLen is Python's len(str).
func runeLen(s string) int { return len([]rune(s)) }

// spacyDoc is a spaCy Doc as far as char_span sees it: each token's
// character offset (idx), length and trailing space.
type spacyDoc struct {
	words  []string
	spaces []bool
	idx    []int
}

// newSpacyDoc is Doc(vocab, words=words, spaces=spaces): token i starts
// where token i-1 ended plus its space (Doc.push_back in
// spacy/tokens/doc.pyx).
func newSpacyDoc(words []string, spaces []bool) *spacyDoc {
	d := &spacyDoc{words: words, spaces: spaces}
	at := 0
	for i, w := range words {
		d.idx = append(d.idx, at)
		at += runeLen(w)
		if spaces[i] {
			at++
		}
	}
	return d
}

func (d *spacyDoc) text() string {
	var b strings.Builder
	for i, w := range d.words {
		b.WriteString(w)
		if d.spaces[i] {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// tokenByChar is token_by_char in spacy/tokens/doc.pyx (explosion/spaCy
// f69c32f): the token whose characters, trailing space included, hold
// char; -1 when none does.
func (d *spacyDoc) tokenByChar(char int) int {
	lo, hi := 0, len(d.words)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		sp := 0
		if d.spaces[mid] {
			sp = 1
		}
		switch {
		case char < d.idx[mid]:
			hi = mid - 1
		case char >= d.idx[mid]+runeLen(d.words[mid])+sp:
			lo = mid + 1
		default:
			return mid
		}
	}
	return -1
}

// charSpan is Doc.char_span(start, end) with alignment_mode="strict"
// (spacy/tokens/doc.pyx, explosion/spaCy f69c32f): the first and last
// token, or ok false where spaCy returns None.
func (d *spacyDoc) charSpan(start, end int) (first, last int, ok bool) {
	first = d.tokenByChar(start)
	if first < 0 || start != d.idx[first] {
		return 0, 0, false
	}
	last = d.tokenByChar(end - 1)
	if last < 0 || end != d.idx[last]+runeLen(d.words[last]) {
		return 0, 0, false
	}
	return first, last, true
}

// readProdigyLikeParseData reads a Prodigy relations file as
// tutorials/rel_component/scripts/parse_data.py does (explosion/projects
// 07a16e0): for each accepted task, Doc(words, spaces) from the tokens,
// doc.char_span for every span (None sinks the span), span_end_to_start
// keyed by each span's token_end, and every relation's head and child
// looked up there (a KeyError aborts the script). It also checks that the
// Doc's text is the task's text, which the script assumes, and returns
// how many spans and relations came through.
func readProdigyLikeParseData(data []byte) (spans, relations int, err error) {
	for n, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var ex struct {
			Text   string `json:"text"`
			Answer string `json:"answer"`
			Tokens []struct {
				Text  string `json:"text"`
				Start int    `json:"start"`
				End   int    `json:"end"`
				ID    int    `json:"id"`
				WS    bool   `json:"ws"`
			} `json:"tokens"`
			Spans []struct {
				Start      int    `json:"start"`
				End        int    `json:"end"`
				TokenStart int    `json:"token_start"`
				TokenEnd   int    `json:"token_end"`
				Label      string `json:"label"`
			} `json:"spans"`
			Relations []struct {
				Head, Child int
				Label       string
			} `json:"relations"`
		}
		if err := json.Unmarshal(line, &ex); err != nil {
			return spans, relations, fmt.Errorf("line %d: %v", n+1, err)
		}
		if ex.Answer != "accept" {
			continue
		}
		var words []string
		var ws []bool
		for i, t := range ex.Tokens {
			if t.Text == "" {
				return spans, relations, fmt.Errorf("line %d: token %d is empty, which Doc refuses", n+1, i)
			}
			if t.ID != i {
				return spans, relations, fmt.Errorf("line %d: token %d has id %d", n+1, i, t.ID)
			}
			words = append(words, t.Text)
			ws = append(ws, t.WS)
		}
		doc := newSpacyDoc(words, ws)
		if doc.text() != ex.Text {
			return spans, relations, fmt.Errorf("line %d: the tokens' text and ws do not rebuild the text", n+1)
		}
		endToStart := map[int]int{}
		for _, sp := range ex.Spans {
			first, last, ok := doc.charSpan(sp.Start, sp.End)
			if !ok {
				return spans, relations, fmt.Errorf("line %d: char_span(%d, %d) is None for %s", n+1, sp.Start, sp.End, sp.Label)
			}
			if first != sp.TokenStart || last != sp.TokenEnd {
				return spans, relations, fmt.Errorf("line %d: %s [%d, %d) is tokens %d–%d, the file says %d–%d", n+1, sp.Label, sp.Start, sp.End, first, last, sp.TokenStart, sp.TokenEnd)
			}
			endToStart[sp.TokenEnd] = sp.TokenStart
			spans++
		}
		for _, r := range ex.Relations {
			if _, ok := endToStart[r.Head]; !ok {
				return spans, relations, fmt.Errorf("line %d: relation %s: KeyError %d", n+1, r.Label, r.Head)
			}
			if _, ok := endToStart[r.Child]; !ok {
				return spans, relations, fmt.Errorf("line %d: relation %s: KeyError %d", n+1, r.Label, r.Child)
			}
			relations++
		}
	}
	return spans, relations, nil
}

// readSpacyExport checks our spaCy lines as the README's recipe reads
// them: every [start, end) slices the text as Python's str does and falls
// on token boundaries of a Doc cut at those boundaries, so char_span in
// strict mode returns a span (the recipe's "expand" then changes nothing).
func readSpacyExport(data []byte) (spans int, err error) {
	for n, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var rec struct {
			Text  string             `json:"text"`
			Spans map[string][][]any `json:"spans"`
		}
		if err := json.Unmarshal(line, &rec); err != nil {
			return spans, err
		}
		runes := []rune(rec.Text)
		for key, triples := range rec.Spans {
			for _, t := range triples {
				s, e := int(t[0].(float64)), int(t[1].(float64))
				if s < 0 || e > len(runes) || e <= s {
					return spans, fmt.Errorf("line %d %s: [%d, %d) is not inside the text", n+1, key, s, e)
				}
				piece := string(runes[s:e])
				if strings.TrimSpace(piece) != piece {
					return spans, fmt.Errorf("line %d %s: [%d, %d) %q starts or ends with whitespace, which no token does", n+1, key, s, e, piece)
				}
				spans++
			}
		}
	}
	return spans, nil
}

// readBratAnn checks one .ann against its text as brat's server does
// (server/src/annotation.py at nlplab/brat 44ecd82: _parse_ann_lines,
// _split_textbound_data and the TextAnnotations text check, the relation
// and attribute parsers): ids unique, a tab after each id, text-bound
// offsets inside the text (a Python str) with start <= end and fragments
// not overlapping, the text after the second tab starting with the
// fragments' text joined by a space, relations of exactly two arguments
// with different roles naming existing annotations, attributes and notes
// on existing annotations, and every type declared in annotation.conf.
func readBratAnn(text, ann, conf string) (tlines int, err error) {
	runes := []rune(text)
	ids := map[string]bool{}
	declared := func(section, typ string) bool {
		in := false
		for _, l := range strings.Split(conf, "\n") {
			l = strings.TrimSpace(l)
			if strings.HasPrefix(l, "[") {
				in = l == "["+section+"]"
				continue
			}
			if in && (l == typ || strings.HasPrefix(l, typ+" ") || strings.HasPrefix(l, typ+"\t")) {
				return true
			}
		}
		return false
	}
	var later []string
	for i, line := range strings.Split(strings.TrimRight(ann, "\n"), "\n") {
		id, rest, ok := strings.Cut(line, "\t")
		if !ok {
			return tlines, fmt.Errorf("line %d: no tab", i+1)
		}
		if ids[id] {
			return tlines, fmt.Errorf("line %d: duplicate id %s", i+1, id)
		}
		ids[id] = true
		if id[0] != 'T' {
			later = append(later, line)
			continue
		}
		data, tail, _ := strings.Cut(rest, "\t")
		typ, ranges, _ := strings.Cut(data, " ")
		if !declared("entities", typ) {
			return tlines, fmt.Errorf("line %d: entity type %s not in annotation.conf", i+1, typ)
		}
		var pieces []string
		var seen [][2]int
		for _, fr := range strings.Split(ranges, ";") {
			var s, e int
			if _, err := fmt.Sscanf(fr, "%d %d", &s, &e); err != nil {
				return tlines, fmt.Errorf("line %d: %q: %v", i+1, fr, err)
			}
			if s > e || s < 0 || e > len(runes) {
				return tlines, fmt.Errorf("line %d: [%d, %d) outside the text (%d characters)", i+1, s, e, len(runes))
			}
			for _, o := range seen {
				if e >= o[0] && s < o[1] {
					return tlines, fmt.Errorf("line %d: fragments overlap", i+1)
				}
			}
			seen = append(seen, [2]int{s, e})
			pieces = append(pieces, string(runes[s:e]))
		}
		if !strings.HasPrefix(tail, strings.Join(pieces, " ")) {
			return tlines, fmt.Errorf("line %d: text %q does not match the span text %q", i+1, tail, strings.Join(pieces, " "))
		}
		tlines++
	}
	for _, line := range later {
		id, rest, _ := strings.Cut(line, "\t")
		data, _, _ := strings.Cut(rest, "\t")
		f := strings.Fields(data)
		switch id[0] {
		case 'R':
			if len(f) != 3 {
				return tlines, fmt.Errorf("%s: a relation must have exactly two arguments", id)
			}
			a1, t1, _ := strings.Cut(f[1], ":")
			a2, t2, _ := strings.Cut(f[2], ":")
			if a1 == a2 || !ids[t1] || !ids[t2] {
				return tlines, fmt.Errorf("%s: arguments %s, %s", id, f[1], f[2])
			}
			if !declared("relations", f[0]) {
				return tlines, fmt.Errorf("%s: relation type %s not in annotation.conf", id, f[0])
			}
		case 'A':
			if len(f) < 2 || !ids[f[1]] || !declared("attributes", f[0]) {
				return tlines, fmt.Errorf("%s: attribute %q", id, data)
			}
		case '#':
			if len(f) != 2 || !ids[f[1]] {
				return tlines, fmt.Errorf("%s: note %q needs a type and an existing target", id, data)
			}
		default:
			return tlines, fmt.Errorf("%s: unexpected annotation", id)
		}
	}
	return tlines, nil
}

// readBratZip checks every document of a brat zip; it returns the T lines.
func readBratZip(data []byte) (int, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return 0, err
	}
	files := map[string]string{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		files[f.Name] = b.String()
	}
	n := 0
	for name, ann := range files {
		if !strings.HasSuffix(name, ".ann") {
			continue
		}
		got, err := readBratAnn(files[strings.TrimSuffix(name, ".ann")+".txt"], ann, files["annotation.conf"])
		if err != nil {
			return n, fmt.Errorf("%s: %v", name, err)
		}
		n += got
	}
	return n, nil
}

// doccanoLoad imports a doccano JSONL file as doccano's backend does
// (backend/data_import/datasets.py RelationExtractionDataset and
// SequenceLabelingDataset, pipeline/label.py SpanLabel and RelationLabel,
// pipeline/labels.py Spans.clean and Relations.save, at doccano ab6b765),
// for a project that does not allow overlapping spans: the span column
// ("entities" in a relation project, "label" otherwise) parsed as
// SpanLabel (start < end, a non-empty label; others dropped), spans
// sorted by start and dropped when they begin before the last kept one
// ends, then each relation's from_id and to_id looked up among the kept
// spans, a KeyError ending the import. Then each kept span is placed as
// doccano's annotation view (doccano/v-annotator ab973f0,
// src/domain/models/Label/Text.ts) places it: by JavaScript string index,
// UTF-16 units, and its text returned for the caller to check.
func doccanoLoad(data []byte, relationProject bool) (placed [][]string, relations int, err error) {
	for n, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var row map[string]json.RawMessage
		if err := json.Unmarshal(line, &row); err != nil {
			return nil, 0, err
		}
		var text string
		json.Unmarshal(row["text"], &text)
		column := "label"
		if relationProject {
			column = "entities"
		}
		var raw []json.RawMessage
		json.Unmarshal(row[column], &raw)
		type span struct {
			id         int
			start, end int
			label      string
		}
		var spans []span
		for _, r := range raw {
			var sp span
			sp.id = -1
			var obj struct {
				ID    *int   `json:"id"`
				Start *int   `json:"start_offset"`
				End   *int   `json:"end_offset"`
				Label string `json:"label"`
			}
			var triple []any
			if json.Unmarshal(r, &triple) == nil && len(triple) == 3 {
				s, _ := triple[0].(float64)
				e, _ := triple[1].(float64)
				l, _ := triple[2].(string)
				sp.start, sp.end, sp.label = int(s), int(e), l
			} else if json.Unmarshal(r, &obj) == nil && obj.Start != nil && obj.End != nil {
				sp.start, sp.end, sp.label = *obj.Start, *obj.End, obj.Label
				if obj.ID != nil {
					sp.id = *obj.ID
				}
			} else {
				continue
			}
			if sp.start < 0 || sp.end < 0 || sp.start >= sp.end || sp.label == "" {
				continue // SpanLabel's validators raise; LabelMaker drops it
			}
			spans = append(spans, sp)
		}
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
		var kept []span
		last := -1
		for _, sp := range spans {
			if sp.start >= last {
				last = sp.end
				kept = append(kept, sp)
			}
		}
		if len(kept) != len(raw) {
			return nil, 0, fmt.Errorf("line %d: doccano keeps %d of %d spans", n+1, len(kept), len(raw))
		}
		byID := map[int]bool{}
		for _, sp := range kept {
			byID[sp.id] = true
		}
		if relationProject {
			var rels []struct {
				FromID int    `json:"from_id"`
				ToID   int    `json:"to_id"`
				Type   string `json:"type"`
			}
			json.Unmarshal(row["relations"], &rels)
			for _, r := range rels {
				if !byID[r.FromID] || !byID[r.ToID] {
					return nil, 0, fmt.Errorf("line %d: relation %s: KeyError (%d, %d)", n+1, r.Type, r.FromID, r.ToID)
				}
				relations++
			}
		}
		units := utf16.Encode([]rune(text))
		var texts []string
		for _, sp := range kept {
			if sp.end > len(units) {
				return nil, 0, fmt.Errorf("line %d: [%d, %d) beyond the text's %d UTF-16 units", n+1, sp.start, sp.end, len(units))
			}
			texts = append(texts, sp.label+" "+string(utf16.Decode(units[sp.start:sp.end])))
		}
		placed = append(placed, texts)
	}
	return placed, relations, nil
}

// lsControl is one control tag of a labeling config.
type lsControl struct {
	tag, name, toName string
	values            map[string]bool
}

// parseLSConfig reads a labeling config's control tags and the name of its
// Text tag, as label-studio-converter's parse_config does
// (label_studio_converter/utils.py at 2ef5400): each tag with a name and
// toName is an output, its children's value attributes its labels.
func parseLSConfig(config []byte) (controls map[string]*lsControl, textName string, err error) {
	controls = map[string]*lsControl{}
	dec := xml.NewDecoder(bytes.NewReader(config))
	var stack []*lsControl
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			attr := map[string]string{}
			for _, a := range t.Attr {
				attr[a.Name.Local] = a.Value
			}
			c := &lsControl{tag: t.Name.Local, name: attr["name"], toName: attr["toName"], values: map[string]bool{}}
			if t.Name.Local == "Text" {
				textName = attr["name"]
			}
			if len(stack) > 0 && attr["value"] != "" && stack[len(stack)-1] != nil {
				stack[len(stack)-1].values[attr["value"]] = true
			}
			if c.name != "" && c.toName != "" {
				controls[c.name] = c
				stack = append(stack, c)
			} else {
				stack = append(stack, nil)
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	if textName == "" {
		return nil, "", fmt.Errorf("the config has no Text tag")
	}
	return controls, textName, nil
}

// readLabelStudio reads a Label Studio JSON export as Label Studio's
// importer and label-studio-converter do (converter.py
// annotation_result_from_task and get_data at label-studio-converter
// 2ef5400; the uploader's JSON list at label-studio 0012445): a JSON
// array of tasks each with an "id" (KeyError otherwise) and "data"; each
// result's from_name must be a control of the config with to_name its
// Text tag (else the converter drops it), its type the control's, its
// labels or choices among the control's values; a region's start and end
// count code points and slice its value.text; a relation joins regions of
// the same result list. Predictions are checked the same way and counted
// apart.
func readLabelStudio(data, config []byte) (regions, predicted, relations int, err error) {
	controls, textName, err := parseLSConfig(config)
	if err != nil {
		return 0, 0, 0, err
	}
	var tasks []map[string]json.RawMessage
	if err := json.Unmarshal(data, &tasks); err != nil {
		return 0, 0, 0, fmt.Errorf("not a JSON array: %v", err)
	}
	typeOf := map[string]string{"Labels": "labels", "Choices": "choices", "TextArea": "textarea", "Relations": "relation"}
	check := func(task int, text string, results []map[string]any) (n, rels int, err error) {
		ids := map[string]bool{}
		runes := []rune(text)
		for _, r := range results {
			if r["type"] == "relation" {
				continue
			}
			name, _ := r["from_name"].(string)
			c, ok := controls[name]
			if !ok || r["to_name"] != textName || c.toName != textName {
				return n, rels, fmt.Errorf("task %d: result from_name %q to_name %v is not a control of the config", task, name, r["to_name"])
			}
			if typeOf[c.tag] != r["type"] {
				return n, rels, fmt.Errorf("task %d: %s is a %s, the result says %v", task, name, c.tag, r["type"])
			}
			v, _ := r["value"].(map[string]any)
			s, e := int(v["start"].(float64)), int(v["end"].(float64))
			if s < 0 || e > len(runes) || s > e {
				return n, rels, fmt.Errorf("task %d: [%d, %d) outside the text", task, s, e)
			}
			for _, k := range []string{"labels", "choices"} {
				list, _ := v[k].([]any)
				for _, l := range list {
					if !c.values[l.(string)] {
						return n, rels, fmt.Errorf("task %d: %s %q is not in the config's %s", task, k, l, name)
					}
				}
			}
			if r["type"] == "labels" {
				if v["text"] != string(runes[s:e]) {
					return n, rels, fmt.Errorf("task %d: region [%d, %d) text %q, the text there is %q", task, s, e, v["text"], string(runes[s:e]))
				}
				ids[r["id"].(string)] = true
				n++
			}
		}
		for _, r := range results {
			if r["type"] != "relation" {
				continue
			}
			if !ids[r["from_id"].(string)] || !ids[r["to_id"].(string)] {
				return n, rels, fmt.Errorf("task %d: relation %v → %v joins no regions of its result", task, r["from_id"], r["to_id"])
			}
			rels++
		}
		return n, rels, nil
	}
	for i, t := range tasks {
		if _, ok := t["id"]; !ok {
			return regions, predicted, relations, fmt.Errorf("task %d: KeyError 'id'", i)
		}
		var id any
		json.Unmarshal(t["id"], &id)
		if _, isNum := id.(float64); !isNum {
			return regions, predicted, relations, fmt.Errorf("task %d: id %v is not an integer", i, id)
		}
		var d map[string]any
		json.Unmarshal(t["data"], &d)
		text, _ := d["text"].(string)
		for _, key := range []string{"annotations", "predictions"} {
			var list []struct {
				Result []map[string]any `json:"result"`
				Score  *float64         `json:"score"`
			}
			json.Unmarshal(t[key], &list)
			for _, a := range list {
				if key == "predictions" && a.Score == nil {
					return regions, predicted, relations, fmt.Errorf("task %d: a prediction without a score", i)
				}
				for _, r := range a.Result {
					if key == "annotations" && r["origin"] == "prediction" {
						return regions, predicted, relations, fmt.Errorf("task %d: a suggestion among the annotations", i)
					}
				}
				n, rels, err := check(i, text, a.Result)
				if err != nil {
					return regions, predicted, relations, err
				}
				if key == "annotations" {
					regions += n
					relations += rels
				} else {
					predicted += n
				}
			}
		}
	}
	return regions, predicted, relations, nil
}

var _ = strconv.Itoa
