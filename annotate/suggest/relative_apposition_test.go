package suggest

import "testing"

// TestNameAfterRelativeClause: in "The charity that employed Jo Dunn,
// Parkway Care, said …" the name in apposition after the relative clause
// speaks, not the relative clause's object; "It said" then stays with the
// body, and a later "The defendant" with the person the report is about.
func TestNameAfterRelativeClause(t *testing.T) {
	tests := []speakerCase{
		{"a body named after a relative clause with a person as its object",
			"Jo Dunn, 41, of Mill Lane, admitted stealing from the homes he cleaned. Judge Ada Renn said Dunn had lied to every client.\n\n" +
				"The defendant told the court he would repay the money.\n\n" +
				"The firm that employed Dunn, Parkway Cleaning, said it had sacked him in June. It said every cleaner would now be vetted twice.",
			[]speakerWant{
				{"he would repay the money", "Jo Dunn"},
				{"it had sacked him in June", "Parkway Cleaning"},
				{"every cleaner would now be vetted twice", "Parkway Cleaning"},
			}},
	}
	checkSpeakerCases(t, "name after a relative clause", tests)
}

// TestStatementReadBySomeone: "a family statement, read by her nephew, Ian
// Shaw, said …" is the family's statement; the reader only read it out.
func TestStatementReadBySomeone(t *testing.T) {
	tests := []speakerCase{
		{"a statement read out by a relative",
			"Her family said she died peacefully at home on Monday.\n\nAt the service, a family statement, read by her nephew, Ian Shaw, said she had never missed a village fete in sixty years.",
			[]speakerWant{
				{"she had never missed a village fete in sixty years", "family"},
			}},
	}
	checkSpeakerCases(t, "statement read by someone", tests)
}
