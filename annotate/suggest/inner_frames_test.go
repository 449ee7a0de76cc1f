package suggest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// TestInnerQuoteFrames: a quotation inside another opens with its own frame
// in forms the inner-quote reading had missed — a habit of saying ("my
// uncle used to say, ‘…’"), a hearer counted out of a group ("told one of
// our volunteers, ‘…’") and a cue as the second verb of its clause ("Omar
// came to me and said, ‘…’") — and is nested in the outer statement with
// its own speaker.
func TestInnerQuoteFrames(t *testing.T) {
	text := "Mayor Lena Ortt spoke at the depot. “My uncle used to say, ‘Never buy a boat in spring,’ and he was never wrong,” she said.\n\n" +
		"“Last week a nurse told one of our volunteers, ‘I finish a night shift and go home to a cold flat,’” she said.\n\n" +
		"“Omar Reyes came to me on Monday and said, ‘Boss, I want to finish this job,’ and that was that,” she said."
	tests := []speakerCase{{"inner frames", text, []speakerWant{
		{"‘Never buy a boat in spring,’", "uncle"},
		{"‘I finish a night shift and go home to a cold flat,’", "nurse"},
		{"‘Boss, I want to finish this job,’", "Omar Reyes"},
	}}}
	checkSpeakerCases(t, "inner quote frames", tests)
	got, res := readSuggestions(text)
	nested := 0
	for _, r := range res.Relations {
		if r.Label == annotate.RelNestedIn {
			nested++
		}
	}
	if nested < 3 {
		t.Errorf("want the three inner quotations nested in their outer ones, got %d nested_in in %v", nested, got)
	}
}

// TestSaidToMeInnerQuote: "He said to me, 'Ada, …,' and I trusted him"
// inside a quotation is the inner quotation alone, by the person the
// quotation introduced by a role ("a councillor"), not the clause around it.
func TestSaidToMeInnerQuote(t *testing.T) {
	text := "Ada Pell, 70, who runs the bowls club, said the club would appeal. \"I met a councillor there in 2024. He said to me, 'Ada, your green is safe while I'm here,' and I trusted him,\" Pell said."
	tests := []speakerCase{{"said to me", text, []speakerWant{
		{"'Ada, your green is safe while I'm here,'", "councillor"},
	}}}
	checkSpeakerCases(t, "said to me", tests)
	got, _ := readSuggestions(text)
	for _, g := range got {
		if strings.Contains(g.statement, "and I trusted him") && !strings.HasPrefix(g.statement, "\"") {
			t.Errorf("the clause around the inner quotation taken as a statement: %v", g)
		}
	}
}

// TestSetOutQuoteOverParagraphs: "she set out the terms: “…" opens a
// quotation framed by "set out", and the quotation's next paragraph,
// reopened with a mark, is hers too.
func TestSetOutQuoteOverParagraphs(t *testing.T) {
	text := "Ada Quill runs the firm. Later in the memo, she set out the terms: “Everyone affected will get twelve weeks of pay, and will keep their phone.\n\n“We will not be hiring again until 2029 at the earliest.”"
	tests := []speakerCase{{"set out", text, []speakerWant{
		{"“Everyone affected will get twelve weeks of pay, and will keep their phone.", "Ada Quill"},
		{"“We will not be hiring again until 2029 at the earliest.”", "Ada Quill"},
	}}}
	checkSpeakerCases(t, "set out over paragraphs", tests)
}

// TestInnerSpeakerIntroducedBefore: the "she" of "“She came to my desk and
// said, ‘…’”" is the person the paragraph introduced before the quotation
// by a role ("a junior analyst"), not the quotation's own speaker.
func TestInnerSpeakerIntroducedBefore(t *testing.T) {
	text := "The authors wrote that labels had been swapped when samples from the third site, Brindle, were added. “We regret it,” they wrote.\n\n" +
		"The author, Dr. Ivo Kerr, a chemist at Hallam College, told the Gazette that a junior analyst had spotted the error in May while trying to repeat one of the tests. “She came to my desk and said, ‘I think your two samples are the same sample,’” he said."
	tests := []speakerCase{{"introduced before", text, []speakerWant{
		{"‘I think your two samples are the same sample,’", "junior analyst"},
	}}}
	checkSpeakerCases(t, "inner speaker introduced before", tests)
}
