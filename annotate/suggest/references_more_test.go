package suggest

import (
	"testing"

	"newsmark/annotate"
)

// TestModifierBody: a body named only before someone's role ("… Athletic
// coach Ana Reyes", "… Bank chief executive …") is a mention a later "the
// club", "the bank" or "It" stands for.
func TestModifierBody(t *testing.T) {
	tests := []speakerCase{
		{"a club before a coach's name",
			"Harbourside Athletic coach Ana Reyes has said that the squad is fit for the final.\n\n" +
				"Reyes said the winger who joined from Kestrel Town would start at Dunmore.\n\n" +
				"The club said in a statement that tickets had sold out. It said fans should arrive early.",
			[]speakerWant{
				{"tickets had sold out", "Harbourside Athletic"},
				{"fans should arrive early", "Harbourside Athletic"},
			}},
		{"a bank before its chief executive",
			"Corvale Bank chief executive Tomas Reed said profits had doubled since the takeover of Pell Finance.\n\n" +
				"The bank said it would open six branches.",
			[]speakerWant{
				{"profits had doubled", "Tomas Reed"},
				{"it would open six branches", "Corvale Bank"},
			}},
	}
	checkSpeakerCases(t, "modifier body", tests)
}

// TestModifierBodyMention: the body before a role inside a speaker phrase
// becomes a mention of its own; a place or a person's name there does not.
func TestModifierBodyMention(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Harbourside Rovers manager Ana Reyes said the squad was fit.", "Harbourside Rovers", true},
		{"Corvale Bank chief executive Tomas Reed said profits had doubled.", "Corvale Bank", true},
		{"The Harbourside Rovers manager said the squad was fit.", "Harbourside Rovers", true},
		{"The Corvale Bank chief executive said profits had doubled.", "Corvale Bank", true},
	}
	for _, tt := range tests {
		f := &finder{text: load(&annotate.Document{Text: tt.text}, DefaultOptions())}
		f.scan()
		r := f.resolve()
		got := false
		for _, m := range r.mentions {
			if m.att < 0 && m.canonical == tt.name {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: mention of %s %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestPlaceNamesAndManTitles: a street or ground named with a possessive
// or a link is no person a "she" may take, and "Chairman" before a
// woman's given name does not make her a man.
func TestPlaceNamesAndManTitles(t *testing.T) {
	tests := []speakerCase{
		{"a ground's name and a chairman who is a woman",
			"Dunmore Town to swap Miller’s Yard for Kilnbrook Road\n\n" +
				"Dunmore Town will leave Miller’s Yard after 90 years. Miller’s Yard has been sold, and Miller’s Yard will be cleared next spring.\n\n" +
				"Chairman Helen Ashdown wrote in a letter to members: “We did not take this lightly.”\n\n" +
				"She said season tickets at Kilnbrook Road would cost less.",
			[]speakerWant{
				{"season tickets at Kilnbrook Road would cost less", "Helen Ashdown"},
			}},
	}
	checkSpeakerCases(t, "place names and man titles", tests)
}

// TestPlaceName: which name phrases are places.
func TestPlaceName(t *testing.T) {
	tests := []struct {
		ws   []string
		want bool
	}{
		{[]string{"Miller’s", "Yard"}, true},
		{[]string{"Kiln", "Lane", "for", "Harbour", "Park"}, true},
		{[]string{"Kilnbrook", "Road"}, true},
		{[]string{"Deborah", "Lane"}, false},
		{[]string{"Tom", "Green"}, false},
	}
	for _, tt := range tests {
		if got := placeName(tt.ws); got != tt.want {
			t.Errorf("placeName(%q) = %v, want %v", tt.ws, got, tt.want)
		}
	}
}

// TestRoleBeforeBody: "the developer, Orchard Vale Homes." gives the firm
// the role, so a later "The developer said" is the firm.
func TestRoleBeforeBody(t *testing.T) {
	tests := []speakerCase{
		{"a role before a firm's name that ends the clause",
			"Kelby Rangers will sell their old ground to a housing developer, the club said on Monday.\n\n" +
				"The club said a garden would be laid out under its agreement with the developer, Orchard Vale Homes.\n\n" +
				"The developer said it would build 200 homes.",
			[]speakerWant{
				{"it would build 200 homes", "Orchard Vale Homes"},
			}},
	}
	checkSpeakerCases(t, "role before body", tests)
}

// TestTrimWhichNamed: a reported clause stops before ", which he called
// “…”", the speaker's own name for what he reported.
func TestTrimWhichNamed(t *testing.T) {
	got, _ := readSuggestions("He said the queue at the ferry port had reached nine miles on Friday, which he called “a disgrace for a country that trades by sea”.")
	want := "the queue at the ferry port had reached nine miles on Friday"
	found := false
	for _, g := range got {
		if g.statement == want {
			found = true
		}
		if g.statement != want && len(g.statement) > len(want) && g.statement[:len(want)] == want {
			t.Errorf("statement runs on past the clause: %q", g.statement)
		}
	}
	if !found {
		t.Errorf("no statement %q; got %v", want, got)
	}
}

// TestRoleInQuoteMore: a "she" or "he" speaking inside a quotation is the
// relative or the described person the text introduced, by its whole
// description; a relative named in apposition is not such a role.
func TestRoleInQuoteMore(t *testing.T) {
	tests := []speakerCase{
		{"a relative after a possessive",
			"Farmer Aled Rhys told the paper his son had found the broken fence before dawn. “He ran back in and said, ‘Dad, the gate is open again,’ and we all went out,” Rhys said.",
			[]speakerWant{
				{"‘Dad, the gate is open again,’", "son"},
			}},
		{"a role with its place",
			"“A woman from the house opposite handed us blankets at midnight. She said, ‘Nobody should sleep in a car tonight,’ and went back inside,” he said.",
			[]speakerWant{
				{"‘Nobody should sleep in a car tonight,’", "woman from the house opposite"},
			}},
	}
	checkSpeakerCases(t, "role in quote more", tests)
}

// TestContractedClause: a reported clause after a hearer may open with a
// pronoun's contraction ("told us it’s …"), and inside a quotation it stops
// where the quoting speaker's own voice takes over (", and I …").
func TestContractedClause(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The council told us it’s a matter of money.", "it’s a matter of money"},
		{"The landlords told tenants they're raising rents in May.", "they're raising rents in May"},
		{"“They tell us it’s about insurance, and I believe them. But the gates stay shut,” he said.", "it’s about insurance"},
	}
	for _, tt := range tests {
		got, _ := readSuggestions(tt.text)
		found := false
		for _, g := range got {
			if g.statement == tt.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no statement %q; got %v", tt.text, tt.want, got)
		}
	}
}

// TestNamedHearerNoThat: a hearer named by one capitalised word before a
// clause with no "that" ("told Newsnight …"); a wh-clause after a hearer
// stays no statement.
func TestNamedHearerNoThat(t *testing.T) {
	tests := []struct {
		text, want string
		found      bool
	}{
		{"Ann Kerr, who runs the bakery by the station, told Newsnight most of her customers came by bus.", "most of her customers came by bus", true},
		{"The minister told voters in Eastford why she changed course in March.", "why she changed course in March", false},
	}
	for _, tt := range tests {
		got, _ := readSuggestions(tt.text)
		found := false
		for _, g := range got {
			if g.statement == tt.want {
				found = true
			}
		}
		if found != tt.found {
			t.Errorf("%q: statement %q found %v, want %v; got %v", tt.text, tt.want, found, tt.found, got)
		}
	}
}
