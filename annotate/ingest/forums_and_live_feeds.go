package ingest

import (
	"regexp"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A live page ("… live: roads shut as snow settles") sets its text as a
// feed of entries, newest first, each with a time stamp, sometimes a
// "PINNED" or "UPDATED" label, and a share button under it. The extractor
// may take one entry for the whole article and drop the rest; the feed's
// entries are all body, their stamps, labels and buttons furniture.

// minFeedEntries is how many entries a feed has at least: two stamped
// blocks side by side are a pair of posts, not a rolling page.
const minFeedEntries = 3

// reShareClass matches the class names sites give an entry's share bar.
var reShareClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:share|sharing|social)(?:$|[\s_-])`)

// liveFeedUnits finds a live page's feed (an element with three or more
// child entries, each holding a <time> stamp and a paragraph of prose) and
// returns the entries' text as units, without stamps, labels and buttons.
// It reads the page before the extractor prunes it; nil when there is no
// feed.
func liveFeedUnits(doc *html.Node) []unit {
	feed := findLiveFeed(doc)
	if feed == nil {
		return nil
	}
	var w blockWalker
	for c := feed.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && feedEntry(c) {
			w.flush()
			walkFeedEntry(&w, c)
			w.flush()
		}
	}
	return w.units
}

func findLiveFeed(n *html.Node) *html.Node {
	if n.Type == html.ElementNode {
		entries, others := 0, 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if feedEntry(c) {
				entries++
			} else {
				others++
			}
		}
		if entries >= minFeedEntries && entries > others {
			return n
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findLiveFeed(c); f != nil {
			return f
		}
	}
	return nil
}

// feedEntry reports a block holding a <time> stamp and a paragraph of
// eight words or more.
func feedEntry(n *html.Node) bool {
	stamped, prose := false, false
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Time:
				stamped = true
			case atom.P:
				prose = prose || wordCount(textOf(n)) >= 8
			}
		}
		for c := n.FirstChild; c != nil && !(stamped && prose); c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return stamped && prose
}

// feedFurniture reports what an entry carries besides its text: the time
// stamp and the short line round it ("7:05am PINNED", "10:42am · Jo
// Smith"), buttons and forms, and a share bar.
func feedFurniture(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Time, atom.Button, atom.Form, atom.Script, atom.Style:
		return true
	}
	if reShareClass.MatchString(attr(n, "class")) {
		return true
	}
	if n.DataAtom == atom.P || n.DataAtom == atom.Blockquote {
		return false
	}
	return hasTime(n) && wordCount(textOf(n)) <= 8
}

func hasTime(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Time || hasTime(c)) {
			return true
		}
	}
	return false
}

// walkFeedEntry writes an entry's blocks as units, leaving its furniture
// out.
func walkFeedEntry(w *blockWalker, n *html.Node) {
	if feedFurniture(n) {
		return
	}
	if n.Type != html.ElementNode || !holdsFurniture(n) {
		w.walk(n)
		return
	}
	block := isBlockTag(n)
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkFeedEntry(w, c)
	}
	if block {
		w.flush()
	}
}

func holdsFurniture(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if feedFurniture(c) || holdsFurniture(c) {
			return true
		}
	}
	return false
}

// withLiveFeed puts a live page's whole feed into the extracted units when
// the extractor kept only part of it: the feed's units replace the ones it
// kept, where the first of them stood (at the end when it kept none). A
// page whose feed the extractor kept whole is left as it is.
func withLiveFeed(units, feed []unit) []unit {
	if len(feed) == 0 {
		return units
	}
	missing := 0
	for _, f := range feed {
		if !hasText(units, f.text) {
			missing++
		}
	}
	if missing == 0 {
		return units
	}
	at, top := -1, 0
	var kept []unit
	for _, u := range units {
		top = max(top, u.block+1)
		if hasText(feed, u.text) {
			if at < 0 {
				at = len(kept)
			}
			continue
		}
		kept = append(kept, u)
	}
	if at < 0 {
		at = len(kept)
	}
	out := append([]unit{}, kept[:at]...)
	for _, f := range feed {
		f.block += top
		out = append(out, f)
	}
	return append(out, kept[at:]...)
}
