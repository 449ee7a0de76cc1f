package ingest

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTML pages are read with go-trafilatura rather than go-readability. On
// the test pages in testdata (navigation, cookie banners, scripts, share
// bars, ad slots, related-link boxes, figures) both found the same body, but
// trafilatura also kept the page's own headline and standfirst and dropped
// ad labels and newsletter promos that readability left inside the article,
// and it reads JSON-LD and OpenGraph metadata. Nothing is fetched and no
// script runs: both only walk the parsed tree.
var extractOptions = trafilatura.Options{
	ExcludeComments: true,
	ExcludeTables:   false,
	HtmlDateMode:    trafilatura.Disabled, // the date comes from the page's metadata below
}

// fromHTML extracts a saved web page's article: the main text by
// trafilatura, split into paragraphs at block elements, then the same junk
// rules as text pages. Title, author, date and site name come from the page
// metadata; figure captions are kept as removed text. A page without article
// text is ErrNoArticle.
func fromHTML(src string) (a article, err error) {
	defer func() {
		// The extractor walks arbitrary markup; a page it cannot handle is
		// reported as having no article rather than crashing an import.
		if r := recover(); r != nil {
			a, err = article{}, ErrNoArticle
		}
	}()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// The parser refuses markup nested deeper than 512 elements
		// (its only error on a string).
		return article{}, fmt.Errorf("%w: the page's markup is nested deeper than an HTML reader follows (512 elements)", ErrNoArticle)
	}
	hideNoBreakSpacesFromExtractor(doc)
	docs, isDocs := readDocsExport(doc)       // a Google Docs draft: comments and struck text go
	struck := dropStruckText(doc)             // "<del>eight</del><ins>twelve</ins>" (struck_text.go)
	ads := dropAdSlots(doc)                   // "<div class=\"ad-slot\">Advertisement …" (ad_slots.go)
	essayFurniture := photoEssayCaptions(doc) // before the captions are read as furniture
	page := scanPage(doc)
	if isDocs {
		page.h1, page.dek = firstOf(docs.title, page.h1), firstOf(docs.subtitle, page.dek)
	}
	subs := subheadings(doc) // before the extractor prunes the tree
	feed := liveFeedUnits(doc)
	var content *html.Node
	var found trafilatura.Metadata
	if extractorCost(doc) <= extractorBudget && !tooDeepForExtractor(doc) {
		quotes := quoteSources(doc) // the extractor flattens a blockquote's paragraphs (quote_paragraphs.go)
		res, err := trafilatura.ExtractDocument(doc, extractOptions)
		if err != nil || res == nil || res.ContentNode == nil {
			return article{}, ErrNoArticle
		}
		content, found = res.ContentNode, res.Metadata
		restoreQuoteParagraphs(content, quotes)
	} else {
		content = mainElement(doc)
	}
	if story, ok := tableLayoutStory(doc); ok { // a table-layout page's story cell (table_layout_pages.go)
		content = story.cell
		if story.headline != "" {
			page.h1, page.h1Leads, found.Title = story.headline, true, story.headline
		}
		page.dek = firstOf(page.dek, story.dek)
	}

	// og:title, then trafilatura's title (the <title> without the " - Site"
	// suffix), then the first <h1>, then the raw <title>.
	found.Title = restoreNoBreakSpaces(found.Title)
	found.Author = restoreNoBreakSpaces(found.Author)
	found.Sitename = restoreNoBreakSpaces(found.Sitename)
	a.meta.Title = firstOf(page.ogTitle, found.Title, page.h1, page.title)
	a.title = visibleHeadline(fullerHeadline(quotedHeadline(a.meta.Title, page.h1), page.h1), page) // quotation marks the metadata dropped (headline_quote_marks.go)
	a.meta.Byline = firstOf(page.author, found.Author)
	a.meta.Published = page.published
	a.site = titleSite(page.title)
	a.meta.Outlet = firstOf(page.site, found.Sitename, a.site) // "… | The Daily Clarion": the page's own outlet
	a.meta.URL = firstOf(page.url, found.URL)
	a.meta.Language = firstOf(page.lang, found.Language)

	var w blockWalker
	w.walk(content)
	w.flush()
	w.units = dropRepeatedBrRuns(w.units, w.brRepeats)
	a.units = restoreHeadings(withLiveFeed(w.units, feed), subs)

	// The markup says which line is the headline and which the standfirst.
	// Whatever the extractor kept above the headline (a breadcrumb, a
	// section label) is page chrome.
	headline := -1
	for i := range a.units {
		u := &a.units[i]
		switch {
		case i < 3 && headline < 0 && a.title != "" && sameText(u.text, a.title):
			u.role = roleHeadline
			headline = i
			for k := 0; k < i; k++ {
				a.units[k].junk = junkChrome
			}
		case i < 4 && page.dek != "" && sameText(u.text, page.dek):
			u.role = roleDek
		}
	}
	// A standfirst the extractor left out of the main text ("<h2
	// class="dek">") goes under the headline.
	if page.dek != "" && !hasRole(a.units, roleDek) && !hasText(a.units, page.dek) {
		dek := unit{text: page.dek, role: roleDek, block: -2}
		at := headline + 1 // 0 without a headline: document() puts the title first
		a.units = append(a.units[:at], append([]unit{dek}, a.units[at:]...)...)
	}
	for _, c := range page.captions {
		if caption, credit, ok := splitCaptionCredit(c); ok {
			a.units = append(a.units, unit{text: caption, block: -1, junk: junkCaption},
				unit{text: credit, block: -1, junk: junkCredit})
			continue
		}
		a.units = append(a.units, unit{text: c, block: -1, junk: junkCaption})
	}
	a.units = append(a.units, essayFurniture...)
	a.units = append(a.units, docs.furniture...)
	a.units = append(a.units, struck...)
	a.units = append(a.units, ads...)
	if bodyWords(a.units) < 15 {
		return article{}, ErrNoArticle
	}
	return a, nil
}

func hasRole(units []unit, role string) bool {
	for _, u := range units {
		if u.role == role {
			return true
		}
	}
	return false
}

func hasText(units []unit, s string) bool {
	for _, u := range units {
		if sameText(u.text, s) {
			return true
		}
	}
	return false
}

func bodyWords(units []unit) int {
	n := 0
	for _, u := range units {
		if u.role == "" && u.junk == keep && classify(u.text, wordCount(u.text)) == keep {
			n += wordCount(u.text)
		}
	}
	return n
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// page is what the markup says about an article besides its main text.
type page struct {
	title, ogTitle, h1                 string
	h1Leads                            bool // the <h1> heads the article (h1LeadsArticle)
	author, published, site, url, lang string
	dek                                string
	captions                           []string
}

// reDekClass matches the class names sites give a standfirst.
// reLeadParagraphClass matches a paragraph class "lead" as a whole class
// name (<p class="lead">, the standfirst under an <h1> of many templates);
// "lead-image" or "leaderboard" are something else.
var reLeadParagraphClass = regexp.MustCompile(`(?i)(?:^|\s)lead(?:$|\s)`)

var reDekClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:dek|standfirst|subtitle|sub-?headline|subhead|summary|lede|lead-?in|teaser|intro|strapline|article-description)(?:$|[\s_-])`)

var reLDDate = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{4,40})"`)

// scanPage reads the <head> metadata (OpenGraph, article:, author, <title>,
// canonical link, lang), the first standfirst-like element and the figure
// captions.
func scanPage(doc *html.Node) page {
	var p page
	var docTitle string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			unhideBodySections(n)
			unhideObituaryLifeLine(n) // "Name, glaciologist, born …; died …" in <p class="obit-footer"> (obituary_life_lines.go)
			switch n.DataAtom {
			case atom.Script:
				// JSON-LD: {"@type": "NewsArticle", "datePublished": "…"}.
				if p.published == "" && attr(n, "type") == "application/ld+json" && n.FirstChild != nil {
					if m := reLDDate.FindStringSubmatch(n.FirstChild.Data); m != nil {
						p.published = m[1]
					}
				}
				return
			case atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Html:
				p.lang = attr(n, "lang")
			case atom.Title:
				if docTitle == "" {
					docTitle = textOf(n)
				}
			case atom.Meta:
				key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title", "twitter:title":
					if p.ogTitle == "" {
						p.ogTitle = val
					}
				case "author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author":
					if p.author == "" && !strings.HasPrefix(val, "http") {
						p.author = strings.TrimPrefix(strings.TrimPrefix(val, "By "), "by ")
					}
				case "article:published_time", "og:published_time", "datepublished", "pubdate",
					"publishdate", "dc.date", "date", "sailthru.date", "parsely-pub-date":
					if p.published == "" {
						p.published = val
					}
				case "og:site_name", "application-name":
					if p.site == "" {
						p.site = val
					}
				case "og:url":
					if p.url == "" {
						p.url = val
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && p.url == "" {
					p.url = attr(n, "href")
				}
			case atom.Time:
				if p.published == "" && (attr(n, "itemprop") == "datePublished" || attr(n, "pubdate") != "") {
					p.published = attr(n, "datetime")
				}
			case atom.H1:
				if p.h1 == "" {
					p.h1 = squeezeSpacesKeepingNoBreak(textOf(n))
					p.h1Leads = h1LeadsArticle(n)
					if p.dek == "" {
						p.dek = h1SiblingDek(n) // <h2 class="sub"> under the <h1> (headline_sibling_deks.go)
					}
				}
			case atom.Blockquote:
				unhideEmbeddedPost(n)
			case atom.Figcaption:
				if c := squeezeSpacesKeepingNoBreak(textOf(n)); c != "" {
					p.captions = append(p.captions, c)
				}
				return
			case atom.P, atom.H2, atom.Div, atom.Span:
				// Only an element whose class names a standfirst has its
				// text read, and no more of it than a standfirst has: text
				// read for every nested <div> or <span> was work that grew
				// with the square of the nesting.
				class := attr(n, "class")
				dekClass := p.dek == "" && (reDekClass.MatchString(class+" "+attr(n, "itemprop")) || p.h1 != "" && n.DataAtom == atom.P && reLeadParagraphClass.MatchString(class) || standfirstAfterHeadline(class, p.h1 != "")) // standfirst_classes.go
				if p.dek == "" && (dekClass || p.h1 != "" && reKickerClass.MatchString(class)) {
					if t, whole := textPrefix(n, maxDekBytes); whole && (dekClass || kickerDek(class, t)) {
						if t = squeezeSpacesKeepingNoBreak(t); t != "" && wordCount(t) <= 60 {
							p.dek = t
						}
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	p.title = strings.TrimSpace(docTitle)
	return p
}

// reEmbedClass matches the class a page gives a pasted social post.
var reEmbedClass = regexp.MustCompile(`(?i)social|embed|tweet|instagram|facebook|threads|bluesky|mastodon|tiktok|post`)

// unhideEmbeddedPost clears the classes of a social post pasted into an
// article as a <blockquote class="social-embed …">: the extractor drops
// embeds by their class, but the post's text is what the story quotes (a
// statement), and its author, date and counts lines are removed by the
// text rules like any other post residue.
func unhideEmbeddedPost(n *html.Node) {
	if !reEmbedClass.MatchString(attr(n, "class")) {
		return
	}
	var clear func(n *html.Node)
	clear = func(n *html.Node) {
		if n.Type == html.ElementNode {
			kept := n.Attr[:0]
			for _, a := range n.Attr {
				if a.Key != "class" && a.Key != "id" {
					kept = append(kept, a)
				}
			}
			n.Attr = kept
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			clear(c)
		}
	}
	clear(n)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text inside a node, without scripts and styles.
func textOf(n *html.Node) string {
	var sb strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			sb.WriteString(restoreNoBreakSpaces(n.Data))
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return sb.String()
}

// maxDekBytes is the most text a standfirst may have: 60 words and their
// markup's white space with room to spare.
const maxDekBytes = 4096

// textPrefix returns the text inside a node, without scripts and styles,
// and whether that is all of it: it stops at limit bytes of text or limit
// nodes, so asking it of every element costs at most limit each.
func textPrefix(n *html.Node, limit int) (string, bool) {
	var sb strings.Builder
	nodes := 0
	var visit func(*html.Node) bool
	visit = func(n *html.Node) bool {
		if nodes++; nodes > limit {
			return false
		}
		switch {
		case n.Type == html.TextNode:
			sb.WriteString(restoreNoBreakSpaces(n.Data))
			return sb.Len() <= limit
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !visit(c) {
				return false
			}
		}
		return true
	}
	whole := visit(n)
	return sb.String(), whole
}

// blockWalker turns extracted HTML into units: one per block element
// (paragraph, heading, list item, quote), a new line at each <br>.
type blockWalker struct {
	units []unit
	buf   strings.Builder
	block int
	// brLines holds the lines joined into paragraphs (br_paragraphs.go):
	// the extractor may give them again one element each.
	brLines map[string]bool
	// brRepeats indexes the units that repeat one of brLines; runs of
	// them go at the end of the walk (br_repeats.go).
	brRepeats []int
}

func (w *blockWalker) flush() {
	if w.brParagraphs() { // a paragraph's sentences a line each (br_paragraphs.go)
		return
	}
	for _, line := range strings.Split(w.buf.String(), "\n") {
		if line = squeezeSpacesKeepingNoBreak(line); line != "" {
			if w.brLines[line] {
				w.brRepeats = append(w.brRepeats, len(w.units))
			}
			w.units = append(w.units, unit{text: line, block: w.block})
		}
	}
	w.buf.Reset()
	w.block++
}

func (w *blockWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.buf.WriteString(restoreNoBreakSpaces(afterBr(n)))
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Img, atom.Figure, atom.Figcaption:
			return
		case atom.Br:
			w.buf.WriteByte('\n')
			return
		case atom.Sup:
			if noteMarker(n, w.buf.String()) {
				return // "country.<sup>1</sup>": an endnote's number (note_markers.go)
			}
		}
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Table || n.Data == "table") && w.tableRows(n) {
		return
	}
	block := n.Type == html.ElementNode && isBlockTag(n)
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	}
}

// tableRows writes an HTML table as lines, so that its cells never run
// together ("YearPassengersSailings…"): a row of short cells becomes one line with a
// space between the cells, a row with a long cell (a layout table holding
// prose) one line a cell; the table is a block of its own, each line marked
// as a table row. The extractor's output tree names its elements without an
// atom, so both are read. It reports false for a table without rows.
func (w *blockWalker) tableRows(table *html.Node) bool {
	var rows [][]string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case c.DataAtom == atom.Tr || c.Data == "tr" || c.Data == "row":
				var cells []string
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if d.Type == html.ElementNode && (d.DataAtom == atom.Td || d.DataAtom == atom.Th || d.Data == "td" || d.Data == "th" || d.Data == "cell") {
						if t := squeezeSpacesKeepingNoBreak(textOf(d)); t != "" {
							cells = append(cells, t)
						}
					}
				}
				if len(cells) > 0 {
					rows = append(rows, cells)
				}
			case c.DataAtom == atom.Table || c.Data == "table":
				// a table inside this one is read where it stands, in its cell
			default:
				visit(c) // <thead>, <tbody>, <tfoot>
			}
		}
	}
	visit(table)
	if len(rows) == 0 {
		return false
	}
	w.flush()
	for _, cells := range rows {
		long := false
		for _, c := range cells {
			long = long || wordCount(c) > 12
		}
		if long {
			for _, c := range cells {
				w.units = append(w.units, unit{text: c, block: w.block, tableRow: true})
			}
			continue
		}
		w.units = append(w.units, unit{text: strings.Join(cells, " "), block: w.block, tableRow: true})
	}
	w.block++
	return true
}

// isBlockTag reports elements that start a new paragraph, including the tag
// names trafilatura uses in its output tree (head, item, quote, row, cell, lb).
func isBlockTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Blockquote,
		atom.Pre, atom.Div, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Ul, atom.Ol,
		atom.Dl, atom.Dt, atom.Dd, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Body, atom.Main, atom.Aside:
		return true
	}
	switch n.Data {
	// the extractor builds some elements with a name and no atom ("li" of a
	// list it rebuilt): by name too, or the items run together
	case "head", "item", "list", "quote", "row", "cell", "code", "table", "tr", "td", "th", "p", "blockquote",
		"li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section":
		return true
	}
	return false
}

// extractorBudget bounds the work go-trafilatura may do on a page. Its
// check for "enough paragraph text" joins every <p>'s text by repeated
// string concatenation, which copies the text so far once per paragraph:
// a 2 MB page of 10,000 short paragraphs took 6 s and a 20 MB one over
// 3 minutes and 5 GB. Pages over the budget (about 2,500 paragraphs of a
// 200 KB text; a news article has tens) are read by mainElement instead.
const extractorBudget = 5e8

// extractorCost is the number of bytes that concatenation would copy: the
// page's <p> elements times its text.
func extractorCost(doc *html.Node) float64 {
	paragraphs, text := 0, 0
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			text += len(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.P:
			paragraphs++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return float64(paragraphs) * float64(text)
}

// maxMeanDepth is the deepest the page's nodes may sit on average, counted
// by their bytes, for go-trafilatura to read it. The extractor handles a
// table, a list or a formatting element by copying or walking everything
// under it, and does so again for each such element inside, so a node under
// d of them is handled d times: 100 nested tables of 8 KB allocated 600
// bytes a byte against 300 at 25 (the HTML parser stops at 512 levels, so
// the work is bounded, but by up to 500 times the page). News pages sit at
// 5 to 7 on average (testdata and the unseen articles), 15 to 25 with a
// site's full chrome; a page past 48 is read by mainElement.
const maxMeanDepth = 48

// tooDeepForExtractor reports a page whose nodes, weighted by their text,
// sit deeper than maxMeanDepth elements on average.
func tooDeepForExtractor(doc *html.Node) bool {
	size, deep := 0, 0
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		w := 1
		if n.Type == html.TextNode {
			w += len(n.Data)
		}
		size += w
		deep += w * depth
		if n.Type == html.ElementNode {
			depth++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth)
		}
	}
	visit(doc, 0)
	return deep > maxMeanDepth*size
}

// mainElement is what a page too large for the extractor is read from:
// its first <article>, else its <main>, else its <body>, without the
// navigation, side boxes, footers and forms around the text. The junk
// rules for text pages still remove ads, share bars and related links.
func mainElement(doc *html.Node) *html.Node {
	var article, main, body *html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Article:
				if article == nil {
					article = n
				}
			case atom.Main:
				if main == nil {
					main = n
				}
			case atom.Body:
				if body == nil {
					body = n
				}
			}
		}
		for c := n.FirstChild; c != nil && article == nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	root := firstNode(article, main, body, doc)
	// Detach page chrome from the chosen root's copy-free tree: the page is
	// not used after reading.
	var prune func(n *html.Node)
	prune = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				switch c.DataAtom {
				case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Button, atom.Select,
					atom.Iframe, atom.Svg, atom.Dialog, atom.Menu:
					n.RemoveChild(c)
					c = next
					continue
				}
			}
			prune(c)
			c = next
		}
	}
	prune(root)
	return root
}

func firstNode(nodes ...*html.Node) *html.Node {
	for _, n := range nodes {
		if n != nil {
			return n
		}
	}
	return nil
}

// titleSite returns the site's name a <title> ends with ("Bridge repairs …
// – Tyneview Post" → "Tyneview Post"): the last part after " – ", " — ",
// " | " or " - ", when it is a short run of capitalised words.
func titleSite(title string) string {
	for _, sep := range []string{" – ", " — ", " | ", " - "} {
		if k := strings.LastIndex(title, sep); k > 0 {
			site := strings.TrimSpace(title[k+len(sep):])
			if n := wordCount(site); n >= 1 && n <= 5 && isBylineNames(site) {
				return site
			}
		}
	}
	return ""
}
