package suggest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// sentenceTexts splits text as the suggester does and returns the sentences.
func sentenceTexts(text string) []string {
	x := load(&annotate.Document{Text: text}, DefaultOptions())
	var out []string
	for _, s := range x.sents {
		out = append(out, string(x.runes[x.toks[s.t0].start:x.toks[s.t1-1].end]))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"month abbreviation before a day", "Putin on Dec. 7 told Biden little. Talks resume on Jan. 5 in Geneva.",
			[]string{"Putin on Dec. 7 told Biden little.", "Talks resume on Jan. 5 in Geneva."}},
		{"title before a name", "The order came from Gen. Mark Ortiz. He signed it.",
			[]string{"The order came from Gen. Mark Ortiz.", "He signed it."}},
		{"U.S. inside a sentence", "U.S. officials met Mr. Lee on Monday. They left.",
			[]string{"U.S. officials met Mr. Lee on Monday.", "They left."}},
		{"U.S. at the end of a sentence", "The plan was sent to the U.S. The reply came fast.",
			[]string{"The plan was sent to the U.S.", "The reply came fast."}},
		{"an initial", "The book is by John F. Kennedy. It sold well.",
			[]string{"The book is by John F. Kennedy.", "It sold well."}},
		{"no break inside a quotation", `"We are done. We leave now," she said. Then she left.`,
			[]string{`"We are done. We leave now," she said.`, "Then she left."}},
		{"break after a closing mark", `He called it "a mistake." Others agreed.`,
			[]string{`He called it "a mistake."`, "Others agreed."}},
		{"break before an opening quotation mark", `The vote failed. "We will try again," she said.`,
			[]string{"The vote failed.", `"We will try again," she said.`}},
		{"paragraphs always break", "First paragraph without a stop\n\nSecond one.",
			[]string{"First paragraph without a stop", "Second one."}},
		{"lower case after a period is no break", "Prices rose 3.5 per cent. in March, said the bank.",
			[]string{"Prices rose 3.5 per cent. in March, said the bank."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("sentences of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// quoteTexts returns the quotations found in text, marks included.
func quoteTexts(text string) []string {
	x := load(&annotate.Document{Text: text}, DefaultOptions())
	var out []string
	for _, q := range x.quotes {
		out = append(out, string(x.runes[q.open:q.end()]))
	}
	return out
}

func TestQuotePairing(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"straight", `He said "we will win the vote" and left.`, []string{`"we will win the vote"`}},
		{"curly", `“We will win the vote,” he said.`, []string{`“We will win the vote,”`}},
		{"guillemets", `«Nous allons gagner le vote,» a-t-il dit.`, []string{`«Nous allons gagner le vote,»`}},
		{"German low-high", `„Wir werden gewinnen“, sagte er.`, []string{`„Wir werden gewinnen“`}},
		{"British single with apostrophes inside", `'We don't know what the minister's plan is,' she said.`,
			[]string{`'We don't know what the minister's plan is,'`}},
		{"plural possessive is not a closing mark", `'The unions' demands are fair,' he said.`,
			[]string{`'The unions' demands are fair,'`}},
		{"apostrophes alone are not quotes", `The drivers' union rejected the ministers' offer in the '90s style.`, nil},
		{"nested single inside double", `She said "they call it 'consultation' but it is not."`,
			[]string{`"they call it 'consultation' but it is not."`}},
		{"multi-paragraph quote continues", "\"We will fight on.\n\n\"And we will win,\" she said.",
			[]string{"\"We will fight on.\n\n\"And we will win,\""}},
		{"unclosed quote without continuation is dropped", "\"We will fight on.\n\nShe left. \"Later,\" he said.",
			[]string{`"Later,"`}},
		{"curly single", `‘It is over,’ he said.`, []string{`‘It is over,’`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quoteTexts(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("quotations of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
