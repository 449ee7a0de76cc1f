package suggest

import "testing"

// TestPossessedThingBefore: "the guidance" or "the report" after a speaker
// described as someone's guidance or report is that thing; with no owner,
// with a word between owner and noun, or with another noun, it keeps its
// words.
func TestPossessedThingBefore(t *testing.T) {
	checkLastSpeakers(t, []lastSpeakerCase{
		{"guidance after an authority's guidance",
			"According to the Rail Passenger Board’s guidance, operators must refund fares within seven days of a request. The guidance also says a voucher may be offered only “where the passenger has agreed to it”.",
			"Rail Passenger Board’s guidance"},
		{"policy after a league's policy",
			"According to the Northern League’s policy, clubs must publish ticket prices a month before each match. The policy also says away fans may be charged no more than “the cheapest home seat”.",
			"Northern League’s policy"},
		{"ruling after a court's ruling",
			"According to the Appeal Court’s ruling, the ban on the march was unlawful from the start. The ruling also says the police must pay the organisers’ costs in full.",
			"Appeal Court’s ruling"},
		// near misses
		{"no owner",
			"According to new guidance, operators must refund fares within seven days of a request. The guidance also says a voucher may be offered only “where the passenger has agreed to it”.",
			"guidance"},
		{"another noun",
			"According to the Rail Passenger Board’s guidance, operators must refund fares within seven days of a request. The report also says a voucher may be offered only “where the passenger has agreed to it”.",
			"report"},
		{"a word between owner and noun",
			"According to the Rail Passenger Board’s new guidance, operators must refund fares within seven days of a request. The guidance also says a voucher may be offered only “where the passenger has agreed to it”.",
			"guidance"},
	})
}
