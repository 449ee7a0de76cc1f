package suggest

import (
	"bufio"
	"encoding/json"
	"fmt"
	sharedtest "newsmark/annotate/reference"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"newsmark/annotate"
)

// This file scores the suggester against gold annotations: the seed's
// newsmark/1 fixture in ../shared and our own articles in testdata/.

// goldStatement is one statement an analyst tagged.
type goldStatement struct {
	Text     string `json:"text"`
	Speaker  string `json:"speaker"` // last name, or an organisation's distinctive word; the full canonical name when goldDoc.canonical
	Zone     string `json:"zone,omitempty"`
	Cue      string `json:"cue,omitempty"`       // the cue's text, when the gold names it
	NestedIn string `json:"nested_in,omitempty"` // text of the statement this one is nested in
	start    int
	end      int
}

// goldDoc is a document with its gold statements and cues.
type goldDoc struct {
	name       string
	doc        *annotate.Document
	statements []goldStatement
	cues       [][2]int // gold CUE ranges, when known
	extraTraps []string // fragments that must not become statements
	canonical  bool     // speakers are full canonical names, compared whole
}

// scores are one document's (or a corpus's) figures.
type scores struct {
	tp, fp, fn           int
	spkOK, spkSeen       int
	cueOK, cueSeen       int // found statements whose gold names a cue, and how many got that cue
	nestedOK, nestedSeen int // found nested statements, and how many are nested_in the right one
	traps                []string
	notes                []string // what went wrong, statement by statement, for reading a score
}

func (s scores) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s scores) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s scores) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
func (s scores) speakerAccuracy() float64 { return ratio(s.spkOK, s.spkSeen) }

func (s *scores) add(o scores) {
	s.tp += o.tp
	s.fp += o.fp
	s.fn += o.fn
	s.spkOK += o.spkOK
	s.spkSeen += o.spkSeen
	s.cueOK += o.cueOK
	s.cueSeen += o.cueSeen
	s.nestedOK += o.nestedOK
	s.nestedSeen += o.nestedSeen
	s.traps = append(s.traps, o.traps...)
	s.notes = append(s.notes, o.notes...)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func sharedDir(t testing.TB) string { return sharedtest.Dir(t) }

// loadSeedGold reads the seed's newsmark/1 gold record.
func loadSeedGold(t testing.TB) goldDoc {
	path := filepath.Join(sharedDir(t), "fixtures", "seed_000_gold.doc.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("seed gold %s unreadable: %v", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	if !sc.Scan() {
		t.Fatalf("%s: empty", path)
	}
	var rec struct {
		ID    string          `json:"id"`
		Text  string          `json:"text"`
		Zones []annotate.Zone `json:"zones"`
		Spans []struct {
			annotate.Span
		} `json:"spans"`
		Relations []annotate.Relation `json:"relations"`
	}
	if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	runes := []rune(rec.Text)
	byID := map[string]annotate.Span{}
	for _, s := range rec.Spans {
		byID[s.ID] = s.Span
	}
	speakerOf := map[string]string{}
	for _, r := range rec.Relations {
		if r.Label == annotate.RelSaidBy {
			speakerOf[r.Head] = r.Child
		}
	}
	g := goldDoc{name: "seed_000", doc: &annotate.Document{ID: rec.ID, Text: rec.Text, Zones: rec.Zones}}
	for _, s := range rec.Spans {
		switch s.Label {
		case annotate.LabelCue:
			g.cues = append(g.cues, [2]int{s.Start, s.End})
		case annotate.LabelStatement:
			canon, _ := byID[speakerOf[s.ID]].Attrs["canonical"].(string)
			zone, _ := s.Attrs["zone"].(string)
			g.statements = append(g.statements, goldStatement{
				Text: string(runes[s.Start:s.End]), Speaker: distinctive(canon), Zone: zone, start: s.Start, end: s.End})
		}
	}
	return g
}

// distinctive is the word of a canonical speaker a prediction must contain:
// the last name, or the organisation's word ("Russia (government)" → "Russia").
func distinctive(canonical string) string {
	if i := strings.Index(canonical, "("); i >= 0 {
		canonical = canonical[:i]
	}
	f := strings.Fields(canonical)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// loadArticle reads testdata/<name>.txt (headline, blank line, dek, blank
// line, body paragraphs) and its gold testdata/<name>.gold.json.
func loadArticle(t testing.TB, name string) goldDoc {
	raw, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.TrimRight(string(raw), "\n")
	var gold struct {
		Statements    []goldStatement `json:"statements"`
		NotStatements []string        `json:"not_statements"`
	}
	data, err := os.ReadFile(filepath.Join("testdata", name+".gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatalf("%s.gold.json: %v", name, err)
	}
	doc := &annotate.Document{ID: name, Text: text, Zones: articleZones(text)}
	g := goldDoc{name: name, doc: doc, extraTraps: gold.NotStatements}
	for _, s := range gold.Statements {
		i := strings.Index(text, s.Text)
		if i < 0 {
			t.Fatalf("%s: gold statement not in the article: %q", name, s.Text)
		}
		s.start = len([]rune(text[:i]))
		s.end = s.start + len([]rune(s.Text))
		s.Zone = zoneAt(doc.Zones, s.start)
		g.statements = append(g.statements, s)
	}
	return g
}

// articleZones marks paragraph 1 as headline, paragraph 2 as dek, the rest as body.
func articleZones(text string) []annotate.Zone {
	paras := strings.Split(text, "\n\n")
	var zones []annotate.Zone
	pos := 0
	for i, p := range paras {
		n := len([]rune(p))
		switch i {
		case 0:
			zones = append(zones, annotate.Zone{Zone: annotate.ZoneHeadline, Start: pos, End: pos + n})
		case 1:
			zones = append(zones, annotate.Zone{Zone: annotate.ZoneDek, Start: pos, End: pos + n})
		case 2:
			// "GENEVA — ", "MERIDIAN, Ark. — ": the importer's dateline zone
			body := pos
			if m := datelineRe.FindString(p); m != "" {
				body += len([]rune(m))
				zones = append(zones, annotate.Zone{Zone: annotate.ZoneDateline, Start: pos, End: body})
			}
			zones = append(zones, annotate.Zone{Zone: annotate.ZoneBody, Start: body, End: len([]rune(text))})
		}
		pos += n + 2
	}
	return zones
}

func zoneAt(zones []annotate.Zone, pos int) string {
	for _, z := range zones {
		if pos >= z.Start && pos < z.End {
			return z.Zone
		}
	}
	return ""
}

var (
	wordRe     = regexp.MustCompile(`[\p{L}\p{N}]+`)
	datelineRe = regexp.MustCompile(`^\p{Lu}{2,}[\p{L} .,]{0,30} — `)
)

// tokenF1 is the token-overlap F1 of two texts, over lower-case words.
func tokenF1(a, b string) float64 {
	ta, tb := wordRe.FindAllString(strings.ToLower(a), -1), wordRe.FindAllString(strings.ToLower(b), -1)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range ta {
		count[w]++
	}
	common := 0
	for _, w := range tb {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(tb)), float64(common)/float64(len(ta))
	return 2 * p * r / (p + r)
}

// score matches predicted BODY statements to gold ones (token F1 ≥ 0.5,
// one-to-one, best pairs first), checks the linked speakers, and looks for
// the traps of news-schemas §5.5.
func score(g goldDoc, res Result) scores {
	runes := []rune(g.doc.Text)
	spanText := func(s annotate.Span) string { return string(runes[s.Start:s.End]) }
	byID := map[string]annotate.Span{}
	for _, s := range res.Spans {
		byID[s.ID] = s
	}
	var preds []annotate.Span
	for _, s := range res.Spans {
		if s.Label == annotate.LabelStatement && zoneAt(g.doc.Zones, s.Start) == annotate.ZoneBody {
			preds = append(preds, s)
		}
	}
	var golds []goldStatement
	for _, s := range g.statements {
		if s.Zone == "" || s.Zone == annotate.ZoneBody {
			golds = append(golds, s)
		}
	}
	type pair struct {
		p, g int
		f1   float64
	}
	var pairs []pair
	for pi, p := range preds {
		for gi, gs := range golds {
			if f := tokenF1(gs.Text, spanText(p)); f >= 0.5 {
				pairs = append(pairs, pair{pi, gi, f})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].f1 > pairs[j].f1 })
	usedP, usedG := map[int]bool{}, map[int]bool{}
	predOf := map[string]string{} // gold text → id of the statement matched to it
	var sc scores
	for _, pr := range pairs {
		if usedP[pr.p] || usedG[pr.g] {
			continue
		}
		usedP[pr.p], usedG[pr.g] = true, true
		predOf[golds[pr.g].Text] = preds[pr.p].ID
		sc.tp++
		sc.spkSeen++
		id, gs := preds[pr.p].ID, golds[pr.g]
		if g.canonical && canonicalMatches(res, byID, id, gs.Speaker) || !g.canonical && speakerMatches(res, byID, id, gs.Speaker, spanText) {
			sc.spkOK++
		} else {
			sc.notes = append(sc.notes, fmt.Sprintf("speaker of %q: got %s, want %q", spanText(preds[pr.p]), describeLinks(res, byID, id, spanText), gs.Speaker))
		}
		if gs.Cue != "" {
			sc.cueSeen++
			if linked(res, annotate.RelCue, id, func(c annotate.Span) bool { return strings.EqualFold(spanText(c), gs.Cue) }) {
				sc.cueOK++
			} else {
				sc.notes = append(sc.notes, fmt.Sprintf("cue of %q: want %q", spanText(preds[pr.p]), gs.Cue))
			}
		}
		if pt := spanText(preds[pr.p]); pt != gs.Text {
			sc.notes = append(sc.notes, fmt.Sprintf("boundary: got %q, want %q", pt, gs.Text))
		}
	}
	for gi, gs := range golds {
		if !usedG[gi] {
			sc.notes = append(sc.notes, fmt.Sprintf("missed: %q (%s)", gs.Text, gs.Speaker))
		}
	}
	for pi, p := range preds {
		if !usedP[pi] {
			sc.notes = append(sc.notes, fmt.Sprintf("extra: %s %q by %s", p.Pattern, spanText(p), describeLinks(res, byID, p.ID, spanText)))
		}
	}
	for _, gs := range golds {
		inner, ok := predOf[gs.Text]
		if gs.NestedIn == "" || !ok {
			continue
		}
		sc.nestedSeen++
		if outer, ok := predOf[gs.NestedIn]; ok && linked(res, annotate.RelNestedIn, inner, func(c annotate.Span) bool { return c.ID == outer }) {
			sc.nestedOK++
		} else {
			sc.notes = append(sc.notes, fmt.Sprintf("not nested in its statement: %q", gs.Text))
		}
	}
	sc.fp = len(preds) - len(usedP)
	sc.fn = len(golds) - len(usedG)
	sc.traps = traps(g, res, spanText)
	return sc
}

// speakerMatches follows said_by (and coref) from a statement and checks the
// speaker's text or canonical name for the gold speaker's word.
func speakerMatches(res Result, byID map[string]annotate.Span, stmt, want string, spanText func(annotate.Span) string) bool {
	want = strings.ToLower(want)
	for _, r := range res.Relations {
		if r.Label != annotate.RelSaidBy || r.Head != stmt {
			continue
		}
		for id, hops := r.Child, 0; id != "" && hops < 5; hops++ {
			s := byID[id]
			canon, _ := s.Attrs["canonical"].(string)
			if strings.Contains(strings.ToLower(spanText(s)), want) || strings.Contains(strings.ToLower(canon), want) {
				return true
			}
			next := ""
			for _, c := range res.Relations {
				if c.Label == annotate.RelCoref && c.Head == id {
					next = c.Child
				}
			}
			id = next
		}
	}
	return false
}

// describeLinks names a statement's speaker as the analyst sees it: the
// mention and its canonical name.
func describeLinks(res Result, byID map[string]annotate.Span, stmt string, spanText func(annotate.Span) string) string {
	for _, r := range res.Relations {
		if r.Label == annotate.RelSaidBy && r.Head == stmt {
			s := byID[r.Child]
			canon, _ := s.Attrs["canonical"].(string)
			return fmt.Sprintf("%q (%s)", spanText(s), canon)
		}
	}
	return "no speaker"
}

// linked reports whether a relation of the label runs from head to a span
// that ok accepts.
func linked(res Result, label, head string, ok func(annotate.Span) bool) bool {
	for _, r := range res.Relations {
		if r.Label != label || r.Head != head {
			continue
		}
		for _, s := range res.Spans {
			if s.ID == r.Child && ok(s) {
				return true
			}
		}
	}
	return false
}

// canonicalMatches reports whether the statement's speaker resolves to the
// gold canonical name: its canonical attribute, or that of the mention it is
// linked to by coref, equals the gold name once case, a leading determiner
// and a company suffix ("Inc.", "GmbH") are set aside.
func canonicalMatches(res Result, byID map[string]annotate.Span, stmt, want string) bool {
	want = normCanonical(want)
	for _, r := range res.Relations {
		if r.Label != annotate.RelSaidBy || r.Head != stmt {
			continue
		}
		for id, hops := r.Child, 0; id != "" && hops < 5; hops++ {
			if canon, _ := byID[id].Attrs["canonical"].(string); canon != "" {
				if normCanonical(canon) == want {
					return true
				}
				break
			}
			next := ""
			for _, c := range res.Relations {
				if c.Label == annotate.RelCoref && c.Head == id {
					next = c.Child
				}
			}
			id = next
		}
	}
	return false
}

func normCanonical(s string) string {
	f := strings.Fields(strings.ToLower(strings.ReplaceAll(s, "’", "'")))
	for len(f) > 1 && (f[0] == "the" || f[0] == "a" || f[0] == "an" || f[0] == "one") {
		f = f[1:]
	}
	for len(f) > 1 {
		switch strings.Trim(f[len(f)-1], ".,") {
		case "inc", "ltd", "llc", "plc", "corp", "gmbh", "co":
			f = f[:len(f)-1]
			continue
		}
		break
	}
	return strings.Trim(strings.Join(f, " "), ".,")
}

var (
	// quoted fragments in any of the paired marks the suggester knows.
	fragmentRe = regexp.MustCompile(`"[^"\n]+"|“[^”\n]+”|«[^»\n]+»|„[^“”\n]+[“”]|(^|[\s(])'[^'\n]+'(\W|$)|‘[^’\n]+’`)
	// abbreviations that must not end a sentence.
	noBreakRe = regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gen|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Col|Prof|St|Det|Sgt|Insp|Supt)\. [\p{Lu}\d]|\b[A-Z]\.[A-Z]\. \p{Lu}`)
)

// traps lists what the suggester must never do (news-schemas §5.5),
// derived from the gold so the same checks run on every article:
// a quoted fragment that is not a gold statement suggested as a statement; a
// "to"-infinitive cue that is not a gold cue ("too early to say"); a
// statement that begins or ends at an abbreviation ("Dec. 7", "Gen. Smith"),
// or inside a quoted title or scare quote; a statement running across zones
// (from the headline into the body).
func traps(g goldDoc, res Result, spanText func(annotate.Span) string) []string {
	text := g.doc.Text
	runes := []rune(text)
	runeAt := func(byteOff int) int { return len([]rune(text[:byteOff])) }
	var out []string
	isGold := func(s, e int) bool {
		for _, gs := range g.statements {
			if gs.start <= s && e <= gs.end && gs.start >= s-1 && gs.end <= e+1 {
				return true
			}
		}
		return false
	}
	var frags, quotes [][2]int
	for _, m := range fragmentRe.FindAllStringIndex(text, -1) {
		s, e := runeAt(m[0]), runeAt(m[1])
		for s < e && !strings.ContainsRune(`"“«„'‘`, runes[s]) {
			s++
		}
		for e > s && !strings.ContainsRune(`"”»“'’`, runes[e-1]) {
			e--
		}
		if !isGold(s, e) {
			frags = append(frags, [2]int{s, e})
			quotes = append(quotes, [2]int{s, e})
		}
	}
	for _, x := range g.extraTraps {
		if i := strings.Index(text, x); i >= 0 {
			s := runeAt(i)
			f := [2]int{s, s + len([]rune(x))}
			if !slices.Contains(frags, f) { // a quoted fragment the gold also lists counts once
				frags = append(frags, f)
			}
		}
	}
	var breaks []int
	for _, m := range noBreakRe.FindAllStringIndex(text, -1) {
		breaks = append(breaks, runeAt(m[1])-1) // the rune after the space
	}
	// zones the gold judges: the body always; a headline or dek only when
	// the gold tags statements there (the unseen golds list body
	// statements only, so a headline statement is neither right nor wrong,
	// as it is for precision)
	judged := map[string]bool{annotate.ZoneBody: true, "": true}
	for _, gs := range g.statements {
		judged[gs.Zone] = true
	}
	for _, s := range res.Spans {
		switch s.Label {
		case annotate.LabelStatement:
			unjudged := g.doc.Zones != nil && !judged[zoneAt(g.doc.Zones, s.Start)]
			// a suggestion the gold tags as a statement is right even when
			// it lies inside a longer text the gold lists as no statement
			// (a host's question that carries a guest's claim)
			right := isGold(s.Start, s.End)
			for _, f := range frags {
				if s.Start >= f[0] && s.End <= f[1] && !unjudged && !right {
					out = append(out, g.name+": quoted fragment suggested as a statement: "+spanText(s))
				}
			}
			for _, b := range breaks {
				if s.Start == b || s.End == b-1 || s.End == b {
					out = append(out, g.name+": statement broken at an abbreviation: "+spanText(s))
				}
			}
			for _, q := range quotes {
				// the regex pairs quotation marks naively (an apostrophe
				// can close a ‘…’): a suggestion the gold tags is no trap
				if (q[0] < s.Start && s.Start < q[1]) != (q[0] < s.End && s.End < q[1]) && !right {
					out = append(out, g.name+": statement begins or ends inside a quotation: "+spanText(s))
				}
			}
			if g.doc.Zones != nil && zoneAt(g.doc.Zones, s.Start) != zoneAt(g.doc.Zones, s.End-1) {
				out = append(out, g.name+": statement runs across zones: "+spanText(s))
			}
		case annotate.LabelCue:
			before := strings.TrimRightFunc(string(runes[:s.Start]), unicode.IsSpace)
			if strings.HasSuffix(strings.ToLower(before), " to") && !goldCue(g, s) {
				out = append(out, g.name+": infinitive suggested as a cue: to "+spanText(s))
			}
		}
	}
	return out
}

func goldCue(g goldDoc, s annotate.Span) bool {
	if g.cues == nil {
		// our articles list no cues: an infinitive cue is allowed only when
		// its statement is gold (the "used the call to warn … that" shape).
		return false
	}
	for _, c := range g.cues {
		if c[0] == s.Start && c[1] == s.End {
			return true
		}
	}
	return false
}
