package suggest

import "testing"

// TestDescribedDocumentAfterAccordingTo: a document introduced unnamed after
// "according to" ("a preprint from scientists at …") is what a later "The
// preprint", "it" and "The study" (another word for it) stand for; a
// description by a noun that is no other word for it ("The audit") is
// another document.
func TestDescribedDocumentAfterAccordingTo(t *testing.T) {
	const doc = "preprint from scientists at the Marlow Institute"
	tests := []speakerCase{
		{"the same noun, a pronoun and another word for it",
			"Lambs born in wet springs grow more slowly, according to a preprint from scientists at the Marlow Institute.\n\n" +
				"The team weighed 900 lambs on four farms.\n\n" +
				"The preprint, which has not been peer reviewed, suggests that the effect lasts a full year. It is larger in twins, it says.\n\n" +
				"The study also found that ewes lost weight in wet months.",
			[]speakerWant{
				{"the effect lasts a full year", doc},
				{"It is larger in twins", doc},
				{"ewes lost weight in wet months", doc},
			}},
		{"near miss: a noun that is no other word for it",
			"Lambs born in wet springs grow more slowly, according to a preprint from scientists at the Marlow Institute.\n\n" +
				"The audit also found that three farms had kept no weight records.",
			[]speakerWant{
				{"three farms had kept no weight records", "audit"},
			}},
	}
	checkSpeakerCases(t, "described document after according to", tests)
}
