package suggest

import "testing"

// TestStreetNames: a street ("Mill Lane", "Harbour Road") is no person a
// "he" stands for and no speaker; a phrase that opens the sentence and
// holds the street speaks instead ("Traders on Harbour Road tell me"). A
// person surnamed like a street ("Deborah Lane", "Mr Lane") and a person
// named before a street change nothing.
func TestStreetNames(t *testing.T) {
	tests := []speakerCase{
		{"plural noun on a street",
			"Parking matters most. Shopkeepers on Harbour Road tell me each morning, “Nobody can stop here any more,” and it shows.",
			[]speakerWant{
				{"Nobody can stop here any more", "Shopkeepers on Harbour Road"},
			}},
		{"a noun with a clause before the street",
			"Some locals were angrier. A student visiting his aunt on Quarry Street, who did not give his name, said the barriers were “only for show”.",
			[]speakerWant{
				{"the barriers were", "student"},
			}},
		{"a he after a street, with a man named before it",
			"Ken Hollis, 70, was bailing out his kitchen. Further down Brook Lane, families carried carpets out. “It came up so fast,” he said.",
			[]speakerWant{
				{"It came up so fast", "Ken Hollis"},
			}},
		{"near-miss: a named person on a street",
			"Jo Brennan, who lives on Quarry Street, said the barriers were “only for show”.",
			[]speakerWant{
				{"the barriers were", "Jo Brennan"},
			}},
		{"near-miss: a woman surnamed Lane",
			"Deborah Lane runs the shop. “We lost everything,” she said.",
			[]speakerWant{
				{"We lost everything", "Deborah Lane"},
			}},
		{"near-miss: Mr Lane",
			"The council leader, Mr Lane, visited on Monday. “We will pay for the pumps,” he said.",
			[]speakerWant{
				{"We will pay for the pumps", "Lane"},
			}},
	}
	checkSpeakerCases(t, "street names", tests)
}

// TestStreetNameWords: the words of a street's name.
func TestStreetNameWords(t *testing.T) {
	for _, tt := range []struct {
		ws   []string
		want bool
	}{
		{[]string{"Mill", "Lane"}, true},
		{[]string{"Station", "Road"}, true},
		{[]string{"Deborah", "Lane"}, false},
		{[]string{"Mr", "Lane"}, false},
		{[]string{"Lane"}, false},
		{[]string{"Mill", "lane"}, false},
	} {
		if got := streetName(tt.ws); got != tt.want {
			t.Errorf("streetName(%v) = %v, want %v", tt.ws, got, tt.want)
		}
	}
}
