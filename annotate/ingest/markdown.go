package ingest

import (
	"html"
	"net/url"
	"strings"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// markdown is a CommonMark parser; it is safe for concurrent use.
var markdown = goldmark.New()

// fromMarkdown reads a Markdown article through goldmark's syntax tree, so
// the stored text has no "#", emphasis marks, link targets or images. The
// headline is the largest heading at the top of the page; a paragraph in
// italics right under it is the dek. Images become removed captions, and
// footnotes removed trailers (footnotes). Simple
// YAML front matter (title, author, date, source, url) fills the metadata.
func fromMarkdown(src string) article {
	var a article
	src, notes := footnotes(a.frontMatter(src))
	src, numbered := numberedFootnotes(src)
	notes = append(notes, numbered...)
	src = tameMarkdown(src)
	source := []byte(src)
	pc := parser.NewContext()
	root := markdown.Parser().Parse(text.NewReader(source), parser.WithContext(pc))
	r := mdReader{a: &a, source: source}
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		r.block(n)
	}
	notes = append(notes, linkDefinitionLines(src, pc)...) // "[1]: https://… "Title"" (markdown_link_definitions.go)
	for _, n := range notes {
		if n != "" {
			a.units = append(a.units, unit{text: n, block: r.blk, junk: junkTrailer})
			r.blk++
		}
	}
	a.markdownHeadline()
	return a
}

// markdownHeadline gives the headline and dek roles. A page may print its
// site name, a link menu or a support box above the article's heading: the
// headline is the largest heading before the first paragraph of prose (30
// words or more), the short lines above it are page chrome, and a paragraph
// wholly in italics or bold right under it is the dek, unless it is a byline
// or a date.
func (a *article) markdownHeadline() {
	h := -1
	for i, u := range a.units {
		if u.heading == 0 && u.junk == keep && wordCount(u.text) >= 30 {
			break
		}
		if u.heading > 0 && u.junk == keep && (h < 0 || u.heading < a.units[h].heading) {
			h = i
		}
	}
	if h < 0 || a.title != "" && !sameText(a.units[h].text, a.title) {
		return // the front matter's title is the headline
	}
	a.units[h].role = roleHeadline
	for k := 0; k < h; k++ {
		if a.units[k].junk == keep {
			a.units[k].junk = junkChrome
		}
	}
	if k := h + 1; k < len(a.units) && a.units[k].emphasis && a.units[k].heading == 0 &&
		classify(a.units[k].text, wordCount(a.units[k].text)) == keep {
		for j := k; j < len(a.units) && a.units[j].block == a.units[k].block; j++ {
			a.units[j].role = roleDek
		}
	}
}

type mdReader struct {
	a      *article
	source []byte
	blk    int
	soft   byte // written for a soft line break when not 0 (a space otherwise)
	// linkedBytes is how much of the last inline rendering was link text
	linkedBytes int
	// linkRow is set when that rendering was two or more links with only
	// separators between them ("Court dates · Crime map")
	linkRow bool
	// breakFrom is where the line after the last section break starts
	breakFrom int
}

func (r *mdReader) add(s string, heading int, emphasis bool) {
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line != "" {
			r.a.units = append(r.a.units, unit{text: line, block: r.blk, heading: heading, emphasis: emphasis})
		}
	}
}

func (r *mdReader) block(n ast.Node) {
	defer func() { r.blk++ }()
	switch n := n.(type) {
	case *ast.Heading:
		text := headingWithoutAttribute(r.inline(n))
		if strings.TrimSpace(text) == "" {
			r.emptyHeading(n) // "#": a section mark (markdown_breaks.go)
		}
		first := len(r.a.units)
		r.add(text, n.Level, false)
		if frontPageLink(n) {
			// "# [The Understory](https://theunderstory.example/)": the
			// site's name, linked to its front page, is its masthead
			for k := first; k < len(r.a.units); k++ {
				r.a.units[k].junk = junkChrome
			}
		}
	case *ast.Paragraph, *ast.TextBlock:
		if _, quoted := n.Parent().(*ast.Blockquote); quoted {
			defer markBoxed(r.a, len(r.a.units)) // a box's paragraph (polling_notices.go)
		}
		if img := onlyImage(n); img != nil {
			alt := strings.TrimSpace(r.inline(img))
			if alt == "" {
				// an image without alt text, linked or not ("[![](logo.png)](/)"),
				// has no words to keep: its Markdown is what meta.removed records
				alt = r.sourceLines(n)
			}
			if alt != "" {
				r.a.units = append(r.a.units, unit{text: alt, block: r.blk, junk: junkCaption})
			}
			return
		}
		r.captions(n)
		r.soft = '\x01'
		text := r.inline(n)
		r.soft = 0
		if rows := pipeTableRows(strings.Split(text, "\x01")); rows != nil {
			page := pipeTableLines(strings.Split(text, "\x01")) // markdown_table_lines.go
			for k, row := range rows {
				r.a.units = append(r.a.units, unit{text: row, block: r.blk, tableRow: true, pageRow: pageRowOf(page, rows, k)})
			}
			return
		}
		if lines := strings.Split(text, "\x01"); listLines(lines) {
			// a box or a sign-off set line by line: each line is a unit of
			// its own, joined again if the cleaner keeps them
			first := len(r.a.units)
			r.add(strings.Join(lines, "\n"), 0, onlyEmphasis(n))
			for k := first; k < len(r.a.units)-1; k++ {
				r.a.units[k].wrap = true
			}
			return
		}
		first := len(r.a.units)
		r.add(strings.ReplaceAll(text, "\x01", " "), 0, onlyEmphasis(n))
		if _, quoted := n.Parent().(*ast.Blockquote); quoted && len(r.a.units) == first+1 {
			r.a.units[first].lines = strings.Join(quoteLines(text), "\n") // a box's lines, for meta.removed (review_verdict_boxes.go)
		}
		// a paragraph that is all link text is a button or a promo link
		// ("Sign me up for the Wild Week email →"), never a story's paragraph
		if linked := r.linkedBytes; linked > 0 && len(r.a.units) == first+1 {
			letters := 0
			for _, c := range text {
				if unicode.IsLetter(c) {
					letters++
				}
			}
			// a row of links set apart by "·" or "|" is one too
			r.a.units[first].linked = (linked*10 >= len(strings.TrimSpace(text))*9 || r.linkRow) && letters > 0
		}
	case *ast.List:
		for item, k := n.FirstChild(), 0; item != nil; item, k = item.NextSibling(), k+1 {
			marker := orderedItemMarker(n, k) // "3. " before a numbered item's first line
			number := droppedItemNumber(n, k)
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				if _, nested := c.(*ast.List); nested {
					r.block(c)
					continue
				}
				first := len(r.a.units)
				r.add(marker+r.inline(c), 0, false)
				if first < len(r.a.units) {
					r.a.units[first].item = number
				}
				marker, number = "", ""
			}
		}
	case *ast.Blockquote:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			r.block(c)
		}
	case *ast.ThematicBreak:
		r.thematicBreak(n)
	case *ast.FencedCodeBlock:
		r.fencedCode(n) // furniture, its fences kept in meta.removed (markdown_code_blocks.go)
	case *ast.CodeBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			r.add(string(seg.Value(r.source)), 0, false)
		}
	}
	// Thematic breaks and raw HTML blocks carry no article text.
}

// captions keeps as removed captions the alt text of the images in a
// paragraph that holds more than the image: an image with its italic
// caption line right under it ("![alt](src)" then "*Caption. Photograph:
// …*") is one paragraph, and inline drops the image.
func (r *mdReader) captions(n ast.Node) {
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if img, ok := c.(*ast.Image); ok {
			if alt := strings.Join(strings.Fields(r.inline(img)), " "); alt != "" {
				r.a.units = append(r.a.units, unit{text: alt, block: r.blk, junk: junkCaption})
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}

// inline renders a block's inline content as plain text: emphasis and links
// keep their words, images and raw HTML are dropped, soft line breaks become
// spaces and hard ones new lines.
func (r *mdReader) inline(n ast.Node) string {
	var sb strings.Builder
	var linkStart []int
	r.linkedBytes = 0
	var outside strings.Builder // the text between top-level links
	links, last := 0, 0
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if _, ok := c.(*ast.Link); ok && c != n {
			if entering {
				linkStart = append(linkStart, sb.Len())
			} else if k := len(linkStart) - 1; k >= 0 {
				if k == 0 {
					r.linkedBytes += sb.Len() - linkStart[k]
					outside.WriteString(sb.String()[last:linkStart[k]])
					last = sb.Len()
					links++
				}
				linkStart = linkStart[:k]
			}
		}
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			sb.Write(c.Segment.Value(r.source))
			switch {
			case c.HardLineBreak():
				sb.WriteByte('\n')
			case c.SoftLineBreak() && r.soft != 0:
				sb.WriteByte(r.soft)
			case c.SoftLineBreak():
				sb.WriteByte(' ')
			}
		case *ast.String:
			sb.Write(c.Value)
		case *ast.AutoLink:
			sb.Write(c.Label(r.source))
			return ast.WalkSkipChildren, nil
		case *ast.Image:
			if c != n {
				return ast.WalkSkipChildren, nil
			}
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	s := sb.String()
	outside.WriteString(s[last:])
	r.linkRow = links >= 2 && strings.Trim(outside.String(), " ·|•›»/–—-") == ""
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return s
}

// frontPageLink reports a block that is wholly one link to a site's front
// page: its target has no path beyond "/" ("/", "https://site.example/"),
// no query and no fragment. A story's headline links to the story.
func frontPageLink(n ast.Node) bool {
	c := n.FirstChild()
	if c == nil || c.NextSibling() != nil {
		return false
	}
	l, ok := c.(*ast.Link)
	if !ok {
		return false
	}
	u, err := url.Parse(strings.TrimSpace(string(l.Destination)))
	if err != nil || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return false
	}
	if u.Host == "" && u.Path != "/" {
		return false // "", "#top", "story.html": no front page
	}
	return u.Path == "" || u.Path == "/"
}

// sourceLines is a block's Markdown as the page sets it, its lines joined
// by spaces.
func (r *mdReader) sourceLines(n ast.Node) string {
	var parts []string
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if l := strings.TrimSpace(string(seg.Value(r.source))); l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}

// onlyEmphasis reports a paragraph that is wholly in italics or bold: how
// Markdown articles set their standfirst.
func onlyEmphasis(n ast.Node) bool {
	c := n.FirstChild()
	if c == nil || c.NextSibling() != nil {
		return false
	}
	_, ok := c.(*ast.Emphasis)
	return ok
}

// onlyImage returns the image a paragraph consists of, if that is all it holds.
func onlyImage(n ast.Node) ast.Node {
	c := n.FirstChild()
	if c == nil || c.NextSibling() != nil {
		return nil
	}
	if img, ok := c.(*ast.Image); ok {
		return img
	}
	if l, ok := c.(*ast.Link); ok && l.FirstChild() != nil && l.FirstChild().NextSibling() == nil {
		if img, ok := l.FirstChild().(*ast.Image); ok {
			return img
		}
	}
	return nil
}

// frontMatter reads a leading "---" block of "key: value" lines into the
// metadata and returns the Markdown after it.
func (a *article) frontMatter(src string) string {
	if !strings.HasPrefix(src, "---\n") {
		return src
	}
	end := strings.Index(src[4:], "\n---")
	if end < 0 || end > 8<<10 {
		return src
	}
	head, rest := src[4:4+end], src[4+end+4:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[i+1:]
	} else {
		rest = ""
	}
	a.meta.Removed = append(a.meta.Removed, frontMatterRemoved(head)...) // front_matter_removed.go
	for _, line := range strings.Split(head, "\n") {
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		val = strings.Trim(strings.TrimSpace(val), `"'`)
		if val == "" {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title", "headline":
			a.title = val
			a.meta.Title = val
		case "author", "byline", "authors":
			a.meta.Byline = val
		case "date", "published", "published_at", "pubdate":
			a.meta.Published = val
		case "source", "outlet", "site", "publication":
			a.meta.Outlet = val
		case "wire", "agency":
			a.meta.Wire = val
		case "url", "link", "canonical":
			a.meta.URL = val
		case "lang", "language":
			a.meta.Language = val
		}
	}
	return rest
}
