package ingest

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A live page pins a summary post at the head of its feed ("📌 Pinned",
// "Sticky", class "post pinned"): the desk's "What we know so far" with
// its heading and paragraph, but no time stamp, so it is no entry of the
// feed as liveFeedUnits finds them, and the extractor drops it with the
// pin's markup. The post is body; its pin label is furniture. A box the
// desk pins to sell something (an app, a newsletter, alerts) is no post.

// rePinClass matches the class names sites give a pinned post.
var rePinClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:pinned|sticky|is-?pinned|pin)(?:$|[\s_-])`)

// rePromoClass matches the class names of a promotion set among posts.
var rePromoClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:promo|promotion|newsletter|signup|sign-?up|subscribe|subscription|ad|ads|advert|advertisement|sponsored|sponsor|cta|banner|app-?download)(?:$|[\s_-])`)

// rePromoHref matches the addresses a promotion's links go to.
var rePromoHref = regexp.MustCompile(`(?i)(?:subscribe|newsletter|sign-?up|/app\b|alerts|apps\.apple|play\.google|donate|membership)`)

// pinLabels are a pin label's words, letters only and lower-cased.
var pinLabels = setOf("pinned", "pinned post", "pinned update", "pinned entry", "sticky", "sticky post", "pinned summary")

// pinLabel reports a short label that marks a post pinned: "📌 Pinned",
// "PINNED POST", a lone pin emoji.
func pinLabel(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || wordCount(s) > 3 {
		return false
	}
	letters := strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }), " ")
	return pinLabels[letters] || (letters == "" && strings.Contains(s, "📌"))
}

// pinnedPost reports a child of a live feed that is a pinned post: an
// element of the same kind as the feed's entries, marked pinned by its
// class or a label inside, with a paragraph of prose the line rules keep,
// and nothing of a promotion (class, form, link to a sign-up or an app).
func pinnedPost(n *html.Node, feed *html.Node, entries map[*html.Node]bool) bool {
	if !feedSibling(n, feed, entries) || !(rePinClass.MatchString(attr(n, "class")) || holdsPinLabel(n)) {
		return false
	}
	prose, promo := postSignals(n)
	return prose && !promo
}

// feedPromotion reports a child of a live feed set like a post that sells
// something (a pinned newsletter box, an app promo with its link, a
// sign-up form): the extractor may keep it with the posts.
func feedPromotion(n *html.Node, feed *html.Node, entries map[*html.Node]bool) bool {
	if !feedSibling(n, feed, entries) {
		return false
	}
	_, promo := postSignals(n)
	return promo
}

// feedSibling reports an element of the feed that is no entry but of the
// same kind as one.
func feedSibling(n *html.Node, feed *html.Node, entries map[*html.Node]bool) bool {
	if n.Type != html.ElementNode || entries[n] {
		return false
	}
	for c := feed.FirstChild; c != nil; c = c.NextSibling {
		if entries[c] && c.DataAtom == n.DataAtom {
			return true
		}
	}
	return false
}

// postSignals reports whether the element holds a paragraph of prose the
// line rules keep, and whether it shows a promotion's marks.
func postSignals(n *html.Node) (prose, promo bool) {
	var look func(m *html.Node)
	look = func(m *html.Node) {
		if m.Type != html.ElementNode || promo {
			return
		}
		switch {
		case rePromoClass.MatchString(attr(m, "class")), m.DataAtom == atom.Form, m.DataAtom == atom.Input, m.DataAtom == atom.Iframe:
			promo = true
			return
		case m.DataAtom == atom.A && rePromoHref.MatchString(attr(m, "href")):
			promo = true
			return
		case m.DataAtom == atom.P:
			s := strings.TrimSpace(textOf(m))
			words := wordCount(s)
			if words >= 8 && classify(s, words) == keep && !promoLine(strings.ToLower(s)) {
				prose = true
			}
		}
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			look(c)
		}
	}
	look(n)
	return prose, promo
}

// walkFeedPromotion writes a feed's promotion as units marked chrome, so
// that withLiveFeed takes them out of what the extractor kept.
func walkFeedPromotion(w *blockWalker, n *html.Node) {
	w.flush()
	from := len(w.units)
	w.walk(n)
	w.flush()
	for i := from; i < len(w.units); i++ {
		w.units[i].junk = junkChrome
	}
}

// holdsPinLabel reports a pin label among the element's short pieces.
func holdsPinLabel(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || textBlock(c) {
			continue
		}
		if pinLabel(textOf(c)) || holdsPinLabel(c) {
			return true
		}
	}
	return false
}

// walkPinnedPost writes a pinned post's blocks as units, leaving its pin
// label and the furniture a feed entry carries out.
func walkPinnedPost(w *blockWalker, n *html.Node) {
	if n.Type == html.ElementNode && !textBlock(n) && pinLabel(textOf(n)) {
		return
	}
	if n.Type != html.ElementNode || textBlock(n) || !holdsPinLabel(n) {
		walkFeedEntry(w, n)
		return
	}
	walkChildren(w, n, walkPinnedPost)
}

// maxPinnedWords bounds a pinned summary set above a feed: more is a
// story of its own, which the extractor judges.
const maxPinnedWords = 250

// pinnedAbove returns the pinned summary a live page sets just above its
// feed, outside it ("<section class="pinned-summary">📌 Pinned …"), or
// nil: marked pinned, with prose and nothing of a promotion.
func pinnedAbove(feed *html.Node) *html.Node {
	p := feed.PrevSibling
	for p != nil && p.Type != html.ElementNode {
		p = p.PrevSibling
	}
	if p == nil || !(rePinClass.MatchString(attr(p, "class")) || holdsPinLabel(p)) || wordCount(textOf(p)) > maxPinnedWords {
		return nil
	}
	if prose, promo := postSignals(p); !prose || promo {
		return nil
	}
	return p
}
