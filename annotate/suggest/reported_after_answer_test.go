package suggest

import "testing"

// A paragraph after an interview's answer that reports someone with a
// verb of saying and has no first person of its own is the writer's and
// no answer; an answer's later paragraph in the first person, or one with
// no verb of saying, stays an answer. Invented text.

func TestReportedAfterAnswer(t *testing.T) {
	const intro = "Tomasz Welling has repaired church organs in the valley for forty years. Welling said he would stop in the summer.\n\n" +
		"Why did you start?\n\nMy uncle needed someone small enough to climb inside the pipes. I was eleven.\n\n" +
		"What do you play at home?\n\nBach, mostly. My wife hates it.\n\n"
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"campaign asked about the interview", intro + "Asked about the interview, the diocese said it had “no plans to replace him” this year.",
			nil, []string{"Asked about the interview, the diocese said it had “no plans to replace him” this year."}},
		{"name said, then a quotation", intro + "Welling said he would keep tuning pianos. \"Somebody has to,\" he said.",
			[]string{"he would keep tuning pianos"}, []string{"Welling said he would keep tuning pianos. \"Somebody has to,\" he said."}},
		{"told", intro + "The parish council told the Echo that the organ would be sold in May.",
			[]string{"the organ would be sold in May"}, []string{"The parish council told the Echo that the organ would be sold in May."}},
		// near-misses: the answer goes on
		{"first person with said", intro + "My father said it was a waste of a good pair of hands.",
			[]string{"My father said it was a waste of a good pair of hands."}, nil},
		{"third person, no saying", intro + "Patience, too. Organs are older than anyone alive.",
			[]string{"Patience, too. Organs are older than anyone alive."}, nil},
		{"saying only inside a quotation", intro + "And the \"people said it was hopeless\" bit is true.",
			[]string{"And the \"people said it was hopeless\" bit is true."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkStatements(t, tt.text, tt.want, tt.not)
		})
	}
}
