package ingest

import (
	"regexp"
	"strings"
)

// A review ends on its verdict box: the place's name, its address and
// opening hours, what a meal costs ("About £70 a head for three courses"),
// the marks out of ten ("Food 9/10 · Atmosphere 8/10 · Service 8/10") and
// the overall score ("Score: 8.5/10"). The review's own sentences say what
// the box sums up. In Markdown the box is a blockquote whose lines make one
// paragraph (unit.lines keeps them, one a line); in text its lines are units of one
// block. A box with no mark out of ten or in stars, or with a line that is
// neither name, address, hours nor price, is the story's and stays.
var (
	// reRatingPart matches one mark: "Food 9/10", "Score: 8.5/10",
	// "Rating: ★★★★☆", "Value 4/5".
	reRatingPart = regexp.MustCompile(`^\p{L}[\p{L}&' ]{0,24}:? (?:\d{1,2}(?:\.\d)?/(?:5|10|20|100)|[★☆]{3,5})$`)
	// rePerHead matches what a meal costs: "About £70 a head for three
	// courses", "Dinner for two £95", "Price: £40 per person".
	rePerHead = regexp.MustCompile(`(?i)[£$€]\d{1,4}(?:\.\d\d)? (?:a|per) (?:head|person|cover)\b|\b(?:meal|dinner|lunch) for two\b[^.]{0,20}[£$€]\d|^(?:price|cost|prices)\s*:\s*[£$€]\d`)
)

// quoteLines returns the trimmed lines of a paragraph whose soft breaks
// are "\x01", or nil for a paragraph of one line.
func quoteLines(text string) []string {
	parts := strings.Split(text, "\x01")
	if len(parts) < 2 {
		return nil
	}
	var lines []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			lines = append(lines, p)
		}
	}
	return lines
}

// ratingLine reports a line made only of marks set apart by "·", "|" or
// "•".
func ratingLine(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '·' || r == '|' || r == '•' })
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		if !reRatingPart.MatchString(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// verdictBox reports the lines of a verdict box: a mark line at least, a
// name line only first (four words at most, no sentence end), and every
// other line an address or opening hours, or what a meal costs.
func verdictBox(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	marks := 0
	for i, l := range lines {
		switch {
		case ratingLine(l):
			marks++
		case strings.ContainsAny(l, "\"“”‘"):
			return false
		case rePerHead.MatchString(l) && wordCount(l) <= 20:
		case (rePostcode.MatchString(l) || reStreet.MatchString(l) || reVenueContact.MatchString(l)) && wordCount(l) <= 40 && !reported(strings.ToLower(l)):
		case i == 0 && wordCount(l) <= 4 && !endsSentence(l):
		default:
			return false
		}
	}
	return marks > 0
}

// removeReviewVerdictBoxes takes a verdict box (see above): one unit with
// its blockquote's lines, or a run of kept units of one block.
func removeReviewVerdictBoxes(units []unit, kinds []junk, removed [][]string) {
	for i := 0; i < len(units); i++ {
		if kinds[i] != keep || units[i].role != "" {
			continue
		}
		if lines := strings.Split(units[i].lines, "\n"); verdictBox(lines) {
			kinds[i], removed[i] = junkChrome, lines
			continue
		}
		j := i
		var lines []string
		for ; j < len(units) && units[j].block == units[i].block && kinds[j] == keep && units[j].role == ""; j++ {
			lines = append(lines, units[j].text)
		}
		if verdictBox(lines) {
			for k := i; k < j; k++ {
				kinds[k], removed[k] = junkChrome, []string{units[k].text}
			}
		}
		i = j - 1
	}
}
