package suggest

import "testing"

// TestPartyRoleOfPlace: a member's role after a party's name, linked to a
// seat ("The Labour MP for Dunmore North, Rhian Wyn, said") names no one,
// so the name in apposition after it speaks; a body's name before the
// commas ("The Trust for Dunmore Parks, a charity, said") still speaks.
func TestPartyRoleOfPlace(t *testing.T) {
	tests := []speakerCase{
		{"a party's MP for a seat",
			"The Labour MP for Dunmore North, Rhian Wyn, said the buses were late.",
			[]speakerWant{{"the buses were late", "Rhian Wyn"}}},
		{"a party's TD for a seat",
			"The Green TD for Kerry South, Aine Kerrigan, said the ferry was late.",
			[]speakerWant{{"the ferry was late", "Aine Kerrigan"}}},
		{"a role after a body's name is not a party's member",
			"Harriet Vale spoke first. The Trust for Dunmore Parks, a charity, said the gates would stay open.",
			[]speakerWant{{"the gates would stay open", "Trust for Dunmore Parks"}}},
	}
	checkSpeakerCases(t, "party role of place", tests)
}
