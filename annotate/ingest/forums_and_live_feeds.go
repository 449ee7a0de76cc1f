package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A live page ("… live: roads shut as snow settles") sets its text as a
// feed of entries, newest first, each with a time stamp, sometimes a
// "PINNED" or "UPDATED" label, and a share button under it. The extractor
// may take one entry for the whole article and drop the rest; the feed's
// entries are all body, their stamps, labels and buttons furniture.

// minFeedEntries is how many entries a feed has at least: two stamped
// blocks side by side are a pair of posts, not a rolling page.
const minFeedEntries = 3

// reShareClass matches the class names sites give an entry's share bar.
var reShareClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:share|sharing|share-?bar|share-?tools)(?:$|[\s_-])`)

// liveFeedUnits finds a live page's feed (an element with three or more
// child entries, each holding a <time> stamp and a paragraph of prose) and
// returns the entries' text as units, without stamps, labels and buttons.
// It reads the page before the extractor prunes it; nil when there is no
// feed.
func liveFeedUnits(doc *html.Node) []unit {
	entries := map[*html.Node]bool{}
	markFeedEntries(doc, entries)
	feed := findLiveFeed(doc, entries)
	if feed == nil {
		return nil
	}
	var w blockWalker
	if p := pinnedAbove(feed); p != nil { // "📌 Pinned" summary over the feed
		walkPinnedPost(&w, p)
		w.flush()
	}
	for c := feed.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case entries[c]:
			w.flush()
			walkFeedEntry(&w, c)
			w.flush()
		case pinnedPost(c, feed, entries): // "📌 Pinned" summary without a stamp
			w.flush()
			walkPinnedPost(&w, c)
			w.flush()
		case feedPromotion(c, feed, entries):
			walkFeedPromotion(&w, c)
		}
	}
	return dropRepeatedBrRuns(w.units, w.brRepeats)
}

// markFeedEntries marks the elements that could be a feed's entry: a
// <time> stamp and a paragraph of eight words or more inside. It visits
// each node once and reports what the subtree holds.
func markFeedEntries(n *html.Node, entries map[*html.Node]bool) (stamped, prose bool) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Time:
			stamped = true
		case atom.P:
			prose = wordCount(textOf(n)) >= 8
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s, p := markFeedEntries(c, entries)
		stamped, prose = stamped || s, prose || p
	}
	if n.Type == html.ElementNode && stamped && prose {
		entries[n] = true
	}
	return stamped, prose
}

func findLiveFeed(n *html.Node, entries map[*html.Node]bool) *html.Node {
	if !entries[n] && n.Type != html.DocumentNode {
		return nil // no entry below
	}
	count, others := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case entries[c]:
			count++
		case c.Type == html.ElementNode:
			others++
		}
	}
	if count >= minFeedEntries && count > others {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findLiveFeed(c, entries); f != nil {
			return f
		}
	}
	return nil
}

// feedFurniture reports what an entry carries besides its text: the time
// stamp and the short line round it ("7:05am PINNED", "10:42am · Jo
// Smith"), buttons and forms, and a share bar.
func feedFurniture(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Time, atom.Button, atom.Form, atom.Script, atom.Style:
		return true
	}
	if reShareClass.MatchString(attr(n, "class")) {
		return true
	}
	if textBlock(n) {
		return false
	}
	return hasTime(n) && wordCount(textOf(n)) <= 8
}

func hasTime(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Time || hasTime(c)) {
			return true
		}
	}
	return false
}

// walkFeedEntry writes an entry's blocks as units, leaving its furniture
// out.
func walkFeedEntry(w *blockWalker, n *html.Node) {
	if feedFurniture(n) {
		return
	}
	// A paragraph's own stamp ("on <time>Monday</time> the council
	// said …") is part of its sentence.
	if n.Type != html.ElementNode || textBlock(n) || !holdsFurniture(n) {
		w.walk(n)
		return
	}
	walkChildren(w, n, walkFeedEntry)
}

func textBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Blockquote, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Pre:
		return true
	}
	return false
}

func holdsFurniture(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if feedFurniture(c) || holdsFurniture(c) {
			return true
		}
	}
	return false
}

// withLiveFeed puts a live page's whole feed into the extracted units when
// the extractor kept only part of it: the feed's units replace the ones it
// kept, where the first of them stood (at the end when it kept none). A
// page whose feed the extractor kept whole is left as it is.
func withLiveFeed(units, feed []unit) []unit {
	if len(feed) == 0 {
		return units
	}
	missing := 0
	for _, f := range feed {
		if !hasText(units, f.text) || f.junk != keep { // a promotion kept with the posts goes
			missing++
		}
	}
	if missing == 0 {
		return units
	}
	at, top := -1, 0
	var kept []unit
	for _, u := range units {
		top = max(top, u.block+1)
		if hasText(feed, u.text) {
			if at < 0 {
				at = len(kept)
			}
			continue
		}
		kept = append(kept, u)
	}
	if at < 0 {
		at = len(kept)
	}
	out := append([]unit{}, kept[:at]...)
	for _, f := range feed {
		f.block += top
		out = append(out, f)
	}
	return append(out, kept[at:]...)
}

// listEnd reports a rule line ("-----"), which closes a newsletter's
// contents list ("IN THIS ISSUE" and its items): the story under it is
// no item of the list.
func listEnd(s string) bool {
	return ruleLine(s)
}

// E-mail newsletters carry lines of their own round the story: the
// masthead's description with the issue ("Community newsletter for the
// three villages -- Issue 40, May 2027"), the link to the web copy ("View
// this email in your browser: …") and a pointer to a document's address
// ("Minutes available at example.org/minutes once approved …").
var (
	// reIssueTail matches the issue part that closes a masthead line:
	// "Issue 40, May 2027", "No. 9 · Spring 2026".
	reIssueTail = regexp.MustCompile(`(?i)(?:^|\s)(?:--|[—–|·•])\s*(?:issue|no\.?|number|vol\.?|volume|edition|#)\s*\d{1,5}\b[^.!?]{0,40}$`)

	// rePublicationWord names what a masthead describes.
	rePublicationWord = regexp.MustCompile(`(?i)\b(?:newsletter|bulletin|digest|news-?sheet|magazine|e-?mail|update|round-?up)s?\b`)

	// reWebCopy matches the link to a newsletter's web copy.
	reWebCopy = regexp.MustCompile(`^(?i:(?:view|read|open|see) (?:this|the|today['’]s) (?:e-?mail|newsletter|issue|edition) (?:in (?:your|a|the) (?:web )?browser|online|on the web)|(?:having )?trouble (?:viewing|reading) this (?:e-?mail|newsletter)\??)\b`)

	// reDocumentAt matches a pointer to where a document can be read: the
	// document, "available at" or "posted at" and a web address.
	reDocumentAt = regexp.MustCompile(`^(?i:(?:the )?(?:full )?(?:minutes|agenda|agendas|papers|report|documents|slides|recording|video|transcript|results|list|plans?|petition)\b[^.!?:]{0,30}?\s(?:is |are |will be |to be )?(?:available|posted|published|online)\s(?:at|on|from)\s)[a-z0-9-]+(?:\.[a-z0-9-]+)+/\S*`)
)

// newsletterLine classifies the newsletter lines above; keep when none
// fits. A reported sentence is never one.
func newsletterLine(s, lower string, words int) junk {
	if words > 30 || reported(lower) {
		return keep
	}
	switch {
	case reWebCopy.MatchString(s):
		return junkChrome
	case strings.Contains(lower, "available") || strings.Contains(lower, "posted") || strings.Contains(lower, "published") || strings.Contains(lower, "online"):
		if reDocumentAt.MatchString(s) {
			return junkTrailer
		}
	}
	if words <= 25 && !endsSentence(s) && reIssueTail.MatchString(s) {
		head := reIssueTail.ReplaceAllString(s, "")
		if rePublicationWord.MatchString(head) && wordCount(head) <= 15 {
			return junkChrome
		}
	}
	return keep
}

// A forum thread saved as a page (XenForo, phpBB and their kind) sets a
// club's or a council's statement in its first post: the board's name and
// menus, the thread title, a "Thread starter … · Start date … · Replies: 47"
// line, the poster's profile, a "date · #1" post head, the post, a
// signature under a rule, "Like  Quote  Reply", a "Reactions: …" line, then
// the replies and the software's footer. The title is the headline and the
// write-up in the first post is the body; the poster's own lines round the
// write-up ("Write-up below", "Thoughts?") and everything else are
// furniture.
var (
	// reThreadStat matches one part of a thread's stats line: "Thread
	// starter HollowayHerald", "Start date 8 Dec 2026", "Replies: 47",
	// "Views: 3,912"; phpBB's "12 posts • Page 1 of 3".
	reThreadStat = regexp.MustCompile(`^(?i:thread starter\s+\S.*|start(?:ed)? (?:date|on)\s*:?\s+\S.*|(?:replies|views|posts|watchers)\s*:\s*\d[\d,.]*[km]?|\d[\d,]* (?:posts?|replies)|page \d+ of \d+)$`)

	// rePostHead matches a post's head: its date and number ("8 Dec 2026 ·
	// #1", "Today at 9:14 PM #3", "Post #12", phpBB's "Post by Mags » Tue
	// Dec 08, 2026 9:14 pm").
	rePostHead = regexp.MustCompile(`^(?:[^.!?#]{3,40}?\s*[·|•-]?\s*#\d{1,6}|(?i:post)\s+#?\d{1,6}|(?i:post by)\s+\S[^»]{0,40}\s»\s[^.!?]{0,40}?\d[^.!?]{0,10})$`)

	// reReactions matches the line under a post naming who liked it:
	// "Reactions: Ana, Bo and 12 others", "Likes: 14".
	reReactions = regexp.MustCompile(`^(?i:reactions|likes|liked by)\s*:\s*\S`)
)

// forumActions are the links under a post; a line of two or more of them
// and nothing else is the post's action bar.
var forumActions = setOf("like", "quote", "reply", "report", "share", "multi-quote", "multiquote", "+quote", "bookmark", "edit", "unlike", "thanks",
	"comment", "send") // a social post's bar ("Like    Comment    Share", social_post_stamps.go)

func threadStatsLine(s string) bool {
	parts := splitHeader(s)
	if len(parts) < 2 || endsSentence(s) {
		return false
	}
	for _, p := range parts {
		if !reThreadStat.MatchString(p) {
			return false
		}
	}
	return true
}

func postActionLine(s string) bool {
	// at most six action words of up to eleven letters and their
	// separators: a longer line is prose, and need not be split
	if len(s) > 120 {
		return false
	}
	f := strings.Fields(strings.ToLower(s))
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	for _, w := range f {
		if !forumActions[strings.Trim(w, "|·•")] && strings.Trim(w, "|·•") != "" {
			return false
		}
	}
	return true
}

func postHead(s string) bool {
	return wordCount(s) <= 12 && (strings.Contains(s, "#") || strings.Contains(s, "»")) && rePostHead.MatchString(s)
}

// postEnd reports a line that closes a post: the signature's rule, the
// action bar, the reactions, or the next post's head.
func postEnd(s string) bool {
	return ruleLine(s) || postActionLine(s) || reReactions.MatchString(s) || postHead(s)
}

// removeForumThread keeps a forum thread's title (as the headline) and the
// write-up in its first post. It acts only on a page with a thread's
// stats line or two post heads, and an action bar or a post head.
func removeForumThread(units []unit, kinds []junk, removed [][]string, wc []int) {
	stats, heads, actions := -1, []int{}, 0
	for i, u := range units {
		switch {
		case stats < 0 && wc[i] <= 30 && threadStatsLine(u.text):
			stats = i
		case postHead(u.text):
			heads = append(heads, i)
		case postActionLine(u.text):
			actions++
		}
	}
	if !(stats >= 0 && (len(heads) > 0 || actions > 0) || len(heads) >= 2 && actions > 0) {
		return
	}
	drop := func(i int) {
		if kinds[i] == keep && units[i].role == "" {
			kinds[i] = junkChrome
			removed[i] = []string{units[i].text}
		}
	}
	// The title: the last kept line above the stats line, or above the
	// first post head.
	top := stats
	if top < 0 {
		top = heads[0]
	}
	title := -1
	for i := top - 1; i >= 0; i-- {
		if kinds[i] == keep && units[i].role == "" && headlineLike(units[i].text) {
			title = i
			break
		}
	}
	// The first post: after its head (or the stats line) to its end.
	start := stats + 1
	for _, h := range heads {
		if h > stats {
			start = h + 1
			break
		}
	}
	end := start
	for end < len(units) && !postEnd(units[end].text) {
		end++
	}
	var post []int // kept lines of the first post
	long := 0
	for i := start; i < end; i++ {
		if kinds[i] == keep && units[i].role == "" {
			post = append(post, i)
			if wc[i] >= 20 {
				long++
			}
		}
	}
	if long < 3 {
		return // a post of the poster's own words, not a write-up
	}
	for i := 0; i < len(units); i++ {
		if i != title && (i < start || i >= end) {
			drop(i)
		}
	}
	if title >= 0 {
		units[title].role = roleHeadline
	}
	// The poster's lines round the write-up: up to two short lines before
	// it that point to it ("Write-up below"), and short lines after it
	// that ask or speak to the board ("Thoughts? Mods will merge …"). A
	// pasted statement speaks as "we" and "you", so those words tell
	// nothing.
	for k := 0; k < len(post) && k < 2 && wc[post[k]] < 25 && rePastePointer.MatchString(units[post[k]].text); k++ {
		drop(post[k])
	}
	for k := len(post) - 1; k > 0 && wc[post[k]] < 20 && posterAside(units[post[k]].text); k-- {
		drop(post[k])
	}
}

// rePastePointer matches a poster's line pointing to what is pasted under
// it: "Write-up below", "Copied from the club site", "Just gone up".
var rePastePointer = regexp.MustCompile(`(?i)\b(?:below|underneath|copied|pasted|copy and paste|just (?:gone up|been (?:announced|posted|confirmed)|announced|posted|out|in))\b`)

// rePosterWords are the words a poster speaks to the board with.
var rePosterWords = regexp.MustCompile(`(?i)\b(?:i|i'm|i’m|i've|i’ve|me|my|mods?|guys|folks|thoughts|discuss)\b`)

// posterAside reports a poster's own short line under a write-up: a
// question or words to the board.
func posterAside(s string) bool {
	return strings.Contains(s, "?") || rePosterWords.MatchString(s)
}

// walkChildren walks n's children with walk, a block element's children as
// a block of their own (flushed before and after).
func walkChildren(w *blockWalker, n *html.Node, walk func(*blockWalker, *html.Node)) {
	block := isBlockTag(n)
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(w, c)
	}
	if block {
		w.flush()
	}
}
