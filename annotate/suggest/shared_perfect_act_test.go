package suggest

import "testing"

// A content in the past perfect keeps a second participle after "and";
// after a quotation, a "been", or with a report after the verb, the
// content still ends before the speaker's act. Invented text.

func TestSharedPerfectAct(t *testing.T) {
	tests := []struct{ name, text, statement string }{
		{"asked", "Ann Roe said the county had closed two bridges and asked the police for extra patrols.\n",
			"the county had closed two bridges and asked the police for extra patrols"},
		{"promised", "Tom Hale said the firm had sacked its manager and promised the staff a full review.\n",
			"the firm had sacked its manager and promised the staff a full review"},
		{"called", "Ann Roe told reporters the council had declared an emergency and called the army in.\n",
			"the council had declared an emergency and called the army in"},
		// near-misses: the content ends before the speaker's act
		{"after a quotation", "Ann Roe said the county had closed “every road it could” and urged the police to patrol.\n",
			"the county had closed “every road it could”"},
		{"been", "Tom Hale said the bridge had been closed for a week and asked the county for a date.\n",
			"the bridge had been closed for a week"},
		{"a report after the verb", "Ann Roe said the county had closed two bridges and asked the minister whether more would follow.\n",
			"the county had closed two bridges"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.statement)
		})
	}
}
