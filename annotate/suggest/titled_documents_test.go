package suggest

import "testing"

// TestTitledDocument: a document's description with its title between
// commas after it ("The survey, Homes for All, finds") is that titled
// document, and so are the lede's unnamed report before it, the later
// "The report", "The paper" and "It"; a lowercase word or a possessive
// after the comma is no title.
func TestTitledDocument(t *testing.T) {
	tests := []speakerCase{
		{"a title between commas",
			"Rents in coastal villages have doubled in a decade, according to a survey published on Monday by the Tarrow Trust.\n\n" +
				"The survey, Homes for All, finds that one home in four is now let to holidaymakers. It says young families are leaving.\n\n" +
				"The paper warns that schools will close within five years.",
			[]speakerWant{
				{"Rents in coastal villages have doubled in a decade", "Homes for All"},
				{"one home in four is now let to holidaymakers", "Homes for All"},
				{"young families are leaving", "Homes for All"},
				{"schools will close within five years", "Homes for All"},
			}},
		{"near miss: a participle after the comma",
			"The review, published on Monday, says that ferry fares rose by a third.",
			[]speakerWant{
				{"ferry fares rose by a third", "review"},
			}},
		{"near miss: a possessive after the comma",
			"The study, Marlow's largest, found that ewes lost weight in wet months.",
			[]speakerWant{
				{"ewes lost weight in wet months", "study"},
			}},
	}
	checkSpeakerCases(t, "titled document", tests)
}
