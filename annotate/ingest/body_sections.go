package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A roundup or a profile series gives each person a section of the story:
// <section class="author"><h2>Name</h2><p>…</p><p>…</p></section>, one
// after the other between the body's own paragraphs. The extractor drops
// any block whose class says "author", "byline" or "meta" (it takes them
// for the byline box), and with them half the article. An author's bio box
// is one block with a paragraph or two at the end; a run of two or more
// blocks of one class, each a heading over at least two prose paragraphs,
// with the body's own paragraphs before them, is the article's text: its
// class is cleared so the extractor keeps it.

// reBylineLikeClass matches the classes the extractor discards as a byline
// or meta box, which a page also gives the sections of its own story.
var reBylineLikeClass = regexp.MustCompile(`(?i)author|byline|meta|writer|contributor|profile`)

// reAsideLikeClass matches the classes of real side furniture, which stays
// dropped whatever it holds.
var reAsideLikeClass = regexp.MustCompile(`(?i)sidebar|related|promo|sponsor|advert|newsletter|share|social|more|nav|footer|comment|teaser|card|bio\b|about`)

// unhideBodySections clears the class of n's child blocks when they are a
// run of the story's own sections (see above). It looks at n's children
// only, so the page walk stays linear.
func unhideBodySections(n *html.Node) {
	var leadParas int // the body's own paragraphs before the run
	var class string
	var run []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.P:
			if len(run) == 0 && wordCount(textOf(c)) >= 8 {
				leadParas++
			}
		case atom.Section, atom.Div:
			cl := attr(c, "class")
			if cl == "" || !reBylineLikeClass.MatchString(cl) || reAsideLikeClass.MatchString(cl) {
				continue
			}
			if class != "" && cl != class {
				continue
			}
			if !isStorySection(c) {
				continue
			}
			class = cl
			run = append(run, c)
		}
	}
	if len(run) < 2 || leadParas == 0 {
		return
	}
	for _, s := range run {
		kept := s.Attr[:0]
		for _, a := range s.Attr {
			if a.Key != "class" && a.Key != "id" {
				kept = append(kept, a)
			}
		}
		s.Attr = kept
	}
}

// isStorySection reports whether a block is a heading (without a link, not
// a teaser's) over at least two prose paragraphs of its own, and nothing
// else but figures.
func isStorySection(s *html.Node) bool {
	heading, paras := false, 0
	for c := s.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4:
			if heading || paras > 0 || hasLink(c) {
				return false
			}
			heading = true
		case atom.P:
			if !heading || hasLink(c) || wordCount(textOf(c)) < 8 {
				return false
			}
			paras++
		case atom.Figure:
		default:
			return false
		}
	}
	return heading && paras >= 2
}

// hasLink reports whether a node holds an <a href>.
func hasLink(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.A && attr(c, "href") != "" || hasLink(c)) {
			return true
		}
	}
	return false
}
