package ingest

import (
	"strings"
	"testing"
)

// A live page's first post that greets and then reports, in wordings no
// fixture uses, beside welcome lines that sell something and must go.
func TestLiveWelcomePosts(t *testing.T) {
	for _, s := range []string{
		"Welcome to our live coverage. Both runways at Carrow airport have been closed since dawn, and we’ll bring you every update here.",
		"Good morning and welcome to our live blog. The river burst its banks overnight and 40 homes in Ellford were evacuated.",
		"Welcome to the live updates on the budget vote. Councillors meet at 10am and you can follow the debate with us here.",
	} {
		lower := strings.ToLower(s)
		if !liveWelcomePost(lower) {
			t.Errorf("welcome post not found: %q", s)
		}
		if readerPromo(s, lower, wordCount(s)) {
			t.Errorf("welcome post taken for a promo: %q", s)
		}
	}
	for _, s := range []string{
		"Welcome to our live coverage. Sign up for our breaking news alerts to get every update first.",
		"Welcome to our live blog. Subscribers get it ad-free for £2 a month.",
		"Welcome to our live coverage of the storm",
		"Welcome to the Harbour Gazette. We are a small team and we rely on you, our readers.",
	} {
		if liveWelcomePost(strings.ToLower(s)) {
			t.Errorf("not a welcome post, taken as one: %q", s)
		}
	}
}
