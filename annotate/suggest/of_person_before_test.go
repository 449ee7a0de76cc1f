package suggest

import "testing"

// TestOfPersonBefore: "the friend" or "the family" after "a friend of X" or
// "the family of X" is that friend or family, not X; with another "a
// friend" in between, with no "of" description, or with the noun before
// "of" being another word, the description is left to the other rules.
func TestOfPersonBefore(t *testing.T) {
	checkLastSpeakers(t, []lastSpeakerCase{
		{"friend of a surname",
			"Rafe Linton has said nothing about the feud, his agent said on Monday.\n\nThe actor was seen leaving the studios in Penmarrow on Tuesday evening.\n\nBut a friend of Linton insisted the actor was “baffled” by the claims. “He adores her and always has done, whatever anyone says,” the friend said.",
			"friend of Linton"},
		{"family of a named person, not a speaker",
			"A statement from the family of Joyce Marley, 78, was read to the inquiry by their lawyer.\n\n“Mum rang the water company twice in the week before the flood and nobody came,” the family wrote.",
			"family of Joyce Marley"},
		{"family again after the family",
			"A statement from the family of Joyce Marley, 78, was read to the inquiry.\n\n“Mum rang the water company twice in the week before the flood,” the family wrote.\n\n“We blame a company that treated warnings as paperwork,” the family added.",
			"family of Joyce Marley"},
		// near misses
		{"another friend in between",
			"Rafe Linton has said nothing about the feud, his agent said on Monday.\n\nThe actor was seen leaving the studios in Penmarrow on Tuesday evening.\n\nBut a friend of Linton insisted the actor was “baffled” by the claims. A friend said the pair had not spoken since March. “He adores her and always has done, whatever anyone says,” the friend said.",
			"friend"},
		{"another noun before of",
			"A statement from the lawyer of Joyce Marley, 78, was read to the inquiry.\n\n“Mum rang the water company twice in the week before the flood and nobody came,” the family wrote.",
			"family"},
		{"no of description",
			"Joyce Marley, 78, drowned in her flat.\n\n“Mum rang the water company twice in the week before the flood and nobody came,” the family wrote.",
			"family"},
	})
}

// TestOfPersonBeforeApposed: "the governor" after "The governor of San
// Telmo, Aurelio Ruiz, said" is Aurelio Ruiz, not "governor of San Telmo".
func TestOfPersonBeforeApposed(t *testing.T) {
	text := "The governor of San Telmo, Aurelio Ruiz, said the fleet was gone. “Of the 300 boats in this bay I counted maybe forty still afloat,” the governor said."
	got := canonicalSpeakers(text)
	if len(got) == 0 || got[len(got)-1] != "Aurelio Ruiz" {
		t.Errorf("speakers %q, want the last %q", got, "Aurelio Ruiz")
	}
}
