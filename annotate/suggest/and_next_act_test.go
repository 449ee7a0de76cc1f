package suggest

import "testing"

// A content ends before ", and" and a directive put to a hearer. Invented
// text.

func TestAndDirectiveEndsContent(t *testing.T) {
	tests := []struct{ name, text, statement string }{
		{"challenged", "Ms Orr rose again. She said the transport minister had not ridden a bus since the spring, and challenged Mr Dace to name one route he had used.\n",
			"the transport minister had not ridden a bus since the spring"},
		{"called on", "Ann Roe said the bridge had been shut for eleven weeks, and called on the county to publish its survey.\n",
			"the bridge had been shut for eleven weeks"},
		// near-misses: the content stays whole
		{"no comma", "Ann Roe said the county had met the builders and pressed them to finish by May.\n",
			"the county had met the builders and pressed them to finish by May"},
		{"no object and to", "Ann Roe said the council had lost the vote, and challenged the result in court.\n",
			"the council had lost the vote, and challenged the result in court"},
		{"no object", "Ann Roe said the players had trained through the winter, and dared to hope for a cup run.\n",
			"the players had trained through the winter, and dared to hope for a cup run"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.statement)
		})
	}
}
