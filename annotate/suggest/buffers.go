package suggest

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file lends the large slices that reading one document needs (its
// runes, its tokens, the roles of its quotation marks) from one document to
// the next: suggest --all reads thousands of articles, and making them anew
// for each was a third of the bytes the suggester allocated, and work for
// the garbage collector. Nothing in a Result points into them.

// textBuffers are the slices one document's text is read into.
type textBuffers struct {
	runes []rune
	toks  []token
	roles []markRole
	// valid and caseless are about the text last read in: whether it is
	// valid UTF-8, and whether asciiLowerSuffices holds for it.
	valid, caseless bool
	atts            []attribution // the finder's (borrowAttributions)

	speakers, mentions []mention // the resolver's (borrowMentions)

	// wordBlocks are the blocks of words phraseWords cuts its lists from
	// (text.wordList), the first usedBlocks of them handed out for the
	// text being read: made anew for each document they were an eighth of
	// the bytes the suggester allocated.
	wordBlocks [][]string
	usedBlocks int
}

// wordBlock lends an empty block of words with room for n, at least
// wordBlockSize.
func (b *textBuffers) wordBlock(n int) []string {
	if n > wordBlockSize {
		return make([]string, 0, n) // seldom: a phrase of more words than a block holds
	}
	if b.usedBlocks == len(b.wordBlocks) {
		b.wordBlocks = append(b.wordBlocks, make([]string, 0, wordBlockSize))
	}
	b.usedBlocks++
	return b.wordBlocks[b.usedBlocks-1]
}

var textBufferPool = sync.Pool{New: func() any { return new(textBuffers) }}

// borrowBuffers lends slices for reading text: its runes, as []rune(text)
// gives them, room for about one token per five runes (news prose), and
// one mark role a rune, none set.
func borrowBuffers(text string) (b *textBuffers, runes []rune, tokens []token, roles []markRole) {
	b = textBufferPool.Get().(*textBuffers)
	b.runes = b.runes[:0]
	// The same walk tells what newSourceText asked in two more: whether
	// the text is valid UTF-8, and whether lowering its ASCII letters
	// alone lowers it (asciiLowerSuffices).
	b.valid, b.caseless = true, true
	for i, r := range text { // invalid bytes become U+FFFD, as []rune(text) makes them
		if r >= utf8.RuneSelf {
			if r == utf8.RuneError {
				if _, size := utf8.DecodeRuneInString(text[i:]); size == 1 {
					b.valid = false
				}
			} else if b.caseless && unicode.ToLower(r) != r {
				b.caseless = false
			}
		}
		b.runes = append(b.runes, r)
	}
	b.caseless = b.caseless && b.valid
	n := len(b.runes)
	if toks := n/5 + 16; cap(b.toks) < toks {
		b.toks = make([]token, 0, toks)
	}
	if cap(b.roles) < n {
		b.roles = make([]markRole, n)
	}
	b.roles = b.roles[:n]
	return b, b.runes, b.toks[:0], b.roles
}

// giveBack returns the slices of x to the pool, cleared, so that they keep
// no document's text alive; x is not read again.
func (x *text) giveBack() {
	b := x.bufs
	if b == nil {
		return
	}
	x.bufs = nil
	b.toks = x.toks[:0] // the tokens may have outgrown the loan
	clear(x.toks)
	clear(b.roles)
	for _, w := range b.wordBlocks[:b.usedBlocks] {
		clear(w[:cap(w)])
	}
	b.usedBlocks = 0
	textBufferPool.Put(b)
}
