package dataset

import (
	"io"
	"math"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"newsmark/annotate"
)

// WriteProdigy writes one document as a Prodigy relations task: tokens
// (with the line breaks and runs of spaces as tokens of their own, as
// spaCy's tokenizer makes them, so the tokens' text and "ws" flags rebuild
// the text exactly), spans with token_start and token_end (inclusive) and
// their attributes under "attrs", relations whose head and child are the
// token index of each span's last token (as Prodigy's relations recipe
// stores them), stance and targets, a stable _input_hash and _task_hash,
// and answer "accept". Pending suggestions, when included, go to a field
// of their own, "suggestions", which Prodigy keeps and never trains on;
// they are never among the accepted spans.
func WriteProdigy(w io.Writer, d *annotate.Document, a *annotate.Annotations, opt Options) error {
	opt.Format = FormatProdigy
	return writeOne(w, d, a, opt, appendProdigy)
}

// token is a word, a punctuation mark or a run of whitespace, in code
// points [start, end).
type token struct {
	start, end int
	ws         bool // followed by one space that belongs to no token
}

// tokenizer splits texts into tokens, keeping its tables from one
// document to the next: an export of a hundred thousand articles then
// makes no garbage for a hundred million tokens.
type tokenizer struct {
	toks []token
	cuts []int
	hash uint32 // FNV-1a of the text's bytes, taken on the way (see textHash)
}

// textHash is fnvAdd(fnvStart, text) for the text last tokenized: hashing
// each byte as the tokenizer passes it hides the hash's chain of
// multiplications in the tokenizer's own work.
func (tz *tokenizer) textHash() uint32 {
	return tz.hash * fnvPrime // the zero byte after the text
}

// tokenize splits text into words, punctuation marks and whitespace, and
// also at every span boundary, so that every span covers whole tokens as
// Prodigy needs. Whitespace is handled as spaCy's tokenizer does it
// (Tokenizer._tokenize_affixes in spacy/tokenizer.pyx, explosion/spaCy
// f69c32f): a single space after a token is that token's "ws"; any other
// whitespace (line breaks, a second space) is a token of its own. It walks
// grapheme clusters, so a flag, an emoji sequence or a letter with
// combining accents stays in one token. Only grapheme boundaries are
// computed (not word, sentence or line breaks), and an ASCII character
// followed by another is a cluster of its own without asking: only
// CR LF joins two ASCII characters, and only a non-ASCII mark can join
// one.
func tokenize(x *textIndex, spans []annotate.Span) []token {
	var tz tokenizer
	return tz.tokenize(x, spans)
}

// tokenize is the package's tokenize on tz's tables; the tokens it
// returns are valid until its next call.
func (tz *tokenizer) tokenize(x *textIndex, spans []annotate.Span) []token {
	cuts := tz.cuts[:0]
	for _, sp := range spans {
		cuts = append(cuts, sp.Start, sp.End)
	}
	slices.Sort(cuts)
	cuts = append(cuts, math.MaxInt) // so there is always a next cut
	tz.cuts = cuts
	text := x.Text()
	toks := tz.toks[:0]
	if c := x.Len()/5 + 8; cap(toks) < c {
		toks = make([]token, 0, c)
	}
	ci, cut := 0, cuts[0] // cut is the first cut not before cp
	open := -1            // start of the word or whitespace run being read, or -1
	inSpace := false
	cp, state := 0, -1
	h := fnvStart
	for i := 0; i < len(text); {
		for cut < cp {
			ci++
			cut = cuts[ci]
		}
		var class byte
		var n, size int
		single := false // the cluster is one space
		if c := text[i]; c < utf8.RuneSelf && (i+1 == len(text) || text[i+1] < utf8.RuneSelf && !(c == '\r' && text[i+1] == '\n')) {
			class, n, size, state, single = asciiClass[c], 1, 1, -1, c == ' '
		} else {
			var cluster string
			cluster, _, _, state = uniseg.FirstGraphemeClusterInString(text[i:], state)
			r0, _ := utf8.DecodeRuneInString(cluster)
			n, size = utf8.RuneCountInString(cluster), len(cluster)
			if r0 < utf8.RuneSelf {
				class = asciiClass[r0]
			} else {
				class = classOf(r0)
			}
			single = r0 == ' ' && n == 1
		}
		switch class {
		case classSpace:
			if !inSpace {
				if open >= 0 && cp > open {
					toks = append(toks, token{start: open, end: cp})
				}
				open = -1
				inSpace = true
				if k := len(toks); single && k > 0 && toks[k-1].end == cp {
					toks[k-1].ws = true
				} else {
					open = cp
				}
				break
			}
			if cut == cp {
				if open >= 0 && cp > open {
					toks = append(toks, token{start: open, end: cp})
				}
				open = -1
			}
			if open < 0 {
				open = cp
			}
		case classMark:
			if open >= 0 && cp > open {
				toks = append(toks, token{start: open, end: cp})
			}
			open = -1
			inSpace = false
			toks = append(toks, token{start: cp, end: cp + n})
		default:
			if inSpace || cut == cp {
				if open >= 0 && cp > open {
					toks = append(toks, token{start: open, end: cp})
				}
				open = -1
			}
			inSpace = false
			if open < 0 {
				open = cp
			}
			for _, c := range []byte(text[i : i+size]) {
				h = (h ^ uint32(c)) * fnvPrime
			}
			cp += n
			i += size
			// The rest of a run of ASCII word characters goes at once, up
			// to the next cut: each is a cluster of its own when the byte
			// after it is ASCII too, and counts one code point. The last
			// one before anything else is the general path's.
			for cut < cp {
				ci++
				cut = cuts[ci]
			}
			// Up to the next cut, code points and bytes advance together.
			stop := len(text) - 1
			if cut-cp < stop-i {
				stop = i + cut - cp
			}
			j := i
			for j < stop && asciiWord[text[j]] && text[j+1] < utf8.RuneSelf {
				h = (h ^ uint32(text[j])) * fnvPrime
				j++
			}
			if j > i {
				cp += j - i
				i, state = j, -1 // the segmenter starts afresh after ASCII
			}
			continue
		}
		for _, c := range []byte(text[i : i+size]) {
			h = (h ^ uint32(c)) * fnvPrime
		}
		cp += n
		i += size
	}
	if open >= 0 && cp > open {
		toks = append(toks, token{start: open, end: cp})
	}
	tz.toks, tz.hash = toks, h
	return toks
}

// A character's class for the tokenizer: white space, a mark that is a
// token of its own (punctuation, a symbol, a flag's half, an emoji), or
// part of a word.
const (
	classWord byte = iota
	classSpace
	classMark
)

func classOf(r rune) byte {
	switch {
	case unicode.IsSpace(r):
		return classSpace
	case unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.Is(unicode.Regional_Indicator, r) || r > 0xFFFF && !unicode.IsLetter(r):
		return classMark
	}
	return classWord
}

// asciiWord tells, for any byte, whether it is an ASCII word character.
var asciiWord = func() (t [256]bool) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = classOf(r) == classWord
	}
	return t
}()

// asciiClass is classOf for ASCII, looked up.
var asciiClass = func() (t [utf8.RuneSelf]byte) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = classOf(r)
	}
	return t
}()

// appendTokens appends the tokens array's items as the object helpers
// would write them, with their keys in place: a document has a thousand
// of them. A token whose bytes need no escape (any word or mark of plain
// ASCII or valid UTF-8 text) is copied as it is.
func appendTokens(b []byte, s *selection, toks []token) []byte {
	x := s.x
	text := x.Text()
	// Room for every token at once: its text and about sixty bytes of keys
	// and numbers.
	b = slices.Grow(b, len(text)+64*len(toks))
	for id, t := range toks {
		if id > 0 {
			b = append(b, ", "...)
		}
		word := text[x.UTF8(t.start):x.UTF8(t.end)]
		if plainToken(word) {
			b = append(b, `{"text": "`...)
			b = append(b, word...)
			b = append(b, `", "start": `...)
		} else {
			b = append(b, `{"text": `...)
			b = appendString(b, word)
			b = append(b, `, "start": `...)
		}
		b = appendInt(b, s.off(t.start))
		b = append(b, `, "end": `...)
		b = appendInt(b, s.off(t.end))
		b = append(b, `, "id": `...)
		b = appendInt(b, id)
		if t.ws {
			b = append(b, `, "ws": true}`...)
		} else {
			b = append(b, `, "ws": false}`...)
		}
	}
	return b
}

// plainToken tells whether appendString would write w as it is, between
// quotes: only ASCII that JSON takes unescaped. Anything else (rarer) goes
// through appendString.
func plainToken(w string) bool {
	for i := 0; i < len(w); i++ {
		if !plainByte[w[i]] {
			return false
		}
	}
	return true
}

// plainByte is plainASCII for any byte (false beyond ASCII).
var plainByte = func() (t [256]bool) {
	copy(t[:], plainASCII[:])
	return t
}()

// tokenAt returns the index of the token holding code point cp.
func tokenAt(toks []token, cp int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].end <= cp {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// hash32 is FNV-1a of the parts, each followed by a zero byte, as a signed
// 32-bit integer like Prodigy's.
func hash32(parts ...string) int32 {
	h := fnvStart
	for _, p := range parts {
		h = fnvAdd(h, p)
	}
	return int32(h)
}

// fnvStart is FNV-1a's offset basis; fnvAdd hashes p and a zero byte on
// from h (as hash/fnv's New32a, without copying p to a []byte).
const fnvStart uint32 = 2166136261

func fnvAdd(h uint32, p string) uint32 {
	for i := 0; i < len(p); i++ {
		h ^= uint32(p[i])
		h *= fnvPrime
	}
	return h * fnvPrime // the zero byte: h ^= 0, then the multiply
}

// fnvPrime is FNV's 32-bit prime.
const fnvPrime = 16777619

func appendProdigy(b []byte, s *selection) []byte {
	toks := s.tok.tokenize(s.x, s.spans)
	tokStart := func(sp *annotate.Span) int { return tokenAt(toks, sp.Start) }
	tokEnd := func(sp *annotate.Span) int {
		if sp.End <= sp.Start {
			return tokenAt(toks, sp.Start)
		}
		return tokenAt(toks, sp.End-1)
	}
	o := beginObject(b)
	o.str("text", s.doc.Text)
	o.key("tokens")
	o.b = append(o.b, '[')
	o.b = appendTokens(o.b, s, toks)
	o.b = append(o.b, ']')

	pending := func(sp *annotate.Span) bool { return sp.Status == annotate.SpanPending }
	spanList := func(key string, want bool) {
		o.key(key)
		o.b = append(o.b, '[')
		n := 0
		for i := range s.spans {
			sp := &s.spans[i]
			if pending(sp) != want {
				continue
			}
			if n > 0 {
				o.b = append(o.b, ", "...)
			}
			n++
			so := beginObject(o.b)
			so.str("id", sp.ID)
			so.int("start", s.off(sp.Start))
			so.int("end", s.off(sp.End))
			so.str("text", s.text(sp.Start, sp.End))
			so.int("token_start", tokStart(sp))
			so.int("token_end", tokEnd(sp))
			so.str("label", sp.Label)
			if len(sp.Attrs) > 0 {
				so.key("attrs")
				so.b = appendObject(so.b, sp.Attrs)
			}
			so.optStr("note", sp.Note)
			if want {
				so.optStr("source", sp.Source)
				so.optStr("pattern", sp.Pattern)
				so.key("score")
				so.b = appendFloat(so.b, sp.Confidence)
			}
			o.b = so.end()
		}
		o.b = append(o.b, ']')
	}
	spanList("spans", false)

	relList := func(key string, want bool) {
		var rels []annotate.Relation
		for _, r := range s.relations {
			if (pending(s.span(r.Head)) || pending(s.span(r.Child)) || r.Status == annotate.SpanPending) == want {
				rels = append(rels, r)
			}
		}
		if want && len(rels) == 0 {
			return
		}
		o.array(key, len(rels), func(b []byte, i int) []byte {
			r := rels[i]
			head, child := s.span(r.Head), s.span(r.Child)
			ro := beginObject(b)
			ro.int("head", tokEnd(head))
			ro.int("child", tokEnd(child))
			for _, end := range []struct {
				k  string
				sp *annotate.Span
			}{{"head_span", head}, {"child_span", child}} {
				ro.key(end.k)
				eo := beginObject(ro.b)
				eo.str("id", end.sp.ID)
				eo.int("start", s.off(end.sp.Start))
				eo.int("end", s.off(end.sp.End))
				eo.int("token_start", tokStart(end.sp))
				eo.int("token_end", tokEnd(end.sp))
				eo.str("label", end.sp.Label)
				ro.b = eo.end()
			}
			ro.str("label", r.Label)
			return ro.end()
		})
	}
	relList("relations", false)
	hasPending := false
	for i := range s.spans {
		hasPending = hasPending || pending(&s.spans[i])
	}
	if hasPending {
		spanList("suggestions", true)
		relList("suggested_relations", true)
	}
	appendStanceParts(&o, s, false)

	o.key("meta")
	m := beginObject(o.b)
	m.str("id", s.doc.ID)
	m.optStr("source_file", s.doc.Meta.SourceFile)
	m.optStr("title", s.doc.Meta.Title)
	m.str("offset_unit", s.unit)
	o.b = m.end()
	// The task hash covers the accepted spans, as Prodigy's covers "spans".
	taskKey := []byte{}
	for i := range s.spans {
		sp := &s.spans[i]
		if pending(sp) {
			continue
		}
		taskKey = strconv.AppendInt(taskKey, int64(sp.Start), 10)
		taskKey = append(taskKey, ',')
		taskKey = strconv.AppendInt(taskKey, int64(sp.End), 10)
		taskKey = append(taskKey, ',')
		taskKey = append(taskKey, sp.Label...)
		taskKey = append(taskKey, ';')
	}
	textHash := s.tok.textHash()
	o.int("_input_hash", int(int32(textHash)))
	o.int("_task_hash", int(int32(fnvAdd(textHash, string(taskKey)))))
	o.str("_view_id", "relations")
	if ann := s.annotators(); len(ann) == 1 {
		// Prodigy names who answered a task in _annotator_id.
		o.str("_annotator_id", ann[0])
	}
	o.str("answer", "accept")
	b = o.end()
	return append(b, '\n')
}
