package suggest

import (
	"fmt"
	"testing"
)

// TestBodyNamedApposition: a body's name that an apposition calls a body
// ("…, a campaign group that …", "…, a youth charity,") speaks whole, a
// slogan's verb, common noun or "Our" inside it; without such an
// apposition, or with one that describes a person, the rules before stand.
func TestBodyNamedApposition(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Mend Our Roads Now, a campaign group that has mapped 4,000 potholes, said the county was ‘years behind’ on repairs.",
			[]string{"Mend Our Roads Now"}},
		{"The council said the repairs were on schedule.\n\nHomes Before Profit Tarrow, a housing charity, said the waiting list had doubled. A spokesperson said new homes were needed.\n\nCouncillors said the homes would come.",
			[]string{"council", "Homes Before Profit Tarrow", "spokesperson", "Councillors"}},
		// near misses: no apposition; an apposition describing a person
		{"Broker Dev Anand, a former trader, said the market had turned.",
			[]string{"Dev Anand"}},
		{"Broker Dev Anand said the market had turned.",
			[]string{"Dev Anand"}},
	}
	for _, tt := range tests {
		if got := canonicalSpeakers(tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: speakers %q, want %q", tt.text, got, tt.want)
		}
	}
}
