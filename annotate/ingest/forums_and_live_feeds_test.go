package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Live feeds and forum threads, in wordings no fixture uses: every entry of
// a live page is body while its stamps, labels and share buttons go; a
// forum thread keeps its first post's write-up under the thread title.

func TestLiveFeedEntriesAreBody(t *testing.T) {
	// The pinned entry's class ("entry pinned") is what the extractor
	// takes for a promo: it then keeps one entry of the feed.
	entry := func(n, stamp, label string, paras ...string) string {
		class := "entry"
		if label == "PINNED" {
			class = "entry pinned"
		}
		return `<div class="` + class + `" id="post-` + n + `"><div class="entry-meta"><time>` + stamp + `</time> <span class="label">` + label + `</span></div>
<p>` + strings.Join(paras, "</p>\n<p>") + `</p>
<div class="share"><button type="button">Share this post</button></div></div>
`
	}
	page := `<html><head><title>Harbour flood live: quay closed as tide tops wall | Pellmouth Packet</title>
<meta property="og:title" content="Harbour flood live: quay closed as tide tops wall"></head><body>
<header><a href="/">Pellmouth Packet</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article class="live-page"><h1>Harbour flood live: quay closed as tide tops wall</h1>
<p class="byline">Reporting by Tam Bryer</p>
<div class="live-feed">
` +
		entry("1", "8:10pm", "PINNED", "The quay at Pellmouth is closed and sandbags are being handed out at the lifeboat station after the evening tide came over the sea wall for the second night running.") +
		entry("2", "9:40pm", "UPDATED", "The harbour master said the wall had held at its eastern end but that water was still coming through the gap by the fish market, and asked people to keep away from the slipway.",
			"His deputy, Rhian Cole, said: “We will have a crew on the wall all night. Nobody needs to be down here to watch.” She said the next high tide was due just after 8am.") +
		entry("3", "9:05pm", "", "Two cafés on the front have lost their stock, their owners said, and one of them will stay shut until the weekend while the floor dries out.") +
		entry("4", "8:30pm", "", "Buses on the coast road are being sent inland through Carrow because the lower road is under a foot of water near the bridge, as it was on <time>Sunday</time> night.") +
		`</div><button class="more" type="button">Load more posts</button></article>
<aside><p>Get flood warnings for your street</p><a href="/alerts">Sign up</a></aside></main>
<footer><p>© Pellmouth Packet 2027</p></footer></body></html>`
	doc, err := Clean("feed.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	for _, body := range []string{
		"The quay at Pellmouth is closed and sandbags",
		"The harbour master said the wall had held",
		"Two cafés on the front have lost their stock",
		"Buses on the coast road are being sent inland",
	} {
		if !strings.Contains(doc.Text, "\n\n"+body) {
			t.Errorf("feed entry %q lost:\n%s", body, doc.Text)
		}
	}
	if !strings.Contains(doc.Text, "near the bridge, as it was on Sunday night.") {
		t.Errorf("a stamp inside a sentence lost:\n%s", doc.Text)
	}
	for _, gone := range []string{"8:10pm", "9:40pm", "PINNED", "UPDATED", "Share this post"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("feed furniture %q left:\n%s", gone, doc.Text)
		}
	}
}

func TestLiveFeedKeptWholeIsLeftAlone(t *testing.T) {
	feed := []unit{{text: "First entry of the feed, long enough to be prose.", block: 0}, {text: "Second entry.", block: 1}}
	units := []unit{{text: "A headline", block: 0}, {text: "First entry of the feed, long enough to be prose.", block: 1}, {text: "Second entry.", block: 2}, {text: "A closing line.", block: 3}}
	got := withLiveFeed(units, feed)
	if len(got) != len(units) {
		t.Fatalf("feed kept whole changed the units: %v", got)
	}
	for i := range got {
		if got[i] != units[i] {
			t.Errorf("unit %d: got %v, want %v", i, got[i], units[i])
		}
	}
	// The extractor kept only the second entry: the whole feed stands where
	// it was, in the feed's order.
	part := []unit{{text: "A headline", block: 0}, {text: "Second entry.", block: 1}, {text: "A closing line.", block: 2}}
	got = withLiveFeed(part, feed)
	var texts []string
	for _, u := range got {
		texts = append(texts, u.text)
	}
	want := "A headline|First entry of the feed, long enough to be prose.|Second entry.|A closing line."
	if strings.Join(texts, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(texts, "|"), want)
	}
}

func TestTwoStampedPostsAreNoFeed(t *testing.T) {
	page := `<html><body><div>
<div><time>9am</time><p>The ferry left on time this morning with every seat taken, the operator said.</p></div>
<div><time>10am</time><p>The second sailing was cancelled because of fog in the estuary, passengers were told.</p></div>
</div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := liveFeedUnits(doc); got != nil {
		t.Errorf("two stamped posts taken for a live feed: %v", got)
	}
}

func TestNewsletterIssueWebCopyDocumentAndRoleBylines(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Weekly bulletin for the Three Rivers parishes -- Issue 40, May 2027", junkChrome},
		{"The river news-sheet for Upwell and Nordelph | No. 9, Spring 2026", junkChrome},
		{"The bridge will close for the whole of May -- issue 40 of the parish plan, the clerk said.", keep},
		{"View this newsletter in your browser: parishnews.example/40", junkChrome},
		{"Having trouble viewing this email?", junkChrome},
		{"View the river from the new bridge once it opens in May.", keep},
		{"Agenda and papers available at parish.example/meetings/may before the meeting.", junkTrailer},
		{"The full report is published at county.example/flood-review and runs to 90 pages.", junkTrailer},
		{"The minutes are available at the library, the clerk said.", keep},
		{"Minutes of the May meeting show the vote was close.", keep},
		{"by Tomasz Wren, volunteer reporter", junkByline},
		{"by the river, a volunteer reporter found the nest", keep},
	})
}

func TestRuleLineClosesContentsList(t *testing.T) {
	page := "THE PARISH POST\n\nIN THIS ISSUE\n* Bridge closure: what it means for buses\n* Fete raises £900\n\n--------------------\n\n" +
		"Bridge to shut for four weeks in May\n\n" +
		"Buses will run a long detour through Nordelph while the span is repaired\n\n" +
		"The old bridge at Upwell will close for four weeks from May 3 while its deck is replaced, the county council said on Monday, sending buses on a six-mile detour.\n\n" +
		"A council engineer said the work could not wait another winter. Residents said they had been told of the closure only last week.\n"
	doc, err := Clean("post.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.Text, "Bridge to shut for four weeks in May\n\nBuses will run a long detour") {
		t.Errorf("the story under the rule was taken into the contents list:\n%s", doc.Text)
	}
	if strings.Contains(doc.Text, "Fete raises") {
		t.Errorf("contents list left:\n%s", doc.Text)
	}
}

func TestForumThreadKeepsFirstPostWriteUp(t *testing.T) {
	page := strings.Join([]string{
		"Skip to content",
		"THE RIVERSIDE TERRACE · Pellmouth Town fans' board",
		"Log in   Register",
		"",
		"Official: Town appoint Marta Vidal as head coach",
		"",
		"Thread starter KeeperKev · Start date 3 Mar 2027 · Replies: 112 · Views: 8,040",
		"Page 1 of 6   Next ›",
		"",
		"KeeperKev",
		"Joined: Jun 2012",
		"Posts: 5,101",
		"",
		"3 Mar 2027 · #1",
		"",
		"Announced ten minutes ago. Copied from the club site below.",
		"",
		"Pellmouth Town have appointed Marta Vidal as head coach on a contract to the summer of 2029, the club announced on Wednesday morning.",
		"",
		"Chief executive Owen Hale said:",
		"",
		"“Marta was the first name on our list and the last one we needed. She knows this league and she knows how to win in it.”",
		"",
		"The club said the thread of replies and views from supporters on its own site had been overwhelmingly positive since the shortlist leaked last week.",
		"",
		"Vidal said she would meet the squad on Thursday and take charge of her first match at home to Carrow on Saturday afternoon.",
		"",
		"What do we reckon? Big call by the board!",
		"",
		"__________________",
		"Terrace since '98",
		"",
		"Like   Quote   Reply",
		"Reactions: Bo_Lane, Mags and 40 others",
		"",
		"Bo_Lane",
		"3 Mar 2027 · #2",
		"",
		"KeeperKev said:",
		"What do we reckon? Big call by the board!",
		"Click to expand...",
		"",
		"Finally someone with a plan. She said on the radio she wants us pressing high from day one.",
		"",
		"Like   Quote   Reply",
		"",
		"You must log in or register to reply here.",
	}, "\n")
	doc, err := Clean("thread.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if got := zoneText(doc, "headline"); got != "Official: Town appoint Marta Vidal as head coach" {
		t.Errorf("headline %q, want the thread title:\n%s", got, doc.Text)
	}
	for _, body := range []string{
		"Pellmouth Town have appointed Marta Vidal",
		"Chief executive Owen Hale said:",
		"The club said the thread of replies and views from supporters",
		"Vidal said she would meet the squad",
	} {
		if !strings.Contains(doc.Text, body) {
			t.Errorf("write-up line %q lost:\n%s", body, doc.Text)
		}
	}
	for _, gone := range []string{
		"RIVERSIDE TERRACE", "Log in", "Thread starter", "Page 1 of 6", "#1", "Announced ten minutes ago",
		"What do we reckon", "Terrace since", "Like   Quote", "Reactions:", "KeeperKev said:", "Finally someone", "You must log in",
	} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("forum furniture %q left:\n%s", gone, doc.Text)
		}
	}
}

func TestForumLinesNearMisses(t *testing.T) {
	tests := []struct {
		line        string
		stats, head bool
		actions     bool
	}{
		{line: "Thread starter Mags · Start date 1 May 2027 · Replies: 9", stats: true},
		{line: "Replies: 12 · Views: 940", stats: true},
		{line: "The post drew 300 replies · views ran into the thousands.", stats: false},
		{line: "Replies: the council will answer in June", stats: false},
		{line: "Yesterday at 9:14 PM · #7", head: true},
		{line: "Post #12", head: true},
		{line: "Room #4 was flooded.", head: false},
		{line: "Post by Mags » Tue Dec 08, 2026 9:14 pm", head: true},
		{line: "Posted by the club » read the full statement", head: false},
		{line: "14 posts • Page 1 of 2", stats: true},
		{line: "Page 1 of 2", stats: false},
		{line: "She wrote 14 posts • none of them about the club.", stats: false},
		{line: "Like   Quote   Reply", actions: true},
		{line: "Like a quote, reply in kind.", actions: false},
	}
	for _, tt := range tests {
		if got := threadStatsLine(tt.line); got != tt.stats {
			t.Errorf("threadStatsLine(%q) = %v", tt.line, got)
		}
		if got := postHead(tt.line); got != tt.head {
			t.Errorf("postHead(%q) = %v", tt.line, got)
		}
		if got := postActionLine(tt.line); got != tt.actions {
			t.Errorf("postActionLine(%q) = %v", tt.line, got)
		}
	}
}

func TestPageWithRepliesLineIsNoThread(t *testing.T) {
	page := "Council to answer residents on parking plan\n\n" +
		"The county council will reply to 212 objections to its parking plan by June, its leader said on Tuesday, after a meeting that ran past midnight.\n\n" +
		"Replies: 212 · Views: 4,000\n\n" +
		"Residents said they had asked for a meeting in the town itself and been told there was no room big enough for everyone who wanted to come.\n\n" +
		"The leader said: “We will read every one of them, and we will answer every one of them.”\n"
	doc, err := Clean("notice.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	for _, body := range []string{"The county council will reply", "Residents said they had asked", "The leader said:"} {
		if !strings.Contains(doc.Text, body) {
			t.Errorf("body %q lost on a page that is no thread:\n%s", body, doc.Text)
		}
	}
}
