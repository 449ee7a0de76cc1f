package suggest

import "testing"

// A quotation told over paragraphs with no cue, after a narrating sentence
// whose main clause names one person, is that person's, a statement a
// paragraph; a lone unclosed mark, a title over lines and a sentence naming
// a thing or giving someone else's words give it to no one named there.
func TestRunOnQuoteAfterNamingSentence(t *testing.T) {
	const run = "\n\n“The river was never about crossing. It was the talk in the middle.\n\n" +
		"“I had a man sing all the way over. He was terrible, and happy.\n\n" +
		"“The bridge will not do that, and nobody will miss it.”"
	tests := []struct {
		name, text, speaker string
		want                int // statements by speaker
	}{
		{"pronoun after a fronted clause", "Tom Hale is not angry. When I asked what he would miss, he took a long time to answer." + run, "he", 3},
		{"a name as subject", "Priya Das looked out at the water for a while." + run, "Priya Das", 3},
		{"a lone unclosed mark", "Priya Das looked out at the water for a while.\n\n“The river was never about crossing. It was the talk in the middle.\n\nThe bridge opened in May, and traffic was light.", "Priya Das", 0},
		{"a title over lines", "Priya Das put the record on.\n\n“Songs for the\n\n“Long Road Home” played twice before lunch, and then the radio.", "Priya Das", 0},
		{"a thing as subject", "The old bridge took eleven years to build." + run, "The old bridge", 0},
		{"it as subject", "It took a long time to get an answer." + run, "It", 0},
		{"someone else speaks between", "Priya Das looked out at the water. “Ask him,” said Omar Reyes." + run, "Priya Das", 0},
		{"a frame before speaks it", "Priya Das said the ferry was loss-making." + run, "Priya Das", 4},
		{"the one named right before, over an earlier frame", "Priya Das said the ferry was loss-making. Omar Reyes looked away." + run, "Omar Reyes", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			n := 0
			for _, s := range got {
				if s.speaker == tt.speaker {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("%d statements by %q, want %d: %+v", n, tt.speaker, tt.want, got)
			}
		})
	}
}
