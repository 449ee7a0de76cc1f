package annotate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file is the logic behind the analyst's attribution keys: S and
// Shift+S (nearest speaker before, after), C and Shift+C (nearest cue), R
// (coreference for a pronoun speaker), and the canonical name and quote type
// Newsmark fills in when a SPEAKER or STATEMENT is tagged. Everything works on
// the spans of one document and its text, in code points.

// Paragraph is a range of a document's text [Start, End), in code points,
// between blank lines. It starts at its first line's start and ends at its
// last line's end, without the newline.
type Paragraph struct {
	Start, End int
}

// Paragraphs splits text into paragraphs separated by one or more blank
// (empty or whitespace-only) lines. A single line break stays inside a
// paragraph.
func Paragraphs(text string) []Paragraph {
	var out []Paragraph
	start := -1 // start of the current paragraph, -1 between paragraphs
	lastEnd := 0
	cp := 0
	for len(text) > 0 {
		line, rest, found := strings.Cut(text, "\n")
		n := utf8.RuneCountInString(line)
		if strings.TrimSpace(line) == "" {
			if start >= 0 {
				out = append(out, Paragraph{start, lastEnd})
				start = -1
			}
		} else {
			if start < 0 {
				start = cp
			}
			lastEnd = cp + n
		}
		cp += n
		if found {
			cp++ // the newline
		}
		text = rest
	}
	if start >= 0 {
		out = append(out, Paragraph{start, lastEnd})
	}
	return out
}

// ParagraphAt returns the paragraph of text that holds code-point offset
// offset (its end counts, so a cursor after the last character is inside).
// ok is false when offset falls on a blank line between paragraphs.
func ParagraphAt(text string, offset int) (p Paragraph, ok bool) {
	return paragraphAt(Paragraphs(text), offset)
}

func paragraphAt(paras []Paragraph, offset int) (Paragraph, bool) {
	for _, p := range paras {
		if offset >= p.Start && offset <= p.End {
			return p, true
		}
	}
	return Paragraph{offset, offset}, false
}

// searchArea is the range NearestBefore and NearestAfter search first: the
// paragraphs that from touches.
func searchArea(text string, from Span) Paragraph {
	paras := Paragraphs(text)
	first, ok1 := paragraphAt(paras, from.Start)
	last, ok2 := paragraphAt(paras, max(from.End-1, from.Start))
	if !ok1 || !ok2 {
		return Paragraph{from.Start, from.End}
	}
	return Paragraph{first.Start, last.End}
}

// candidate reports whether s may be proposed for from: it has the wanted
// label, was not rejected, and is neither from itself nor inside it.
func candidate(s, from Span, label string) bool {
	if s.Label != label || s.Status == SpanRejected {
		return false
	}
	if s.ID != "" && s.ID == from.ID {
		return false
	}
	return !(s.Start >= from.Start && s.End <= from.End)
}

// NearestBefore returns the span labelled label that ends nearest before from
// starts: the one ending last, and of two ending together the one starting
// later. It looks inside from's paragraph first and widens to the whole
// document when the paragraph has none. Spans inside from and rejected
// suggestions never count.
func NearestBefore(text string, spans []Span, from Span, label string) (Span, bool) {
	area := searchArea(text, from)
	return nearest(spans, from, label,
		func(s Span, inArea bool) bool { return s.End <= from.Start && (!inArea || s.Start >= area.Start) },
		func(a, b Span) bool { // a nearer than b
			if a.End != b.End {
				return a.End > b.End
			}
			if a.Start != b.Start {
				return a.Start > b.Start
			}
			return a.ID < b.ID
		})
}

// NearestAfter returns the span labelled label that starts nearest after from
// ends: the one starting first, and of two starting together the shorter. Like
// NearestBefore it looks inside from's paragraph first, then in the whole
// document, and ignores spans inside from and rejected suggestions.
func NearestAfter(text string, spans []Span, from Span, label string) (Span, bool) {
	area := searchArea(text, from)
	return nearest(spans, from, label,
		func(s Span, inArea bool) bool { return s.Start >= from.End && (!inArea || s.End <= area.End) },
		func(a, b Span) bool {
			if a.Start != b.Start {
				return a.Start < b.Start
			}
			if a.End != b.End {
				return a.End < b.End
			}
			return a.ID < b.ID
		})
}

// nearest is the best candidate for from by better among the spans on the
// wanted side (fits), searched within from's paragraph first (inArea) and
// then in the whole document.
func nearest(spans []Span, from Span, label string, fits func(s Span, inArea bool) bool, better func(a, b Span) bool) (Span, bool) {
	for _, inArea := range []bool{true, false} {
		var best Span
		found := false
		for _, s := range spans {
			if !candidate(s, from, label) || !fits(s, inArea) {
				continue
			}
			if !found || better(s, best) {
				best, found = s, true
			}
		}
		if found {
			return best, true
		}
	}
	return Span{}, false
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "him": true, "her": true, "it": true, "we": true}

// IsPronoun reports whether s, trimmed of spaces and punctuation, is a
// pronoun that can stand for a speaker: he, she, they, him, her, it or we, in
// any case.
func IsPronoun(s string) bool {
	return pronouns[strings.ToLower(strings.TrimFunc(s, notWordRune))]
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// CorefAntecedent returns the speaker a pronoun SPEAKER span refers to, for
// the R key: the nearest SPEAKER ending before it that is not itself a
// pronoun. Speakers outside every statement are preferred, since a name
// inside reported content ("Biden said Putin had agreed. He added…") is
// rarely what the pronoun means; if there is none, any earlier speaker will do.
func CorefAntecedent(text string, spans []Span, pronoun Span) (Span, bool) {
	return precedingSpeaker(spans, pronoun.Start, func(s Span) bool {
		return s.ID != pronoun.ID && !IsPronoun(Slice(text, s.Start, s.End))
	})
}

// precedingSpeaker finds the nearest accepted or pending SPEAKER ending at or
// before offset that passes ok, preferring one outside every STATEMENT.
func precedingSpeaker(spans []Span, offset int, ok func(Span) bool) (Span, bool) {
	var statements []Span
	for _, s := range spans {
		if s.Label == LabelStatement && s.Status != SpanRejected {
			statements = append(statements, s)
		}
	}
	insideStatement := func(sp Span) bool {
		return slices.ContainsFunc(statements, func(st Span) bool {
			return sp.Start >= st.Start && sp.End <= st.End && !(sp.Start == st.Start && sp.End == st.End)
		})
	}
	for _, outsideOnly := range []bool{true, false} {
		var best Span
		found := false
		for _, s := range spans {
			if s.Label != LabelSpeaker || s.Status == SpanRejected || s.End > offset || !ok(s) {
				continue
			}
			if outsideOnly && insideStatement(s) {
				continue
			}
			if !found || s.End > best.End || (s.End == best.End && s.Start > best.Start) {
				best, found = s, true
			}
		}
		if found {
			return best, true
		}
	}
	return Span{}, false
}

// determiners are dropped from the start of a speaker mention.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

// roleWords are titles and roles that precede a name in news copy
// ("Kremlin spokesman Dmitry Peskov", "Sen. Lorena Gaitán"). They are
// compared in lower case without a final period.
var roleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		spokesman spokeswoman spokesperson spokespeople president president-elect vice vice-president
		premier prime minister secretary secretary-general chancellor senator sen representative rep
		congressman congresswoman lawmaker legislator mp mep governor gov mayor deputy chief executive
		officer ceo cfo coo cto director chair chairman chairwoman chairperson head leader ambassador
		envoy commissioner official analyst economist researcher professor prof dr doctor mr mrs ms
		miss mx sir dame lord lady king queen prince princess pope judge attorney lawyer gen colonel col
		captain capt lieutenant lt sergeant sgt admiral adm commander cmdr negotiator organiser
		organizer founder co-founder manager editor correspondent adviser advisor aide inspector
		superintendent councillor councilor councilman councilwoman diplomat delegate detective
		inspector-general attorney-general director-general`) {
		roleWords[w] = true
	}
}

// portfolioWords follow "of" or "for" after a role and belong to it
// ("Secretary of State", "Minister for Foreign Affairs").
var portfolioWords = map[string]bool{
	"state": true, "defence": true, "defense": true, "health": true, "finance": true, "justice": true,
	"education": true, "energy": true, "interior": true, "foreign": true, "affairs": true, "home": true,
	"treasury": true, "commerce": true, "labor": true, "labour": true, "agriculture": true,
	"transport": true, "transportation": true, "environment": true, "economy": true, "trade": true,
	"industry": true, "culture": true, "fisheries": true, "the": true, "and": true, "homeland": true,
	"security": true, "public": true, "works": true, "staff": true,
}

// normWord lower-cases a token and drops surrounding punctuation and a final
// possessive, for comparing words.
func normWord(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return notWordRune(r) && r != '-' })
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return strings.ToLower(w)
}

func isRole(tokens []string, i int) bool {
	w := normWord(tokens[i])
	if roleWords[w] {
		return true
	}
	// "general" is a role only after another ("secretary general",
	// "attorney general"), so "General Motors" keeps its name.
	return w == "general" && i > 0 && roleWords[normWord(tokens[i-1])]
}

// nameInSegment strips determiners and the role phrase from one
// comma-separated part of a mention; roleOnly is true when nothing but a role
// and what precedes it was there.
func nameInSegment(seg string) (name string, roleOnly bool) {
	tokens := strings.Fields(seg)
	for len(tokens) > 1 && determiners[normWord(tokens[0])] {
		tokens = tokens[1:]
	}
	last := -1
	for i := range tokens {
		if isRole(tokens, i) {
			last = i
		}
	}
	if last < 0 {
		return strings.Join(tokens, " "), false
	}
	rest := tokens[last+1:]
	if len(rest) > 0 && (normWord(rest[0]) == "of" || normWord(rest[0]) == "for") {
		j := 1
		for j < len(rest) && portfolioWords[normWord(rest[j])] {
			j++
		}
		if j > 1 {
			rest = rest[j:]
		}
	}
	if len(rest) == 0 {
		return strings.Join(tokens, " "), true
	}
	return strings.Join(rest, " "), false
}

func hasCapital(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// relativeStart marks a comma-separated part that describes rather than
// names ("…, who leads the union").
var relativeStart = map[string]bool{"who": true, "which": true, "whose": true, "that": true, "whom": true}

// CanonicalName returns the name in a speaker mention without determiners
// and role or title words: "Kremlin spokesman Dmitry Peskov" → "Dmitry
// Peskov", "the Kremlin" → "Kremlin", "Secretary of State Antony Blinken" →
// "Antony Blinken", "Ledgerline's chief executive, Priya Natarajan" → "Priya
// Natarajan". A mention that is only a role keeps it ("a spokesperson" →
// "spokesperson"). Pronouns come back unchanged; see CanonicalFor.
func CanonicalName(mention string) string {
	mention = strings.Join(strings.Fields(mention), " ")
	mention = strings.TrimFunc(mention, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ':' || r == ';' })
	var fallback string
	for i, seg := range strings.Split(mention, ",") {
		seg = strings.TrimSpace(seg)
		fields := strings.Fields(seg)
		if len(fields) == 0 || (i > 0 && relativeStart[normWord(fields[0])]) {
			continue
		}
		name, roleOnly := nameInSegment(seg)
		if !roleOnly && hasCapital(name) {
			return name
		}
		if fallback == "" {
			fallback = name
		}
	}
	return fallback
}

// foldName lower-cases s and removes accents, so "Hakonardottir" matches
// "Hákonardóttir".
func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func nameTokens(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		if w := normWord(foldName(f)); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// CanonicalFor returns the canonical name a new SPEAKER mention starting at
// code-point offset before should get, given the document's spans. A name
// ("Peskov", "President Putin") takes the canonical of the earliest of the
// longest earlier SPEAKER canonicals ending in the same word and containing
// all its words, so "Peskov" becomes "Dmitry Peskov" after "Kremlin spokesman
// Dmitry Peskov"; otherwise it gets CanonicalName(mention). A pronoun takes
// the canonical of the speaker it most likely refers to (as CorefAntecedent
// picks it), or "" when there is none. Rejected suggestions never count.
func CanonicalFor(mention string, spans []Span, before int) string {
	if IsPronoun(mention) {
		s, ok := precedingSpeaker(spans, before, func(s Span) bool { return canonicalAttr(s) != "" })
		if !ok {
			return ""
		}
		return canonicalAttr(s)
	}
	name := CanonicalName(mention)
	words := nameTokens(name)
	if len(words) == 0 {
		return name
	}
	lastWord := words[len(words)-1]
	best, bestWords, bestStart := "", 0, 0
	for _, s := range spans {
		if s.Label != LabelSpeaker || s.Status == SpanRejected || s.Start >= before {
			continue
		}
		c := canonicalAttr(s)
		cw := nameTokens(c)
		if len(cw) == 0 || cw[len(cw)-1] != lastWord || !containsAll(cw, words) {
			continue
		}
		if len(cw) > bestWords || (len(cw) == bestWords && s.Start < bestStart) {
			best, bestWords, bestStart = c, len(cw), s.Start
		}
	}
	if best != "" && bestWords >= len(words) {
		return best
	}
	return name
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// canonicalAttr returns a span's canonical attribute, or "".
func canonicalAttr(s Span) string {
	c, _ := s.Attrs["canonical"].(string)
	return strings.TrimSpace(c)
}

// ResolveCanonical returns the canonical name of the SPEAKER span with the
// given id, following coref links (SPEAKER → antecedent SPEAKER) to the end
// of the chain: the canonical of the furthest span along it that has one, so
// renaming the first mention renames every pronoun that points to it. It
// returns "" when no span along the chain has a canonical name. Rejected
// relations are ignored and cycles are cut.
func ResolveCanonical(spans []Span, relations []Relation, id string) string {
	// A chain is a link or two: its spans are looked up where they are
	// (the last of an id, as a map by id would keep) and remembered in a
	// short list, instead of a map of every span made for each speaker
	// (the search facets of every imported article resolve each of its
	// speakers).
	var seenBuf [8]string
	seen := seenBuf[:0]
	name := ""
	for cur := id; cur != "" && !slices.Contains(seen, cur); {
		seen = append(seen, cur)
		i := lastSpan(spans, cur)
		if i < 0 || spans[i].Status == SpanRejected {
			break
		}
		if c := canonicalAttr(spans[i]); c != "" {
			name = c
		}
		next := ""
		for _, r := range relations {
			if r.Label == RelCoref && r.Head == cur && r.Status != SpanRejected {
				next = r.Child
				break
			}
		}
		cur = next
	}
	return name
}

// lastSpan is the index of the last span with id, -1 for none.
func lastSpan(spans []Span, id string) int {
	for i := len(spans) - 1; i >= 0; i-- {
		if spans[i].ID == id {
			return i
		}
	}
	return -1
}

// quotePairs maps each opening quotation mark to the closing marks that may
// end a direct quote it opens.
var quotePairs = map[rune]string{
	'"':      `"`,
	'\u201C': "\u201D\u201C", // “ … ” (and “ … “ from sloppy copy)
	'\u201E': "\u201C\u201D", // „ … “ (German) or „ … ” (Polish)
	'\u00AB': "\u00BB",       // « … »
	'\u00BB': "\u00AB",       // » … « (Danish, Swedish)
	'\u2018': "\u2019",       // ‘ … ’ (British)
	'\'':     "'",
	'\u201A': "\u2018\u2019", // ‚ … ‘
	'\u2039': "\u203A",       // ‹ … ›
	'\u300C': "\u300D",       // 「 … 」
}

// QuoteTypeFor returns "direct" when spanText, trimmed of spaces, begins with
// an opening quotation mark and ends with a matching closing one (straight,
// curly, « », „ “, British single marks), and "" otherwise: an indirect or
// mixed quote needs the analyst's judgement.
func QuoteTypeFor(spanText string) string {
	s := strings.TrimSpace(spanText)
	open, n := utf8.DecodeRuneInString(s)
	closeMark, m := utf8.DecodeLastRuneInString(s)
	closers, ok := quotePairs[open]
	if !ok || len(s) <= n+m || !strings.ContainsRune(closers, closeMark) {
		return ""
	}
	return "direct"
}
