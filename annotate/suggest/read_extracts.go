package suggest

// This file drops the statements of an extract of fiction read aloud, as
// reports of festival talks and book launches print it: a paragraph ending
// in a colon introduces the reading ("She then read from the second
// chapter, in which the ferryman …:", "Here is an extract from the
// novel:") and the paragraphs after it are the book's own text, often
// blockquoted on the page. The characters' dialogue there ("“…,” Aonghas
// said", "said the girl") is fiction, not reported speech (guidelines, not
// statements). Quotations in the introducing paragraph itself are left to
// recited_texts.go.

// extractWorkNouns name a work of fiction or a part of one.
var extractWorkNouns = words(`novel novels novella book books chapter chapters story stories manuscript
	prologue epilogue`)

// extractNouns name a part of a text read out.
var extractNouns = words(`extract extracts excerpt excerpts passage passages`)

// extractReadVerbs read a text aloud.
var extractReadVerbs = words(`read reads reading`)

// extractEndWords, in a paragraph after an extract, show the report has
// come back from the book to the talk ("After the reading, …").
var extractEndWords = words(`read reading extract excerpt passage applause laughter`)

// extractMaxParas bounds an extract: a reading printed in a news report
// runs to a few paragraphs.
const extractMaxParas = 6

// dropReadExtracts drops every statement whose content lies in the
// paragraphs of an extract: the body paragraphs after one whose last
// sentence ends in a colon and names a work of fiction read or extracted
// ("read from the second chapter", "an extract from her novel"), up to the
// first paragraph that names someone already named before the extract or
// speaks of the reading again. A frame naming a statement, a letter or a
// speech is no reading of fiction (near-miss: "She read from the letter:").
func (f *finder) dropReadExtracts() {
	if len(f.atts) == 0 {
		return
	}
	sentStart := map[int]bool{}
	for _, s := range f.sents {
		sentStart[s.t0] = true
	}
	for si, s := range f.sents {
		if s.t1 <= s.t0 || !f.is(s.t1-1, ":") || f.paraZone[s.para] != "body" || !f.readExtractFrame(s.t0, s.t1-1) {
			continue
		}
		if si+1 < len(f.sents) && f.sents[si+1].para == s.para {
			continue // the colon does not close its paragraph
		}
		named := f.namesBefore(f.paraStart(s.t0), sentStart)
		lo, hi := s.t1, s.t1
		for p, n := s.para+1, 0; n < extractMaxParas && p < len(f.paraZone) && f.paraZone[p] == "body"; p, n = p+1, n+1 {
			t := f.paraToks(p)
			if t.empty() || f.extractEnds(t, named, sentStart) {
				break
			}
			hi = t.b
		}
		if hi == lo {
			continue
		}
		for k := range f.atts {
			if a := &f.atts[k]; !a.content.empty() && a.content.a >= lo && a.content.a < hi {
				a.dropped = true
			}
		}
	}
}

// readExtractFrame reports whether tokens [lo, hi) introduce a reading of
// fiction: a work of fiction named with a reading verb or an extract noun,
// outside quotation marks.
func (f *finder) readExtractFrame(lo, hi int) bool {
	work, read := false, false
	for t := lo; t < hi; t++ {
		if !f.word(t) || f.quoted(t) {
			continue
		}
		l := f.low(t)
		work = work || extractWorkNouns[l]
		read = read || extractReadVerbs[l] || extractNouns[l]
	}
	return work && read
}

// namesBefore collects the capitalised words, not opening a sentence and
// outside quotation marks, of the tokens before end: the people and bodies
// the report has named.
func (f *finder) namesBefore(end int, sentStart map[int]bool) map[string]bool {
	named := map[string]bool{}
	for t := 0; t < end; t++ {
		if f.word(t) && !f.quoted(t) && !sentStart[t] && isCap(f.toks[t].text) {
			named[f.toks[t].text] = true
		}
	}
	return named
}

// extractEnds reports whether the paragraph of tokens r is back in the
// report: it names, outside quotation marks, someone named before the
// extract, or speaks of the reading.
func (f *finder) extractEnds(r rng, named map[string]bool, sentStart map[int]bool) bool {
	for t := r.a; t < r.b; t++ {
		if !f.word(t) || f.quoted(t) {
			continue
		}
		if extractEndWords[f.low(t)] || !sentStart[t] && named[f.toks[t].text] {
			return true
		}
	}
	return false
}
