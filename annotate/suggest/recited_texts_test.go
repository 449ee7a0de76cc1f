package suggest

import "testing"

// TestRecitedTexts: scripture, a poem or a hymn quoted after a colon whose
// frame names the text read is no statement; a frame with its own
// reporting verb after the name, or with no recited text named, keeps the
// quotation.
func TestRecitedTexts(t *testing.T) {
	tests := []quoteCase{
		{"a reading from a book of the Bible",
			"The vicar opened the service with a reading from Isaiah: ‘They shall mount up with wings as eagles; they shall run, and not be weary.’ The church was full.",
			"‘They shall mount up with wings as eagles; they shall run, and not be weary.’", false},
		{"lines from a psalm",
			"The rabbi closed his address with lines from a psalm: “Weeping may endure for a night, but joy cometh in the morning.” The family thanked the crew.",
			"“Weeping may endure for a night, but joy cometh in the morning.”", false},
		{"a psalm recited",
			"Her grandson recited the psalm she had asked for: “The Lord is my shepherd; I shall not want.” Then the choir sang.",
			"“The Lord is my shepherd; I shall not want.”", false},
		{"a poem read from the pulpit",
			"The service ended with a poem the canon read from the pulpit: ‘Leave the gate open; the dog will find his way, or he will not.’",
			"‘Leave the gate open; the dog will find his way, or he will not.’", false},
		{"near-miss: a reporting verb after the poem",
			"Asked about the poem, the headteacher said: “She wrote it in one night and never changed a word of it.”",
			"“She wrote it in one night and never changed a word of it.”", true},
		{"near-miss: read from a prepared statement",
			"Outside the court, his sister read from a prepared statement: “We are relieved that this is over and we ask for privacy.”",
			"“We are relieved that this is over and we ask for privacy.”", true},
		{"near-miss: reading with no source",
			"The inspector said the meter reading was wrong, and the firm told customers: “We will refund every account that was overcharged.”",
			"“We will refund every account that was overcharged.”", true},
	}
	checkQuoteCases(t, tests)
}
