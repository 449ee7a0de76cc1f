package ingest

import (
	"regexp"
	"strings"
)

var (
	// reASCIIRule matches the top or bottom of a box drawn in text:
	// "+------------+", "+============+".
	reASCIIRule = regexp.MustCompile(`^\+[-=+]{6,}\+$`)
	// reBoxPromo matches what a sign-up or donation box asks of the
	// reader: "Sign up to our …", "Enter your email address", "[ Subscribe ]".
	reBoxPromo = regexp.MustCompile(`(?i)\b(?:sign (?:me )?up|subscribe|newsletter|unsubscribe|enter your e-?mail|your e-?mail address|donate)\b|\[\s*[\p{L} ]{2,24}\s*\]`)
)

// removeASCIIBoxPromos removes a promo box drawn in plain text: lines
// "| … |" between two "+----+" rules, which a text page keeps where a web
// page had a sign-up form. Every line of the box goes when the box asks
// for an email address, a sign-up or a donation; a box of figures ("|
// Flights cancelled | 42 |") stays.
func removeASCIIBoxPromos(units []unit, kinds []junk, removed [][]string) {
	removeASCIIBoxes(units, kinds, removed, func(lines []string) bool {
		for _, t := range lines {
			if reBoxPromo.MatchString(t) {
				return true
			}
		}
		return false
	})
}

// removeASCIIBoxes finds each box drawn in plain text: a "+----+" rule, then
// only "| … |" lines, then a second rule at most 20 lines below the first.
// When drop accepts the box's inner lines (trimmed, rules left out), every
// line of the box still kept goes as chrome; the search goes on after the
// box's closing rule either way.
func removeASCIIBoxes(units []unit, kinds []junk, removed [][]string, drop func(lines []string) bool) {
	for i := 0; i < len(units); i++ {
		if !reASCIIRule.MatchString(strings.TrimSpace(units[i].text)) {
			continue
		}
		end := -1
		var lines []string
		for j := i + 1; j < len(units) && j <= i+20; j++ {
			t := strings.TrimSpace(units[j].text)
			if reASCIIRule.MatchString(t) {
				end = j
				break
			}
			if !strings.HasPrefix(t, "|") || !strings.HasSuffix(t, "|") {
				break
			}
			lines = append(lines, t)
		}
		if end < 0 {
			continue
		}
		if drop(lines) {
			for k := i; k <= end; k++ {
				if kinds[k] == keep {
					kinds[k] = junkChrome
					removed[k] = []string{units[k].text}
				}
			}
		}
		i = end
	}
}
