package suggest

import "testing"

// TestRelativeRoleHeads: a person given an office in a relative clause
// after her name ("Ann Roe, who has been ombudsman since 2021,") is the
// one the office alone names later, not a body whose name holds the same
// word; a clause that gives no office leaves the body to speak.
func TestRelativeRoleHeads(t *testing.T) {
	tests := []speakerCase{
		{"has been, then the office alone",
			"The Prison Ombudsman for Kellshire upheld 300 complaints, its report said. Ann Roe, who has been ombudsman since 2019, said the figures were grim. The ombudsman said prisons had ignored her advice.",
			[]speakerWant{{"prisons had ignored her advice", "Ann Roe"}}},
		{"was appointed, then the office alone",
			"The Pensions Ombudsman for Arlow ruled against the scheme, a notice said. Tom Ashe, who was appointed ombudsman in May, said the ruling would stand. The ombudsman said members would be repaid.",
			[]speakerWant{{"members would be repaid", "Tom Ashe"}}},
		{"is the, then the office alone",
			"The Water Regulator for Eastmoor fined two firms, a statement said. Mira Koss, who is the regulator of the county's utilities, said the fines were overdue. The regulator said bills would not rise.",
			[]speakerWant{{"bills would not rise", "Mira Koss"}}},
		{"near miss: a clause that names no office",
			"The Prison Ombudsman for Kellshire upheld 300 complaints, its report said. Ann Roe, who was injured in 2019, said the figures were grim. The ombudsman said prisons had ignored the advice.",
			[]speakerWant{{"prisons had ignored the advice", "Prison Ombudsman for Kellshire"}}},
		{"near miss: a clause with an adverb and a place",
			"The Prison Ombudsman for Kellshire upheld 300 complaints, its report said. Ann Roe, who was also in Kellshire, said the figures were grim. The ombudsman said prisons had ignored the advice.",
			[]speakerWant{{"prisons had ignored the advice", "Prison Ombudsman for Kellshire"}}},
		{"near miss: another office in the clause",
			"The Prison Ombudsman for Kellshire upheld 300 complaints, its report said. Ann Roe, who has been governor since 2019, said the figures were grim. The ombudsman said prisons had ignored the advice.",
			[]speakerWant{{"prisons had ignored the advice", "Prison Ombudsman for Kellshire"}}},
	}
	checkSpeakerCases(t, "relative role heads", tests)
}
