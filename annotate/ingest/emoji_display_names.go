package ingest

import (
	"strings"
	"unicode"
)

// withoutEmoji returns s with its emoji taken out: pictographs and symbols
// (🔭, 🚀, ✨), their variation selectors, skin tones and joiners. Account
// names on social platforms often carry an emoji ("— Declan H 🔭
// (@handle) March 10, 2026"), and the embedded post's attribution
// (reHandleCredit) wants a name made of letters; the emoji says nothing
// about whether the line is an attribution, so it is dropped before the
// match.
func withoutEmoji(s string) string {
	if !strings.ContainsFunc(s, emojiRune) {
		return s
	}
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if emojiRune(r) {
			return ' '
		}
		return r
	}, s)), " ")
}

// emojiRune reports a rune that is part of an emoji: a symbol from the
// pictograph planes or the dingbats, a variation selector, a skin-tone
// modifier or a zero-width joiner. Letters, digits and punctuation (the
// dash before a name, the "@" of a handle) are none of these.
func emojiRune(r rune) bool {
	switch {
	case r == 0x200D, r >= 0xFE00 && r <= 0xFE0F, r >= 0x1F3FB && r <= 0x1F3FF:
		return true
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF:
		return unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r)
	}
	return false
}
