package ingest

import "testing"

func TestEmbedAccountView(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"harbour.loaves Ida MercerView this post on Instagram", true},
		{"@kelso_runs Tam Kelso View this video on TikTok", true},
		{"quaymarket See the whole thread on Bluesky", true},
		// near-misses: a sentence about viewing a post, a name without a
		// handle, a caption with a link after it
		{"Fans were urged to View this post on Instagram", false},
		{"Ida Mercer View this post on Instagram", false},
		{"ida.mercer Fresh loaves at dawn, come early View this post on Instagram", false},
	} {
		if got := embedAccountView(tc.s, wordCount(tc.s)); got != tc.want {
			t.Errorf("embedAccountView(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
