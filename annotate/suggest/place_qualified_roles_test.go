package suggest

import "testing"

// TestPlaceQualifiedRoles: a person's description that names a country
// ("The Chilean envoy", "the envoy of Ghana") is not a person the text
// placed in another country, nor an earlier description of another
// country; one that names the person's own country still is that person.
func TestPlaceQualifiedRoles(t *testing.T) {
	tests := []speakerCase{
		{"another country's envoy",
			"Ministers met in Tallinn on Monday. Speaking first, the envoy of Portugal, Rui Calado, said his country would cut quotas.\n\n" +
				"The Chilean envoy said the cuts came too late. The envoy of Ghana, speaking for a bloc of states, said the fund was too small.",
			[]speakerWant{
				{"his country would cut quotas", "Rui Calado"},
				{"the cuts came too late", "Chilean envoy"},
				{"the fund was too small", "envoy of Ghana"},
			}},
		{"near miss: the person's own country",
			"Ministers met in Tallinn on Monday. Speaking first, the envoy of Portugal, Rui Calado, said his country would cut quotas.\n\n" +
				"The Portuguese envoy said the cuts were overdue.",
			[]speakerWant{
				{"the cuts were overdue", "Rui Calado"},
			}},
		{"near miss: a person placed nowhere",
			"Ministers met in Tallinn on Monday. Rui Calado, an envoy, said his country would cut quotas.\n\n" +
				"The Chilean envoy said the cuts were overdue.",
			[]speakerWant{
				{"the cuts were overdue", "Rui Calado"},
			}},
	}
	checkSpeakerCases(t, "place-qualified roles", tests)
}

func TestSamePlace(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"norwegian", "norway", true}, {"french", "france", true}, {"kenyan", "kenya", true},
		{"brazilian", "norway", false}, {"chilean", "china", false}, {"dutch", "denmark", false},
	} {
		if got := samePlace(c.a, c.b); got != c.want {
			t.Errorf("samePlace(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
