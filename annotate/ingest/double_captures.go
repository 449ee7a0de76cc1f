package ingest

import (
	"strings"
	"unicode"
)

// A page saved twice in one file (the desktop template, then the AMP or
// mobile copy of the same story under other furniture) repeats the story's
// paragraphs in order. The stored text keeps the first copy; the second,
// with its own header and footer, goes to meta.removed.
const (
	captureMinParas = 5   // paragraphs the two copies share, at least
	captureMinWords = 120 // words in those paragraphs, at least
	captureAnchor   = 8   // words a paragraph needs to count as the story's
	captureSkip     = 2   // furniture lines one copy has and the other lacks
)

// removeDoubleCapture removes the second copy of a story captured twice:
// a run of at least captureMinParas story paragraphs that repeats, in
// order and word for word (quotes, dashes and spacing aside), a run
// earlier on the page, and covers most of the story text before it. The
// copy starts after the last rule line ("=====") between the runs, or at
// its first repeated paragraph, and runs to the end of the page. A pull
// quote, a summary box or a live page's entries repeat a sentence or two,
// never the story.
func removeDoubleCapture(units []unit, kinds []junk, removed [][]string, wc []int) {
	var story []int // indices of kept paragraphs long enough to be the story's
	for i, u := range units {
		if kinds[i] == keep && u.role == "" && wc[i] >= captureAnchor {
			story = append(story, i)
		}
	}
	if len(story) < 2*captureMinParas {
		return
	}
	norm := make([]string, len(story))
	firstAt := make(map[string]int, len(story))
	for k, i := range story {
		norm[k] = captureKey(units[i].text)
	}
	for k := range story {
		if a, ok := firstAt[norm[k]]; ok {
			if start, end, ok := repeatedRun(norm, a, k, units, story, wc); ok {
				cutDoubleCapture(units, kinds, removed, story, start, end)
				return
			}
			continue
		}
		firstAt[norm[k]] = k
	}
}

// repeatedRun follows the run that starts with story paragraphs a and b
// (equal, a before b) and reports, in units, the end of the first copy and
// the first paragraph of the second when the run is long enough.
func repeatedRun(norm []string, a, b int, units []unit, story []int, wc []int) (firstEnd, second int, ok bool) {
	b0 := b
	paras, words := 0, 0
	lastA := a
	for a < b0 && b < len(norm) {
		if norm[a] == norm[b] {
			paras++
			words += wc[story[b]]
			lastA = a
			a++
			b++
			continue
		}
		moved := false
		for s := 1; s <= captureSkip && !moved; s++ {
			switch {
			case b+s < len(norm) && norm[a] == norm[b+s]:
				b += s
				moved = true
			case a+s < b0 && norm[a+s] == norm[b]:
				a += s
				moved = true
			}
		}
		if !moved {
			break
		}
	}
	if paras < captureMinParas || words < captureMinWords {
		return 0, 0, false
	}
	// The run is most of the story above it, not a box quoting a part.
	before := 0
	for k := 0; k < b0; k++ {
		before += wc[story[k]]
	}
	if words*10 < before*6 {
		return 0, 0, false
	}
	return story[lastA], story[b0], true
}

// cutDoubleCapture marks as furniture the second copy: from the last rule
// line after the first copy's end (or from its first repeated paragraph,
// less the short header lines just above it) to the end of the page.
func cutDoubleCapture(units []unit, kinds []junk, removed [][]string, story []int, firstEnd, second int) {
	start := second
	for i := second - 1; i > firstEnd; i-- {
		if ruleLine(units[i].text) {
			start = i
			break
		}
	}
	if start == second {
		// No rule: the second copy's header is the short lines above its
		// headline, back to the first copy's last story paragraph.
		for i := second - 1; i > firstEnd && wordCount(units[i].text) < captureAnchor; i-- {
			start = i
		}
	}
	for i := start; i < len(units); i++ {
		if units[i].role != "" {
			continue
		}
		if kinds[i] == keep {
			kinds[i] = junkTrailer
		}
		if removed[i] == nil {
			removed[i] = []string{units[i].text}
		}
	}
}

// captureKey is a paragraph's text for comparing two captures: lower case,
// letters and figures only, so curly and straight quotes, dashes and
// spacing do not tell the copies apart.
func captureKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			space = true
		}
	}
	return b.String()
}
