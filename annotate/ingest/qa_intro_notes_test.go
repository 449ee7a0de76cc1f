package ingest

import "testing"

// Q&A intro notes in invented text, and lines that must stay.

func TestQAIntroNote(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"We asked Okafor five questions. His answers have been edited for length.", true},
		{"*Each candidate was asked the same six questions. Their answers have been lightly edited for clarity.*", true},
		{"The Courier sent Mendes three questions by email. Her replies have been condensed.", true},
		{"Her answers have been edited for length and clarity.", true},
		// near-misses: a story's sentences about questions and answers
		{"We asked the council why the bridge was closed. It declined to comment.", false},
		{"We asked Okafor five questions. He answered two of them.", false},
		{"His answers have been edited, his lawyer claims, to make him look guilty.", false},
		{"Her answers have been the same for ten years.", false},
		{"Reporters asked the minister three questions about the deal. His answers have been edited for length, the ministry said, and he stands by them.", false},
	} {
		if got := qaIntroNote(tc.s, wordCount(tc.s)); got != tc.want {
			t.Errorf("qaIntroNote(%q) = %v, want %v", tc.s, got, tc.want)
		}
		if got := classify(tc.s, wordCount(tc.s)) != keep; tc.want && !got {
			t.Errorf("classify(%q): kept", tc.s)
		}
	}
}
