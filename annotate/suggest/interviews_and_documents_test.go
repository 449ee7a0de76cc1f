package suggest

import (
	"fmt"
	"testing"
)

// TestInterviewAnswers: in an interview set as questions and answers with
// no labels, each answer paragraph is a statement of the person the
// introduction names most, and the questions are no statements; an FAQ
// answered in the third person makes no interview.
func TestInterviewAnswers(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"questions set apart, answers by the interviewee",
			"Tomasz Welling has repaired church organs in the valley for forty years. Welling said he would stop in the summer.\n\nWhy did you start?\n\nMy uncle needed someone small enough to climb inside the pipes. I was eleven.\n\nWhat is the hardest part of the work?\n\nDamp. Every organ here is a little wet, and I have learned to live with that.\n\nPatience, too.",
			[]suggestion{
				{"he would stop in the summer", "Welling", "Tomasz Welling", "said", "I1", "indirect"},
				{"My uncle needed someone small enough to climb inside the pipes. I was eleven.", "Welling", "Tomasz Welling", "", "QA", "direct"},
				{"Damp. Every organ here is a little wet, and I have learned to live with that.", "Welling", "Tomasz Welling", "", "QA", "direct"},
				{"Patience, too.", "Welling", "Tomasz Welling", "", "QA", "direct"},
			}},
		{"an FAQ answered in the third person is no interview",
			"Hilda Orme leads the parking review for the district.\n\nWhen do the new charges start?\n\nThe charges start in May at every car park in the district.\n\nCan you still park free on Sundays?\n\nSunday parking stays free until the review ends.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestLeakedDocuments: documents with no role word are a source ("according
// to internal e-mails obtained by …"), a "They show that …" after them is
// theirs, and e-mails handed over by "X wrote to Y on …:" or "Y replied the
// same morning:" are statements of their senders, a paragraph speaking to
// its readers and a quoted phrase inside included.
func TestLeakedDocuments(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"documents as the source of a lede",
			"Managers knew the pumps were broken, according to internal e-mails obtained by The Ledger.",
			[]suggestion{{"Managers knew the pumps were broken", "internal e-mails obtained by The Ledger", "internal e-mails obtained by The Ledger", "according to", "A1", "indirect"}}},
		{"what the documents show",
			"Managers knew the pumps were broken, according to internal e-mails obtained by The Ledger.\n\nThe e-mails, sent in spring, were passed on by a clerk. They show that Ann Roe raised the faults in May.",
			[]suggestion{
				{"Managers knew the pumps were broken", "internal e-mails obtained by The Ledger", "internal e-mails obtained by The Ledger", "according to", "A1", "indirect"},
				{"Ann Roe raised the faults in May", "They", "internal e-mails obtained by The Ledger", "show", "I1", "indirect"},
			}},
		{"an e-mail and its reply",
			"Roe wrote to Bell on 3 May:\n\nI think we should list the pumps as “being serviced” until we have a plan.\n\nBell replied the same morning:\n\nAgreed. Keep this between yourselves.\n\nThe pumps were repaired in June.",
			[]suggestion{
				{"I think we should list the pumps as “being serviced” until we have a plan.", "Roe", "Roe", "wrote", "B", "direct"},
				{"Agreed. Keep this between yourselves.", "Bell", "Bell", "replied", "B", "direct"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestGermanNestedQuoteAndTrade: a quotation in German single marks
// („… ‚…‘ …“) handed over by "said:" inside another is a statement of its
// own with that cue, and a trade before a name at a sentence's start
// ("Midwife Sara Lind") is no part of the canonical name.
func TestGermanNestedQuoteAndTrade(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"nested German single marks",
			"Jonas Feld runs the farm. „My son came in and said: ‚Dad, the goats are out on the road again.‘ I ran.“, Feld said.",
			[]suggestion{
				{"„My son came in and said: ‚Dad, the goats are out on the road again.‘ I ran.“", "Feld", "Jonas Feld", "said", "D2", "direct"},
				{"‚Dad, the goats are out on the road again.‘", "My son", "son", "said", "D3", "direct"}, // the inner frame "came in and said: ‘…’" finds it first
			}},
		{"a trade before a name",
			"Midwife Sara Lind said the ward was full. Lind said staff were tired.",
			[]suggestion{
				{"the ward was full", "Midwife Sara Lind", "Sara Lind", "said", "I1", "indirect"},
				{"staff were tired", "Lind", "Sara Lind", "said", "I1", "indirect"},
			}},
		{"the same word as a surname",
			"Ann Shepherd said the ward was full.",
			[]suggestion{{"the ward was full", "Ann Shepherd", "Ann Shepherd", "said", "I1", "indirect"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestAskerInQuestionLabel: at a briefing whose questions name who asked
// ("Q (Radio Kestrel): …?"), a "She said" answer stands for the person
// briefing, however often one outlet asks.
func TestAskerInQuestionLabel(t *testing.T) {
	for _, numbered := range []bool{false, true} {
		// "2. Q (Radio Kestrel): …?": the questions may be numbered
		q := func(i int, s string) string {
			if numbered {
				return fmt.Sprintf("%d. Q (Radio Kestrel): %s", i, s)
			}
			return "Q (Radio Kestrel): " + s
		}
		text := "The port's harbourmaster, Dr Ilse Varga, spoke at a briefing. Dr Varga said the pier was shut.\n\n" +
			q(1, "When will the pier reopen?") + "\n\nShe said repairs would take a month.\n\n" +
			q(2, "Who will pay for them?") + "\n\nShe said the insurers would pay.\n\n" +
			q(3, "Will the ferry run?") + "\n\nShe said it would run from Monday."
		got, _ := readSuggestions(text)
		want := []suggestion{
			{"the pier was shut", "Dr Varga", "Ilse Varga", "said", "I1", "indirect"},
			{"repairs would take a month", "She", "Ilse Varga", "said", "I1", "indirect"},
			{"the insurers would pay", "She", "Ilse Varga", "said", "I1", "indirect"},
			{"it would run from Monday", "She", "Ilse Varga", "said", "I1", "indirect"},
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("suggestions for %q:\n got %v\nwant %v", text, got, want)
		}
	}
}
