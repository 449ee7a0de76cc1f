package suggest

import "testing"

// TestObjectSigned: a quotation signed on the next line by a sign, banner
// or placard is no statement of whoever spoke last; one signed by a
// person, or by a person holding such a thing, still is.
func TestObjectSigned(t *testing.T) {
	const lead = "Councillor Ana Reyes said on Monday that the plan would go ahead.\n\n"
	tests := []quoteCase{
		{"a hand-painted sign",
			lead + "“Our street, our say — no more lorries.”\n\n— a hand-painted sign that went up on Mill Lane this week",
			"“Our street, our say — no more lorries.”", false},
		{"a banner, with a place",
			lead + "“Save the pool. Save the summer.”\n\n— a banner on the railings of Harnley Lido",
			"“Save the pool. Save the summer.”", false},
		{"a placard carried by a protester",
			lead + "“We were promised a bus every hour and we get one a day.”\n\n— a placard carried by a pensioner outside the town hall",
			"“We were promised a bus every hour and we get one a day.”", false},
		{"near-miss: a commuter",
			lead + "“I have not been on time for work since March and my boss has stopped asking why.”\n\n— a commuter, on the sixth week of the closure",
			"“I have not been on time for work since March and my boss has stopped asking why.”", true},
		{"near-miss: a person holding a banner",
			lead + "“I have not been on time for work since March and my boss has stopped asking why.”\n\n— the woman holding the banner, a nurse from Harnley",
			"“I have not been on time for work since March and my boss has stopped asking why.”", true},
		{"near-miss: a sign-language interpreter",
			lead + "“I have not been on time for work since March and my boss has stopped asking why.”\n\n— a sign-language interpreter at the hearing",
			"“I have not been on time for work since March and my boss has stopped asking why.”", true},
	}
	checkQuoteCases(t, tests)
}
