package ingest

import (
	"strings"
	"testing"
)

// pinnedFeedPage is an invented live page whose feed opens with the
// given unstamped block, then four stamped posts.
func pinnedFeedPage(head string) string {
	post := func(stamp, para string) string {
		return `<article class="post"><div class="post-meta"><time>` + stamp + `</time></div>
<p>` + para + `</p><button class="share" type="button">Share</button></article>
`
	}
	return `<html><head><title>Ferry strike live: crossings cancelled | Skerry Gazette</title></head><body>
<header><a href="/">Skerry Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><h1>Ferry strike live: crossings cancelled</h1>
<div class="feed">
` + head +
		post("14:20", "The last sailing from the mainland has been called off, and the operator said passengers with tickets for it would be refunded in full.") +
		post("13:05", "Crew members gathered at the pier head with banners on the second day of the walkout over rotas and pay, their union said.") +
		post("11:40", "Island shops said they had enough milk and bread until Friday but that fresh fruit would run short sooner than that.") +
		post("09:15", "A union official said talks with the operator would resume on Thursday morning at a hotel on the mainland.") +
		`</div></main><footer><p>© Skerry Gazette</p></footer></body></html>`
}

func TestPinnedPostIsBodyAndItsLabelGoes(t *testing.T) {
	tests := []struct {
		name, head, body string
	}{
		{"pin emoji label", `<article class="post pinned"><div class="post-meta"><span class="pin">📌 Pinned</span></div>
<h3>Where things stand</h3>
<p>No ferries are running between the island and the mainland today, and the operator expects the strike to last until at least Saturday night.</p></article>
`, "No ferries are running between the island"},
		{"sticky class, no label", `<article class="post is-sticky"><h3>Where things stand</h3>
<p>No ferries are running between the island and the mainland today, and the operator expects the strike to last until at least Saturday night.</p></article>
`, "No ferries are running between the island"},
		{"plain label, plain class", `<article class="post"><p class="flag">PINNED POST</p>
<p>No ferries are running between the island and the mainland today, and the operator expects the strike to last until at least Saturday night.</p></article>
`, "No ferries are running between the island"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("live.html", []byte(pinnedFeedPage(tt.head)), KindHTML)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, tt.body) {
				t.Errorf("pinned post lost:\n%s", doc.Text)
			}
			if strings.Contains(tt.head, "<h3>") && !strings.Contains(doc.Text, "\n\nWhere things stand\n\n") {
				t.Errorf("pinned post's heading lost:\n%s", doc.Text)
			}
			for _, gone := range []string{"📌", "Pinned", "PINNED", "14:20"} {
				if strings.Contains(doc.Text, gone) {
					t.Errorf("%q left:\n%s", gone, doc.Text)
				}
			}
			if !strings.Contains(doc.Text, "The last sailing from the mainland") {
				t.Errorf("stamped posts lost:\n%s", doc.Text)
			}
		})
	}
}

func TestPinnedPromotionIsNoPost(t *testing.T) {
	tests := []struct {
		name, head, promo string
	}{
		{"pinned app promo", `<article class="post pinned"><span class="pin">📌 Pinned</span>
<p>Get every update from the harbour on your phone the moment we post it. <a href="/app">Download our app</a></p></article>
`, "Get every update from the harbour"},
		{"pinned newsletter box by class", `<article class="post pinned newsletter-box"><span class="pin">📌 Pinned</span>
<p>Our island morning briefing lands before the first ferry would have left, with every cancellation listed.</p></article>
`, "Our island morning briefing"},
		{"pinned sign-up form", `<article class="post sticky"><p>Leave your address below and we will write to you each evening with what changed on the crossings.</p>
<form><input type="email"><button>Go</button></form></article>
`, "Leave your address below"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("live.html", []byte(pinnedFeedPage(tt.head)), KindHTML)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(doc.Text, tt.promo) {
				t.Errorf("pinned promotion kept:\n%s", doc.Text)
			}
			if !strings.Contains(doc.Text, "The last sailing from the mainland") {
				t.Errorf("stamped posts lost:\n%s", doc.Text)
			}
		})
	}
}

func TestPinLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"📌 Pinned": true, "PINNED POST": true, "Sticky": true, "📌": true,
		"Pinned down by gunfire": false, "Pin number": false, "Key event": false, "": false,
	} {
		if got := pinLabel(s); got != want {
			t.Errorf("pinLabel(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPinnedSummaryAboveFeed(t *testing.T) {
	feed := `<div class="feed">
<article class="post"><time>14:20</time><p>The last sailing from the mainland has been called off, and the operator said passengers with tickets for it would be refunded in full.</p></article>
<article class="post"><time>13:05</time><p>Crew members gathered at the pier head with banners on the second day of the walkout over rotas and pay, their union said.</p></article>
<article class="post"><time>11:40</time><p>Island shops said they had enough milk and bread until Friday but that fresh fruit would run short sooner than that.</p></article>
</div>`
	page := func(above string) string {
		return `<html><head><title>Ferry strike live: crossings cancelled | Skerry Gazette</title></head><body>
<header><a href="/">Skerry Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><h1>Ferry strike live: crossings cancelled</h1>
` + above + feed + `</main><footer><p>© Skerry Gazette</p></footer></body></html>`
	}
	tests := []struct {
		name, above, text string
		kept              bool
	}{
		{"pinned summary", `<section class="pinned-summary"><span class="label">📌 Pinned</span><h2>Where things stand</h2>
<p>No ferries are running between the island and the mainland today, and the operator expects the strike to last until at least Saturday night.</p></section>
`, "No ferries are running between the island", true},
		{"sticky alerts bar", `<div class="sticky alerts-bar"><p>Want each crossing update the moment we post it? Turn on alerts in the Gazette app today.</p><a href="/alerts">Turn on</a></div>
`, "Want each crossing update", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("live.html", []byte(page(tt.above)), KindHTML)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(doc.Text, tt.text); got != tt.kept {
				t.Errorf("%q kept = %v, want %v:\n%s", tt.text, got, tt.kept, doc.Text)
			}
			if strings.Contains(doc.Text, "Pinned") {
				t.Errorf("pin label left:\n%s", doc.Text)
			}
			if !strings.Contains(doc.Text, "The last sailing from the mainland") {
				t.Errorf("stamped posts lost:\n%s", doc.Text)
			}
		})
	}
}
