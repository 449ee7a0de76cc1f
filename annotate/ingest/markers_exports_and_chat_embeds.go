package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// markerWrap holds the signs a page sets around an ad slot's marker:
// "-- Advertisement --", "— ADVERTISEMENT —", "*** Sponsored ***".
const markerWrap = "-–—―‒−~*="

// reAdMarker matches what an ad slot's marker says between its dashes,
// lower-cased: "advertisement", "story continues below", "article
// continues after this advert", "end of advertisement".
var reAdMarker = regexp.MustCompile(`^(?:advertisements?|advertising|adverts?|ads?|sponsored(?: content| message)?|promoted|paid (?:content|post)|` +
	`(?:the )?(?:story|article|text|report|feature) continues(?: below| after (?:this |the )?(?:advert(?:isement)?|ad|break))?(?: (?:this |the )?(?:advert(?:isement)?|ad))?|` +
	`continue reading below(?: (?:the |this )?(?:advert(?:isement)?|ad))?|end of (?:the )?(?:advert(?:isement)?|ad)|(?:advert(?:isement)?|ad) (?:ends|continues below))$`)

// adMarker reports an ad slot's marker wrapped in dashes or stars ("--
// Advertisement --", "— ADVERTISEMENT —", "- Story continues below -"):
// the wrapping sign on at least one side and only the marker's words
// inside. A sentence with dashes in it ("The plan -- agreed in May --
// failed") says more than a marker does.
func adMarker(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	if s == "" || !strings.ContainsRune(markerWrap, first) && !strings.ContainsRune(markerWrap, lastRune(s)) {
		return false
	}
	inner := strings.Trim(s, markerWrap+" \t")
	if inner == "" || len(inner) > 60 {
		return false
	}
	inner = strings.TrimRight(strings.Join(strings.Fields(strings.ToLower(inner)), " "), " :.…")
	return reAdMarker.MatchString(inner)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// reHighlight matches a reader's highlight as Markdown-like editors and
// read-later apps export it: "==marked words==", opening and closing
// against the words they mark (a comparison "a == b" has spaces).
var reHighlight = regexp.MustCompile(`==([^\s=](?:[^=\n]*?[^\s=])?)==`)

// stripHighlightMarks removes a reader's highlight marks from a line of
// a saved page and keeps the words they marked.
func stripHighlightMarks(s string) string {
	if !strings.Contains(s, "==") {
		return s
	}
	return reHighlight.ReplaceAllString(s, "$1")
}

// stripHighlights strips highlight marks from every unit of a page.
func stripHighlights(units []unit) {
	for i := range units {
		units[i].text = stripHighlightMarks(units[i].text)
	}
}

// reLoneURL matches a line that is only a web address: the saved
// article's address under its headline in a read-later export, a link
// left on a line of its own.
var reLoneURL = regexp.MustCompile(`^(?i:https?://|www\.)[^\s"“”<>]+$`)

// reSavedStamp matches the part of an export header that says when the
// reader kept the page: "Saved 4 Mar 2026, 08:15", "Clipped on 2 May
// 2026", "Archived 12.03.2026".
var reSavedStamp = regexp.MustCompile(`^(?i:saved|clipped|archived|bookmarked|added|exported)(?: (?i:on|at))?\s+\S`)

// readLaterHeader reports the line a read-later app or a clipper writes
// under a saved article's headline: the author, the outlet, the date of
// publication and the date the reader saved it, set apart by "·" or "|"
// ("Jane Roe · The Harbour Gazette · 2 Mar 2026 · Saved 4 Mar 2026,
// 08:15"). Every part is a name, a date, or the saved stamp, and the stamp
// is there: a body line with "·" in it does not have one.
func readLaterHeader(s string, words int) bool {
	if words > 30 || endsSentence(s) || strings.ContainsAny(s, "\"“”") {
		return false
	}
	parts := splitHeader(s)
	if len(parts) < 2 {
		return false
	}
	saved := false
	for _, p := range parts {
		switch {
		case reSavedStamp.MatchString(p) && isDateLine(p):
			saved = true
		case isDateLine(p):
		case wordCount(p) <= 4 && isBylineNames(p):
		default:
			return false
		}
	}
	return saved
}

// exportOrMarkerKind classifies the lines of this file's kinds on their
// own: an ad marker in dashes, a lone web address, a read-later export's
// header line.
func exportOrMarkerKind(s string, words int) junk {
	if words <= 12 && adMarker(s) || words <= 1 && reLoneURL.MatchString(s) || readLaterHeader(s, words) {
		return junkChrome
	}
	return keep
}

// sectionBanner reports a section's banner line: its name in capitals,
// "·" or "|", and the line that says what the section holds ("COURT
// REPORTING · Reports from the crown court and the magistrates").
// Without a headline under it (removeSectionBanners checks) it could be a
// kicker and its headline, so it is never junk on its own.
func sectionBanner(s string) bool {
	if wordCount(s) > 30 || endsSentence(s) || strings.ContainsAny(s, "\"“”") {
		return false
	}
	for _, sep := range []string{" · ", " | "} {
		k := strings.Index(s, sep)
		if k < 0 {
			continue
		}
		label, rest := strings.TrimSpace(s[:k]), strings.TrimSpace(s[k+len(sep):])
		if strings.Contains(rest, sep) || wordCount(label) < 1 || wordCount(label) > 4 || !upperCase(label) ||
			strings.ContainsAny(label, "0123456789") || wordCount(rest) < 3 || upperCase(rest) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r) && !reported(strings.ToLower(rest))
	}
	return false
}

// removeSectionBanners removes a section's banner above the headline
// (sectionBanner): in the page's header, before any body paragraph, with
// a headline-like line of four words or more among the next three kept
// lines. The masthead and a lone section label ("Crime") between it and
// the headline are removeMasthead's, which runs after it.
func removeSectionBanners(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := range units {
		if kinds[i] != keep {
			continue
		}
		if units[i].role != "" || wc[i] >= 15 && !sectionBanner(units[i].text) {
			return // the headline or the body has begun
		}
		if !sectionBanner(units[i].text) {
			continue
		}
		for j, seen := i+1, 0; j < len(units) && seen < 3; j++ {
			if kinds[j] != keep {
				continue
			}
			seen++
			t := units[j].text
			if units[j].role == roleHeadline || headlineLike(t) && wc[j] >= 4 && !sectionBanner(t) && !mastheadLike(t) {
				kinds[i] = junkChrome
				removed[i] = []string{units[i].text}
				break
			}
			if !mastheadLike(t) {
				break
			}
		}
	}
}

// reChatMeta matches the line a chat embed prints over a post: the
// channel and the time of posting ("#newsroom · 10:05 AM", "in
// #announcements | Tue 3 Mar, 16:20").
var reChatMeta = regexp.MustCompile(`^(?i:in |posted in )?#[\p{L}\d][\p{L}\d_.-]{0,40}\s*[·•|—–-]\s*(.+)$`)

// chatMeta reports a chat embed's channel-and-time line.
func chatMeta(s string) bool {
	if !strings.Contains(s, "#") || wordCount(s) > 10 {
		return false
	}
	m := reChatMeta.FindStringSubmatch(s)
	return m != nil && isDateLine(strings.TrimSpace(m[1]))
}

// removeChatEmbedHeads removes the head of a chat embed quoted in a
// story (a Slack or Teams post): the channel-and-time line (chatMeta) and
// the poster's name on the line just above it ("Rafe Lindqvist" over
// "#general · 9:42 AM"). The post under them is what the person wrote and
// stays.
func removeChatEmbedHeads(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := range units {
		if kinds[i] != keep || units[i].role != "" || !chatMeta(units[i].text) {
			continue
		}
		kinds[i] = junkChrome
		removed[i] = []string{units[i].text}
		if p := i - 1; p >= 0 && kinds[p] == keep && units[p].role == "" && wc[p] <= 4 && !endsSentence(units[p].text) &&
			(isBylineNames(units[p].text) || strings.HasPrefix(units[p].text, "@") && wc[p] == 1) {
			kinds[p] = junkChrome
			removed[p] = []string{units[p].text}
		}
	}
}
