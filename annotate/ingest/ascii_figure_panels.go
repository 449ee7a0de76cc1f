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
	removeASCIIBoxes(units, kinds, removed, func(lines []string) bool {
		figures := false
		for _, t := range lines {
			cell := strings.TrimSpace(strings.Trim(t, "|"))
			if sentenceEnd(cell) || strings.Contains(cell, ". ") || strings.ContainsAny(cell, "\"“”«»„‘") || reported(strings.ToLower(cell)) {
				return false
			}
			figures = figures || strings.IndexFunc(cell, unicode.IsDigit) >= 0
		}
		return figures
	})
}
