package suggest

import "testing"

// TestPaperNotCode: "the paper" after a code of practice or a law named in
// a story about a newspaper is the newspaper, not the code; after a
// study's or report's name it stays that document, and with no newspaper
// named it keeps its words.
func TestPaperNotCode(t *testing.T) {
	tests := []speakerCase{
		{"code of practice between the newspaper and the paper",
			"The regulator upheld a complaint against the Daily Clarion.\n\nIt found that the newspaper had breached the Publishers’ Code on privacy.\n\nThe paper argued that the story was in the public interest.",
			[]speakerWant{{"the story was in the public interest", "Daily Clarion"}}},
		{"a pronoun after the paper",
			"The board upheld a complaint against the Harbour Courier.\n\nIt said the Courier had breached the Editors’ Code on accuracy.\n\nThe paper argued that its source was reliable. It said it had called the council twice.",
			[]speakerWant{{"its source was reliable", "Harbour Courier"}, {"it had called the council twice", "Harbour Courier"}}},
		{"an act named before the paper",
			"The Westbury Gazette lost its appeal on Friday.\n\nJudges said the Gazette had broken the Data Protection Act when it printed the list.\n\nThe paper said it would not appeal again.",
			[]speakerWant{{"it would not appeal again", "Westbury Gazette"}}},
		{"a charter named before the newspaper",
			"Readers complained to the board about the Evening Herald.\n\nThe board said the Herald had followed the Press Charter in full.\n\nThe newspaper said the ruling vindicated its reporters.",
			[]speakerWant{{"the ruling vindicated its reporters", "Evening Herald"}}},
		// near-misses: a paper that is a study keeps its document
		{"a named review then the paper",
			"The Marsh Review was published on Tuesday.\n\nThe paper says class sizes have grown since 2019.",
			[]speakerWant{{"class sizes have grown since 2019", "Marsh Review"}}},
		{"a code with no newspaper: the words stay",
			"Builders must follow the Fire Safety Code from May.\n\nThe paper says the rules will cost firms money.",
			[]speakerWant{{"the rules will cost firms money", "paper"}}},
		{"a pronoun after another body stays that body's",
			"The Harbour Courier lost its case.\n\nJudges said it had broken the Data Protection Act.\n\nThe paper argued that its source was reliable. Tarnside Council disagreed. It said the list was private.",
			[]speakerWant{{"its source was reliable", "Harbour Courier"}, {"the list was private", "Tarnside Council"}}},
		{"a named study then the paper",
			"The Lowther Study followed 900 pupils for a decade.\n\nThe paper says reading at home matters more than class size.",
			[]speakerWant{{"reading at home matters more than class size", "Lowther Study"}}},
	}
	checkSpeakerCases(t, "paper not code", tests)
}
