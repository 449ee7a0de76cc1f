package suggest

import "testing"

// TestOwnOutletHearer: "told this newspaper" and the like name the
// publication as the hearer, so the statement starts after it; "this"
// before another noun, or a newspaper that is the content's subject after
// "said", stays in the statement.
func TestOwnOutletHearer(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"this newspaper", "The yard is empty. Local councillor Ravi Rao told this newspaper he had raised the issue twice.",
			"he had raised the issue twice"},
		{"this paper with that", "The yard is empty. Local councillor Ravi Rao told this paper that the council had failed.",
			"the council had failed"},
		{"this website", "The yard is empty. Ravi Rao, a trader, told this website the rent had doubled.",
			"the rent had doubled"},
		{"near miss: this newspaper as the content's subject", "The yard is empty. Local councillor Ravi Rao said this newspaper had been unfair.",
			"this newspaper had been unfair"},
		{"near miss: this before a time", "The yard is empty. Local councillor Ravi Rao said this week the council had failed.",
			"this week the council had failed"},
		{"near miss: this before another noun after told", "The yard is empty. Ravi Rao told this year's meeting that the council had failed.",
			"the council had failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkStatements(t, tt.text, []string{tt.want}, nil)
		})
	}
}
