package ingest

import "testing"

// TestFurnitureByShape checks the shape features on wordings no fixture
// uses: each furniture line is a new wording of a kind the pages carry
// (promos, appeals, greetings, tag lines, credit lines, edit notes, rights
// footers, page labels), and each kept line is article text that shares
// some of their features (an imperative, "you", a question, "readers", a
// price) without being furniture.
func TestFurnitureByShape(t *testing.T) {
	tests := []struct {
		line string
		junk bool
	}{
		// promos and appeals in new words
		{"Never miss a story: turn on notifications and we will tell you when it breaks.", true},
		{"Enjoyed this piece? Give the gift of a year of local news for £40.", true},
		{"Did someone forward you this? Grab your own copy every Sunday.", true},
		{"Independent reporting isn't cheap. Back us from $5 a month.", true},
		{"Got two minutes? Tell us what you think of our new app.", true},
		{"Fancy the weekly roundup in your inbox? Pop your email in below.", true},
		{"Unlock every article for the price of a sandwich a week.", true},
		{"Good morning, and thanks for opening this week's letter.", true},
		{"Welcome back, friends — it has been a busy week for our little newsroom.", true},
		{"Keep scrolling", true},
		{"Read on", true},
		{"Join 41,000 readers who start the day with us.", true},
		// label lists, credit lines, edit notes, rights footers, page labels
		{"Posted in: Transport, Cycling, City council", true},
		{"More on — housing · rents · planning", true},
		{"Reporting: Ana Ruiz · Graphics: Tom Beck", true},
		{"(Editing: Lara Mensah; fact-check: Joe Park)", true},
		{"Corrects spelling of company name in headline.", true},
		{"Note: Updates paragraph 5 with police figures.", true},
		{"Reproduction of this article without written consent is prohibited.", true},
		{"All material copyright 2026 Vale Media Group.", true},
		{"More from this series: How the river was lost", true},
		{"Sent 08:15 BST", true},
		// article text that shares a feature or two
		{"Get enough sleep and you will feel the difference within a week.", false},
		{"Do you think the council let you down?", false},
		{"What do you say to readers who think you sold out?", false},
		{"Support for the plan has grown since the spring, when prices rose.", false},
		{"Help arrived three hours later, by which time the water had reached the first floor.", false},
		{"Readers of the magazine fell by a third, to 41,000, in two years.", false},
		{"“Subscribe to what? We have nothing left to sell,” she said.", false},
		{"The app, which costs £3 a month, was downloaded 2 million times, the company said.", false},
		{"Keep calm and carry on, the posters read, and most people did.", false},
		{"Good morning. Flood warnings are in force for 14 rivers and more rain is forecast; we will bring you the latest here.", false},
		{"The band lost the copyright to its songs in 1998.", false},
		{"The museum's collection includes tools, maps, coins and letters.", false},
		{"Q: Why did you leave?", false},
		{"We should ask why the inquiry took nine years.", false},
		{"Walk for ten minutes after each meal.", false},
		{"Visit times are limited to two hours on weekdays.", false},
	}
	for _, tt := range tests {
		got := classify(tt.line, wordCount(tt.line)) != keep
		if got != tt.junk {
			t.Errorf("classify(%q) furniture = %v, want %v", tt.line, got, tt.junk)
		}
	}
}
