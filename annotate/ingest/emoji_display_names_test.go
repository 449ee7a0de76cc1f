package ingest

import "testing"

func TestHandleCreditWithEmojiNames(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		// an account name carrying an emoji, then the handle and a date
		{"— Mira K 🌊 (@mirak_sea) June 2, 2026", true},
		{"— Tallis Bakery 🥐✨ (@tallisbakes) 14 May 2027", true},
		{"— 🚒 Hollow Ridge Fire (@hollowridgefd) April 3, 2026", true},
		{"— Jo Penn 👩🏽‍🔬 (@jopenn)", true},
		// near-misses: text after the handle, no handle, a quotation
		{"— Mira K 🌊 (@mirak_sea) says the tide came in at noon and kept rising", false},
		{"— Mira K 🌊 June 2, 2026", false},
		{"🌊 The sea wall held overnight, the council said.", false},
	}
	for _, tt := range tests {
		if got := handleCredit(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("handleCredit(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
