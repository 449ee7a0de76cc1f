package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A photo essay ("– in pictures", a gallery told in its captions) carries
// its story in the <figcaption>s: a dozen photographs, each under two or
// three sentences with the quotations, and little prose besides an intro.
// The extractor drops figures, and a normal article's captions are page
// furniture, so without this the essay loses its body. Captions count as
// the essay's text only when they are long and outweigh the prose around
// them; the caption under a news story's photograph goes as before.

// Thresholds of a photo essay's captions.
const (
	essayMinCaptions    = 3  // figures with a caption of their own
	essayLongCaption    = 20 // words that make a caption a paragraph of the story
	essayClosingMaxWord = 30 // the most words of a closing signpost paragraph
)

// reCaptionCounter matches a gallery's position counter: "1 of 12", "3 / 8".
var reCaptionCounter = regexp.MustCompile(`^\(?\d{1,3}\s*(?:of|/)\s*\d{1,3}\)?(?:\s+|$)`)

// reEssayPage matches the class or title words of a page that says it is a
// photo essay or a gallery.
var reEssayPage = regexp.MustCompile(`(?i)photo[-_ ]?essay|\bgallery\b|in[-_ ]pictures|photo[-_ ]?story|picture[-_ ]?story`)

// reMoreLink matches a link to more of the outlet's galleries or stories
// closing an essay: "View more photo essays", "See all galleries", "More
// in pictures".
var reMoreLink = regexp.MustCompile(`(?i)^(?:(?:view|see|browse|explore|discover)\s+(?:more|all|other)\b|more\s+(?:photo\s*essays|photo\s*stories|galleries|in\s+pictures|pictures)\b)`)

// essayFigure is a figure of a photo essay: its caption text and the
// furniture around it (counter, credit).
type essayFigure struct {
	node      *html.Node
	caption   string
	furniture []unit
}

// photoEssayCaptions turns the captions of a photo essay into paragraphs
// where their figures stood, so the extractor keeps them as the body, and
// drops the essay's closing signpost paragraph. It returns the counters,
// credits and signpost it took out, as removed units; nothing when the
// page is not a photo essay.
func photoEssayCaptions(doc *html.Node) []unit {
	var figures []essayFigure
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Figure {
			if f, ok := readEssayFigure(n); ok {
				figures = append(figures, f)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	if len(figures) < essayMinCaptions {
		return nil
	}
	container := essayContainer(figures[0].node)
	if !captionsCarryEssay(figures, proseWordsOutsideFigures(container), essayMarked(doc, container)) {
		return nil
	}
	var removed []unit
	for _, f := range figures {
		p := &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: f.caption})
		f.node.Parent.InsertBefore(p, f.node)
		f.node.Parent.RemoveChild(f.node)
		removed = append(removed, f.furniture...)
	}
	if s, ok := dropClosingSignpost(container); ok {
		removed = append(removed, unit{text: s, block: -1, junk: junkChrome})
	}
	return removed
}

// captionsCarryEssay reports whether a page's captions are its story:
// several captions, most of them long, with more words than the prose
// outside the figures (half as many on a page that calls itself a photo
// essay or gallery).
func captionsCarryEssay(figures []essayFigure, proseWords int, marked bool) bool {
	long, words := 0, 0
	for _, f := range figures {
		w := wordCount(f.caption)
		words += w
		if w >= essayLongCaption {
			long++
		}
	}
	if len(figures) < essayMinCaptions || long < essayMinCaptions || 2*long < len(figures) {
		return false
	}
	return words >= proseWords || marked && 2*words >= proseWords
}

// readEssayFigure splits a figure's caption into its text and its
// furniture: a "1 of 12" counter, a photo credit (in a span of its own or
// glued to the caption's end). It reports false for a figure without
// caption text.
func readEssayFigure(fig *html.Node) (essayFigure, bool) {
	f := essayFigure{node: fig}
	var capNode *html.Node
	for c := fig.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Figcaption {
			capNode = c
		}
	}
	if capNode == nil || fig.Parent == nil {
		return f, false
	}
	var parts []string
	for c := capNode.FirstChild; c != nil; c = c.NextSibling {
		t := squeezeSpacesKeepingNoBreak(textOf(c))
		if m := reCaptionCounter.FindString(t); m != "" {
			f.furniture = append(f.furniture, unit{text: strings.TrimSpace(m), block: -1, junk: junkChrome})
			t = strings.TrimSpace(t[len(m):])
		}
		if t == "" {
			continue
		}
		if classify(t, wordCount(t)) == junkCredit {
			f.furniture = append(f.furniture, unit{text: t, block: -1, junk: junkCredit})
			continue
		}
		parts = append(parts, t)
	}
	f.caption = strings.Join(parts, " ")
	if caption, credit, ok := splitCaptionCredit(f.caption); ok {
		f.caption = caption
		f.furniture = append(f.furniture, unit{text: credit, block: -1, junk: junkCredit})
	}
	return f, f.caption != ""
}

// essayContainer returns the element that holds an essay's figures and
// prose: the <article> or <main> around the first figure, else the body.
func essayContainer(fig *html.Node) *html.Node {
	var body *html.Node
	for n := fig.Parent; n != nil; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Article, atom.Main:
			return n
		case atom.Body:
			body = n
		}
	}
	if body == nil {
		return fig.Parent
	}
	return body
}

// proseWordsOutsideFigures counts the words of the paragraphs in n that
// are not inside a figure.
func proseWordsOutsideFigures(n *html.Node) int {
	words := 0
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Figure, atom.Script, atom.Style, atom.Nav, atom.Aside, atom.Footer:
				return
			case atom.P:
				words += wordCount(textOf(n))
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return words
}

// essayMarked reports a page that calls itself a photo essay or gallery in
// its title or in the class of the element holding the figures.
func essayMarked(doc, container *html.Node) bool {
	if reEssayPage.MatchString(attr(container, "class")) {
		return true
	}
	var title string
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if title != "" {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			title = textOf(n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	return reEssayPage.MatchString(title)
}

// dropClosingSignpost removes the essay's last paragraph when it ends in a
// link to more of the outlet's galleries ("The market's last day is Friday.
// View more photo essays"): a short sign-off, not the story. It returns the
// paragraph's text.
func dropClosingSignpost(container *html.Node) (string, bool) {
	var last *html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Nav, atom.Aside, atom.Footer, atom.Script, atom.Style:
				return
			case atom.P:
				if strings.TrimSpace(textOf(n)) != "" {
					last = n
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(container)
	if last == nil {
		return "", false
	}
	link := last.LastChild
	for link != nil && link.Type == html.TextNode && strings.TrimSpace(link.Data) == "" {
		link = link.PrevSibling
	}
	if link == nil || link.Type != html.ElementNode || link.DataAtom != atom.A {
		return "", false
	}
	label := squeezeSpacesKeepingNoBreak(textOf(link))
	text := squeezeSpacesKeepingNoBreak(textOf(last))
	if !reMoreLink.MatchString(label) || wordCount(text) > essayClosingMaxWord {
		return "", false
	}
	last.Parent.RemoveChild(last)
	return text, true
}
