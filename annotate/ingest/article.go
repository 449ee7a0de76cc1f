package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"newsmark/annotate"
)

// Roles the page structure can give a unit before any guessing.
const (
	roleHeadline = "headline"
	roleDek      = "dek"
)

// unit is one line of a scraped text page, or one paragraph of a Markdown or
// HTML article, before cleaning.
type unit struct {
	text  string
	block int    // units separated by a blank line (or an HTML block) differ
	role  string // roleHeadline or roleDek when the markup says so
	wrap  bool   // hard-wrapped: joins the next unit of its block
	junk  junk   // already known to be junk from the markup (a figure caption)

	heading  int  // Markdown heading level (1 for "#"), 0 for other text
	emphasis bool // a Markdown paragraph wholly in italics or bold
	linked   bool // a Markdown paragraph that is all link text (a button, a promo link)
	tableRow bool // a row (or a long cell) of an HTML table
	indented bool // a text line set in by two spaces or more (a PDF's paragraph opening)

	item string // an ordered list item's number the text leaves out ("3. "), for meta.removed

	boxed bool   // a paragraph of a Markdown blockquote (polling_notices.go)
	lines string // a Markdown blockquote paragraph's own lines, set apart by "\n", which text joins (review_verdict_boxes.go)

	pageRow string // a Markdown table row as the page sets it, for meta.removed (markdown_table_lines.go)
}

// article is what a reader found in a file, ready for the shared cleaning.
type article struct {
	units []unit
	meta  annotate.Meta
	title string // headline from page metadata, when the markup has one
	site  string // the outlet's name, from the metadata or the <title>'s suffix

	publishedFromUpdate bool // meta.Published came from an "Updated …" line

	dropped []droppedLine // lines that make no unit, kept in meta.removed
}

// paragraph is a kept piece of the cleaned text.
type paragraph struct {
	text           string
	block          int
	role           string
	furnitureAfter bool // a caption, credit, byline, date or wire line follows it
	bylineAbove    bool // a byline or date line was removed above it
}

// document cleans the units and lays out the stored text: headline, dek,
// then the body paragraphs, separated by blank lines, with zones.
func (a *article) document() *annotate.Document {
	paras := a.clean()
	doc := &annotate.Document{Meta: a.meta}
	if len(paras) == 0 {
		return doc
	}

	// Headline: marked by the markup, equal to the page's title, or a short
	// first line without a final period.
	h := -1
	switch {
	case paras[0].role == roleHeadline:
		h = 0
	case a.title != "" && sameText(paras[0].text, a.title):
		h = 0
	case a.title != "":
		paras = append([]paragraph{{text: a.title, role: roleHeadline, block: -1}}, paras...)
		h = 0
	case len(paras) >= 2 && headlineLike(paras[0].text):
		h = 0
	}

	// Dateline: opens the first body paragraph, within the first few
	// paragraphs after the headline; what comes between is the dek.
	start := h + 1
	body, dl, wire := -1, "", ""
	for k := start; k < len(paras) && k <= start+2; k++ {
		if line, w := dateline(paras[k].text); line != "" && !speakerLabel(paras, line) {
			if k > start && wordsIn(paras[start:k]) > 100 || pastMarkedDek(paras, start, k) {
				break
			}
			body, dl, wire = k, line, w
			break
		}
	}
	if body < 0 {
		body = start
		if start < len(paras)-1 && isDek(paras, h, start) {
			body = start + 1
		}
	}
	if wire != "" && doc.Meta.Wire == "" {
		doc.Meta.Wire = wire
	}

	var sb strings.Builder
	pos := 0 // in runes
	write := func(s string) {
		sb.WriteString(s)
		pos += utf8.RuneCountInString(s)
	}
	for k, p := range paras {
		if k > 0 {
			write("\n\n")
		}
		at := pos
		write(p.text)
		switch {
		case k == h:
			doc.Zones = append(doc.Zones, annotate.Zone{Zone: annotate.ZoneHeadline, Start: at, End: pos})
		case k > h && k < body:
			if n := len(doc.Zones); n > 0 && doc.Zones[n-1].Zone == annotate.ZoneDek {
				doc.Zones[n-1].End = pos // a standfirst of several paragraphs
			} else {
				doc.Zones = append(doc.Zones, annotate.Zone{Zone: annotate.ZoneDek, Start: at, End: pos})
			}
		case k == body:
			if dl != "" {
				end := at + utf8.RuneCountInString(dl)
				doc.Zones = append(doc.Zones, annotate.Zone{Zone: annotate.ZoneDateline, Start: at, End: end})
				at = end
			}
			doc.Zones = append(doc.Zones, annotate.Zone{Zone: annotate.ZoneBody, Start: at, End: at})
		}
	}
	if n := len(doc.Zones); n > 0 && doc.Zones[n-1].Zone == annotate.ZoneBody {
		doc.Zones[n-1].End = pos
	}
	doc.Text = sb.String()
	if doc.Meta.Title == "" && h >= 0 {
		doc.Meta.Title = paras[h].text
	}
	return doc
}

// isDek reports whether the paragraph after the headline is a standfirst
// rather than the lede: the markup says so, or it is short and page furniture
// (caption, credit, byline, date) separates it from what follows, or it
// shares the headline's block while the body starts a new one. A lede comes
// after the byline, a dek before it.
func isDek(paras []paragraph, h, k int) bool {
	p := paras[k]
	if p.role == roleDek {
		return true
	}
	if p.role == roleHeadline || utf8.RuneCountInString(p.text) > 400 || wordCount(p.text) > 60 {
		return false
	}
	if p.bylineAbove && h >= 0 {
		return false
	}
	if p.furnitureAfter {
		return true
	}
	// "Supporters' trust warns the club has weeks to find new money" over
	// a lede that ends as a sentence does: a line without a full stop
	// under the headline, where the byline the extractor dropped stood
	if h >= 0 && k == h+1 && wordCount(p.text) >= 6 && wordCount(p.text) <= 40 && !sentenceEnd(p.text) && sentenceEnd(paras[k+1].text) {
		return true
	}
	// a summary under the headline that the lede then tells at length: a
	// sentence or two, no quotation, whose words the longer paragraph below
	// takes up again
	if h >= 0 && k == h+1 && wordCount(p.text) >= 12 && wordCount(p.text) <= 30 && sentenceEnd(p.text) &&
		!strings.ContainsAny(p.text, "\"“”«»") && wordCount(paras[k+1].text) > wordCount(p.text) && restated(p.text, paras[k+1].text) {
		return true
	}
	return h >= 0 && p.block == paras[h].block && paras[k+1].block != p.block
}

// restated reports a paragraph whose content words (four letters or more,
// not the commonest) the next one repeats, three in ten of them at least.
func restated(p, next string) bool {
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if utf8.RuneCountInString(w) >= 4 && !commonWords[w] {
				m[w] = true
			}
		}
		return m
	}
	a, b := words(p), words(next)
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	return len(a) > 0 && shared*10 >= len(a)*3
}

// commonWords carry no topic of their own.
var commonWords = setOf("that", "this", "with", "from", "were", "have", "been", "their", "they", "would", "which",
	"about", "after", "there", "when", "what", "will", "into", "than", "them", "said", "says", "also", "more", "most",
	"some", "such", "other", "over", "only", "just", "very", "where", "while", "those", "these", "because", "could",
	"should", "being", "before", "under", "between", "through", "against", "during", "without", "within")

// sentenceEnd reports whether a paragraph ends as a sentence does: a full
// stop, a question or exclamation mark, perhaps inside a closing quote.
func sentenceEnd(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "\"”’'»)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "…")
}

// clean removes page junk from the units, recording it in a.meta, and joins
// hard-wrapped lines into paragraphs.
func (a *article) clean() []paragraph {
	stripHighlights(a.units)           // "==marked words==" in a read-later export
	stamps := stripTurnStamps(a.units) // "[00:01:09] HOST: …": a broadcast transcript's running times
	// a print view's "report (https://…)"
	links := stripLinkExpansions(a.units)
	n := len(a.units)
	kinds := make([]junk, n)
	removed := make([][]string, n)
	credit := make([]bool, n)      // the unit is or ends with a photo credit
	captionOf := make([]string, n) // caption part of a split caption+credit line
	wc := make([]int, n)           // words per unit
	for i := range a.units {
		wc[i] = wordCount(a.units[i].text)
	}
	for i := range a.units {
		u := &a.units[i]
		if u.junk != keep {
			kinds[i] = u.junk
			removed[i] = []string{u.text}
			continue
		}
		if u.role != "" {
			continue
		}
		words := wc[i]
		kinds[i] = keepBrokenWord(*u, classify(u.text, words)) // "more sen-" (ocr_print_pages.go)
		if kinds[i] == junkCredit && wrappedAddressClause(a.units, i) {
			kinds[i] = keep // "…, 200 School Road, is open" / "all day" (full_measure_page_cuts.go)
		}
		switch kinds[i] {
		case keep:
			if c, cr, ok := splitCaptionCredit(u.text); ok {
				kinds[i] = junkCredit
				// meta.removed keeps the page's lines: a credit glued to its
				// caption was on a line of its own before the scraper lost
				// the break; one after a space shared the caption's line
				removed[i] = []string{u.text}
				if u.text == c+cr {
					removed[i] = []string{c, cr}
				}
				captionOf[i] = c
				credit[i] = true
			}
		case junkCredit:
			credit[i] = true
		}
		if kinds[i] != keep && removed[i] == nil {
			removed[i] = []string{u.text}
		}
	}
	keepConversationTurns(a.units, kinds, removed, wc) // an interviewer's "Thank you for joining us" is no promo
	noteTurnStamps(stamps, removed)

	removeDeskNotes(a.units, kinds, removed, wc)    // "[Pasted from email – check formatting]"
	removeUpdateLabels(a.units, kinds, removed, wc) // "UPDATE 3 — 16:05 GMT" (update_labels.go)
	removeASCIIBoxPromos(a.units, kinds, removed)   // a sign-up box drawn in "| … |" lines (ascii_box_promos.go)
	// a results panel drawn in "| … |" lines (ascii_figure_panels.go)
	removeASCIIFigurePanels(a.units, kinds, removed)
	removeASCIIBoxAdverts(a.units, kinds, removed) // "| HALL - available for hire. Ring … 01632 … |" (ascii_box_adverts.go)
	removeForwardedMail(a.units, kinds, removed)
	removeQuotedReply(a.units, kinds, removed)
	removeFeedReaderPage(a.units, kinds, removed, wc) // keep only the open item of a saved feed reader
	removeChannelPosts(a.units, kinds, removed, wc)   // keep only the story post of a channel's export
	removeChannelCard(a.units, kinds, removed)        // a channel's name ✔ over "N subscribers"
	removeDoubleCapture(a.units, kinds, removed, wc)  // a story saved twice: desktop page, then its AMP copy
	// a plain-text letter's story between "=====" rules (ruled_newsletters.go)
	removeRuledNewsletterSections(a.units, kinds, removed, wc)
	keepLetterTitles(a.units, kinds, removed, wc)
	first := firstKept(kinds, a.units)
	removeByPosition(a.units, kinds, removed, wc, first)
	removeOutletTrailer(a.units, kinds, removed, wc, firstOf(a.meta.Outlet, a.site))
	for i := 0; i < n; i++ {
		u := a.units[i]
		if kinds[i] != keep || u.role != "" {
			// A related-links heading takes the list of headlines under it.
			if (kinds[i] == junkRelated || kinds[i] == junkChrome) && (relatedHeading(u.text) || dashedRelatedHeading(u.text)) {
				for j, taken := i+1, 0; j < n && taken < 15 && a.units[j].role == ""; j, taken = j+1, taken+1 {
					if kinds[j] == keep && !relatedItem(a.units[j].text) || listEnd(a.units[j].text) {
						break
					}
					if kinds[j] == keep {
						kinds[j] = junkRelated
						removed[j] = []string{a.units[j].text}
					}
				}
			}
			continue
		}
		next := i + 1
		sameBlock := next < n && a.units[next].block == u.block && a.units[next].role == ""
		// Caption and alt text scraped as the same sentence twice, or a
		// caption whose repeat carries the credit: both copies are furniture.
		if sameBlock && wordCount(u.text) >= 3 &&
			(u.text == a.units[next].text || u.text == captionOf[next]) {
			kinds[i] = junkCaption
			removed[i] = []string{u.text}
			if kinds[next] == keep {
				kinds[next] = junkCaption
				removed[next] = []string{a.units[next].text}
			}
			continue
		}
		// The line just above a photo credit is its caption, unless it is
		// the first line of the page (a headline).
		if sameBlock && credit[next] && captionOf[next] == "" && i != first && wordCount(u.text) <= 60 {
			kinds[i] = junkCaption
			removed[i] = []string{u.text}
		}
	}
	removeOtherLanguage(a, kinds, removed, wc)
	removeForumThread(a.units, kinds, removed, wc)
	removeHeaderNames(a.units, kinds, removed)
	removeMenuRuns(a.units, kinds, removed)
	removeSplitHeaderLeftovers(a.units, kinds, removed) // a bare "By" over the name, "1.4k" beside "Share" (split_header_leftovers.go)
	removePlayerControls(a.units, kinds, removed)       // "Captions", "Settings", "Full screen" beside "0:00 / 2:14" (player_controls.go)
	removeFactBoxes(a.units, kinds, removed, wc)
	removeTables(a.units, kinds, removed, wc)
	removeDataTables(a.units, kinds, removed, wc)
	removeSpacedTables(a.units, kinds, removed, wc) // a results table lined up with spaces in a text page
	removeTableHeadings(a.units, kinds, removed, wc)
	removeTableCaptions(a.units, kinds, removed, wc) // "Timeline (all times UTC)" over a removed table (wrapped_pairs_and_captions.go)
	removeChartLabels(a.units, kinds, removed, wc)   // "Chart: …" over its image and source, "Note: …" under them (chart_labels.go)
	removeQuestionsHeadings(a.units, kinds, removed, wc)
	removeSponsorBoxes(a.units, kinds, removed, wc)
	removeRuledContactBoxes(a.units, kinds, removed, wc)
	removeReactionHeadings(a.units, kinds, removed, wc)
	removePartyReactionHeadings(a.units, kinds, removed, wc) // "Player reaction" over a quoting paragraph
	removeFormBlocks(a.units, kinds, removed, wc)
	removeBreaks(a.units, kinds, removed, wc)
	removeTickers(a.units, kinds, removed, wc)
	removeKeyEventLists(a.units, kinds, removed, wc) // "* 00:41 Greens gain the ward" indexing a live page (key_event_lists.go)
	removePriceBoards(a.units, kinds, removed, wc)
	removeMenuBoxes(a.units, kinds, removed, wc)      // "From the menu" over dish lines ending in "£6" (menu_boxes.go)
	removeReviewVerdictBoxes(a.units, kinds, removed) // address, "£70 a head", "Food 9/10 · Service 8/10" (review_verdict_boxes.go)
	removePollingNoticeBoxes(a.units, kinds, removed) // "> **Voting opens** > Polls open 7am to 10pm …" (polling_notices.go)
	removeCallNotices(a.units, kinds, removed, wc)    // "Conference call" over its dial-in and passcode
	// "Key points" over "• …" lines and "Show key points only" (bulleted_summary_boxes.go)
	removeBulletedSummaryBoxes(a.units, kinds, removed, wc)
	removeSummaryBoxes(a.units, kinds, removed, wc)
	removePostsAndNoticeBoxes(a.units, kinds, removed, wc)
	removePodcastAndWarningBoxes(a.units, kinds, removed, wc)
	removeRunBoxes(a.units, kinds, removed, wc)
	removeBookTitles(a.units, kinds, removed, wc)
	removeBoxHeadings(a.units, kinds, removed, wc)
	removeSectionBanners(a.units, kinds, removed, wc)
	removeChatEmbedHeads(a.units, kinds, removed, wc)
	// "Saturday at 21:14 · 🌍" under an account's name, "Like    Comment    Share" (social_post_stamps.go)
	removeSocialPostStamps(a.units, kinds, removed, wc)
	removeMasthead(a.units, kinds, removed)
	removePrintPointersAndPartners(a.units, kinds, removed, wc)    // "Turn to page 22 …", "OFFICIAL PARTNER: …"
	removeAdvertStrips(a.units, kinds, removed, wc)                // "Advertisement" over "GARDEN CENTRE - 20% OFF …" (ocr_print_pages.go)
	removeFactLinesAndSubscriberNotes(a.units, kinds, removed, wc) // "SHIP FILE: … | Flag: … | Owner: …" (fact_lines_and_subscriber_notes.go)
	removeEndMatter(a.units, kinds, removed, wc)
	removeTipHeadings(a.units, kinds, removed, wc) // "Do you know more?" over "Contact our investigations team …" (tip_headings.go)
	removeEndnoteLists(a.units, kinds, removed, wc)
	removeGlossaries(a.units, kinds, removed, wc) // "Words to know": terms and their meanings
	removeComments(a.units, kinds, removed, wc)
	removeSignOff(a.units, kinds, removed, wc)
	removeLetterSignOffs(a.units, kinds, removed, wc) // "With every blessing," and a name, with notices after them (letter_sign_offs.go)
	removePullQuotes(a.units, kinds, removed, wc)
	removePullQuoteCredits(a.units, kinds, removed, wc)
	removePullQuoteCites(a.units, kinds, removed, wc)    // pull_quote_cites.go
	removeActionPointLists(a.units, kinds, removed, wc)  // "ACTION POINTS" over "1. Clerk to write … (RA)" (action_point_lists.go)
	removeKeyQuoteLines(a.units, kinds, removed, wc)     // "Key quote: ‘…’ — Name" repeating the transcript (key_quote_lines.go)
	removeReaderAdviceBoxes(a.units, kinds, removed, wc) // "Your rights" over points to the reader (reader_advice_boxes.go)
	removeItalicEndNotes(a.units, kinds, removed, wc)
	removeEmailsWiresAndChats(a.units, kinds, removed, wc)
	removeIssuePromos(a.units, kinds, removed, wc)
	removeReaderNotes(a.units, kinds, removed, wc)
	removeFullTextLabels(a.units, kinds, removed, wc)
	removeDocPointerBoxes(a.units, kinds, removed, wc) // "Read the full report" and where it is published (document_pointer_boxes.go)
	removeTimelineLabels(a.units, kinds, removed, wc)
	removeResultsTables(a.units, kinds, removed, wc)     // "Stage result" over "1. Name (NOR) Team 4h 12' 09\"" rows (results_tables.go)
	removeMatchSummaryBoxes(a.units, kinds, removed, wc) // "Oakham 286-7 (50 ov) · Bexley 287-6 (49.2 ov)" and the result over it (match_summary_boxes.go)
	removeFixtureLines(a.units, kinds, removed)          // "Home v Away" over its removed result box (score_lines.go)
	removeApplicationBoxes(a.units, kinds, removed, wc)  // "Planning application 26/0412/FUL", what it is for, "Decision: …" (application_boxes.go)
	removeDigestBoxes(a.units, kinds, removed, wc)       // "Quote of the day" over "“…” — Name, role"; "In one line" over short items (digest_boxes.go)
	// "NEXT MATCH" over "Sat 7 Mar   Home v Away   15:00   Ground" (spaced_fixture_boxes.go)
	removeSpacedFixtureBoxes(a.units, kinds, removed, wc)
	// "Polls open 7am to 10pm on Thursday. Bring photo ID." (polling_notices.go)
	removePollingNotices(a.units, kinds, removed, wc)
	// again: the rules since may have taken the rest of a box (a booking
	// box's venue, dates and "Book now" under the show's title)
	removeBoxHeadings(a.units, kinds, removed, wc)
	removeBoxedListHeadings(a.units, kinds, removed, wc) // "**League: top three**" over removed rows (boxed_list_headings.go)
	removeHeadedBoxHeadings(a.units, kinds, removed, wc) // "### Specs at a glance" over removed lines, then "## …" (headed_box_headings.go)
	restoreIconSubheadings(a.units, kinds, removed, wc)  // "🐾 Why do hedgehogs …?" above the story's paragraphs (icon_subheadings.go)
	// "## Help name the cub" over a paragraph on the names (imperative_section_headings.go)
	restoreImperativeSectionHeadings(a.units, kinds, removed, wc)
	removeWrappedRemainders(a.units, kinds, removed, wc) // "Related: … | Fares" wrapped onto "on Vale trams …" (wrapped_pairs_and_captions.go)
	removeTrailingTitleLines(a.units, kinds, removed, wc)
	removeReferenceLists(a.units, kinds, removed, wc) // "References" and cited papers (journal_endmatter.go)
	removeWireVersionTag(a.units, kinds, removed)
	// a notes app's callouts, to-do list and [[wiki links]] (notes_app_exports.go)
	removeNotesAppParts(a.units, kinds, removed, wc)
	removeProductionCredits(a.units, kinds, removed, wc) // "… is produced by … for …. Music by …." last on the page (production_credits.go)
	// "Dalesfan62: Brilliant day out …" under the story (handle_comment_lines.go)
	removeHandleComments(a.units, kinds, removed, wc)
	// "STAY SAFE" over "- " tips and "Plan. Prepare. Tell someone." last on the page (safety_tip_boxes.go)
	removeSafetyTipBoxes(a.units, kinds, removed, wc)

	// Metadata from the removed lines; the byline tells the author's note.
	for i, u := range a.units {
		switch kinds[i] {
		case junkByline, junkDate, junkWire:
			a.noteHeader(u.text, kinds[i])
		}
	}
	removeAuthorNote(a.units, kinds, removed, a.meta.Byline)
	removePostSignatures(a.units, kinds, removed, a.meta.Byline) // a live post's writer alone under it (post_signatures.go)
	removeInitialsSignatures(a.units, kinds, removed)            // "— DP" under a live post (post_initials.go)
	removeBroadcastCredits(a.units, kinds, removed, wc)          // "Read by … | date | Listen again ▶" (broadcast_credits.go)
	restoreLinkExpansions(a.units, kinds, removed, links)
	a.keepRemoved(removed) // with the Markdown section breaks (markdown_breaks.go) and list numbers (boxed_list_headings.go)

	// Paragraphs: kept units, hard-wrapped lines joined.
	var page string // the page's text, for hyphenated words broken at a line end
	for _, u := range a.units {
		if u.wrap && strings.HasSuffix(u.text, "-") {
			var b strings.Builder
			for _, v := range a.units {
				b.WriteString(v.text)
				b.WriteByte('\n')
			}
			page = b.String()
			break
		}
	}
	var paras []paragraph
	bylineAbove := false
	for i := 0; i < n; i++ {
		if kinds[i] != keep {
			// a date over a release's headline is no byline over its dek
			if (kinds[i] == junkByline || kinds[i] == junkDate) && (len(paras) > 0 || a.title != "") {
				bylineAbove = true
			}
			if len(paras) > 0 && kinds[i].header() {
				paras[len(paras)-1].furnitureAfter = true
			}
			continue
		}
		u := a.units[i]
		text := u.text
		for u.wrap && i+1 < n && kinds[i+1] == keep && a.units[i+1].block == u.block {
			i++
			u = a.units[i]
			text = joinLines(text, u.text, page)
		}
		paras = append(paras, paragraph{text: text, block: u.block, role: u.role, bylineAbove: bylineAbove})
	}
	return paras
}

// removeItalicEndNotes removes the notes a Markdown page sets in italics
// under the story ("*The album is out now on … . The band tour from
// March.*", "*Additional research by …*"): the last kept paragraphs, while
// each is wholly in italics or bold, short, and no reported statement, once
// the story has had three paragraphs. Italics mark it as the desk's note,
// not the writer's text.
func removeItalicEndNotes(units []unit, kinds []junk, removed [][]string, wc []int) {
	paras := 0
	for i, u := range units {
		if kinds[i] == keep && u.role == "" && u.heading == 0 && wc[i] >= 15 {
			paras++
		}
	}
	for i := len(units) - 1; i > 0 && paras > 3; i-- {
		if kinds[i] != keep {
			continue
		}
		u := units[i]
		if u.role != "" || u.heading != 0 || !u.emphasis || wc[i] > 50 || reported(strings.ToLower(u.text)) {
			return
		}
		kinds[i] = junkTrailer
		removed[i] = []string{u.text}
		if wc[i] >= 15 {
			paras--
		}
	}
}

// removePullQuotes removes a pull quote: a paragraph that is one quotation
// and nothing else, repeating words said in another paragraph ("“Here a
// problem is eleven tonnes of wet grain.”" set off beside the quote it is
// taken from).
func removePullQuotes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] < 4 || wc[i] > 40 {
			continue
		}
		t := strings.TrimSpace(u.text)
		first, _ := utf8.DecodeRuneInString(t)
		last, _ := utf8.DecodeLastRuneInString(t)
		if !strings.ContainsRune("“\"‘«", first) || !strings.ContainsRune("”\"’»", last) {
			continue
		}
		inner := strings.TrimRight(strings.TrimFunc(t, func(r rune) bool { return strings.ContainsRune("“”\"‘’«» ", r) }), ".,!?…")
		if strings.ContainsAny(inner, "“”\"«»") || wordCount(inner) < 4 {
			continue // more than one quotation
		}
		for j, o := range units {
			if j != i && kinds[j] == keep && (strings.Contains(o.text, inner) || repeatsBodyWords(inner, o.text)) {
				kinds[i] = junkChrome
				removed[i] = []string{u.text}
				break
			}
		}
	}
}

// reNameInPlace matches a byline that gives where the reporter was instead
// of "By": "Kaisa Lepp in Linden Park", "Ana Ruiz at the Old Bailey".
var reNameInPlace = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2} (?:in|at) (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}$`)

// reJobTitleAlone matches a reporter's job title on its own line under
// the name: "Technology reporter", "Chief political correspondent".
var reJobTitleAlone = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3} (?i:correspondent|reporter|editor|writer|journalist|columnist|critic)$`)

// removeHeaderNames removes a byline without "By" next to a date line or
// another byline: a reporter's name alone ("Maren Oduya" over "Monday 3
// February 2025") or with where they were ("Kaisa Lepp in Linden Park").
// Alone, such a line could be a headline or a heading; beside a date it is
// the byline.
func removeHeaderNames(units []unit, kinds []junk, removed [][]string) {
	dated := func(j int) bool {
		return j >= 0 && j < len(units) && (kinds[j] == junkDate || kinds[j] == junkByline)
	}
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || endsSentence(u.text) || wordCount(u.text) > 8 {
			continue
		}
		names := wordCount(u.text) >= 2 && wordCount(u.text) <= 4 && isBylineNames(u.text) && !upperCase(u.text) ||
			jointBylineNames(u.text) // "Catriona Reid and Ewan Moss" (joint_bylines.go)
		if (names || reNameInPlace.MatchString(u.text)) && (dated(i-1) || dated(i+1)) {
			kinds[i] = junkByline
			removed[i] = []string{u.text}
			continue
		}
		// "Sam Doe" over "Health reporter" over the date: the name, its
		// job title and the date, one a line
		if names && i+2 < len(units) && units[i+1].block == u.block && units[i+1].role == "" &&
			reJobTitleAlone.MatchString(units[i+1].text) && dated(i+2) {
			for j := i; j <= i+1; j++ {
				if kinds[j] == keep {
					kinds[j] = junkByline
					removed[j] = []string{units[j].text}
				}
			}
		}
	}
}

// reSignOff matches the sign-off that closes a newsletter: "Thanks for
// reading.", "That's all for this week", "See you next Thursday".
var reSignOff = regexp.MustCompile(`^(?i:thanks?(?: you)? for reading|that'?s (?:all|it) for (?:this|today|now)|that’s (?:all|it) for (?:this|today|now)|see you next (?:week|time|\p{L}+day)|until next (?:week|time))\b`)

// removeSignOff removes a newsletter's sign-off and what follows it (the
// writer's first name, "Forwarded this email?", the postal address), once
// the story has had three paragraphs.
func removeSignOff(units []unit, kinds []junk, removed [][]string, wc []int) {
	paras := 0
	for i, u := range units {
		if u.role != "" {
			continue
		}
		// the sign-off may already be known as furniture ("… reply to this
		// email …"); what follows it goes all the same
		if paras >= 3 && wc[i] <= 30 && (reSignOff.MatchString(u.text) || closing(units, kinds, wc, i)) {
			for j := i; j < len(units); j++ {
				if kinds[j] == keep && units[j].role == "" {
					kinds[j] = junkTrailer
					removed[j] = []string{units[j].text}
				}
			}
			return
		}
		if kinds[i] == keep && wc[i] >= 15 {
			paras++
		}
	}
}

// closing reports a letter's closing line, in whatever words: a short
// line ending in a comma ("Catch you on Thursday,", "Until the next tide,")
// with the writer's name alone on the next line, and no more than a
// footer's few lines after it.
func closing(units []unit, kinds []junk, wc []int, i int) bool {
	if wc[i] > 8 || !strings.HasSuffix(units[i].text, ",") || strings.ContainsAny(units[i].text, "\"“”") {
		return false
	}
	name, after := -1, 0
	for j := i + 1; j < len(units); j++ {
		if kinds[j] != keep {
			continue
		}
		if name < 0 {
			name = j
		} else if after++; after > 3 {
			return false // the story goes on
		}
	}
	return name > 0 && wc[name] <= 3 && !endsSentence(units[name].text) && isBylineNames(units[name].text)
}

// removeBoxHeadings removes the heading of a furniture box ("Match facts"
// above the line-ups): a short line without sentence punctuation whose
// block holds nothing else but furniture, or, when the page puts the
// heading and the box in blocks of their own (an HTML <section> with an
// <h3> and a <p>), after which nothing but furniture is left on the page: a
// heading with no text under it heads nothing.
func removeBoxHeadings(units []unit, kinds []junk, removed [][]string, wc []int) {
	lastKept := -1
	for i := range units {
		if kinds[i] == keep {
			lastKept = i
		}
	}
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 4 || endsSentence(u.text) {
			continue
		}
		others := 0
		for j := i + 1; j < len(units) && units[j].block == u.block; j++ {
			if kinds[j] == keep {
				others = -1
				break
			}
			others++
		}
		// only furniture follows a heading standing alone: not the last
		// item of a list, whose block holds the items before it
		// (a letters page's last signature, "— Name, Town", ends the page
		// as its other letters end: it signs a letter, it heads nothing)
		if i == lastKept && i > 0 && i+1 < len(units) && units[i-1].block != u.block && units[i+1].block != u.block &&
			!closingLetterSignature(units, kinds, wc, i) { // letters_pages.go
			others = 1
		}
		if others > 0 {
			kinds[i] = junkChrome
			removed[i] = []string{u.text}
		}
	}
}

// removeMasthead removes what a scraped page prints above its headline: the
// site's name or masthead ("THE MERIDIAN REVIEW", "The Harbour Gazette"), a
// breadcrumb ("Newsroom › Press releases") and section labels ("World",
// "OPINION"). While the first kept line reads like one and a headline of four
// words or more follows it, after nothing but such lines, it is page chrome.
func removeMasthead(units []unit, kinds []junk, removed [][]string) {
	for {
		i := firstKept(kinds, units)
		if i < 0 || units[i].role != "" || !mastheadLike(units[i].text) && !mastheadTagline(units, kinds, i) && !letterheadAddress(units[i].text) { // letterheads.go
			return
		}
		found := false
		for j, seen := i+1, 0; j < len(units) && seen < 6 && !found; j++ {
			if kinds[j] != keep {
				continue
			}
			seen++
			t := units[j].text
			if units[j].role == roleHeadline || headlineLike(t) && wordCount(t) >= 4 && !mastheadLike(t) {
				found = true
			} else if !mastheadLike(t) && !letterheadAddress(t) {
				break
			}
		}
		if !found {
			return
		}
		kinds[i] = junkChrome
		removed[i] = []string{units[i].text}
		removeTagline(units, kinds, removed, i)
	}
}

// removeTagline removes the lines that share a removed masthead's block
// ("THE VALE RECORD" / "Independent news for the Vale since 1891") when a
// headline follows in a block of its own: a masthead's tagline, whatever it
// says. A line that ends a sentence is no tagline.
func removeTagline(units []unit, kinds []junk, removed [][]string, m int) {
	var lines []int
	j := m + 1
	for ; j < len(units) && units[j].block == units[m].block; j++ {
		if kinds[j] != keep {
			continue
		}
		if units[j].role != "" || endsSentence(units[j].text) || wordCount(units[j].text) > 10 {
			return
		}
		lines = append(lines, j)
	}
	for ; j < len(units); j++ {
		if kinds[j] == keep {
			break
		}
	}
	if len(lines) == 0 || j >= len(units) || !(units[j].role == roleHeadline || headlineLike(units[j].text) && wordCount(units[j].text) >= 4) {
		return
	}
	for _, k := range lines {
		kinds[k] = junkChrome
		removed[k] = []string{units[k].text}
	}
}

// mastheadLike reports a line that names a site or a section rather than
// a story: in capitals ("MIDLAND ECHO", "OPINION"), a breadcrumb, one or
// two words ("Science"), or three words all capitalised ("The Harbour
// Gazette"). A sentence never is.
func mastheadLike(s string) bool {
	w := wordCount(s)
	if serviceBanner(s) {
		return true // "… NEWS AGENCY -- GENERAL NEWS SERVICE", of any length (wire_service_banners.go)
	}
	if w == 0 || w > 8 || endsSentence(s) {
		return false
	}
	switch {
	case w <= 6 && upperCase(s):
		return true
	case strings.Contains(s, " › ") || strings.Contains(s, " » ") || strings.Contains(s, " > "):
		return true
	case strings.Contains(s, " | ") && capitalisedItems(strings.Split(s, " | ")):
		return true // "Politics | Environment": section labels
	case strings.Contains(s, " · ") && capitalisedItems(strings.Split(s, " · ")):
		return true // "CITY COLLEGE · NEWS AND EVENTS": a site and its section
	case w <= 2:
		return true
	case w == 3:
		for _, f := range strings.Fields(s) {
			if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) {
				return false
			}
		}
		return true
	}
	return false
}

// capitalisedItems reports two to four items of one to three capitalised
// words each.
func capitalisedItems(items []string) bool {
	if len(items) < 2 || len(items) > 4 {
		return false
	}
	for _, it := range items {
		f := strings.Fields(it)
		if len(f) == 0 || len(f) > 3 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(f[0]); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// upperCase reports text whose letters are all capitals (at least two).
func upperCase(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// reEndMatter matches the lines that open the boilerplate closing a press
// release ("About Acme Inc.", "Forward-Looking Statements", "Media
// contact:", "Notes to editors") and its end marks ("###", "-30-").
var reEndMatter = regexp.MustCompile(`^(?:(?i:about) \p{Lu}[^.!?]{0,60}|(?i:forward[- ]looking statements?|cautionary (?:note|statement)s?|safe harbou?r(?: statement)?|(?:media|press|investor|news) (?:contacts?|enquiries|inquiries|relations)|contacts?|notes? (?:to|for) (?:the )?editors?|editors'? notes?|for (?:more|further) information)\s*:?|#\s?#\s?#|-\s?30\s?-)$`)

// removeEndMatter removes a press release's closing boilerplate: from the
// first end-matter line after the story (at least three paragraphs of it)
// to the end of the page — the company profile, the legal disclaimer, the
// contact blocks with their names, telephone numbers and addresses.
func removeEndMatter(units []unit, kinds []junk, removed [][]string, wc []int) {
	paras := 0
	for i, u := range units {
		if kinds[i] != keep || u.role != "" {
			continue
		}
		if paras >= 3 && wc[i] <= 8 && reEndMatter.MatchString(u.text) {
			for j := i; j < len(units); j++ {
				if j > i && siteSectionAfterRelease(units, kinds, wc, j) {
					break // the reprinting site's own section ("Analyst view") (release_site_sections.go)
				}
				if kinds[j] == keep && units[j].role == "" {
					kinds[j] = junkTrailer
					removed[j] = []string{units[j].text}
				}
			}
			return
		}
		if wc[i] >= 15 {
			paras++
		}
	}
}

var (
	// reCommentsHeading matches what opens a reader-comments section: "32
	// comments", "Comments (4)", "Reader comments", "Join the discussion",
	// "Log in to comment".
	reCommentsHeading = regexp.MustCompile(`^(?i:(?:\d[\d,]*\s+)?(?:reader\s+)?(?:comments?|responses|replies)(?:\s*\(\d[\d,]*\))?|(?:show|view|read|see)\s+(?:all\s+)?(?:\d[\d,]*\s+)?comments|join the (?:conversation|discussion|debate)|have your say|leave a (?:comment|reply)|(?:log|sign) in to (?:comment|reply|join the (?:conversation|discussion)))$`)
	// reCommentMeta matches a comment's handle and age: "harbour_kate · 3
	// hours ago", "J. Mull | 2d ago", "Tomasz K. - yesterday".
	reCommentMeta = regexp.MustCompile(`^[^\s·•|]{1,30}(?: [^\s·•|]{1,30}){0,3}\s+[·•|–-]\s+(?i:\d+\s*(?:s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago|\d+[smhdw]|yesterday|just now|an? (?:minute|hour|day|week|month|year) ago)$`)
)

// reCommentVotes matches the votes a comment's controls end with: "▲ 24",
// "👍 3 👎 1".
var reCommentVotes = regexp.MustCompile(`(?:\s*[▲▼△▽↑↓👍👎]\s*\d[\d,]*)+$`)

// commentControls are the links under a reader's comment.
var commentControls = setOf("reply", "report", "like", "share", "flag", "quote", "permalink", "recommend",
	"upvote", "downvote", "report abuse", "report comment", "report this comment", "view replies", "hide replies")

// commentLine reports a line only a comment section prints: a handle with
// the comment's age, or the comment's controls ("Reply · Report").
// commentThread reports a heading in any words ("Conversation (12)",
// "Reader views") over a comment thread: a comment's name-and-age line or
// its controls right under it, and two such lines in the twelve after it.
func commentThread(units []unit, i int) bool {
	if i+1 >= len(units) || !commentLine(units[i+1].text) && (i+2 >= len(units) || !commentLine(units[i+2].text)) {
		return false
	}
	n := 0
	for j := i + 1; j < len(units) && j <= i+12; j++ {
		if commentLine(units[j].text) {
			n++
		}
	}
	return n >= 2
}

func commentLine(s string) bool {
	if wordCount(s) > 10 {
		return false
	}
	if reCommentMeta.MatchString(s) {
		return true
	}
	s = strings.TrimSpace(reCommentVotes.ReplaceAllString(s, "")) // "Reply Report ▲ 24"
	if s == "" {
		return false
	}
	items := []string{s}
	for _, sep := range []string{"·", "|", "•"} {
		if strings.Contains(s, sep) {
			items = strings.Split(s, sep)
			break
		}
	}
	if len(items) == 1 && !commentControls[strings.ToLower(s)] {
		items = strings.Fields(s) // "Reply Report": the links set apart by spaces only
	}
	for _, it := range items {
		it = strings.ToLower(strings.TrimSpace(it))
		if k := strings.IndexByte(it, '('); k > 0 {
			it = strings.TrimSpace(it[:k]) // "Like (3)"
		}
		if !commentControls[it] {
			return false
		}
	}
	return true
}

// commentsWord is a cheap test before reCommentsHeading: the line names
// comments, replies, a conversation or a say.
func commentsWord(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"comment", "repl", "respons", "conversation", "discussion", "debate", "your say"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// removeComments removes a reader-comments section under the story: from
// its heading ("32 comments", "Join the discussion") to the end of the
// page, once the story has had three paragraphs and a comment's handle and
// age or its "Reply · Report" links follow the heading within a dozen
// lines. Readers' comments are no part of the article, however much they
// read like it.
func removeComments(units []unit, kinds []junk, removed [][]string, wc []int) {
	paras := 0
	for i, u := range units {
		if u.role != "" {
			continue
		}
		named := wc[i] <= 8 && commentsWord(u.text) && reCommentsHeading.MatchString(strings.TrimRight(strings.TrimSpace(u.text), ":.…"))
		named = named || commentsOpening(u.text)             // "23 thoughts on “…”" (comment_threads.go)
		named = named || headlessCommentThread(units, wc, i) // a first comment's "handle · 2 hours ago" with no heading (comment_heads.go)
		if paras >= 3 && (named || wc[i] <= 3 && !endsSentence(u.text) && commentThread(units, i)) {
			confirmed := commentsUnder(units, i) // "Sue H. says:", "Dalesfan62: …" (comment_threads.go)
			for j := i + 1; j < len(units) && j <= i+12 && !confirmed; j++ {
				confirmed = commentLine(units[j].text) || commentControl(units[j].text, wc[j]) || commentHead(units[j].text) || datedCommentHead(units[j].text) // comment_heads.go, dated_comment_heads.go
			}
			if confirmed {
				for j := i; j < len(units); j++ {
					if kinds[j] == keep && units[j].role == "" {
						kinds[j] = junkChrome
						removed[j] = []string{units[j].text}
					}
				}
				return
			}
		}
		if kinds[i] == keep && wc[i] >= 15 {
			paras++
		}
	}
}

// removeAuthorNote removes the authors' notes after the story ("Jane Doe is
// a reporter for NBC News.", or a columnist's "Margaret Olwen is a former
// harbour pilot … The views expressed are her own."): the last kept lines,
// while they read like one.
func removeAuthorNote(units []unit, kinds []junk, removed [][]string, byline string) {
	for i := len(units) - 1; i > 0; i-- {
		if kinds[i] != keep {
			continue
		}
		if units[i].role != "" || !authorNote(units[i].text, byline) {
			return
		}
		kinds[i] = junkTrailer
		removed[i] = []string{units[i].text}
	}
}

// reBioOpen matches a note that opens with a person's name and what they
// are or do; reBioWork, the words that make it a note about a writer.
var (
	reBioOpen = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}) (?:is|was|has been|writes|has written|has reported|covers|reports)\b`)
	reBioWork = regexp.MustCompile(`(?i)\b(?:writer|reporter|journalist|author|editor|columnist|correspondent|contributor|photographer|freelance|book|books|newsletter|podcast|based in|has reported|has written|writes about|covers)\b`)
)

// authorNote reports a paragraph that reads like a note on the author: the
// reporter's short note, or up to 60 words opening with the byline's name
// (or any name, when it speaks of writing) and what the person is.
func authorNote(s, byline string) bool {
	// "About the author: Jane Doe covers …": a label of a few words first
	if label, rest, ok := strings.Cut(s, ": "); ok && wordCount(label) <= 3 && !strings.ContainsAny(label, "\"“”") {
		s = rest
	}
	words := wordCount(s)
	if words <= 30 && reBio.MatchString(s) {
		return true
	}
	if words > 60 {
		return false
	}
	m := reBioOpen.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	if byline != "" && strings.Contains(byline, m[1]) {
		return true
	}
	return reBioWork.MatchString(s)
}

func firstKept(kinds []junk, units []unit) int {
	for i := range units {
		if kinds[i] == keep {
			return i
		}
	}
	return -1
}

// removeMenuRuns removes navigation menus scraped one item per line: four or
// more consecutive lines of at most three words without sentence punctuation
// ("World", "US", "Politics", "Business").
func removeMenuRuns(units []unit, kinds []junk, removed [][]string) {
	menuItem := func(i int) bool {
		t := units[i].text
		return kinds[i] == keep && units[i].role == "" && wordCount(t) <= 3 && len(t) <= 30 &&
			!endsSentence(t) && !strings.ContainsAny(t, "0123456789") // "Biden 51%" is a result, not a menu
	}
	// A menu may mix words the page-chrome list knows ("Menu", "Search")
	// with section names it does not ("U.S. News", "Politics"): a run of
	// four or more such lines with at least two unknown ones is a menu.
	chrome := func(i int) bool { return kinds[i] == junkChrome && units[i].role == "" }
	for i := 0; i < len(units); {
		j, items := i, 0
		for j < len(units) && (menuItem(j) || chrome(j)) {
			if menuItem(j) {
				items++
			}
			j++
		}
		if j-i >= 4 && (items >= 2 || items == j-i) {
			for k := i; k < j; k++ {
				if menuItem(k) {
					kinds[k] = junkChrome
					removed[k] = []string{units[k].text}
				}
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

// relatedHeading reports a related-links heading with no link on its line.
func relatedHeading(s string) bool {
	m := reRelated.FindStringSubmatch(s)
	if m != nil && strings.TrimSpace(m[1]) == "" {
		return true
	}
	// "You might also be interested in", "Further reading:"
	return len(s) < 80 && !strings.Contains(strings.TrimSuffix(s, ":"), ":") && pointerHeading(s, wordCount(s))
}

// relatedItem reports a line that reads like a linked headline: short and
// not a sentence ending in a period.
func relatedItem(s string) bool {
	return wordCount(s) <= 20 && !strings.HasSuffix(strings.TrimRight(s, "\"”’'"), ".")
}

// noteHeader keeps what a removed byline, date or wire line says, part by
// part when the page joined them on one line.
func (a *article) noteHeader(s string, kind junk) {
	parts := splitHeader(s)
	if len(parts) < 2 || headerParts(s) == keep {
		parts = []string{s}
	} else {
		kind = keep // classify each part on its own
	}
	for _, p := range parts {
		k := kind
		if k == keep {
			k = classify(p, wordCount(p))
		}
		switch k {
		case junkByline:
			a.noteByline(p)
		case junkDate:
			a.noteDate(p)
		case junkWire:
			a.noteWire(p)
		}
	}
}

func (a *article) noteByline(s string) {
	if a.meta.Byline != "" {
		return
	}
	m := reByline.FindStringSubmatch(s)
	if parts := splitHeader(s); m == nil && len(parts) == 2 && docLabel(parts[0]) && labelledByline(parts[1]) {
		m = reByline.FindStringSubmatch(parts[1]) // "THE GALLERY | by Jane Roe"
	}
	if m == nil {
		if reRoleByline.MatchString(s) {
			a.meta.Byline = strings.TrimSpace(s) // "Sarah Collins Scotland correspondent"
		}
		return
	}
	a.meta.Byline = strings.TrimSpace(m[1])
	for _, part := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == '|' }) {
		if p := strings.TrimSpace(part); wires[strings.ToLower(p)] && a.meta.Wire == "" {
			a.meta.Wire = p
		}
	}
}

var rePublishedLabel = regexp.MustCompile(`^(?i:(?:first\s+|originally\s+)?(?:published|posted)(?:\s+on)?\s*:?\s*)`)

func (a *article) noteDate(s string) {
	updated := strings.HasPrefix(strings.ToLower(s), "updated") || strings.HasPrefix(strings.ToLower(s), "last updated")
	if a.meta.Published != "" && (updated || !a.publishedFromUpdate) {
		return
	}
	a.meta.Published = strings.TrimSpace(rePublishedLabel.ReplaceAllString(s, ""))
	a.publishedFromUpdate = updated
}

func (a *article) noteWire(s string) {
	if a.meta.Wire != "" {
		return
	}
	if m := reWire.FindStringSubmatch(s); m != nil {
		a.meta.Wire = strings.TrimSpace(m[1])
		return
	}
	if agencyNumberLine(s, wordCount(s)) { // "CAI-ENG 1184 3 gos …": the agency's code (envelopes_and_boxes.go)
		code, _, _ := strings.Cut(strings.Fields(s)[0], "-")
		a.meta.Wire = code
		return
	}
	a.meta.Wire = strings.Trim(s, " /")
}

func headlineLike(s string) bool {
	if utf8.RuneCountInString(s) > 250 || wordCount(s) > 30 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r != '.' && r != ',' && r != ';' && r != ':'
}

func wordsIn(ps []paragraph) int {
	n := 0
	for _, p := range ps {
		n += wordCount(p.text)
	}
	return n
}

// sameText compares a title from metadata with a line of text, ignoring case
// and runs of spaces.
func sameText(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// subheading is a heading of a saved page with the paragraph right after it.
type subheading struct {
	text, next string
}

// subheadings lists the page's <h2>–<h4> headings whose next element is a
// paragraph: the subheadings of a text, such as a live blog's entry
// headings. It reads the page before the extractor prunes it.
func subheadings(doc *html.Node) []subheading {
	var out []subheading
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.H2 || n.DataAtom == atom.H3 || n.DataAtom == atom.H4) {
			next := n.NextSibling
			for next != nil && next.Type != html.ElementNode {
				next = next.NextSibling
			}
			t := squeezeSpacesKeepingNoBreak(textOf(n))
			if next != nil && next.DataAtom == atom.P && t != "" && wordCount(t) <= 20 {
				out = append(out, subheading{text: t, next: strings.Join(strings.Fields(textOf(next)), " ")})
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return out
}

// restoreHeadings puts back the subheadings the extractor dropped (it
// drops some entry headings of live blogs while keeping their text): each
// goes before the kept paragraph that followed it on the page, unless it is
// there already. The junk rules then judge it as any other line.
func restoreHeadings(units []unit, subs []subheading) []unit {
	for i, sh := range subs {
		if sh.next == "" || hasText(units, sh.text) {
			continue
		}
		for k := range units {
			if units[k].role == "" && units[k].junk == keep && sameText(units[k].text, sh.next) {
				h := unit{text: sh.text, block: -100 - i}
				units = append(units[:k], append([]unit{h}, units[k:]...)...)
				break
			}
		}
	}
	return units
}

// speakerLabel reports a transcript's speaker label taken for a dateline:
// a label in capitals ending in a colon ("MINISTER SOLVANG: ") when two or
// more other paragraphs open with such a label. A dateline opens one
// paragraph; a speaker speaks again.
func speakerLabel(paras []paragraph, line string) bool {
	if !strings.HasSuffix(strings.TrimSpace(line), ":") {
		return false
	}
	n := 0
	for _, p := range paras {
		i := strings.Index(p.text, ": ")
		if i <= 0 || i > 60 || !upperCase(p.text[:i]) {
			continue
		}
		if n++; n >= 3 {
			return true
		}
	}
	return false
}
