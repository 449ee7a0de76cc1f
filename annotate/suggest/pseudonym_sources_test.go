package suggest

import "testing"

// TestPseudonymSources: a source given a pseudonym, in a bracketed note
// ("Marta (not her real name), …, said") or in a relative clause ("One
// driver, whom we are calling Piotr, said"), speaks under that name; near
// misses (a bracket that is no note about the name, a relative clause that
// names nobody) leave the speaker as it was.
func TestPseudonymSources(t *testing.T) {
	tests := []canonicalCase{
		{"a bracketed note that the name is not real",
			"Staff at Belmore Foods describe long shifts.\n\nMarta (not her real name), who has worked at the depot for six years, said her shifts often run to twelve hours.",
			"her shifts often run to twelve hours", "", "Marta"},
		{"a bracketed note that the name was changed",
			"Drivers at Kestrel Freight say they sleep in their cabs.\n\nGraham (name changed) told the Herald the depot had no showers.",
			"the depot had no showers", "", "Graham"},
		{"a bracketed pseudonym note before a pronoun",
			"Staff at Belmore Foods describe long shifts.\n\nMarta (not her real name), who has worked at the depot for six years, said her shifts often run to twelve hours. “I never see my children,” she said.",
			"“I never see my children,”", "", "Marta"},
		{"a relative clause naming the source",
			"Staff at Belmore Foods describe long shifts.\n\nAnother, whom we are calling Piotr, said he had been paid for 20 hours.",
			"he had been paid for 20 hours", "Another", "Piotr"},
		{"a relative clause naming a described source",
			"Nurses at the hospital say the ward is short of staff.\n\nOne nurse, who we will call Ruth, said the night shift had two people for 30 beds.",
			"the night shift had two people for 30 beds", "", "Ruth"},
		{"near miss: a relative clause that names no source",
			"Staff at Belmore Foods describe long shifts.\n\nOne driver, whom we met in Leeds, said he had been paid for 20 hours.",
			"he had been paid for 20 hours", "Leeds", ""},
		{"near miss: a relative clause whose subject is the source",
			"Staff at Belmore Foods describe long shifts.\n\nOne driver, who called Piotr Nowak, said he had been paid for 20 hours.",
			"he had been paid for 20 hours", "Piotr Nowak", ""},
	}
	checkCanonicalCases(t, tests)
}

// TestPseudonymAsideBefore: a bracketed note that a name is not real is
// skipped back to the name; other brackets after a name ("(pictured)", an
// age, a note with a capital) and a note after no name are left alone.
func TestPseudonymAsideBefore(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Marta (not her real name) said", "Marta"},
		{"Graham (name changed) told", "Graham"},
		{"Ola (a pseudonym) said", "Ola"},
		{"Graham (names have been changed) said", "Graham"},
		{"Graham Pike (pictured) said", ")"},                  // no note about the name
		{"Graham Pike (aged 40) said", ")"},                   // an age
		{"the worker (not her real name) said", ")"},          // after no name
		{"Graham (his name in the Polish press) said", ")"},   // a name, nothing said of its being real
		{"Marta (not her real name, says Kestrel) said", ")"}, // a capital: a sentence, no note
	}
	for _, tt := range tests {
		x, i := loadLastCloseBracket(t, tt.text)
		if got := x.toks[x.pseudonymAsideBefore(i, 0)].text; got != tt.want {
			t.Errorf("pseudonymAsideBefore in %q lands on %q, want %q", tt.text, got, tt.want)
		}
	}
}
