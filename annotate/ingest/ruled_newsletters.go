package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A plain-text newsletter sets its parts between rule lines ("=====",
// "-----"): the masthead and the reason you receive it, an editor's note, a
// section label over the story ("THIS WEEK"), the story itself, a list of
// links from elsewhere, a "P.S." and the footer. The story is the one
// section shaped as one: a headline line, a standfirst or a dateline, and
// most of the page's prose. What lies outside it is the letter's furniture.

// newsletterRule reports a rule line drawn with one character repeated, five
// times at least ("=====", "-----"); a spaced "* * *" breaks a story's
// scenes and is no such rule.
func newsletterRule(s string) bool {
	if utf8.RuneCountInString(s) < 5 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune("=-_~*#", r) {
		return false
	}
	return strings.Trim(s, string(r)) == ""
}

// capsLabel reports a section label in capitals ("THIS WEEK", "FROM THE
// EDITOR"): a few words with letters and no lower-case letter.
func capsLabel(s string) bool {
	return wordCount(s) <= 5 && strings.ContainsFunc(s, unicode.IsLetter) && !strings.ContainsFunc(s, unicode.IsLower)
}

// removeRuledNewsletterSections keeps only the story section of a
// newsletter ruled into sections (see above). It fires when the page has
// two rules at least, the story section follows a rule, and exactly one
// section opens with a headline over a standfirst or a dateline and holds
// four paragraphs of prose and half the page's words. Sections after the
// story go while they read as the letter's own (a label in capitals, a
// "P.S.", a list or short lines); a long section of prose stays.
func removeRuledNewsletterSections(units []unit, kinds []junk, removed [][]string, wc []int) {
	var rules []int
	for i, u := range units {
		if u.role == "" && newsletterRule(u.text) {
			rules = append(rules, i)
		}
	}
	if len(rules) < 2 {
		return
	}
	total := 0
	for i := range units {
		if kinds[i] == keep {
			total += wc[i]
		}
	}
	// bounds[k] is section k: [bounds[k][0], bounds[k][1])
	var bounds [][2]int
	from := 0
	for _, r := range rules {
		bounds = append(bounds, [2]int{from, r})
		from = r + 1
	}
	bounds = append(bounds, [2]int{from, len(units)})
	story, label := -1, -1
	for k := 1; k < len(bounds); k++ {
		if l, ok := storySection(units, kinds, wc, bounds[k], total); ok {
			if story >= 0 {
				return // two stories: a digest, not one letter round one story
			}
			story, label = k, l
		}
	}
	if story < 0 {
		return
	}
	take := func(from, to int) {
		for i := from; i < to; i++ {
			if kinds[i] == keep {
				kinds[i] = junkChrome
				removed[i] = []string{units[i].text}
			}
		}
	}
	take(0, bounds[story][0])
	if label >= 0 {
		take(label, label+1)
	}
	for k := story + 1; k < len(bounds); k++ {
		if !letterSection(units, kinds, wc, bounds[k]) {
			return
		}
		take(bounds[k][0], bounds[k][1])
	}
}

// storySection reports whether the section b is shaped as a story: an
// optional label in capitals, a headline line, then within two paragraphs a
// dateline or, right under the headline, a standfirst with no full stop,
// each a paragraph of its own; four paragraphs of 15 words or more and half
// the page's words. It returns the label's index, or -1.
func storySection(units []unit, kinds []junk, wc []int, b [2]int, total int) (int, bool) {
	var kept []int
	words, prose := 0, 0
	for i := b[0]; i < b[1]; i++ {
		if kinds[i] == keep && units[i].role == "" {
			kept = append(kept, i)
			words += wc[i]
			if wc[i] >= 15 {
				prose++
			}
		}
	}
	if prose < 4 || words*2 < total || len(kept) < 3 {
		return -1, false
	}
	label := -1
	if capsLabel(units[kept[0]].text) {
		label = kept[0]
		kept = kept[1:]
	}
	// the headline stands in a paragraph of its own, one line with no
	// sentence in it ("Lab HOLD. Majority: 17" over a results line is no
	// headline)
	head := units[kept[0]].text
	if wc[kept[0]] < 4 || wc[kept[0]] > 25 || !headlineLike(head) || capsLabel(head) || strings.Contains(head, ". ") ||
		units[kept[1]].block == units[kept[0]].block || kept[0] > b[0] && units[kept[0]-1].block == units[kept[0]].block {
		return -1, false
	}
	for j := 1; j <= 2 && j < len(kept); j++ {
		if line, _ := dateline(units[kept[j]].text); line != "" {
			return label, true
		}
	}
	dek := units[kept[1]].text
	if len(kept) > 2 && units[kept[2]].block != units[kept[1]].block && wc[kept[1]] >= 6 && wc[kept[1]] <= 40 && !sentenceEnd(dek) && !strings.ContainsAny(dek, "\"“”") {
		return label, true
	}
	return -1, false
}

// letterSection reports a section after the story that is the letter's
// own: it opens with a label in capitals or a "P.S.", or each of its lines
// is a list item or under 25 words.
func letterSection(units []unit, kinds []junk, wc []int, b [2]int) bool {
	first := true
	for i := b[0]; i < b[1]; i++ {
		if kinds[i] != keep {
			continue
		}
		t := units[i].text
		if first && (capsLabel(t) || strings.HasPrefix(t, "P.S.") || strings.HasPrefix(t, "PS ") || strings.HasPrefix(t, "PS:")) {
			return true
		}
		first = false
		if wc[i] >= 25 && !strings.HasPrefix(t, "* ") && !strings.HasPrefix(t, "- ") && !strings.HasPrefix(t, "• ") {
			return false
		}
	}
	return true
}
