package ingest

import (
	"strings"
	"testing"
)

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
		// more new wordings, and article text beside them
		{"Pass this on: Email · Messages · Bluesky", true},
		{"Reading time: 3 minutes", true},
		{"Last edited 6 hours ago", true},
		{"Posted 3 days ago", true},
		{"Shot for the Courier by Tomasz Wren", true},
		{"Photography by Ines Marr for the Tideline", true},
		{"We and our partners store small files on your device to count visits and remember your choices.", true},
		{"This site runs on small data files; carry on browsing if that is fine with you.", true},
		{"Words and reporting: Ines Varga", true},
		// a sign-up form's field and button, and its consent note
		{"Your email address        [ Subscribe ]", true},
		{"Enter your email [SIGN UP]", true},
		{"We will only use your email to send you the briefing. See our privacy policy.", true},
		{"By signing up you agree that we may store your details. Read our privacy notice for more information.", true},
		{"The app kept your data for a year, regulators found. See our privacy policy.", false},
		{"Readers asked how we use their data, so we have rewritten our privacy notice in plain English.", false},
		{"We asked the firm why it kept your email address for six years; it did not reply.", false},
		{"We found the app shared your details with advertisers. See our privacy policy, it told users, for more.", false},
		{"Enter your email and a code arrives by text [the bank's own wording]", false},
		{"🎧 Hear the full episode on Podwave", true},
		{"Catch the whole set on Tubecast", true},
		{"We have amended this report to make clear that the council did not vote.", true},
		{"Part two of three", true},
		{"Tap to follow our live feed", true},
		{"Updated figures were published on Thursday.", false},
		{"Part of the road was closed for two days.", false},
		{"Hackers stored files on thousands of devices, the agency said.", false},
		{"The photos were taken by a neighbour, who asked not to be named.", false},
		{"Village cut off by Storm Ilka", false},
		{"Evan Vucci / AP file", true},
		{"A: 1 2 3 3 2 1 4 1 2 . . .", false},
		{"4.1 What the tools offer", false},
		// article text with a call to act, "you", "we", a price, an address or
		// a label: news, advice or quotation, never furniture
		{"Want to walk more? Start with ten minutes after lunch and add five each week.", false},
		{"If you are over 65, your GP can refer you to a free walking group.", false},
		{"Try it for a month and you will notice the difference, she says.", false},
		{"Need help with your energy bill? Citizens Advice runs a free helpline on 0800 144 8848.", false},
		{"We asked readers to tell us how the closure had affected them, and more than 300 replied.", false},
		{"Sign language interpreters will be at every session.", false},
		{"Keep left at the roundabout, then follow the signs to the car park.", false},
		{"Join the queue early: the doors open at 9am and tickets sell out within the hour.", false},
		{"Support for the measure fell to 41% in the latest poll.", false},
		{"Download speeds in the valley average 4Mbps, a third of the national figure.", false},
		{"Share prices in the company fell 12% on Friday.", false},
		{"Read the full judgment and you will find the judge had doubts.", false},
		{"Q: Did you ever think about quitting?", false},
		{"A: Every single day. You don't run a club like this without thinking about it.", false},
		{"Update: the road reopened at 6pm.", false},
		{"The offices, at 14 Bridge Street, Cardigan, were closed for a week.", false},
		{"Silence.", false},
		{"Then the lights went out.", false},
		{"Updated guidance was posted on the council's website on Tuesday.", false},
		{"Hello, and welcome to the show, the presenter began, before the power cut out.", false},
		{"Our readers have always been our harshest critics, the editor wrote in 1998.", false},
		{"Thanks for your help, he told the crew.", false},
		{"Catch up with the series on Thursday nights.", false},
		{"Founded in 1891, the Vale Record is one of the oldest weekly papers in Wales.", false},
		{"Subscribers will pay £4 a month from April, up from £3.", false},
		{"More than 40 readers wrote in.", false},
		{"Next year the council will publish a new plan.", false},
	}
	for _, tt := range tests {
		got := classify(tt.line, wordCount(tt.line)) != keep
		if got != tt.junk {
			t.Errorf("classify(%q) furniture = %v, want %v", tt.line, got, tt.junk)
		}
	}
}

// TestFurnitureOnPage cleans a text page whose furniture is worded as no
// fixture words it (a tagline under the masthead, a capitals label, a
// byline beside its desk, a relative time stamp, a reading time in words,
// a share bar, a promo for the outlet's explainer, a fact box, a
// correction, production credits, a press contact, a "You might also be
// interested in" list, a series line and a rights footer): every
// furniture line leaves the text and is kept in meta.removed, and every
// body paragraph stays whole.
func TestFurnitureOnPage(t *testing.T) {
	page := `THE VALE RECORD
Independent news for the Vale since 1891

Reservoir plan approved despite farmers' objections

Water company will flood 300 acres of farmland near Ashcombe by 2031

EXCLUSIVE
Jo Bell · Environment
Updated moments ago
A six-minute read
Send this to a friend · Copy the link

ASHCOMBE — A water company's plan to build a reservoir on farmland near Ashcombe was approved by the county council on Tuesday, despite objections from eleven farming families.

Vale Water said the reservoir would supply 90,000 homes when it opens in 2031, and that it had offered every family a new farm nearby.

"We know what we are asking of these families, and we have tried to be fair," chief executive Priya Lund said after the vote.

Want the full picture? Our explainer has it.

Farmer Tom Reade, whose family has worked the land since 1922, said the offer was "a field for a field, and nothing for a century".

Key numbers
Homes supplied: 90,000
Farmland flooded: 300 acres
Cost: £640m

The council's planning chair, Ruth Amos, said the county needed the water more than it needed the fields.

Amendment: a previous edition gave the wrong date for the vote.
Story by Jo Bell. Edited by Sam Price.
Press enquiries: Vale Water, 01632 960 999

You might also be interested in
Ashcombe school to close in July
Vale Water bills to rise by 6%

This is the second of three reports on the county's water.
Reproduction without our written consent is not allowed.`
	d, err := Clean("probe.txt", []byte(page), "txt")
	if err != nil {
		t.Fatal(err)
	}
	removed := strings.Join(d.Meta.Removed, "\n")
	for _, l := range []string{"THE VALE RECORD", "Independent news for the Vale since 1891", "EXCLUSIVE", "Jo Bell · Environment",
		"Updated moments ago", "A six-minute read", "Send this to a friend · Copy the link",
		"Want the full picture? Our explainer has it.", "Key numbers", "Homes supplied: 90,000", "Cost: £640m",
		"Amendment: a previous edition gave the wrong date for the vote.", "Story by Jo Bell. Edited by Sam Price.",
		"Press enquiries: Vale Water, 01632 960 999", "You might also be interested in", "Ashcombe school to close in July",
		"This is the second of three reports on the county's water.",
		"Reproduction without our written consent is not allowed."} {
		if strings.Contains(d.Text, l) {
			t.Errorf("furniture left in the text: %q", l)
		}
		if !strings.Contains(removed, l) {
			t.Errorf("furniture not kept in meta.removed: %q", l)
		}
	}
	for _, p := range strings.Split(page, "\n\n") {
		if strings.HasPrefix(p, "ASHCOMBE") || strings.Contains(p, " said") {
			if !strings.Contains(d.Text, p) {
				t.Errorf("body paragraph lost: %q", p)
			}
		}
	}
	if want := "Reservoir plan approved despite farmers' objections"; !strings.HasPrefix(d.Text, want+"\n\n") {
		t.Errorf("text starts %q, want the headline %q", d.Text[:60], want)
	}
}

// TestFurnitureOnMarkdownPage cleans a Markdown page whose furniture no
// fixture words so: a byline with its desk and a listening time, a promo
// that is all link text, a "Don't miss:" pair of links, an italic note on
// a radio episode, "Snapped by:", a call to report mistakes, a comment
// bar and a footer of links. The body stays whole and every furniture
// line is kept in meta.removed.
func TestFurnitureOnMarkdownPage(t *testing.T) {
	page := `[Home](/) / [Environment](/env)

# Otters return to the Ashby canal after forty years

*Volunteers counted eleven animals along a six-mile stretch this autumn*

Nell Hartley • Nature desk • 12 minute listen

The first otters seen on the Ashby canal since the 1980s have settled along a six-mile stretch near Snarestone, volunteers said on Monday.

The Canal Wildlife Trust said its volunteers had counted eleven animals since September, including two families with cubs.

[Sign me up for the Wild Week email →](/wild-week)

"We honestly did not expect to see them in our lifetimes," said Ada Moss, who has led the count for nine years.

The trust said cleaner water and new reed beds had brought back the fish the otters feed on.

**Don't miss:** [Why the canal water got cleaner](/a) · [Ten places to see otters](/b)

Fisheries officer Len Carr said anglers should not worry about their catches. "There is plenty of fish to go round," he said.

*You can hear Ada Moss on this week's episode of Wild Week Radio.*

Snapped by: Ben Ivory

Found a mistake? Tell the desk and we'll put it right.

[Comments (7)](#comments) · [Print](#) · [Report](#)

Made with care in Leicester · Terms · Privacy`
	d, err := Clean("probe.md", []byte(page), "md")
	if err != nil {
		t.Fatal(err)
	}
	want := "Otters return to the Ashby canal after forty years\n\n" +
		"Volunteers counted eleven animals along a six-mile stretch this autumn\n\n" +
		"The first otters seen on the Ashby canal since the 1980s have settled along a six-mile stretch near Snarestone, volunteers said on Monday.\n\n" +
		"The Canal Wildlife Trust said its volunteers had counted eleven animals since September, including two families with cubs.\n\n" +
		"\"We honestly did not expect to see them in our lifetimes,\" said Ada Moss, who has led the count for nine years.\n\n" +
		"The trust said cleaner water and new reed beds had brought back the fish the otters feed on.\n\n" +
		"Fisheries officer Len Carr said anglers should not worry about their catches. \"There is plenty of fish to go round,\" he said."
	if d.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", d.Text, want)
	}
	removed := strings.Join(d.Meta.Removed, "\n")
	for _, l := range []string{"Nell Hartley • Nature desk • 12 minute listen", "Sign me up for the Wild Week email →",
		"You can hear Ada Moss on this week's episode of Wild Week Radio.", "Snapped by: Ben Ivory",
		"Found a mistake? Tell the desk and we'll put it right.", "Made with care in Leicester · Terms · Privacy"} {
		if !strings.Contains(removed, l) {
			t.Errorf("furniture not kept in meta.removed: %q", l)
		}
	}
}

// TestFurnitureOnHTMLPage cleans an HTML page whose furniture sits inside
// the story's own <div>, worded as no fixture words it: a section label, a
// byline with a role and no "By", "Refreshed 40 minutes ago", a promo for
// an evening catch-up with a free month, an "Image:" credit, a call for
// readers' pictures and the outlet's own regulator line, named as the
// <title> names the site. Every body paragraph stays.
func TestFurnitureOnHTMLPage(t *testing.T) {
	page := `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Bridge repairs to close Quayside route for six weeks – Tyneview Post</title></head>
<body>
<article>
<p class="eyebrow">TRAVEL</p>
<h1>Bridge repairs to close Quayside route for six weeks</h1>
<p class="sub">Buses will divert over the Millgate crossing from 3 March, adding up to 20 minutes to journeys</p>
<p class="who">Marta Fenwick, transport reporter</p>
<p class="when">Refreshed 40 minutes ago</p>
<div class="story">
<p>The Quayside bridge will close to traffic for six weeks from 3 March while engineers replace its worn bearings, the city council said on Friday.</p>
<p>Buses on four routes will divert over the Millgate crossing, which the operator said would add up to 20 minutes to some journeys.</p>
<p class="inline-promo">Struggling to keep up? Our five-minute evening catch-up has you covered. Try it free for a month.</p>
<p>“The bearings are original and they are worn out. If we leave them, we will be closing the bridge for much longer,” said council engineer Priya Okoro.</p>
<p>Local traders said the closure would hit them at the start of the spring season.</p>
<p class="photo-credit">Image: Tyneview Post / Dan Hoult</p>
<p>Sam Whitfield, who runs a café beside the bridge, said he expected to lose a quarter of his trade. “People won’t walk over from the other side for a coffee,” he said.</p>
<p class="related-inline">Also on Tyneview: Metro fares frozen for a second year</p>
<p>The council said the work would cost £1.8 million and that cyclists and pedestrians could still use the bridge.</p>
<p class="cta">Spotted something on your commute? Send us your pictures.</p>
<p class="tags">In this story: Transport · Newcastle · Roadworks</p>
<p class="legal">Tyneview Post is a member of the Independent Press Standards Organisation.</p>
</div>
</article>
</body></html>`
	d, err := Clean("probe.html", []byte(page), "html")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"TRAVEL", "Marta Fenwick", "Refreshed 40 minutes ago", "Struggling to keep up?", "Image: Tyneview Post",
		"Spotted something on your commute?", "Tyneview Post is a member", "In this story:", "Also on Tyneview:"} {
		if strings.Contains(d.Text, l) {
			t.Errorf("furniture left in the text: %q", l)
		}
	}
	for _, p := range []string{"the city council said on Friday.", "said council engineer Priya Okoro.",
		"Local traders said the closure would hit them", "“People won’t walk over from the other side for a coffee,” he said.",
		"cyclists and pedestrians could still use the bridge."} {
		if !strings.Contains(d.Text, p) {
			t.Errorf("body text lost: %q", p)
		}
	}
}

// TestFurnitureOnTextPage2 cleans a second text page in new wordings: a
// byline "Words — Name", a weekday date with a time, a "Pictured above:"
// caption, a push-alert promo, an author note under a label, a comment
// thread under a heading that does not say "comments", and a postal and
// registration footer. The text is the story alone.
func TestFurnitureOnTextPage2(t *testing.T) {
	page := `Hospital car park charges scrapped for night-shift staff

Health board reverses decision after nurses' petition

Words — Cerys Adebayo
Tue 9 Dec 2026 · 06:05

Night-shift staff at Ysbyty Glan Teifi will no longer pay to park, the health board said on Monday, reversing a decision made in the summer.

The board said the change would cost about £85,000 a year and would apply from January.

A petition started by theatre nurse Bethan Lloyd gathered 4,100 signatures in three weeks. "Nobody should pay to come to work at 3am," she said.

Pictured above: nurses at the main entrance after the vote

The board's chief executive, Owain Price, said it had "listened and got this one wrong".

Stay in the loop — headlines at 7am, every weekday, straight to your phone.

Unison said it would now press for the same deal at the board's two other hospitals.

About the author: Cerys Adebayo covers health for the Teifi Herald.

Conversation (12)
Gwen M · 2h
About time too.
Reply · Like (4)
Rhys T · 1h
My wife pays £60 a month to park.
Reply · Like (2)

Teifi Herald, 14 Bridge Street, Cardigan SA43 1HY · Registered in Wales 0412345`
	d, err := Clean("probe2.txt", []byte(page), "txt")
	if err != nil {
		t.Fatal(err)
	}
	want := "Hospital car park charges scrapped for night-shift staff\n\n" +
		"Health board reverses decision after nurses' petition\n\n" +
		"Night-shift staff at Ysbyty Glan Teifi will no longer pay to park, the health board said on Monday, reversing a decision made in the summer.\n\n" +
		"The board said the change would cost about £85,000 a year and would apply from January.\n\n" +
		"A petition started by theatre nurse Bethan Lloyd gathered 4,100 signatures in three weeks. \"Nobody should pay to come to work at 3am,\" she said.\n\n" +
		"The board's chief executive, Owain Price, said it had \"listened and got this one wrong\".\n\n" +
		"Unison said it would now press for the same deal at the board's two other hospitals."
	if d.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", d.Text, want)
	}
	if d.Meta.Byline != "Cerys Adebayo" {
		t.Errorf("byline %q, want %q", d.Meta.Byline, "Cerys Adebayo")
	}
	if n := len(d.Meta.Removed); n != 13 {
		t.Errorf("%d lines in meta.removed, want the page's 13 furniture lines: %q", n, d.Meta.Removed)
	}
}

// TestFurnitureOnLiveText cleans a live page set as text, in wordings no
// fixture uses: an "ALERT" label, a byline naming a desk, a date with
// "last touched", entry times, a figures box without colons ("2
// lifeboats"), a "Most shared today" list, an agency's tip-off line with a
// telephone number and a notifications prompt.
func TestFurnitureOnLiveText(t *testing.T) {
	page := `Coastguard suspends search for missing kayaker off Barra

Lifeboat crews covered 40 square miles before light faded

ALERT
By the Hebrides desk
Sun 7 Dec 2026, last touched 19:40

14:10
The coastguard said the search for a kayaker reported missing off Barra on Saturday had been suspended for the night.

14:35
Stornoway coastguard said two lifeboats, a helicopter and local fishing boats had covered about 40 square miles since the alarm was raised.

"Conditions are very poor, with a three-metre swell and heavy rain," a coastguard spokesperson said.

16:02
The man's family said in a statement that he was "an experienced paddler who knew these waters".

In numbers
2 lifeboats
1 helicopter
40 square miles searched

Most shared today
1. Ferry timetable cut for winter
2. Barra airport runway to close for repairs

Hebrides News Agency, Castlebay desk. Tip-offs: +44 1871 555 012
Don't want these updates? Switch off notifications in settings.`
	d, err := Clean("probe3.txt", []byte(page), "txt")
	if err != nil {
		t.Fatal(err)
	}
	want := "Coastguard suspends search for missing kayaker off Barra\n\n" +
		"Lifeboat crews covered 40 square miles before light faded\n\n" +
		"The coastguard said the search for a kayaker reported missing off Barra on Saturday had been suspended for the night.\n\n" +
		"Stornoway coastguard said two lifeboats, a helicopter and local fishing boats had covered about 40 square miles since the alarm was raised.\n\n" +
		"\"Conditions are very poor, with a three-metre swell and heavy rain,\" a coastguard spokesperson said.\n\n" +
		"The man's family said in a statement that he was \"an experienced paddler who knew these waters\"."
	if d.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", d.Text, want)
	}
	if n := len(d.Meta.Removed); n != 15 {
		t.Errorf("%d lines in meta.removed, want the page's 15 furniture lines: %q", n, d.Meta.Removed)
	}
}
