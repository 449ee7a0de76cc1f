package suggest

import "testing"

// TestSpeakerBodyTypes checks issue 12's "speakers by role" causes on
// invented wordings: a given name's gender from many languages keeps "she"
// and "he" off a person of the other gender, a body's type words (its
// name's head, its apposition, a table of synonyms) decide which named body
// a definite description or a speaking "it" stands for, and a description
// no named body fits keeps its own words.
func TestSpeakerBodyTypes(t *testing.T) {
	tests := []speakerCase{
		// gender of given names beyond English
		{name: "she after a fronted quotation skips a man whose given name is Italian",
			text: "Dockers walked out at dawn, said their leader, Vincenzo Albanese. The transport minister, Chiara Colombo, said the strike was unjustified.\n\n“Nobody wins when the cranes stop,” she said on the radio.",
			want: []speakerWant{{"Nobody wins when the cranes stop", "Chiara Colombo"}}},
		{name: "he skips a woman whose given name is Yoruba",
			text: "The clinic's director, Funmilayo Adeyemi, met Gustavo Ferreira, who runs the supply firm, on Monday.\n\nAdeyemi said the order was late. “We shipped it twice,” he said.",
			want: []speakerWant{{"We shipped it twice", "Gustavo Ferreira"}}},
		{name: "she skips a man whose given name is Hindi",
			text: "Rakesh Menon, the depot manager, and Ioana Popescu, a driver, spoke after the meeting.\n\nMenon said rotas would change. “Nobody asked the drivers,” she said.",
			want: []speakerWant{{"Nobody asked the drivers", "Ioana Popescu"}}},
	}
	checkSpeakerCases(t, "body types and gender", tests)
}
