// Package suggest pre-annotates statements, speakers and cues by rule,
// offline and explainably, for the analyst to accept or reject. It follows
// news-schemas §2.3: zones first, sentences, quotation pairing, a cue
// lexicon, speaker phrases from token windows, the patterns D1–D3, I1–I3 and
// A1, coordinated and nested statements, floating quotes and speaker
// coreference. Every suggestion names the rule that fired and a confidence.
package suggest

import (
	"sort"
	"unicode"

	"newsmark/annotate"
)

// Options tunes the suggester. Headline and dek statements are optional (on by default).
type Options struct {
	Headline bool // also suggest in the headline and dek zones
}

// DefaultOptions returns the options an analyst gets unless they change
// them: headline and dek statements on.
func DefaultOptions() Options { return Options{Headline: true} }

// Result holds pending suggestions: spans with Source "rules", Status "pending", Pattern (the rule that
// fired: D1, D2, D3, I1, I2, I3, A1, F (floating) …) and Confidence; relations said_by, cue, coref,
// nested_in, via with Source "rules", Status "pending". STATEMENT spans carry attrs quote_type
// (direct/indirect/mixed); SPEAKER spans carry attrs canonical (resolved name, following coref).
type Result struct {
	Spans     []annotate.Span
	Relations []annotate.Relation
}

// Suggest finds statements, speakers and cues in doc (uses doc.Text and doc.Zones). Span ids are
// "rs1", "rspk1", "rcue1", … and must not collide with ids in existing. Suggestions of a label that
// overlap an existing span of the same label (an analyst's span, or a rejected suggestion) are dropped.
func Suggest(doc *annotate.Document, existing []annotate.Span, opt Options) Result {
	f := &finder{text: load(doc, opt)}
	enterLive(f.src)
	defer leaveLive(f.src)
	f.borrowAttributions()
	f.scan()
	// "The Daily Clarion revealed that …" in the Clarion's own page
	f.dropOutletReports(doc.Meta.Outlet)
	f.leadAuthors()          // "Okafor and colleagues report": Okafor
	f.apposedNameSpeakers()  // "Our manager, Petra Lind, put it: …": Petra Lind
	f.placeApposedSpeakers() // "The candidate in Harlow West, Ann Lee, posted": Ann Lee
	f.streetSpeakers()       // "Traders on Mill Lane tell me": the traders
	f.representedSpeakers()  // "Ann Lee, representing Tarn Haulage, told": Ann Lee
	// "Our waiter, a Galician called Brais, said": Brais
	f.calledApposedSpeakers()
	// "Brenfield North's MP, Callum Treadgold, said": Callum Treadgold
	f.possessedRoleApposedSpeakers()
	r := f.resolve()
	r.dropCharacters()
	res := f.emit(r, existing)
	f.giveBack()
	return res
}

// scanZones lists the zones to read, in text order: body, and headline and
// dek when asked. A document without zones is all body.
func scanZones(doc *annotate.Document, n int, opt Options) []annotate.Zone {
	if len(doc.Zones) == 0 {
		return []annotate.Zone{{Zone: annotate.ZoneBody, Start: 0, End: n}}
	}
	var zs []annotate.Zone
	for _, z := range doc.Zones {
		ok := z.Zone == annotate.ZoneBody || opt.Headline && (z.Zone == annotate.ZoneHeadline || z.Zone == annotate.ZoneDek)
		if !ok {
			continue
		}
		z.Start, z.End = max(0, z.Start), min(n, z.End)
		if z.Start < z.End {
			zs = append(zs, z)
		}
	}
	sort.Slice(zs, func(i, j int) bool { return zs[i].Start < zs[j].Start })
	return zs
}

// load reads the zones into paragraphs, quotations, tokens and sentences.
func load(doc *annotate.Document, opt Options) *text {
	x := &text{inner: -1, title: docTitle(doc)}
	var roles []markRole
	x.bufs, x.runes, x.toks, roles = borrowBuffers(doc.Text)
	nparas := 0
	src := sourceTextOf(doc.Text, x.bufs.valid, x.bufs.caseless)
	x.src = src
	for i, z := range scanZones(doc, len(x.runes), opt) {
		first := z.Zone == annotate.ZoneBody && (i == 0 || len(x.paraZone) == 0 || x.paraZone[len(x.paraZone)-1] != annotate.ZoneBody)
		n := 0
		if first {
			n = datelineLen(x.runes[z.Start:z.End])
			z.Start += n
		}
		paras := paragraphs(x.runes, z.Start, z.End)
		if first && n == 0 {
			skipLateDateline(x.runes, paras)
		}
		x.quotes = append(x.quotes, findQuotes(x.runes, paras, roles)...)
		x.toks = tokenize(x.runes, src, paras, nparas, roles, x.toks)
		for range paras {
			x.paraZone = append(x.paraZone, z.Zone)
		}
		nparas += len(paras)
	}
	x.lex = tokenLexiconSets(x.toks) // every word's are asked for (the scanner's cue search alone reads them all)
	bindQuotes(x.toks, x.quotes)
	x.sents = sentences(x.toks, x.quotes)
	x.qaDots = dottedTurns(x)
	x.narrator = dekNarrator(x)
	return x
}

// datelineLen measures a dateline the importer left at the start of the
// body ("MOSCOW — ", "MERIDIAN, Ark. — ", "LONDON (Reuters) - "), so that no
// statement starts with it: an upper-case first word, then a dash within
// a few words.
func datelineLen(r []rune) int {
	k := 0
	for k < len(r) && unicode.IsSpace(r[k]) {
		k++
	}
	caps := 0
	for i := k; i < len(r) && unicode.IsLetter(r[i]); i++ {
		if !unicode.IsUpper(r[i]) {
			return 0
		}
		caps++
	}
	if caps < 2 {
		return 0
	}
	for i := k + caps; i+2 < len(r) && i < k+60; i++ {
		if r[i] == '\n' || r[i] == '"' || r[i] == '“' {
			return 0
		}
		if r[i] == ' ' && (r[i+1] == '—' || r[i+1] == '–' || r[i+1] == '-') && r[i+2] == ' ' {
			return i + 3
		}
	}
	return 0
}

// spanKey identifies a suggested span before it has an id.
type spanKey struct {
	label      string
	start, end int
}

type relKey struct {
	label       string
	head, child spanKey
}

// emit turns attributions into spans and relations, drops what the analyst
// already has, and numbers the rest.
func (f *finder) emit(r *resolver, existing []annotate.Span) Result {
	b := borrowEmitBuffers()
	defer b.giveBack()
	spans := b.spans // span key → the span in b.store
	rels := b.rels
	put := func(label string, t rng, pattern string, conf float64, attrs map[string]any) spanKey {
		k := spanKey{label, f.toks[t.a].start, f.toks[t.b-1].end}
		if i, ok := spans[k]; ok {
			if s := &b.store[i]; conf > s.Confidence {
				s.Confidence = conf
			}
			return k
		}
		spans[k] = len(b.store)
		b.store = append(b.store, annotate.Span{Start: k.start, End: k.end, Label: label, Attrs: attrs,
			Source: annotate.SourceRules, Status: annotate.SpanPending, Pattern: pattern, Confidence: conf})
		return k
	}
	stmtKey := b.stmtKey
	stmtPieces := b.stmtPieces // a statement's spans, one a paragraph
	speakerKey := b.speakerKey // mention index → span key
	// speakerSpan makes the span of mention mi and, for a pronoun, the coref
	// chain to its antecedent.
	var speakerSpan func(mi int, pattern string, conf float64) spanKey
	speakerSpan = func(mi int, pattern string, conf float64) spanKey {
		if k, ok := speakerKey[mi]; ok {
			return k
		}
		m := r.mentions[mi]
		k := put(annotate.LabelSpeaker, m.r, pattern, conf, b.sharedAttrs(r.speakerAttrs(mi)))
		speakerKey[mi] = k
		if m.antecedent >= 0 {
			rels = append(rels, relKey{annotate.RelCoref, k, speakerSpan(m.antecedent, pattern, conf)})
		}
		return k
	}
	for i, a := range f.atts {
		if a.dropped || a.content.empty() || f.overlapsExisting(annotate.LabelStatement, a.content, existing) {
			continue
		}
		ak := attrsKey{k1: "quote_type", v1: f.quoteType(a)}
		if z := f.paraZone[f.toks[a.content.a].para]; z != annotate.ZoneBody {
			ak.k2, ak.v2 = "zone", z
		}
		attrs := b.sharedAttrs(ak)
		// A quotation running over paragraphs is one statement a
		// paragraph, each said by the speaker, the first with the cue
		// (guidelines, edge cases).
		pieces := f.paragraphPieces(a.content)
		var sk spanKey
		for n, piece := range pieces {
			k := put(annotate.LabelStatement, piece, a.pattern, a.conf, attrs)
			if n == 0 {
				sk = k
			}
			stmtPieces[i] = append(stmtPieces[i], k)
		}
		stmtKey[i] = sk
		src := i
		if a.inherit >= 0 {
			src = a.inherit
		}
		if mi, ok := r.bySpeaker[src]; ok {
			for _, k := range stmtPieces[i] {
				rels = append(rels, relKey{annotate.RelSaidBy, k, speakerSpan(mi, a.pattern, a.conf)})
			}
		}
		if !a.cue.empty() {
			ck := put(annotate.LabelCue, f.cueWithChannel(a.cue, a.content), a.pattern, a.conf, b.sharedAttrs(attrsKey{k1: "lemma", v1: a.cueLemma}))
			rels = append(rels, relKey{annotate.RelCue, sk, ck})
		}
		if !a.addressee.empty() {
			rels = append(rels, relKey{annotate.RelAddressedTo, sk, put(annotate.LabelAddressee, a.addressee, a.pattern, a.conf, nil)})
		}
		if !a.medium.empty() {
			rels = append(rels, relKey{annotate.RelVia, sk, put(annotate.LabelMedium, a.medium, a.pattern, a.conf, nil)})
		}
	}
	for i, a := range f.atts {
		if a.nestedIn < 0 {
			continue
		}
		inner, ok1 := stmtKey[i]
		if !ok1 {
			continue
		}
		for _, outer := range stmtPieces[a.nestedIn] {
			if outer.start <= inner.start && inner.end <= outer.end {
				rels = append(rels, relKey{annotate.RelNestedIn, inner, outer})
				break
			}
		}
	}
	b.rels = rels
	return number(b, existing)
}

// paragraphPieces cuts a statement's tokens where a paragraph ends: a
// quotation that runs on into the next paragraph (reopened there, as news
// writes long quotes) is tagged one statement a paragraph.
func (f *finder) paragraphPieces(t rng) []rng {
	var out []rng
	from := t.a
	for k := t.a + 1; k < t.b; k++ {
		if f.toks[k].para != f.toks[k-1].para {
			out = append(out, rng{from, k})
			from = k
		}
	}
	return append(out, rng{from, t.b})
}

// quoteType is direct when the content is one quotation (or one split
// around its frame), mixed when it carries quoted fragments other than
// scare quotes and titles, indirect otherwise.
func (f *finder) quoteType(a attribution) string {
	first := f.toks[a.content.a]
	if a.direct || first.kind == tQuote && first.quote >= 0 && f.quotes[first.quote].t1 == a.content.b-1 {
		return "direct"
	}
	for k := a.content.a; k < a.content.b; k++ {
		qi := f.toks[k].quote
		if qi < 0 || f.quotes[qi].t0 != k {
			continue
		}
		q := f.quotes[qi]
		if q.title || scareMarkers[f.low(k-1)] {
			continue
		}
		return "mixed"
	}
	return "indirect"
}

// overlapsExisting reports whether an existing span of the label overlaps
// the token range.
func (f *finder) overlapsExisting(label string, t rng, existing []annotate.Span) bool {
	s, e := f.toks[t.a].start, f.toks[t.b-1].end
	for _, x := range existing {
		if x.Label == label && x.Start < e && s < x.End {
			return true
		}
	}
	return false
}

// existingFor finds an existing span of the key's label that overlaps it:
// its id, or "" when it was rejected.
func existingFor(k spanKey, existing []annotate.Span) (string, bool) {
	for _, x := range existing {
		if x.Label == k.label && x.Start < k.end && k.start < x.End {
			if x.Status == annotate.SpanRejected {
				return "", true
			}
			return x.ID, true
		}
	}
	return "", false
}
