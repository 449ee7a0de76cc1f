package suggest

import "testing"

// A scare quotation ending in an s closes before "about", "over" and
// their kind, so an "and that" clause after it is the reporter's second
// that-clause; a plural possessive before a noun stays a possessive.
// Invented text.

func TestScareQuoteBeforeTopicPreposition(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"about", "Ann Roe said she had ‘no complaints’ about the ruling and that the squad would ‘probably’ travel on Friday.\n",
			[]string{"she had ‘no complaints’ about the ruling", "the squad would ‘probably’ travel on Friday"}, nil},
		{"over", "Tom Hale said the club was ‘in talks’ over the lease and that a deal would be ‘close’ by June.\n",
			[]string{"the club was ‘in talks’ over the lease", "a deal would be ‘close’ by June"}, nil},
		{"across", "Ann Roe said riders had ‘few options’ across the county and that the buses would ‘not’ return this year.\n",
			[]string{"riders had ‘few options’ across the county", "the buses would ‘not’ return this year"}, nil},
		// near-misses: a plural possessive before what is owned
		{"possessive noun", "Ann Roe said the farmers’ union would meet on Friday and that the vote would be ‘close’.\n",
			[]string{"the farmers’ union would meet on Friday", "the vote would be ‘close’"}, nil},
		{"possessive adjective", "Tom Hale said the nurses’ new rota had changed and that the ward was ‘full’.\n",
			[]string{"the nurses’ new rota had changed", "the ward was ‘full’"}, nil},
		{"possessive then about-turn", "Ann Roe said the ministers’ about-turn had ‘surprised’ the council.\n",
			[]string{"the ministers’ about-turn had ‘surprised’ the council"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkStatements(t, tt.text, tt.want, tt.not)
		})
	}
}
