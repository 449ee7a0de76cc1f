package suggest

import "testing"

// TestArabicNames: "bint" and "ibn" keep a woman's or man's given name in
// the name, and "Sheikh" or "Sheikha" before a given name is an honorific,
// so "Sheikh Omar" later is the man named in full; "Sheikh" after a given
// name or before a word that is no given name stays in the name.
func TestArabicNames(t *testing.T) {
	tests := []speakerCase{
		{"bint keeps the given name",
			"Fatima bint Saeed Al-Harthy, a lawyer in the capital, said the court had erred.",
			[]speakerWant{{"the court had erred", "Fatima bint Saeed Al-Harthy"}}},
		{"ibn keeps the given name",
			"Yusuf ibn Tariq Al-Mansoori, who runs the port, said exports had doubled.",
			[]speakerWant{{"exports had doubled", "Yusuf ibn Tariq Al-Mansoori"}}},
		{"Sheikh before a given name",
			"Minister of Finance Sheikh Omar bin Nasser Al-Dhaheri said the budget would balance. Sheikh Omar said oil revenue had risen.",
			[]speakerWant{
				{"the budget would balance", "Omar bin Nasser Al-Dhaheri"},
				{"oil revenue had risen", "Omar bin Nasser Al-Dhaheri"},
			}},
		{"Sheikha before a given name",
			"Sheikha Maryam bint Khalifa Al-Nuaimi said the museum would open in May. Sheikha Maryam said the collection was complete.",
			[]speakerWant{
				{"the museum would open in May", "Maryam bint Khalifa Al-Nuaimi"},
				{"the collection was complete", "Maryam bint Khalifa Al-Nuaimi"},
			}},
		// near-misses: a surname Sheikh, and Sheikh before no given name
		{"Sheikh as a surname",
			"Imran Sheikh, a shopkeeper, said trade was slow.",
			[]speakerWant{{"trade was slow", "Imran Sheikh"}}},
		{"Sheikh before a word that is no given name",
			"Sheikh Hasina Wajed said the vote was fair.",
			[]speakerWant{{"the vote was fair", "Sheikh Hasina Wajed"}}},
		{"a lower-case bin is not bint",
			"Ahmed Karimi said the bin lorries were late.",
			[]speakerWant{{"the bin lorries were late", "Ahmed Karimi"}}},
	}
	checkSpeakerCases(t, "arabic names", tests)
}
