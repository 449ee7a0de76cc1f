package ingest

import (
	"strings"
	"unicode"
)

// removeASCIIFigurePanels removes a panel of figures drawn in plain text:
// "| … |" lines between two "+----+" rules, as a text page keeps a results
// or score panel ("| RESULT  Ward   GAIN |", "| Ruiz (GRN)  14,882  43.2% |",
// "| Majority 2,472 · Turnout 58.2% |"). The panel restates the figures the
// story gives; it has no sentence of its own. A box with a sentence, a
// quotation or a reporting verb in it, or with no figure at all, stays (a
// boxed right of reply or statement is the story's).
func removeASCIIFigurePanels(units []unit, kinds []junk, removed [][]string) {
	for i := 0; i < len(units); i++ {
		if !reASCIIRule.MatchString(strings.TrimSpace(units[i].text)) {
			continue
		}
		end, figures, panel := -1, false, true
		for j := i + 1; j < len(units) && j <= i+20; j++ {
			t := strings.TrimSpace(units[j].text)
			if reASCIIRule.MatchString(t) {
				end = j
				break
			}
			if !strings.HasPrefix(t, "|") || !strings.HasSuffix(t, "|") {
				panel = false
				break
			}
			cell := strings.TrimSpace(strings.Trim(t, "|"))
			if sentenceEnd(cell) || strings.Contains(cell, ". ") || strings.ContainsAny(cell, "\"“”«»„‘") || reported(strings.ToLower(cell)) {
				panel = false
			}
			figures = figures || strings.IndexFunc(cell, unicode.IsDigit) >= 0
		}
		if end < 0 {
			continue
		}
		if panel && figures && end > i+1 {
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
