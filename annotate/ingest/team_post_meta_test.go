package ingest

import "testing"

func TestTeamPostMeta(t *testing.T) {
	for _, s := range []string{
		"Posted 14 March 2026 by the Brightwell Kettles team · 4 min read",
		"Published on April 3, 2025 by the Field & Fen editors",
		"Posted 1 June 2024 by the Northgate Bikes staff | News",
	} {
		if !teamPostMeta(s, wordCount(s)) {
			t.Errorf("teamPostMeta(%q) = false, want true", s)
		}
		if k := classify(s, wordCount(s)); k != junkByline {
			t.Errorf("classify(%q) = %v, want junkByline", s, k)
		}
	}
	for _, s := range []string{
		"Posted 14 March 2026 by the Brightwell Kettles team, the letter asked customers to wait.",
		"Posted by the team on Friday, the notice drew hundreds of replies",
		"The post was published on 3 April 2025 by the Field & Fen editors",
		"Posted 14 March 2026 by the river, where the team had gathered",
	} {
		if teamPostMeta(s, wordCount(s)) {
			t.Errorf("teamPostMeta(%q) = true, want false", s)
		}
	}
}
