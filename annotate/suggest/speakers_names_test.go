package suggest

import "testing"

// TestSpeakerSurnameTable checks how a surname alone finds its full name:
// a person named after a street or a place with the same last word wins
// it, and the first of two surnames (Spanish and Portuguese use) finds
// the three-word name it opens.
func TestSpeakerSurnameTable(t *testing.T) {
	tests := []speakerCase{
		{name: "a surname shared with a road named first goes to the person",
			text: "Residents of Kiln Road packed the hall on Monday to oppose the depot.\n\nCllr Marion Road, who chairs the group, said the lorries would never fit. “We measured the bend ourselves,” Road said.",
			want: []speakerWant{{"We measured the bend ourselves", "Marion Road"}}},
		{name: "a surname shared with a place named first goes to the person",
			text: "The ferry to Port Ashby was cancelled again on Friday.\n\nThe operator's director, Helen Ashby, said a new hull was on order. Ashby said the crossing would resume in June.",
			want: []speakerWant{{"the crossing would resume in June", "Helen Ashby"}}},
		{name: "the first of two surnames stands for the whole name",
			text: "The mayor of Puerto Azul, Teodoro Villaseñor Paz, toured the flooded market on Sunday.\n\nVillaseñor said stallholders would be paid for lost stock.",
			want: []speakerWant{{"stallholders would be paid for lost stock", "Teodoro Villaseñor Paz"}}},
		{name: "the first of two surnames, with a Portuguese name",
			text: "Dockers in Aveiro stopped work at noon, said their union's leader, Anselmo Tavares Costa.\n\nTavares said the strike would last until Thursday.",
			want: []speakerWant{{"the strike would last until Thursday", "Anselmo Tavares Costa"}}},
	}
	checkSpeakerCases(t, "surname table", tests)
}

// TestSpeakerNamedThings checks that names which are no one's keep off
// "he" and "she": a boat, a horse or a pub named in apposition to its
// noun.
func TestSpeakerNamedThings(t *testing.T) {
	tests := []speakerCase{
		{name: "a boat named after its noun is not he",
			text: "At the slipway in Porthkerris, Jago Trewin, 61, a crabber, was bailing out his boat, the Morwenna Rose, with a bucket. “Forty years and I never saw the harbour wall go,” he said.",
			want: []speakerWant{{"Forty years and I never saw the harbour wall go", "Jago Trewin"}}},
		{name: "a horse named after its noun is not she",
			text: "Trainer Bethan Lloyd led out her mare, the Silver Meadow, before the last race. “The ground is too soft for her today,” she said.",
			want: []speakerWant{{"The ground is too soft for her today", "Bethan Lloyd"}}},
	}
	checkSpeakerCases(t, "named things", tests)
}
