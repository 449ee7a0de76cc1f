package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page saved from a feed reader holds one article among the reader's
// own furniture: the app's name, counts of unread items, a search box and
// the feed's heading above; then the feed's items, each a title behind a
// disclosure triangle ("▸" folded, "▾" open) over a "source · age" line,
// the folded ones with a snippet ending in "…" and a row of buttons
// ("Visit website | Mark as read | Save"); and below them "You have
// reached the end of this feed." and the app's footer. Only the open
// item's article is the story: its title is the headline and its text
// runs from under its buttons to the next button row or item.

const (
	feedFolded = "▸▶►▹⏵"
	feedOpen   = "▾▼▿▽⏷"
)

var (
	// reFeedAge matches when a feed item was posted, as a reader shows it:
	// "5h ago", "1d ago", "12 minutes ago", "yesterday", "9:40am", "14:05".
	reFeedAge = regexp.MustCompile(`^(?i:\d{1,3}\s?(?:s|m|min|mins|h|hr|hrs|d|w|mo|y)\s+ago|\d{1,3}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago|an? (?:minute|hour|day|week) ago|just now|yesterday|today|\d{1,2}[:.]\d{2}\s?(?:am|pm)?)$`)

	// reFeedAction matches one button of a feed item's row: "Visit
	// website", "Mark as read", "Save", "Share", "Open original", "Star".
	reFeedAction = regexp.MustCompile(`^(?i:visit (?:the )?(?:website|site|page)|open (?:original|in browser|link|article)|view (?:original|on site)|mark (?:as )?(?:read|unread)|mark all as read|keep unread|save(?:d)?(?: for later)?|unsave|read later|star(?:red)?|unstar|share|copy link|e-?mail|archive|hide|mute(?: feed)?|refresh|sort: .{1,24})$`)

	// reFeedEnd matches the line a reader sets under a feed's last item:
	// "You have reached the end of this feed.", "No more items", "You're
	// all caught up!".
	reFeedEnd = regexp.MustCompile(`^(?i:you(?: have|['’]ve) reached the end of (?:this|the|your) (?:feed|list|folder|items)|no more (?:items|articles|stories|unread items)|you['’]re all caught up|that['’]s all for (?:now|this feed))[.!]?$`)
)

// feedItemTitle returns the title of a feed item's line and whether the
// item is open, or ok false for a line without a disclosure triangle.
func feedItemTitle(s string) (title string, open, ok bool) {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case strings.ContainsRune(feedOpen, r):
		open = true
	case strings.ContainsRune(feedFolded, r):
	default:
		return "", false, false
	}
	title = strings.TrimSpace(s[size:])
	if wordCount(title) < 2 || wordCount(title) > 30 {
		return "", false, false
	}
	return title, open, true
}

// feedMeta reports an item's "source · age" line: "Harbour Post · 5h ago",
// "Fellside Live · Jo Marsh · 9:40am". The first part is a name, the last
// when it was posted.
func feedMeta(s string) bool {
	if wordCount(s) > 14 || endsSentence(s) {
		return false
	}
	parts := splitHeader(s)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts[:len(parts)-1] {
		if wordCount(p) == 0 || wordCount(p) > 6 || !opensCapital(p) {
			return false
		}
	}
	last := parts[len(parts)-1]
	return reFeedAge.MatchString(last) || isDateLine(last)
}

// opensCapital reports text whose first letter is a capital.
func opensCapital(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}

// feedActions reports a row of a feed item's buttons: two or more, set
// apart by "|" or "·", each a reader's action.
func feedActions(s string) bool {
	if wordCount(s) > 16 {
		return false
	}
	parts := splitHeader(s)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !reFeedAction.MatchString(p) {
			return false
		}
	}
	return true
}

// removeFeedReaderPage keeps only the open item's article on a page saved
// from a feed reader: two items at least, each a title behind a triangle
// over a "source · age" line, and exactly one of them open. A story that
// merely has a line opening with "▶" has no such items.
func removeFeedReaderPage(units []unit, kinds []junk, removed [][]string, wc []int) {
	open, items := -1, 0
	for i := 0; i+1 < len(units); i++ {
		_, isOpen, ok := feedItemTitle(units[i].text)
		if !ok || !feedMeta(units[i+1].text) {
			continue
		}
		items++
		if isOpen {
			if open >= 0 {
				return // two open items: which is the story is not known
			}
			open = i
		}
	}
	if items < 2 || open < 0 {
		return
	}
	drop := func(i int) {
		if kinds[i] == keep {
			kinds[i] = junkChrome
		}
		if removed[i] == nil {
			removed[i] = []string{units[i].text}
		}
	}
	// the article ends at the next item, or at a button row or the
	// feed's end under its text
	end, prose := len(units), false
	for i := open + 1; i < len(units); i++ {
		s := units[i].text
		if _, _, ok := feedItemTitle(s); ok && i+1 < len(units) && feedMeta(units[i+1].text) {
			end = i
			break
		}
		if prose && (feedActions(s) || reFeedEnd.MatchString(s)) {
			end = i
			break
		}
		if kinds[i] == keep && wc[i] >= 8 && !feedActions(s) {
			prose = true
		}
	}
	if !prose {
		return
	}
	for i := range units {
		// the reader's header and the items above the open one, the
		// open item's "source · author · time" line and buttons, and all
		// below its text
		if i < open || i == open+1 || i > open && feedActions(units[i].text) || i >= end {
			drop(i)
		}
	}
	title, _, _ := feedItemTitle(units[open].text)
	units[open].text = title
	units[open].role = roleHeadline
	kinds[open] = keep
	removed[open] = nil
}
