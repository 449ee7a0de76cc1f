package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// reAdSlotClass matches a class or id that names an advertising slot as a
// whole word of it: "ad-slot", "ad", "advert", "dfp-ad", "sponsored-box";
// "header", "lead" or "shadow" hold the letters but not the word.
var reAdSlotClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:ads?|adverts?|advertisement|advertising|adslot|dfp|sponsored|promoted)(?:$|[\s_-])`)

// adLabels are the labels a page prints at the top of an advertising slot.
var adLabels = setOf("advertisement", "advertisements", "advert", "advertising", "ad", "ads",
	"sponsored", "sponsored content", "paid content", "promoted", "paid post")

// dropAdSlots takes advertising slots out of the tree before the extractor
// reads it: an element whose class or id names an ad slot and whose text
// opens with an ad label ("Advertisement"), as a local paper places a
// business's notice ("Trewin & Sons. Caring for … families since 1902.
// Call …") between paragraphs. The extractor keeps the slot when it looks
// like prose, and the notice then reads as part of the story. Both the
// class and the label must be there, and the slot must be short (an ad,
// not a wrapper around the article). The slot's lines are returned as
// removed units.
func dropAdSlots(doc *html.Node) []unit {
	var slots []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				return
			}
			if reAdSlotClass.MatchString(attr(n, "class")+" "+attr(n, "id")) && adSlot(n) {
				slots = append(slots, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	var out []unit
	for _, n := range slots {
		lines := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if t := squeezeSpacesKeepingNoBreak(textOf(c)); t != "" {
				out = append(out, unit{text: t, block: -1, junk: junkChrome})
				lines++
			}
		}
		if lines == 0 {
			if t := squeezeSpacesKeepingNoBreak(textOf(n)); t != "" {
				out = append(out, unit{text: t, block: -1, junk: junkChrome})
			}
		}
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	return out
}

// adSlot reports an element whose text opens with an ad label and is short
// enough to be one advertisement.
func adSlot(n *html.Node) bool {
	text := squeezeSpacesKeepingNoBreak(textOf(n))
	if text == "" || wordCount(text) > 60 {
		return false
	}
	var first string
	var find func(*html.Node) bool
	find = func(c *html.Node) bool {
		if c.Type == html.TextNode {
			if t := strings.TrimSpace(c.Data); t != "" {
				first = t
				return true
			}
		}
		if c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style) {
			return false
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if find(k) {
				return true
			}
		}
		return false
	}
	find(n)
	return adLabels[strings.Trim(strings.ToLower(first), " :…|·-–—")]
}
