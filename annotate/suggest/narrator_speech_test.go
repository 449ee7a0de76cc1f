package suggest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// narratorCanonicals runs Suggest on a headline, a dek and a body (three
// paragraphs) and maps each statement to its speaker's canonical name.
func narratorCanonicals(headline, dek, body string) map[string]string {
	text := headline + "\n\n" + dek + "\n\n" + body
	h, d := len([]rune(headline)), len([]rune(dek))
	doc := &annotate.Document{Text: text, Zones: []annotate.Zone{
		{Zone: annotate.ZoneHeadline, Start: 0, End: h},
		{Zone: annotate.ZoneDek, Start: h + 2, End: h + 2 + d},
		{Zone: annotate.ZoneBody, Start: h + 4 + d, End: len([]rune(text))},
	}}
	res := Suggest(doc, nil, DefaultOptions())
	runes := []rune(text)
	byID := map[string]annotate.Span{}
	for _, s := range res.Spans {
		byID[s.ID] = s
	}
	out := map[string]string{}
	for _, s := range res.Spans {
		if s.Label != annotate.LabelStatement {
			continue
		}
		st := string(runes[s.Start:s.End])
		out[st] = ""
		for _, r := range res.Relations {
			if r.Head == s.ID && r.Label == annotate.RelSaidBy {
				out[st], _ = byID[r.Child].Attrs["canonical"].(string)
			}
		}
	}
	return out
}

// TestNarratorSpeech: in a first-person piece whose dek names its voice
// ("X on …", "X kept a diary", "as told to"), the narrator's own reported
// speech outside quotation marks is hers; an "I" in an ordinary story, in a
// piece whose dek names no voice, or inside a quotation, is no speaker of it.
func TestNarratorSpeech(t *testing.T) {
	const body = "After the final whistle our keeper, Rosa Tilden, sat down beside me and cried. I told her the club would keep her for another year. She said, “I hope so.”"
	tests := []struct {
		name, dek, body, statement, want string
	}{
		{"a dek naming the voice with \"on\"", "Wrenfield captain Maya Holloway-Price on the day her side stayed up, as told to Owen Reale", body,
			"the club would keep her for another year", "Maya Holloway-Price"},
		{"a diary's dek", "Skipper Leon Marchetti kept a diary as his crew sailed north for a month.",
			"On the fourth night the wind dropped. I told the crew we would stay in harbour until Friday.",
			"we would stay in harbour until Friday", "Leon Marchetti"},
		{"a dek naming no voice", "The keeper on the day her side stayed up", body,
			"the club would keep her for another year", "-"},
		{"a news dek with \"on\" and a weekday", "Council leader Maya Holloway-Price on Tuesday defended the budget", body,
			"the club would keep her for another year", "-"},
		{"an \"I\" inside a quotation stays the quoted person's", "Wrenfield captain Maya Holloway-Price on the day her side stayed up",
			"Our keeper, Rosa Tilden, was in tears. “I told her the club would keep me,” Tilden said.",
			"“I told her the club would keep me,”", "Rosa Tilden"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := narratorCanonicals("A season saved", tt.dek, tt.body)
			c, ok := got[tt.statement]
			if tt.want == "-" {
				if ok {
					t.Errorf("%q: a statement of %q, want none", tt.statement, c)
				}
				return
			}
			if !ok || c != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.statement, c, ok, tt.want, got)
			}
			for st, who := range got {
				if strings.Contains(st, "I hope so") && who == tt.want {
					t.Errorf("%q given to the narrator", st)
				}
			}
		})
	}
}
