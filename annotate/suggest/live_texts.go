package suggest

import (
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// This file spares bare its allocations: the words it lowers are nearly
// all cut from the text of a document being suggested on (token texts),
// and that text has a lowered copy already (sourceText.low), so the
// lower-case form of such a word is a part of that copy, found from where
// the word's bytes sit, where lowering it made a new string (four words in
// ten the suggester allocated). A word from anywhere else is lowered as
// before.

// liveTexts lists the source texts of the documents being suggested on
// now (one for each Suggest running): a list replaced, never changed, so
// that readers need no lock.
var liveTexts struct {
	mu   sync.Mutex // held while the list is replaced
	list atomic.Pointer[[]*sourceText]
}

// enterLive adds s to the live texts; leaveLive takes it out again. A text
// that is not valid UTF-8 (s.text empty) is not added.
func enterLive(s *sourceText) {
	if s.text == "" {
		return
	}
	liveTexts.mu.Lock()
	defer liveTexts.mu.Unlock()
	var next []*sourceText
	if old := liveTexts.list.Load(); old != nil {
		next = append(next, *old...)
	}
	next = append(next, s)
	liveTexts.list.Store(&next)
}

func leaveLive(s *sourceText) {
	if s.text == "" {
		return
	}
	liveTexts.mu.Lock()
	defer liveTexts.mu.Unlock()
	old := liveTexts.list.Load()
	if old == nil {
		return
	}
	next := make([]*sourceText, 0, len(*old))
	for _, t := range *old {
		if t != s {
			next = append(next, t)
		}
	}
	liveTexts.list.Store(&next)
}

// bareInLiveText is bare(w) (lower case, one trailing dot trimmed) cut
// from the lowered copy of the live text whose bytes w's bytes are, and
// true; false when w was not cut from a live text or holds a letter whose
// lower case the ASCII way does not give. Strings are never changed, so a
// word whose bytes lie inside a text's bytes is that part of the text.
func bareInLiveText(w string) (string, bool) {
	if w == "" {
		return "", false
	}
	list := liveTexts.list.Load()
	if list == nil {
		return "", false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(w)))
	for _, s := range *list {
		base := uintptr(unsafe.Pointer(unsafe.StringData(s.text)))
		if len(w) > len(s.text) || p < base || p-base > uintptr(len(s.text)-len(w)) {
			continue
		}
		// s.caselessAt, written out: bare asks this of nearly every word
		// the rules read
		off, end := int(p-base), int(p-base)+len(w)
		if !(s.caseless && utf8.RuneStart(s.text[off]) && (end == len(s.text) || utf8.RuneStart(s.text[end]))) && !asciiLowerSuffices(w) {
			return "", false
		}
		low := s.low[off:end]
		if low[len(low)-1] == '.' {
			low = low[:len(low)-1]
		}
		return low, true
	}
	return "", false
}
