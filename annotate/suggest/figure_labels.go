package suggest

// Data stories label their charts, tables and maps with a word and a
// colon before the figure's title ("Chart: Pharmacies lost by district,
// 2021–2025", "Table: The districts with the largest falls", "MAP: Where
// the closures are"). When such a line reaches the stored text, the words
// after the colon are the figure's title, never what anyone said, so the
// label is taken as no speaker's label (a transcript's "Kit:" or "ANN
// ROE:"), wherever it stands: the figure words join notLabels.

// figureLabels name a figure a page labels before its title.
var figureLabels = words(`chart charts table tables graphic graphics graph map maps figure fig infographic interactive`)

func init() {
	for w := range figureLabels {
		notLabels[w] = true
	}
}
