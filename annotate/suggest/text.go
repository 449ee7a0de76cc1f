package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file turns a zone of the document into paragraphs, quotations, tokens
// and sentences. Everything counts runes of the document text, so offsets
// can go straight into spans.

type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
	tQuote // a quotation mark that opens, closes or reopens a quotation
)

type token struct {
	start, end int // runes of the document, [start, end)
	kind       tokKind
	lex        tokenLexicons // the lexicons holding low, once load has worked them out (token.lexicons)
	text, low  string
	para       int // paragraph index within the zone
	quote      int // the quotation this token belongs to, marks included; -1 if none
}

// quotation is a paired quotation, possibly running over paragraphs.
type quotation struct {
	open, close int // rune offsets of the opening and the final closing mark
	t0, t1      int // token indexes of those marks
	words       int // words between the marks
	title       bool
}

// end is the rune offset just past the closing mark.
func (q quotation) end() int { return q.close + 1 }

type sentence struct {
	t0, t1 int // token range [t0, t1)
	para   int
}

// markRole tells the tokeniser which quotation-mark-like runes really are
// quotation marks; the others are apostrophes or stray marks.
type markRole uint8

const (
	roleNone markRole = iota
	roleOpen
	roleClose
	roleReopen
)

// paragraphs splits [lo, hi) of runes at line breaks; blank lines vanish.
func paragraphs(runes []rune, lo, hi int) [][2]int {
	var paras [][2]int
	start := lo
	for i := lo; i <= hi; i++ {
		if i < hi && runes[i] != '\n' {
			continue
		}
		s, e := start, i
		for s < e && unicode.IsSpace(runes[s]) {
			s++
		}
		for e > s && unicode.IsSpace(runes[e-1]) {
			e--
		}
		if e > s {
			paras = append(paras, [2]int{s, e})
		}
		start = i + 1
	}
	return paras
}

// closers lists, for each opening mark, the marks that close it and the mark
// that reopens it at the start of a continuation paragraph.
var quotePairs = map[rune]struct {
	closers string
	reopen  string
}{
	'"':  {`"`, `"`},
	'“':  {`”`, `“`},
	'„':  {`“”`, `„`},
	'«':  {`»`, `«»`},
	'‘':  {`’`, `‘`},
	'\'': {`'`, `'`},
}

// isWordRune reports whether r is a letter or a digit. The tokeniser asks
// it of every rune: an ASCII rune is read from a table, small enough for
// the compiler to inline, and only the rest ask the Unicode tables.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWordRunes[r]
	}
	return isWordRuneBeyondASCII(r)
}

func isWordRuneBeyondASCII(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// asciiWordRunes marks the ASCII letters and digits.
var asciiWordRunes = func() (set [utf8.RuneSelf]bool) {
	for r := range utf8.RuneSelf {
		set[r] = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return set
}()

// opensAt reports whether the mark at i can open a quotation: it follows the
// start of a paragraph, a space or an opening bracket or dash, and a word
// follows it. Curly double marks and guillemets are unambiguous.
func opensAt(runes []rune, i, lo, hi int) bool {
	r := runes[i]
	if r < utf8.RuneSelf && !asciiOpeners[r] {
		return false // most runes: no map lookup
	}
	if _, ok := quotePairs[r]; !ok {
		return false
	}
	if reversedGuillemet(r) {
		return reversedGuillemetOpens(runes, i, lo, hi)
	}
	if r == '”' {
		return sameMarkOpens(runes, i, lo, hi)
	}
	if r == '«' && i+2 < hi && guillemetSpace(runes[i+1]) && !unicode.IsSpace(runes[i+2]) {
		return true // French typography: "« Nous … »" with a space inside, no-break or plain
	}
	if i+1 >= hi || unicode.IsSpace(runes[i+1]) {
		return false
	}
	if r == '“' || r == '„' || r == '«' {
		return true
	}
	if i > lo && !unicode.IsSpace(runes[i-1]) && !strings.ContainsRune("([{—–-/\"“‘«„:", runes[i-1]) {
		return false
	}
	if r == '\'' || r == '‘' {
		// a single mark must open a word: not "'90s"-style digits alone.
		return unicode.IsLetter(runes[i+1])
	}
	return true
}

// guillemetSpace reports the spaces French typography sets inside
// guillemets: no-break, or plain in text that lost them ("« Nous … »,
// a-t-elle dit" in a translated wire).
func guillemetSpace(r rune) bool { return frenchSpace(r) || r == ' ' }

// frenchSpace reports the no-break spaces French typography sets inside
// guillemets.
func frenchSpace(r rune) bool { return r == '\u00a0' || r == '\u202f' }

// closesAt reports whether the mark at j can close a quotation opened by
// open: it must follow a non-space and, for single marks, must not sit inside
// a word (an apostrophe).
func closesAt(runes []rune, open rune, j, hi int) bool {
	if r := runes[j]; r < utf8.RuneSelf && !asciiClosers[r] {
		return false // most runes: no map lookup
	}
	if !strings.ContainsRune(quotePairs[open].closers, runes[j]) {
		return false
	}
	if j == 0 || unicode.IsSpace(runes[j-1]) && !(runes[j] == '»' && j > 1 && guillemetSpace(runes[j-1]) && !unicode.IsSpace(runes[j-2])) {
		return false
	}
	if open == '\'' || open == '‘' {
		return j+1 >= hi || !isWordRune(runes[j+1])
	}
	return true
}

// possessive reports whether a single closing candidate looks like a plural
// possessive ("the unions' demands"): after an s and before a lower-case word.
func possessive(runes []rune, j, hi int) bool {
	if j < 1 || (runes[j-1] != 's' && runes[j-1] != 'S') || notPossessor(runes, j) {
		return false
	}
	return j+2 < hi && runes[j+1] == ' ' && unicode.IsLower(runes[j+2]) && !linkAfter(runes, j+2, hi) // "‘four seconds’ before"
}

// findQuotes pairs quotation marks paragraph by paragraph. A quotation left
// open at the end of a paragraph continues when the next paragraph starts
// with a reopening mark (news convention for long quotes); otherwise the
// opener was not a quotation mark. Marks of another kind inside a quotation
// are nested quotes and stay part of it.
func findQuotes(runes []rune, paras [][2]int, roles []markRole) []quotation {
	var quotes []quotation
	for p := 0; p < len(paras); p++ {
		lo, hi := paras[p][0], paras[p][1]
		for i := lo; i < hi; i++ {
			if r := runes[i]; r < utf8.RuneSelf && !asciiOpeners[r] {
				continue // most runes open nothing: opensAt's first test, without the call
			}
			if !opensAt(runes, i, lo, hi) {
				continue
			}
			open := runes[i]
			q, lastPara, ok := closeQuote(runes, paras, p, i, open)
			if !ok {
				continue
			}
			quotes = append(quotes, q)
			roles[q.open] = roleOpen
			roles[q.close] = roleClose
			for pp := p + 1; pp <= lastPara; pp++ {
				roles[paras[pp][0]] = roleReopen
			}
			if lastPara > p {
				p = lastPara
				lo, hi = paras[p][0], paras[p][1]
			}
			i = q.close
		}
	}
	return quotes
}

// closeQuote looks for the mark closing the one opened at i in paragraph p.
func closeQuote(runes []rune, paras [][2]int, p, i int, open rune) (quotation, int, bool) {
	single := open == '\'' || open == '‘'
	from := i + 1
	for pp := p; pp < len(paras) && pp < p+12; pp++ {
		hi := paras[pp][1]
		fallback := -1
		for j := from; j < hi; j++ {
			if !closesAt(runes, open, j, hi) {
				continue
			}
			if single && (possessive(runes, j, hi) || elidedApostrophe(runes, j, hi)) {
				fallback = j
				continue
			}
			return quotation{open: i, close: j}, pp, true
		}
		if fallback >= 0 {
			return quotation{open: i, close: fallback}, pp, true
		}
		if pp+1 >= len(paras) || !strings.ContainsRune(quotePairs[open].reopen, runes[paras[pp+1][0]]) {
			return quotation{}, 0, false
		}
		from = paras[pp+1][0] + 1
	}
	return quotation{}, 0, false
}

// tokenize splits the paragraphs into words and punctuation. A word keeps
// inner apostrophes, hyphens, ampersands and dots between letters ("don't",
// "build-up", "U.S"), and dots or commas between digits ("1,000", "3.5").
func tokenize(runes []rune, src *sourceText, paras [][2]int, base int, roles []markRole, toks []token) []token {
	first := len(toks)
	for pi, para := range paras {
		p := base + pi
		lo, hi := para[0], para[1]
		for i := lo; i < hi; {
			r := runes[i]
			switch {
			case unicode.IsSpace(r):
				i++
				continue
			case roles[i] != roleNone:
				toks = append(toks, token{start: i, end: i + 1, kind: tQuote, para: p})
				i++
				continue
			case r == '*' && pseudonymMark(runes, i, lo, hi):
				i++ // "Amal*, 34, said": the name without its mark
				continue
			case !isWordRune(r):
				toks = append(toks, token{start: i, end: i + 1, kind: tPunct, para: p})
				i++
				continue
			}
			j := i + 1
			for j < hi {
				c := runes[j]
				if isWordRune(c) || c >= firstMark && unicode.IsMark(c) {
					j++
					continue
				}
				if j+1 < hi && roles[j] == roleNone && isWordRune(runes[j+1]) {
					switch c {
					case '\'', '’', '-', '&', '‑':
						j++
						continue
					case '.':
						if unicode.IsLetter(runes[j+1]) || unicode.IsDigit(runes[j-1]) {
							j++
							continue
						}
					case ',':
						if unicode.IsDigit(runes[j-1]) && unicode.IsDigit(runes[j+1]) {
							j++
							continue
						}
					}
				}
				break
			}
			// "Farmers’ Union", "the pensioners' alliance": a plural
			// possessive mark that pairs with no quotation mark stays with
			// its word.
			if j+2 < hi && (runes[j] == '\'' || runes[j] == '’') && roles[j] == roleNone &&
				(runes[j-1] == 's' || runes[j-1] == 'S') && runes[j+1] == ' ' && unicode.IsLetter(runes[j+2]) {
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: tWord, para: p})
			i = j
		}
	}
	tokenTexts(runes, src, paras, base, toks[first:])
	return toks
}

// sentenceEnd reports whether a sentence ends at token i, or at the closing
// marks right after it, and returns its last token. Breaks follow
// news-schemas §2.3: [.?!] then closing marks, a space, and an upper-case
// word or an opening quotation mark; never inside a quotation, never after a
// title or month abbreviation ("Gen.", "Dec. 7"), an initial, or "U.S."
// unless a usual sentence opener follows.
func sentenceEnd(toks []token, quotes []quotation, i int) (int, bool) {
	t := toks[i]
	if i+1 >= len(toks) {
		return i, true
	}
	if t.para != toks[i+1].para {
		return i, !sameQuote(toks, i, i+1)
	}
	if t.kind != tPunct || (t.text != "." && t.text != "?" && t.text != "!") {
		return 0, false
	}
	j := i + 1
	for j < len(toks) && toks[j].start == toks[j-1].end &&
		(toks[j].text == ")" || (toks[j].kind == tQuote && quotes[toks[j].quote].t1 == j)) {
		j++
	}
	if j >= len(toks) || toks[j-1].para != toks[j].para {
		return 0, false // the paragraph rule ends it at the last token
	}
	if toks[j].start == toks[j-1].end || sameQuote(toks, j-1, j) {
		return 0, false
	}
	next := toks[j]
	if !(next.kind == tWord && isCap(next.text)) && !(next.kind == tQuote && quotes[next.quote].t0 == j) && !dialogueDash(toks, j) && !bracketedQuoteOpen(toks, quotes, j) {
		return 0, false
	}
	if t.text != "." && j-1 > i && exclaimedQuoteCue(toks, j) {
		return 0, false // "‘Light!’ Marr shouted."
	}
	if t.text == "." && i > 0 && toks[i-1].end == t.start && toks[i-1].kind == tWord {
		prev := toks[i-1]
		switch {
		case abbreviations[prev.low]:
			return 0, false
		case len([]rune(prev.text)) == 1 && isCap(prev.text):
			return 0, false // an initial: "John F. Kennedy"
		case strings.Contains(prev.text, ".") || prev.low == "inc" || prev.low == "ltd" || prev.low == "corp" || prev.low == "co":
			return j - 1, sentenceOpeners[next.low]
		}
	}
	return j - 1, true
}

// dialogueDash reports whether token j is a dash that opens a line of
// dialogue, as Spanish and other languages set speech ("—No nos vamos
// —dijo—."): an em dash glued to the capitalised word or the quotation
// mark after it.
func dialogueDash(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].text != "—" || toks[j+1].start != toks[j].end || toks[j+1].para != toks[j].para {
		return false
	}
	n := toks[j+1]
	return n.kind == tWord && isCap(n.text) || n.kind == tQuote
}

// sameQuote reports whether tokens a < b lie in one quotation, with a not
// its closing mark: a break between them would split the quotation.
func sameQuote(toks []token, a, b int) bool {
	return toks[a].quote >= 0 && toks[a].quote == toks[b].quote
}

// sentences groups tokens into sentences.
func sentences(toks []token, quotes []quotation) []sentence {
	var out []sentence
	start := 0
	for i := 0; i < len(toks); i++ {
		if last, ok := sentenceEnd(toks, quotes, i); ok {
			out = append(out, sentence{t0: start, t1: last + 1, para: toks[start].para})
			start = last + 1
			i = last
		}
	}
	return out
}

// firstRune is w's first rune, as []rune(w)[0] gives it without
// converting the whole word (which allocated at every word of every
// quotation).
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// bindQuotes records, on each token, the quotation it belongs to, and on
// each quotation its mark tokens, word count and whether it is a title.
func bindQuotes(toks []token, quotes []quotation) {
	k := 0
	for qi := range quotes {
		q := &quotes[qi]
		for k < len(toks) && toks[k].start < q.open {
			k++
		}
		q.t0 = k
		titleCase := true
		for ; k < len(toks) && toks[k].start <= q.close; k++ {
			toks[k].quote = qi
			if toks[k].kind == tWord && toks[k].start > q.open && toks[k].start < q.close {
				q.words++
				if !isCap(toks[k].text) && toks[k].lexicons()&inFunctionWords == 0 && !unicode.IsDigit(firstRune(toks[k].text)) {
					titleCase = false
				}
			}
		}
		q.t1 = k - 1
		// "Meet the Press": every content word capitalised, a few words, no
		// sentence punctuation. A title, not a quotation.
		last := toks[q.t1-1]
		q.title = titleCase && q.words > 0 && q.words <= 8 &&
			!(last.kind == tPunct && (last.text == "." || last.text == "!" || last.text == "?"))
	}
}
