package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A children's or a lifestyle page may open each of its subheadings with
// an emoji ("🐾 Why do owls hunt at night?", "🌳 Planting the new wood"),
// the same way it labels its furniture boxes ("📖 Word check", "💬 Tell
// us what you think"). classify takes every icon-led line for a widget's
// label (iconLed); what follows tells them apart: a subheading has the
// story's paragraphs under it, a box's heading its box, which the other
// rules remove.

// iconPromoWords open a widget's label after its icon, not a subheading:
// "▶ Watch the session", "📷 In pictures", "✉ Sign up …".
var iconPromoWords = setOf("watch", "listen", "play", "read", "see", "view", "in", "gallery", "video",
	"photos", "pictures", "podcast", "sign", "subscribe", "follow", "share", "click", "tap", "get",
	"more", "download", "live", "audio", "tell", "send", "email", "join", "support", "donate")

// restoreIconSubheadings keeps the icon-led lines that are subheadings:
// the page has two or more of them, each a short title (a capital after
// the icon, no promo word first) with two kept paragraphs of prose right
// under it.
func restoreIconSubheadings(units []unit, kinds []junk, removed [][]string, wc []int) {
	var heads []int
	for i, u := range units {
		if kinds[i] == junkChrome && len(removed[i]) == 1 && removed[i][0] == u.text && iconSubheading(u.text, wc[i]) &&
			proseFollows(units, kinds, wc, i) {
			heads = append(heads, i)
		}
	}
	if len(heads) < 2 {
		return
	}
	for _, i := range heads {
		kinds[i] = keep
		removed[i] = nil
	}
}

// iconSubheading reports a short icon-led title: after the icons, a
// capitalised word that is no promo word, no link, at most ten words.
func iconSubheading(s string, words int) bool {
	s = strings.TrimSpace(s)
	if words > 10 || !iconLed(s) || strings.Contains(s, "://") || strings.Contains(s, "@") {
		return false
	}
	rest := strings.TrimLeftFunc(s, func(r rune) bool {
		return unicode.Is(unicode.So, r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Sk, r) || unicode.IsSpace(r) ||
			r == '\u200d' || r == '\ufe0f'
	})
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) {
		return false
	}
	f := strings.Fields(rest)
	return len(f) >= 2 && !iconPromoWords[strings.ToLower(strings.Trim(f[0], ":,."))] && !strings.HasSuffix(rest, ":")
}

// proseFollows reports two kept paragraphs of prose (ten words or more,
// ending a sentence) right after unit i.
func proseFollows(units []unit, kinds []junk, wc []int, i int) bool {
	for j := i + 1; j <= i+2; j++ {
		if j >= len(units) || kinds[j] != keep || units[j].role != "" || wc[j] < 10 || !endsSentence(units[j].text) {
			return false
		}
	}
	return true
}
