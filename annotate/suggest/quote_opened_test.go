package suggest

import "testing"

// TestItAfterOpeningQuotation: the "it" of "“…,” it wrote." after a
// quotation that opens its sentence continues the subject of the sentence
// before, as an opening "It" would: the body a description there names
// ("The tribunal", "The panel"), and a near miss where that subject is
// another body ("The club").
func TestItAfterOpeningQuotation(t *testing.T) {
	base := "Dunmore City striker Ola Brand was banned for five games, the Eastmark Football League said on Friday.\n\n" +
		"The league’s Appeals Tribunal, which sat in Corra, said the elbow was deliberate. Dunmore City said it would not appeal.\n\n"
	panel := "Harrow Vale wing Tomas Lind was banned for four games, the Westmark Rugby Union said on Monday.\n\n" +
		"The union’s Independent Review Panel, which met in Selby, said the tackle was reckless. Harrow Vale said it was disappointed.\n\n"
	tests := []speakerCase{
		{"a tribunal",
			base + "The tribunal rejected the club’s account. “Video shows the striker turning towards the defender before the elbow,” it wrote.",
			[]speakerWant{{"Video shows the striker", "Appeals Tribunal"}}},
		{"a panel",
			panel + "The panel rejected the player’s account. “Video shows the wing lowering his shoulder before the contact,” it wrote.",
			[]speakerWant{{"Video shows the wing", "Independent Review Panel"}}},
		{"near miss: another body opens the sentence before",
			base + "The club rejected the tribunal’s account. “Nothing in the video shows any intent at all,” it wrote.",
			[]speakerWant{{"Nothing in the video", "Dunmore City"}}},
	}
	checkSpeakerCases(t, "it after an opening quotation", tests)
}
