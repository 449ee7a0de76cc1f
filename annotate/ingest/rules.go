package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a line of page junk is. Header junk (bylines, dates, wire lines,
// captions and credits) sits between a headline, its dek and the body, so
// where it appears helps tell a dek from a lede.
type junk uint8

const (
	keep junk = iota
	junkBanner
	junkChrome // ads, share bars, navigation, promos
	junkRelated
	junkTrailer
	junkByline
	junkDate
	junkWire
	junkCaption
	junkCredit
)

func (j junk) header() bool { return j >= junkByline }

// exactJunk lists lines that are page chrome when they stand alone: ad
// slots, share bars, navigation and widget labels, compared lower-cased with
// trailing ":", "…" and "|" trimmed.
var exactJunk = setOf(
	"check against delivery", "check against delivery only", "related documents", "documents", "downloads", "attachments",
	"republish this story", "republish this article", "republish",
	"advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
	"paid content", "paid post", "promoted", "story continues below advertisement",
	"story continues below", "article continues below advertisement", "article continues below",
	"continue reading", "continue reading below", "scroll to continue", "scroll to continue with content",
	"skip to content", "skip to main content", "skip to navigation", "skip navigation", "jump to",
	"share", "shares", "share this", "share this article", "share this story", "share this page",
	"share article", "share story", "share on facebook", "share on twitter", "share on x",
	"share on linkedin", "share on whatsapp", "share via email", "share via", "tweet", "email", "e-mail",
	"print", "copy link", "copy url", "link copied", "copied", "save", "saved", "save article",
	"bookmark", "gift article", "gift this article", "comments", "comment", "view comments",
	"listen", "listen to this article", "listen to article", "play", "pause", "watch", "watch now",
	"video", "photo", "photos", "image", "images", "gallery", "view gallery", "enlarge",
	"enlarge this image", "toggle caption", "hide caption", "expand", "close", "open", "menu",
	"main menu", "navigation", "search", "home", "homepage", "log in", "login", "sign in", "sign out",
	"sign up", "subscribe", "subscribe now", "register", "newsletter", "newsletters", "follow",
	"follow us", "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "pinterest",
	"telegram", "flipboard", "messenger", "instagram", "youtube", "more", "show more", "load more",
	"see more", "back to top", "top", "next", "previous", "next article", "previous article",
	"next story", "loading", "toggle navigation", "open menu", "close menu", "accept", "accept all",
	"reject all", "manage preferences", "cookie settings", "got it", "ok", "breaking news", "live",
	"opens in new window", "open in new window", "click to expand", "read full article",
	"full story", "trending", "sections", "topics", "tags", "editions", "edition", "supported by",
	"continue reading the main story", "send any friend a story", "now playing", "up next",
	"watch more", "play video", "replay", "comment on this story", "unlock this article",
	"open image in gallery", "view image in fullscreen", "enlarge image", "audio",
	"breaking news emails", "get breaking news alerts and special reports", "download the app",
	"reuse this content", "most viewed", "most read", "report an error", "corrections", "copy",
	// press releases and reader-funded sites
	"for immediate release", "for release", "embargoed", "before you go", "support us", "donate",
	"show key events only", "key events", "pinned post", "pinned", "breaking", "just in",
	// newsletters archived as pages
	"in this issue", "in this edition", "in today's edition", "in today's issue", "inside this issue",
	"quote of the week", "view in browser", "view in your browser", "view online", "unsubscribe",
	"forwarded this email?", "read online",
	// blog widgets
	"like this", "be the first to like this", "like loading", "leave a reply", "leave a comment",
	"post navigation", "related posts",
)

// wires names news agencies whose name alone on a line, or in a
// "/ Source:" line or a dateline, says the story came off the wire.
var wires = setOf(
	"reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse",
	"agence france presse", "bloomberg", "dpa", "xinhua", "upi", "kyodo", "kyodo news", "tass",
	"interfax", "efe", "ansa", "anadolu", "anadolu agency", "pti", "ani", "ians", "yonhap",
	"press association", "pa", "pa media", "aap", "the canadian press", "bernama", "reuters/ap",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	// "Sign up for our newsletter", "Get the latest…", "5 min read", "Image 1 of 12":
	// promos and widget labels that start a short line.
	rePromo = regexp.MustCompile(`^(?i:new)?(?i:you can now listen to|register now|get breaking news|follow .{0,40}coverage|the news and stories that matter|sign up (?:for|to)|subscribe (?:to|for)|skip to|share (?:this|on|via)|get the latest|get our|download (?:the|our)|click here|tap here|follow us|join us on|watch:|listen:|watch live|don'?t miss|support our journalism|already a subscriber|this (?:article|story) (?:was|is|has been) (?:originally )?(?:published|updated)|advertisement|story continues|article continues|continue reading|listen to this|\d+\s*min(?:ute)?s? read|(?:image|photo|slide|picture) \d+ (?:of|/) \d+)`)

	// "RELATED:", "Read more", "More from World", "More on Harbury Town"
	// (a name in capitals: "More on that later" is prose), "You may also
	// like": the heading of a related-links box, with or without a link
	// after it.
	reRelated = regexp.MustCompile(`^(?i:related(?:\s+(?:articles?|stories|story|coverage|content|links|topics|news|reading|videos?))?|read more(?: \p{L}+){0,2}|in (?:this|today'?s|today’s) (?:issue|edition|newsletter)|read also|also read|read next|more on this(?: story)?|more on (?-i:\p{Lu}[\p{L}\d'’&.-]*(?: (?:of|the|and|\p{Lu}[\p{L}\d'’&.-]*)){0,4})|more from [\p{L}\d ]{1,30}|more stories|more coverage|more \p{L}+(?: \p{L}+)?(?: news| stories)?|see also|recommended(?: for you| stories| reading)?|you (?:may|might) also like|most (?:read|popular|viewed)|trending(?: now| stories)?|what to read next|editor'?s picks|top stories|latest news|more news|explore more(?: on (?:these|this) topics?)?|more on (?:these|this) topics?|also (?:today|this week|inside|in (?:this|today['’]s) (?:issue|edition|newsletter|briefing))|elsewhere today|in other news|other (?:stories|headlines)|more headlines|related posts?)(?:\s*[:»›>|—–-]\s*(.*?))?\s*$`)

	// "(Reporting by Jane Doe; Editing by John Roe)", "Our Standards: …",
	// "© 2021 Reuters", "Copyright 2021 The Associated Press. All rights reserved.":
	// wire-story trailers and copyright footers.
	// Also a wire's "(Translated from German by …)", a magazine's "This
	// article appears in the June issue …", an opinion page's "The views
	// expressed …" and a press release's "SOURCE Acme Inc.".
	reTrailer = regexp.MustCompile(`^[(\[]{0,2}(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|research|produced|graphics?)\s+by\b|our standards:|(?:disclosure|disclaimer|declaration of interests?):|all rights reserved|copyright\b|©|\(c\)\s*\d{4}|this material may not be published|contact the (?:author|writer|reporter))`)
	// reNoteTrailer matches the trailers of reTrailer's second kind; it
	// runs only on lines opening with "translated", "this", "the" or
	// "SOURCE" (noteTrailer).
	reNoteTrailer = regexp.MustCompile(`^[(\[]?(?i:translated\s+(?:from\s+[\p{L}-]+\b|by\b)|(?:this|the) (?:interview|conversation|transcript|q&a) (?:has been|have been|was) (?:lightly )?(?:edited|condensed)|the (?:views|opinions) expressed\b|this (?:article|story|piece|column|essay|interview) (?:appears|appeared|first appeared|originally appeared|was first published) in\b)|^SOURCE\s+\p{Lu}`)

	// A widget's label before its text ("Newsletter — Get … every Friday",
	// "Sponsored: Compare …", "Podcast | …"), a markets-data note, a
	// podcast promo, a comment count ("Comments (14)").
	reWidget = regexp.MustCompile(`^(?i:(?:newsletters?|podcasts?|sponsored|promoted|partner content|promotion|advertisement|ad)\s*[—–:|]|(?:quote|number|chart|stat|figure|picture|photo|tweet|word)s? of the (?:week|day|month)\s*[—–:|]|(?:markets? |stock |share )?(?:data|quotes|prices) (?:are |is )?delayed\b|listen to (?:the|our|this) (?:full )?(?:interview|episode|podcast|conversation)\b|(?:comments?|replies|responses|reactions)\s*\(\d[\d,]*\)$)`)

	// Sports and press-office furniture: a scoreline ("Harlowe Rovers 2
	// Castlebridge Town 1"), a line-up ("Rovers: Ellis; Mbeki, …; …"), a
	// facts line ("Referee: Tom Haddow. Attendance: 8,412."), an embargo
	// line, a press office's section name ("University of Kessington — News
	// and Events").
	reScoreline = regexp.MustCompile(`^\p{Lu}[\p{L}.'’& -]{1,40}? (?:\d{1,3} \p{Lu}[\p{L}.'’& -]{1,40}? \d{1,3}|\d{1,3}\s?[-–]\s?\d{1,3} \p{Lu}[\p{L}.'’& -]{1,40}?)$`)
	reLineup    = regexp.MustCompile(`^\p{Lu}[\p{L}.'’& -]{1,40}: [^;]+;[^;]+;[^;]+;`)
	// A value may hold initials ("Referee: G. Pattullo."), whose full stop
	// does not end the item.
	reFactsLine = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’ -]{1,30}: (?:\b\p{Lu}\.\s?|[^:.]){1,60}\.\s*){2,}$`)
	reEmbargo   = regexp.MustCompile(`^(?i:embargoed|under embargo|not for (?:publication|release) (?:before|until))\b`)
	reOffice    = regexp.MustCompile(`(?i)^(?:[\p{L} .&'’-]{0,60}\s[—–|-]\s)?(?:news (?:and|&) events|press releases?|newsroom|media cent(?:re|er)|press office|news cent(?:re|er))$`)

	// An e-mail address on a short line: a contact or tip-off line
	// ("Media contact: press@…", "Do you have a story? Email news@…").
	reEmail = regexp.MustCompile(`[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+`)

	// A line that is only a telephone number: "+1 503-555-0142".
	rePhone = regexp.MustCompile(`^(?:(?i:tel|phone|mobile|t|m)\.?:?\s*)?\+?[\d ()./-]{7,20}$`)

	// "The Associated Press contributed to this report.", "Jane Doe contributed."
	reContributed = regexp.MustCompile(`^(?i:[\p{L} .,&'’-]{2,80} contributed(?: (?:to )?(?:this|the) (?:report|story|article))?\.?)$`)

	// "By Jane Doe", "BY JANE DOE AND JOHN ROE", "Written by …", "Author: …": a byline.
	reByline = regexp.MustCompile(`^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Tt]ext by|[Ii]nterview(?:ed)? by|[Ww]ords and pictures by|(?:[Aa]uthors?|[Ww]ords|[Tt]ext|[Rr]eporting|[Rr]eport|[Ss]tory)\s*[:—–])\s+(.+)$`)

	// "/ Source: Reuters", "Source: AP", "Via AFP": the wire a page credits.
	reWire = regexp.MustCompile(`^(?:/\s*)?(?i:source|sources|via|from)\s*:?\s+(.{2,40})$`)

	// "Photo: …", "Image credit: …", "Pictured: …", "(AP Photo/Evan Vucci)".
	// BBC's "Image source, Getty Images"; the NYT's "Credit...Jane Doe for
	// The New York Times".
	rePhotoLabel = regexp.MustCompile(`^[(\[]?(?i:(?:file |handout |pool )?photo(?:graph)?s?|image|picture|pictured|credits?|illustration|photo illustration|video)(?:\s+credit)?\s*(?::|by\b|/|—|–|\.\.\.|…)|^(?i:image source),`)

	// Captions that say so: BBC's "Image caption, …", Reuters galleries'
	// "[1/3] Russian President …".
	reCaptionLabel = regexp.MustCompile(`^(?:(?i:image caption|media caption|video caption|caption)\s*[,:]|\[\d{1,3}/\d{1,3}\]|` +
		// a printed page's caption placed by position: "Above: Growers at …", "Far left: …"
		`(?:Above|Below|Top|Bottom|Left|Right|Inset|Opposite|Overleaf|Far left|Far right|Top left|Top right|Bottom left|Bottom right|Clockwise from (?:top )?left):\s+\p{Lu}[^"“”]{5,200}$)`)

	// Dates as pages print them: "Dec. 12, 2021", "12 December 2021", "2021-12-12", "12/12/2021".
	reDate = regexp.MustCompile(`(?i)\b(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}(?:t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b`)
	// A month and a year, as a magazine dates its issue ("June 2025 issue").
	reMonthYear = regexp.MustCompile(`\b(?i:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{4}\b`)
	reTime      = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?`)
)

// dateWords may surround a date on a date line: "Published 9:41 AM UTC, Sun Dec. 12, 2021".
var dateWords = setOf(
	"published", "updated", "posted", "last", "modified", "on", "at", "first", "originally",
	"date", "time", "utc", "gmt", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest",
	"msk", "ist", "jst", "aest", "et", "pt", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
	"fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "am", "pm", "a.m", "p.m", "hours", "ago", "and", "|", "/", "-", "—", "–", "•", "·",
	"issue", "edition", "print",
	// a clock word after the time on German-language pages: "14:32 Uhr"
	"uhr",
)

// classify decides whether one short-enough line of a page is junk, without
// looking at its neighbours. words is the line's word count.
func classify(s string, words int) junk {
	if words <= 60 && len(s) < 600 && licenceNote(strings.ToLower(s), words) {
		return junkTrailer
	}
	if words <= 80 && len(s) < 800 && disclaimer(s, strings.ToLower(s), words) {
		return junkTrailer
	}
	if words > 30 && labelledCorrectionBox(strings.ToLower(s), words) {
		return junkTrailer // "Editor's note: An earlier version of this article said …" at any length
	}
	if words <= 60 && affiliateDisclosure(s) {
		return junkTrailer // "This post contains affiliate links. If you buy through them …"
	}
	if restrictionsNotice(s, words) {
		return junkTrailer // "Reporting restrictions: This report is subject to an order under …"
	}
	if k := emailWireOrChatKind(s, words); k != keep {
		return k // "Court cases are reported in accordance with …", ">> DONATE NOW <<"
	}
	if courtPolicyNote(s, words) {
		return junkTrailer // "Court reports in the Gazette are published in line with …" (court_policy_notes.go)
	}
	if k := courtSummaryLine(s, words); k != keep {
		return k // "[2024] EWCA Civ 77", "On appeal from …", "Note to editors: …"
	}
	if k := sponsorOrCouncilLine(s, words); k != keep {
		return k // "Local democracy reporter: Jane Doe", "How they voted: For 31 … | Against 22 …" (sponsor_and_council_lines.go)
	}
	if eventSponsorLine(s, words) {
		return junkTrailer // "The … Marathon is presented by X. Official timing partner: Y. Medical cover by Z." (event_sponsor_lines.go)
	}
	if audienceCall(s, words) {
		return junkTrailer // "Have your say: call 0800 … or text WORD to 81222. Texts cost …" (audience_calls.go)
	}
	if affiliationLine(s, words) {
		return junkByline // "Jane Doe is at the Department of …, University of …" (journal_endmatter.go)
	}
	if k := columnFurnitureLine(s, words); k != keep {
		return k // "Corrections and clarifications", "To contact the readers’ editor, email …" (readers_editor_columns.go)
	}
	if k := poolReportLine(s, words); k != keep {
		return k // "POOL REPORT #2 - …", "Pool reports are distributed to members …" (pool_reports.go)
	}
	if k := publisherDisclaimerLine(s, words); k != keep {
		return k // "The Gazette is published by …. Views expressed are not those of …" (publisher_disclaimers.go)
	}
	if externalLinkDisclaimer(s, words) {
		return junkTrailer // "The Station is not responsible for the content of external sites." (external_link_disclaimers.go)
	}
	if k := anonymityFootnoteLine(s, words); k != keep {
		return k // "*Name has been changed" (anonymity_footnotes.go)
	}
	if k := wireUpdateLine(s, words); k != keep {
		return k // "Updated 2 hours ago" stamps, "…, opens new tab", "Quotes delayed 15 minutes"
	}
	if k := wireVersionNoteLine(s, words); k != keep {
		return k // "UPDATE 3-Adds governor's comments, …" on a line of its own (wire_version_notes.go)
	}
	if translationNote(s, words) {
		return junkChrome // "[Note: This is an unofficial translation of …. The … text is authoritative.]" (translation_notes.go)
	}
	if wireAddsNote(s, words) || wirePointerLine(s, words) {
		return junkChrome // "(Adds CEO comments on analyst call, shares)" under a wire's headline, "For a factbox on …, see EU-FARM/FACTBOX" (wire_adds_notes.go)
	}
	if labelledUpdateNote(s, words) {
		return junkChrome // "Update: This article has been updated with …" (labelled_update_notes.go)
	}
	if k := galleryCounterLine(s, words); k != keep {
		return k // "1 of 12" under a gallery (gallery_counters.go)
	}
	if k := wireCorrectionLine(s, words); k != keep {
		return k // "(ACME.L +4.1%)", "(This story has been corrected to show …)" (wire_corrections.go)
	}
	if k := datedSectionLine(s, words); k != keep {
		return k // "Published 4 May 2027 at 09:15 | Harbour ward" (dated_section_lines.go)
	}
	if k := headOrFootLine(s, strings.ToLower(s), words); k != keep {
		return k // "Category: … Urgency: 2 Words: 540", "Serving … since 1871", "14°C Dunmere Thursday …" (page_heads_and_feet.go)
	}
	if labelledWarningBox(s, words) {
		return junkChrome // "⚠ AMBER WARNING: SNOW Where: … When: …" run into one paragraph (labelled_warning_boxes.go)
	}
	if words > 40 || len(s) > 1000 {
		return keep // page junk is never a long paragraph
	}
	if iconLed(s) {
		return junkChrome // "▶ Watch the session", "★★★★☆", "📷 In pictures"
	}
	bannerTopic := strings.Contains(s, "rowser") || strings.Contains(s, "ookie") ||
		strings.Contains(s, "avaScript") || strings.Contains(s, "avascript") || strings.Contains(s, "blocker")
	if !bannerTopic && words > 30 {
		return keep
	}
	lower := strings.ToLower(s)
	// "IE 11 is not supported. For an optimal experience visit our site on
	// another browser.", "We use cookies to …", "Please enable JavaScript":
	// browser and consent banners. A reported sentence about browsers or
	// cookies ("…, the regulator said") is article text.
	if bannerTopic && !reported(lower) {
		for _, w := range bannerWords {
			if strings.Contains(lower, w) {
				return junkBanner
			}
		}
	}
	if words > 30 {
		return keep
	}
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return junkChrome // "* * *", "___", "—": dividers and empty widgets
	}
	key := strings.TrimRight(strings.TrimLeft(lower, "•·*>-–— "), " :…|.»›")
	if exactJunk[key] || storyToolsLine(s, words) { // "Printer-friendly version | Email this story to a friend" (story_tool_lines.go)
		return junkChrome
	}
	if commentControl(s, words) || replyCall(s, lower, words) {
		return junkChrome // "Sort by: Newest | Oldest", "… Reply to this week’s edition and tell us." (comment_controls.go, reply_calls.go)
	}
	if dashedCredit(s, lower, words) {
		return junkTrailer // "-- Reporting by …; editing by … --" (dashed_credits.go)
	}
	if recordCitation(s, words) || testingPolicyNote(s, lower, words) {
		return junkTrailer // "Official Report, 9 March 2027, Vol. 812, cols 233–234" (record_citations.go), "We never accept free samples." (testing_policy_notes.go)
	}
	if houseGuidePromo(s, lower, words) {
		return junkChrome // "Need a new one? See our Best Buy toasters." (house_guide_promos.go)
	}
	if bracketedImageCredit(s, lower, words) {
		return junkCaption // "… at the depot (Image: Westmoor Gazette)" (bracketed_image_credits.go)
	}
	if editionBanner(s, words) || editionMasthead(s, words) { // edition_mastheads.go
		return junkChrome // "Text-only edition | Switch to full site"
	}
	if pagerLine(s, words) {
		return junkRelated // "Previous entry: … | Next entry: …" (pager_lines.go)
	}
	if languageSwitch(s, words) {
		return junkChrome // "Darllenwch yn Gymraeg / Read this story in Welsh" (language_switches.go)
	}
	if k := newsletterLine(s, lower, words); k != keep {
		return k // "View this email in your browser: …", "… -- Issue 212, May 2027"
	}
	if wires[key] {
		return junkWire
	}
	if reTrailer.MatchString(s) || noteTrailer(s, lower) || strings.Contains(lower, " contributed") && reContributed.MatchString(s) ||
		coPublicationNote(s, lower, words) || storyTrailer(s, lower, words) || // story_trailers.go
		helplineSignpost(s, lower, words) || // "Samaritans are available day and night on 116 123" (helpline_signposts.go)
		newsletterNotice(s, lower, words) || // "Next Parish Council meeting: Tuesday 13 January, …" (newsletter_notices.go)
		translationCredit(s, lower, words) { // "Quotations in German were translated by …" (translation_credits.go)
		return junkTrailer
	}
	// "Harbour News is part of Westmoor Media. © 2025": a publisher's
	// footer with its copyright mark anywhere on a short line.
	if words <= 20 && strings.Contains(s, "©") {
		return junkTrailer
	}
	if correctionNote(lower) || columnNote(s, lower) {
		return junkTrailer
	}
	if reRelated.MatchString(s) || dashedRelatedHeading(s) { // "-- MORE FROM AGS --" (dashed_related_headings.go)
		return junkRelated
	}
	if rePromo.MatchString(s) || playlistPromo(s, lower, words) { // "Playlist: Hear … on our Friday Fresh playlist." (playlist_promos.go)
		return junkChrome
	}
	if marketDataCredit(s, words) {
		return junkTrailer // "Market data provided by … Not investment advice." (market_data_credits.go)
	}
	if scriptLine(s, words) {
		return junkChrome // "[2] SCHOOL ROOF  0'55\"", "DUR: 0'14\"  OUT: …", "NEWSREADER:" (broadcast_script_lines.go)
	}
	if citedStudyBox(s, lower, words) {
		return junkTrailer // "Read the study Achterberg T, … et al. ‘…’. Soil Futures 14 (2026). Link" (cited_study_boxes.go)
	}
	if eventListingBox(s, lower, words) {
		return junkTrailer // "Festival listings: … runs until 21 June. Day tickets from £12 at …" (event_listing_boxes.go)
	}
	if ticketPromo(s, lower, words) {
		return junkChrome // "TICKETS: Harlowe (A) - SOLD OUT. Join the waiting list >" (ticket_promos.go)
	}
	if furnitureLine(s, lower, words) {
		return junkChrome
	}
	if readerPromo(s, lower, words) || ctaLine(s, lower, words) || arrowLink(s, words) { // ">> Check the map for your street" (arrow_links.go)
		return junkChrome
	}
	if creditPairs(s, words) || editNote(s, lower, words) || rightsLine(s, lower, words) || labelledPhone(s, words) || listingLine(s, words) ||
		words <= 25 && !strings.ContainsAny(s, "\"“”") && (reSeries.MatchString(s) || reCorrectionAny.MatchString(s)) {
		return junkTrailer
	}
	if stampLine(s, words) {
		return junkDate // "Last edited 6 hours ago", "A six-minute read"
	}
	if consentLine(lower, words) {
		return junkBanner // "We and our partners store small files on your device …"
	}
	if ctaItems(s) || liveControls(s, words) { // "Refresh for latest updates | Share this ticker" (live_page_controls.go)
		return junkChrome // "Send this to a friend · Copy the link"
	}
	if nameAndDesk(s) || creditLine(s, words) {
		return junkByline // "Rosalind Kerr · Education and community", "Story by … . Edited by … ."
	}
	if words <= 12 && reTagsLine.MatchString(s) {
		return junkRelated // "Topics: Ceasefires, Kessian Highlands, United Nations"
	}
	if words <= 15 && strings.Contains(lower, "contact") && reContactLine.MatchString(s) {
		return junkTrailer // "-- AFN, Lyon bureau. Contact: +33 4 …"
	}
	if isMenu(s) && headerParts(s) == keep { // "Name | 12 February 2026 | Updated 14:05" is a header
		return junkChrome
	}
	if labelList(s, words) || words <= 25 && pageLabel(s, lower) {
		return junkRelated // "Filed in: Libraries, Council budget, Elmbridge", "Next in this series: …"
	}
	if m := reWire.FindStringSubmatch(s); m != nil && wordCount(m[1]) <= 5 && (s[0] == '/' || wires[strings.ToLower(strings.TrimSpace(m[1]))]) {
		return junkWire
	}
	if m := reByline.FindStringSubmatch(s); m != nil && (isBylineNames(m[1]) || reRoleByline.MatchString(m[1]) || words <= 7 && reDeskByline.MatchString(s)) {
		return junkByline
	}
	if deskByline(s, words) {
		return junkByline // "By Jane Doe and John Roe, Data team" (desk_bylines.go)
	}
	if reRoleByline.MatchString(s) || toldToByline(s) || bylineAtPlace(s, words) { // "As told to Jane Roe" (told_to_bylines.go), "By … at Carrow Town Hall" (byline_places.go)
		return junkByline
	}
	if words <= 20 && isDateLine(s) {
		return junkDate
	}
	if words <= 10 && namesAndDate(s) && headerParts(s) != junkWire { // not an agency beside its service
		return junkByline // "Maren Oduya Monday 3 February 2025": a byline and its date run together
	}
	if lettersCall(s, lower, words) {
		return junkTrailer // "Have your say on this story - write to the Editor, … or email letters@…" (letters_calls.go)
	}
	if photoLabel(s, words) || postalLine(s, lower, words) {
		return junkCredit
	}
	if isCredit(s, lower, words) {
		return junkCredit
	}
	if reCaptionLabel.MatchString(s) {
		return junkCaption
	}
	if reFollow.MatchString(s) || followPromo(s) { // "… on X for live updates" (follow_promos.go)
		return junkChrome
	}
	if k := boxOrNoteKind(s, lower, words); k != keep {
		return k
	}
	if k := inlineWidgetKind(s, lower, words); k != keep {
		return k
	}
	if k := envelopeOrWidgetKind(s, lower, words); k != keep {
		return k
	}
	if k := digestOrNoticeKind(s, lower, words); k != keep {
		return k
	}
	if k := exportOrMarkerKind(s, words); k != keep {
		return k
	}
	if k := postOrNoticeKind(s, lower, words); k != keep {
		return k
	}
	if k := briefingOrInterviewKind(s, lower, words); k != keep {
		return k
	}
	if k := podcastOrWarningKind(s, lower, words); k != keep {
		return k
	}
	if k := promoOrReleaseHeadKind(s, lower, words); k != keep {
		return k
	}
	return headerParts(s)
}

// reCorrection matches a correction or clarification note: "Correction,
// 2 June 2025: An earlier version of this article …", "Clarification: …",
// "Editor's note: …", and a note from whoever else prepared the page:
// "Translator's note: …", "Publisher's note: …".
var reCorrection = regexp.MustCompile(`^(?:corrections?|clarifications?|(?:editor|translator|publisher)['’]?s['’]? notes?)(?:\s*[,(–—-]\s*[^:]{3,40})?\s*:\s*\S`)

// correctionNote reports a correction note from the lower-cased line: one
// that says so in its label, or that speaks of "an earlier version of this
// article".
func correctionNote(lower string) bool {
	l := strings.TrimLeft(lower, "*_([ ")
	if (strings.HasPrefix(l, "correction") || strings.HasPrefix(l, "clarification") || strings.HasPrefix(l, "editor") ||
		strings.HasPrefix(l, "translator") || strings.HasPrefix(l, "publisher")) && reCorrection.MatchString(l) {
		return true
	}
	for _, p := range []string{"an earlier version of this ", "a previous version of this "} {
		if k := strings.Index(lower, p); k >= 0 {
			rest := lower[k+len(p):]
			for _, w := range []string{"article", "story", "report", "piece", "column", "post", "interview", "review", "investigation", "feature"} {
				if strings.HasPrefix(rest, w) {
					return true
				}
			}
		}
	}
	return false
}

// reColumnNote matches a column's schedule line: "Jane Doe’s column appears
// every Tuesday", "Tom Roe's sketch runs on sitting days".
var reColumnNote = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}['’]s? (?:[\p{L}-]+ ){0,2}(?i:columns?|sketch(?:es)?|diary|letter|notebook|cartoons?|reviews?|blog|newsletter|podcast|dispatch(?:es)?|briefing|notes?) (?:appears?|runs?|is published|are published|returns?|will return|will appear|is back)\b[^.!?]{0,60}[.!]?$`)

// columnNote reports a column's schedule line (reColumnNote), tried only
// on lines with a possessive and a verb of appearing.
func columnNote(s, lower string) bool {
	return (strings.Contains(s, "’s ") || strings.Contains(s, "'s ") || strings.Contains(s, "s’ ") || strings.Contains(s, "s' ")) &&
		(strings.Contains(lower, " appear") || strings.Contains(lower, " run") || strings.Contains(lower, " return") ||
			strings.Contains(lower, " published") || strings.Contains(lower, " is back")) &&
		reColumnNote.MatchString(s)
}

// noteTrailer reports a translation, editing, views or issue note, or a
// press release's SOURCE line.
func noteTrailer(s, lower string) bool {
	l := strings.TrimLeft(lower, "([")
	return (strings.HasPrefix(l, "translated") || strings.HasPrefix(l, "this ") || strings.HasPrefix(l, "the ") ||
		strings.HasPrefix(s, "SOURCE ")) && reNoteTrailer.MatchString(s)
}

// furnitureLine reports the sports, press-office, reader-funded and widget
// lines of reScoreline … reWidget, reEmail and rePhone. Each expression runs
// only on lines a cheap test leaves possible: most lines of a page are
// prose, and cleaning must stay fast.
func furnitureLine(s, lower string, words int) bool {
	digits := strings.ContainsAny(s, "0123456789")
	switch {
	case digits && !endsSentence(s) && reScoreline.MatchString(s),
		strings.Count(s, ";") >= 3 && reLineup.MatchString(s),
		strings.Count(s, ":") >= 2 && reFactsLine.MatchString(s),
		(strings.HasPrefix(lower, "embargo") || strings.HasPrefix(lower, "under embargo") || strings.HasPrefix(lower, "not for")) && reEmbargo.MatchString(s),
		words <= 10 && (strings.Contains(lower, "news") || strings.Contains(lower, "press") || strings.Contains(lower, "media")) && reOffice.MatchString(s):
		return true
	}
	if digits && (resultBox(s) || scorerLine(s, words) || matchFactsLine(s, words)) { // score_lines.go
		return true // "FT: Rovers 2 (Ellis 12, 70) Town 1 (Mbeki 44) · Att: 8,412": a result box
	}
	if digits && !endsSentence(s) && reSetScores.MatchString(s) || digits && resultBoxWithLinks(s) { // result_box_links.go
		return true // "… Ilves (EST) bt Rousseau-Vidal (FRA) 6-4 3-6 7-5": a result above the story
	}
	if reported(lower) {
		return false
	}
	if words <= 30 && promoLine(lower) || words <= 12 && reSeeLabel.MatchString(s) || donationBox(lower, words) { // donation_calls.go
		return true
	}
	if embedAccountView(s, words) || venueHoursLine(s, words) { // embed_view_lines.go, venue_hours_lines.go
		return true
	}
	if playerLinkLine(s, lower, words) || programmeSlotLine(s, lower, words) { // player_link_lines.go, programme_slot_lines.go
		return true // "[Listen again on … Player - 2 hr 58 min]", "Drive is on Radio … every weekday from 4pm."
	}
	if tipLine(s, lower) || seriesNote(lower) || words <= 16 && embedLine(s, lower) || words <= 30 && reMediaPlayerLabel.MatchString(s) ||
		words <= 30 && reRoundupDisclaimer.MatchString(s) || compiledNotOurView(s, lower, words) || ownedRoundupDisclaimer(s, lower, words) { // roundup_view_disclaimers.go, owned_roundup_disclaimers.go
		return true
	}
	if galleryOrListPointer(s, lower, words) || signInRemnant(s, words) { // "Full list of winners", "Please or to comment" (gallery_and_list_pointers.go)
		return true
	}
	return supportLine(lower) ||
		reWidget.MatchString(s) ||
		words <= 15 && strings.IndexByte(s, '@') >= 0 && reEmail.MatchString(s) ||
		digits && len(s) <= 40 && rePhone.MatchString(s) && !reDate.MatchString(s)
}

// tipLine reports a call for tips addressed to the reader, from the
// outlet and not the police: a question or an "if you …" to the reader
// ("Do you know more?", "Have you been affected?", "If you have a story")
// with the outlet's own address ("contact our investigations team", "call
// the newsdesk", "email us", "we'd love to hear from you"). A quotation is
// never one: a police appeal quoted in the story is article text.
func tipLine(s, lower string) bool {
	if wordCount(s) > 40 || strings.ContainsAny(s, "“”\"«»") {
		return false
	}
	if !tipQuestion(lower) { // tip_headings.go
		return false
	}
	if !strings.Contains(s, "?") && !strings.HasPrefix(lower, "if you ") {
		return false // a call for tips asks
	}
	// "Did you tell us the truth?" in an interview is no call for tips: the
	// outlet gives a way to reach it
	return tipAddress(lower)
}

// tipOpenings are how a call for tips asks the reader.
var tipOpenings = []string{"do you ", "have you ", "did you ", "are you ", "were you ", "got a ", "know something",
	"if you have ", "if you know ", "if you were ", "if you are ", "have a story", "have a tip", "want to tell us"}

// tipAddress reports a lower-cased line that gives the outlet's own
// address for tips ("contact our investigations team", "email us").
func tipAddress(lower string) bool {
	for _, p := range []string{"newsdesk", "news desk", "contact us", "contact our ", "get in touch with us", "get in touch with our ",
		"email us", "e-mail us", "call us", "message us", "write to us", "tell us at ", "tell us on ", "tell us via ",
		"let us know at ", "let us know on ", "let us know via ", "love to hear from you", "for us?"} {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// reSeriesNote matches a series box: "This story is part of Follow the
// Money, our series on …", "This article is the third in a series …".
var reSeriesNote = regexp.MustCompile(`^this (?:story|article|piece|feature|interview|essay|column|episode) is (?:part|one|the (?:latest|first|second|third|fourth|fifth|last|final)(?: (?:part|instalment|installment|article|story|piece))?) (?:of|in) `)

// seriesNote reports a series box from the lower-cased line (reported
// sentences are excluded before it runs). Only the text itself ("this
// story") can be part of a series: "This investigation is part of …" may
// be news.
func seriesNote(lower string) bool {
	l := strings.TrimLeft(lower, "*_([ ")
	return strings.HasPrefix(l, "this ") && reSeriesNote.MatchString(l)
}

// reEmbedItem matches one item of a media embed's links: "Listen on
// Spindle", "Watch the video on Streamly", "Play in Kresko".
var reEmbedItem = regexp.MustCompile(`^(?i:listen|watch|stream|play|hear it|hear|catch)(?: (?:it|now|again|along|here|(?:the |this )?(?:full |whole |complete )?\p{L}+))? (?:on|in|at|via|with) \S[^.!?]{0,30}$`)

// reRoundupDisclaimer matches the note over a round-up of other outlets'
// stories: "This digest gathers stories from other papers. We have not
// checked them.", "Our rumour mill rounds up reports in the press".
var reRoundupDisclaimer = regexp.MustCompile(`^(?i:the|this|our) (?:[\p{L}-]+ ){0,2}(?i:column|round-?up|digest|roundup|mill|page|blog|briefing) (?i:collects|gathers|rounds up|brings together|compiles|sums up|summari[sz]es) (?:[\p{L}’'-]+ ){0,3}(?i:reports|stories|rumours|rumors|claims|articles|coverage) (?i:from|in|by|of) `)

// reMediaPlayerLabel matches the label of a video or audio player left in
// the text: a play sign or a Watch/Listen/Video label, a title, and the
// running time in brackets ("▶ Watch: the mayor's statement in full
// (12:40)", "Listen: the council debate (1:05:12)").
var reMediaPlayerLabel = regexp.MustCompile(`^(?:[▶►▷⏵] ?\p{L}|(?i:watch|listen|video|audio)\b)[^\n]{0,200} \(\d{1,2}:\d{2}(?::\d{2})?\)$`)

// embedLine reports the links a media embed leaves on a page, perhaps
// behind a play sign: "▶ Listen on Spindle · Listen on Wavely", "Watch on
// Streamly".
func embedLine(s, lower string) bool {
	if !strings.Contains(lower, "listen") && !strings.Contains(lower, "watch") && !strings.Contains(lower, "stream") &&
		!strings.Contains(lower, "play") && !strings.Contains(lower, "hear") && !strings.Contains(lower, "catch") {
		return false
	}
	s = strings.TrimLeft(s, "▶►▷⏵🎧🎵♫ ")
	items := []string{s}
	for _, sep := range []string{" · ", " | ", " • ", " / "} {
		if strings.Contains(s, sep) {
			items = strings.Split(s, sep)
			break
		}
	}
	for _, it := range items {
		if !reEmbedItem.MatchString(strings.TrimSpace(it)) {
			return false
		}
	}
	return true
}

// supportLine reports a reader-funded site's box or comment prompt ("The
// Lantern is supported by readers", "become a supporter", "Join the
// conversation", "Comments are open to supporters", "Subscribe to our
// newsletter"), from the lower-cased line. Plain phrase tests: a regular
// expression with these alternatives cost more than the rest of cleaning.
func supportLine(lower string) bool {
	after := func(phrase string, next ...string) bool {
		for from := 0; ; {
			k := strings.Index(lower[from:], phrase)
			if k < 0 {
				return false
			}
			rest := lower[from+k+len(phrase):]
			for _, n := range next {
				if strings.HasPrefix(rest, n) {
					return true
				}
			}
			from += k + len(phrase)
		}
	}
	readers := []string{"readers", "its readers", "our readers", "their readers"}
	switch {
	case after(" funded by ", readers...), after(" supported by ", readers...), after("paid for by ", readers...),
		after(" made possible by ", readers...),
		after("become a ", "supporter", "member", "subscriber", "patron", "donor"),
		after("support ", "us", "our work", "our journalism", "our reporting", "independent journalism",
			"independent local journalism", "independent news", "independent reporting"),
		after("make a ", "contribution", "donation", "one-off contribution", "one-off donation", "monthly contribution", "monthly donation"),
		strings.HasPrefix(lower, "join the conversation"), strings.HasPrefix(lower, "join the discussion"),
		strings.HasPrefix(lower, "join the debate"),
		after("comments are ", "open", "closed", "now closed"):
		return true
	}
	return strings.Contains(lower, "newsletter") &&
		(after("subscribe ", "to ", "for ") || after("sign up ", "to ", "for "))
}

var (
	// Tennis or volleyball sets at the end of a line: "6-4 3-6 7-5", "7-6(4) 6-3".
	reSetScores = regexp.MustCompile(`(?:\b\d{1,2}[-–]\d{1,2}(?:\s?\(\d{1,2}\))?[ ,]+){1,4}\d{1,2}[-–]\d{1,2}(?:\s?\(\d{1,2}\))?$`)
	// "Topics: …", "Tags: …", "Filed under: …": a page's tag list.
	reTagsLine = regexp.MustCompile(`^(?i:topics|tags|tagged|tagged with|filed under|categories|subjects|more about)\s*:\s*\S`)
	// A contact line with a telephone number or an e-mail address.
	reContactLine = regexp.MustCompile(`(?i)\bcontact\b[^.]{0,20}?:?\s*(?:\+?\d[\d ()./-]{6,}\d|[\p{L}\d._%+-]+@[\p{L}\d-]+\.)`)
	// A box's label and its call to act: "Results map: see every district
	// as it declares", "Live tracker: follow every vote".
	reSeeLabel = regexp.MustCompile(`^\p{Lu}[\p{L} ]{2,30}: (?i:see|follow|explore|find|check|track|watch|read|get|sign|try)\b[^.!?]*$`)
)

// reKickerClass matches the class some sites give a standfirst and others a
// label over the headline.
var reKickerClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:kicker|deck|sub-?title|abstract)(?:$|[\s_-])`)

// kickerDek reports an element that is the standfirst although its class
// may name a label ("<p class="kicker">" under the <h1>): it comes after the
// headline and holds six words or more.
func kickerDek(class, text string) bool {
	return reKickerClass.MatchString(class) && wordCount(text) >= 6
}

// promoLine reports a promotion for a newsletter, a subscription or the
// newsletter's own furniture, from the lower-cased line: "Get the Lantern
// Health newsletter: …", "Get Kelsworth's news in your inbox …", "Enjoying
// this article? Subscribe for unlimited access …", "Forwarded this email?",
// "You are receiving this because you subscribed." A reported sentence is
// never one (reported is checked first).
func promoLine(lower string) bool {
	for _, p := range []string{"in your inbox", "to your inbox", "to your phone", "download our app", "download the app",
		"news alerts", "unlimited access", "enjoying this article",
		"enjoyed this article", "forwarded this email", "you are receiving this", "you're receiving this",
		"reply to this email", "view in browser", "unsubscribe"} {
		if strings.Contains(lower, p) {
			return true
		}
	}
	// "… the week in British startups, free. Sign up": a box that ends in
	// its call to act
	end := strings.TrimRight(lower, " .!:>→»›[]") // "Enter your email   [ SIGN UP ]": a form's field and button
	for _, c := range []string{"sign up", "sign up here", "sign up now", "sign up free", "subscribe", "subscribe now", "subscribe here"} {
		if strings.HasSuffix(end, c) && (len(end) == len(c) || !unicode.IsLetter(rune(end[len(end)-len(c)-1]))) {
			return true
		}
	}
	if !strings.Contains(lower, "newsletter") {
		return false
	}
	return strings.HasPrefix(lower, "get the ") || strings.HasPrefix(lower, "get our ") ||
		strings.Contains(lower, "sign up") || strings.Contains(lower, "subscribe") || strings.Contains(lower, "delivered")
}

// namesAndDate reports a byline and a date run together on one line:
// names, then a date line ("Maren Oduya Monday 3 February 2025").
func namesAndDate(s string) bool {
	if !strings.ContainsAny(s, "0123456789") || endsSentence(s) {
		return false
	}
	f := strings.Fields(s)
	for k := 2; k <= 4 && k < len(f); k++ {
		if isBylineNames(strings.Join(f[:k], " ")) && isDateLine(strings.Join(f[k:], " ")) {
			return true
		}
	}
	return false
}

// A byline without "By", as some sites print it above the story: "Sarah
// Collins Scotland correspondent", "Jane Doe, Senior Political Reporter".
var reRoleByline = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2},? (?:[\p{L}'’-]+ ){0,3}(?i:correspondent|reporter|editor|writer|journalist|columnist)$`)

// "Follow Jane Doe on Twitter", "Follow NBC News on Instagram".
var reFollow = regexp.MustCompile(`^(?i:follow) [\p{L}@ .'’-]{2,40} (?i:on (?:twitter|x|facebook|instagram|threads|bluesky|tiktok|linkedin))\.?$`)

// "4 min read", "5 minute read": a reading time beside a date.
var reReadTime = regexp.MustCompile(`^(?i:\d+\s*min(?:ute)?s?(?: read)?)$`)

// headerSeparators join a byline, a date and a source on one line.
var headerSeparators = []string{" / ", " | ", " • ", " · ", " — ", " – "}

// headerParts classifies a line that joins header items with a separator,
// "Dec. 12, 2021, 10:02 AM UTC / Source: Reuters" or "By Jane Doe | May 3,
// 2024": junk when every part is a byline, a date or a wire line.
func headerParts(s string) junk {
	parts := splitHeader(s)
	if len(parts) < 2 {
		return keep
	}
	if agencyServiceLine(parts) || agencyServiceLineBySeparator(s) {
		return junkWire
	}
	kind, dated, service := keep, false, false
	for _, p := range parts {
		dated = dated || isDateLine(p)
	}
	for i, p := range parts {
		k := classify(p, wordCount(p))
		if k == junkChrome && reReadTime.MatchString(p) {
			continue // "September 26, 2025 · 4 min read"
		}
		if commentCountPart(p) {
			continue // "… | Oct 13, 2026 | 12 comments" (comment_count_parts.go)
		}
		// "Samir Haddad | 12 February 2026": a name first, beside a date
		if k == keep && i == 0 && dated && isBylineNames(p) && wordCount(p) <= 4 {
			k = junkByline
		}
		// "Press release · 16 March 2026", "Analysis | 2 May 2026": the
		// kind of page beside its date (a day, not a time: "Polls close
		// — 10pm" may be news)
		if (k == keep || k == junkChrome && releaseLabel(p, wordCount(p))) && i == 0 && len(parts) == 2 && docLabel(p) && reDate.MatchString(parts[1]) {
			k = junkDate
		}
		// "THE GALLERY | by Jane Roe", "Opinion | By Jane Roe": a column's
		// name or the kind of page beside a "by" byline
		if k == keep && i == 0 && len(parts) == 2 && docLabel(p) && labelledByline(parts[1]) {
			k = junkByline
		}
		// "Nordisk Telegrambyrå – English Service – 02.03.2027 09:15
		// CET": an agency's name and its service beside the time filed
		if k == keep && dated && serviceLabel(p) {
			k, service = junkWire, true
		}
		if k != junkByline && k != junkDate && k != junkWire {
			return keep
		}
		if kind == keep || k == junkByline {
			kind = k
		}
	}
	if service {
		return junkWire // the agency's name is no byline
	}
	return kind
}

// labelledByline reports a byline that says "by": "by Jane Roe", "By Jane
// Roe and Tom Hale"; a name alone beside a label may be a headline's.
func labelledByline(s string) bool {
	m := reByline.FindStringSubmatch(s)
	return m != nil && isBylineNames(m[1])
}

// docLabel reports a label of one to three words naming a kind of page:
// capitalised, without figures or sentence punctuation.
func docLabel(s string) bool {
	if n := wordCount(s); n == 0 || n > 3 || strings.ContainsAny(s, "0123456789.,;:!?\"“”") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func splitHeader(s string) []string {
	for _, sep := range headerSeparators {
		if strings.Contains(s, sep) {
			var parts []string
			for _, p := range strings.Split(s, sep) {
				if p = strings.TrimSpace(p); p != "" {
					parts = append(parts, p)
				}
			}
			return parts
		}
	}
	return nil
}

// reBio matches the author note that closes many stories: "Jane Doe is a
// reporter for NBC News.", "John Roe is the Guardian's Moscow correspondent."
var reBio = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} (?:is|was|has been) (?:an? |the )?(?:[\p{L}'’-]+ ){0,4}(?:reporter|correspondent|writer|editor|producer|journalist|intern|contributor|columnist|fellow)(?: (?:for|at|with|based|covering|in|on)\b[^.]{0,80})?\.?$`)

// reported reports a sentence with a reporting verb: news, not a banner.
func reported(lower string) bool {
	for _, w := range []string{" said", " says", " told", "according to", " reported"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

var bannerWords = []string{
	"not supported", "optimal experience", "best experience", "update your", "upgrade your",
	"enable", "we use", "uses cookies", "accept", "consent", "privacy", "disable", "outdated",
	"out of date", "turn off", "turn on", "whitelist", "allowlist",
	// "Cookies help us deliver our services. By using our site, you agree
	// to our use of cookies."
	"you agree", "by using our", "by using this", "by continuing",
}

// isMenu reports a navigation line: three or more short items separated by
// "|", "•", "·", "›", "»", ">" or " / " ("Home | World | Europe").
func isMenu(s string) bool {
	// "Weitere Meldungen: a · b · c": a short label before the items.
	if label, rest, ok := strings.Cut(s, ": "); ok && wordCount(label) <= 3 {
		s = rest
	}
	// "Home  News  Opinion  Business": items set apart by runs of spaces.
	if strings.Contains(s, "  ") && !endsSentence(s) {
		items := strings.FieldsFunc(strings.ReplaceAll(s, "  ", "\x00"), func(r rune) bool { return r == 0 })
		if len(items) >= 4 && menuItems(items) {
			return true
		}
	}
	for _, sep := range []string{" | ", "|", " • ", " · ", " › ", " » ", " > ", " / "} {
		if !strings.Contains(s, sep) {
			continue
		}
		items := strings.Split(s, sep)
		if len(items) < 3 {
			continue
		}
		if menuItems(items) {
			return true
		}
	}
	return false
}

// menuItems reports a list of one to four words each.
func menuItems(items []string) bool {
	for _, it := range items {
		if n := wordCount(it); n == 0 || n > 4 {
			return false
		}
	}
	return true
}

// isBylineNames reports a run of capitalised names, possibly with "and",
// commas, or an outlet after "|" ("Jane Doe and John Roe, Reuters").
func isBylineNames(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '|' || r == '&' }) {
		n++
		if n > 12 {
			return false
		}
		switch strings.ToLower(w) {
		case "and", "de", "van", "von", "der", "den", "da", "la", "le", "di", "del", "bin", "al", "in", "for", "the", "of":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsPunct(r) && len(strings.TrimFunc(w, unicode.IsPunct)) == 0 {
			continue // a dash between the name and the outlet
		}
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return n > 0
}

// isDateLine reports a line that is only a date, perhaps with a time, a
// weekday and a "Published"/"Updated" label.
func isDateLine(s string) bool {
	if wordCount(s) > 20 || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	re := reDate
	if !re.MatchString(s) {
		if re = reMonthYear; !re.MatchString(s) {
			// a live blog's entry time alone: "22:02", "10.45am BST"
			if re = reTime; !re.MatchString(s) || wordCount(s) > 4 {
				return false
			}
		}
	}
	rest := re.ReplaceAllString(s, " ")
	rest = reTime.ReplaceAllString(rest, " ")
	label, lowerWords := "", 0
	for i, w := range strings.Fields(rest) {
		w = strings.Trim(w, ",.:;()[]")
		if w == "" || dateWords[strings.ToLower(w)] || zoneOffset(w) {
			continue
		}
		// one label word opening a short stamp: "Filed 14:32 GMT",
		// "Refiled 16:05 GMT", "Sent 9 May 2025"
		if i == 0 && label == "" && wordCount(s) <= 5 && !endsSentence(s) && strings.HasPrefix(s, w) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				label = w
				continue
			}
		}
		// a lower-case word or two beside a full date: "Sun 7 Dec 2026,
		// last touched 19:40"
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && re == reDate && lowerWords < 2 && wordCount(s) <= 8 && !endsSentence(s) {
			lowerWords++
			continue
		}
		return false
	}
	return true
}

// isCredit reports a photo credit: "Mikhail Metzel / Pool via Reuters",
// "Evan Vucci/AP", "AFP via Getty Images", "Photo: Jane Doe", "(AP Photo/Evan Vucci)".
func isCredit(s, lower string, words int) bool {
	if words > 14 {
		return false
	}
	if rePhotoLabel.MatchString(s) || bracketedSlashCredit(s) { // "(Marta Silva / Herald)" (bracketed_slash_credits.go)
		return true
	}
	for _, agency := range photoAgencies {
		if strings.Contains(lower, agency) && words <= 10 {
			return true
		}
	}
	// Name / Agency, both sides capitalised names ("Mikhail Metzel / Pool via Reuters").
	if i := strings.IndexByte(s, '/'); i >= 0 && strings.Count(s, "/") <= 2 && !strings.Contains(s, "://") {
		left, right := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
		if left != "" && right != "" && wordCount(left) <= 5 && wordCount(right) <= 6 &&
			isCreditNames(left) && isCreditNames(strings.ReplaceAll(right, "/", " ")) {
			return true
		}
	}
	return false
}

var photoAgencies = []string{
	"getty images", "ap photo", "afp photo", "reuters photo", "via getty", "via reuters",
	"shutterstock", "alamy", "epa-efe", "pool photo", "sopa images", "nurphoto", "imago images",
	"bloomberg via", "afp via", "photo courtesy", "courtesy of",
}

// isCreditNames reports capitalised words, allowing the small words of
// agency credits ("Pool via Reuters", "for The Washington Post").
func isCreditNames(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		n++
		switch w {
		case "via", "for", "of", "the", "de", "van", "von", "and", "&", "file", "handout", "pool":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789,;:") {
			return false
		}
	}
	return n > 0
}

// splitCaptionCredit finds a caption with its photo credit glued on: the
// scraper dropped the line break, so the credit follows the caption's final
// period with no space ("…on Dec. 9, 2021.Mikhail Metzel / Pool via Reuters"),
// after a space, or in brackets ("… on Friday. (AP Photo/Evan Vucci)"). It
// returns the two parts, or ok=false.
func splitCaptionCredit(s string) (caption, credit string, ok bool) {
	if wordCount(s) > 80 {
		return "", "", false
	}
	// Try the rightmost sentence end first: the credit is the short tail.
	for i := len(s) - 1; i > 0; i-- {
		c := s[i-1]
		if c != '.' && c != '!' && c != '?' && c != '"' && !strings.HasSuffix(s[:i], "”") {
			continue
		}
		if len(s)-i > 300 {
			break // a credit is a short tail
		}
		tail := strings.TrimSpace(s[i:])
		if tail == "" {
			continue
		}
		if wordCount(tail) > 12 {
			break
		}
		glued := s[i] != ' '
		if isCredit(tail, strings.ToLower(tail), wordCount(tail)) || glued && wires[strings.ToLower(tail)] {
			head := strings.TrimSpace(s[:i])
			if wordCount(head) >= 3 {
				return head, tail, true
			}
		}
	}
	return "", "", false
}

func wordCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// reDateline finds the dateline opening a story's first paragraph.
var reDateline = regexp.MustCompile(`^(?:` +
	// "MOSCOW — ", "NEW YORK, Dec 12 (Reuters) - ", "KYIV, Ukraine — ", "NEW DELHI: "
	`\p{Lu}[\p{Lu}.'’-]+(?:[ ](?:\p{Lu}[\p{Lu}.'’-]*|de|da|do|del|di|la|le|el|al|of))*` +
	`(?:,[ ][^,()—–\n]{2,25})?` +
	// a press release's date and wire service: "…, Ore., March 4, 2025 /Wire/ -- "
	// (or a wire's day and month, "…, 9 Oct. (Agency) — ")
	`(?:,[ ](?:\p{Lu}\p{Ll}{2,8}\.?[ ]\d{1,2}|\d{1,2}[ ]\p{Lu}\p{Ll}{2,8}\.?)(?:,[ ]\d{4})?)?(?:[ ]/[^/\n]{2,30}/)?` +
	`(?:[ ]\([^()\n]{2,30}\))?(?:[ ]?[—–][ ]?|[ ]--?[ ]|:[ ])` +
	// "Paris (AFP) - ", "Geneva, Switzerland (Reuters) — ", "Washington (CNN)President …"
	`|\p{Lu}[\p{L}.'’-]+(?:[ ]\p{L}[\p{L}.'’-]*){0,3}(?:,[ ][^,()—–\n]{2,25})?[ ]\(\p{Lu}[^()\n]{1,30}\)(?:[ ]?[—–][ ]?|[ ]--?[ ])?` +
	// "(Reuters) - ", "(CNN)President …"
	`|\(\p{Lu}[^()\n]{1,30}\)(?:[ ]?(?:[—–]|--?)[ ])?` +
	// an Italian-style wire's place and day after its agency:
	// "(AGENCY) - PLACE, 14 MAR - "
	`(?:\p{Lu}[\p{Lu}.'’-]+(?:[ ]\p{Lu}[\p{Lu}.'’-]*)*,[ ]\d{1,2}[ ]\p{Lu}{3,9}\.?[ ](?:[—–]|--?)[ ])?` +
	`)`)

// Words in capitals that open a paragraph like a dateline but are labels.
var notPlaces = setOf("UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS",
	"OPINION", "EDITOR'S", "EDITOR’S", "CORRECTION", "NOTE", "FILE", "PHOTO", "VIDEO", "FACT", "Q", "A",
	"FT", "HT", "AET") // a result box's status: "FT: Rovers 2 Town 1"

var reParens = regexp.MustCompile(`\(([^()]+)\)`)

// dateline returns the dateline at the start of a paragraph ("MOSCOW — ")
// and the wire it names, if any ("GENEVA (Reuters) - " → "Reuters").
func dateline(p string) (line, wire string) {
	head := p
	if len(head) > 120 {
		head = head[:120]
	}
	m := reDateline.FindString(head)
	if m == "" || utf8.RuneCountInString(m) > 70 || len(m) == len(p) {
		return "", ""
	}
	if strings.HasSuffix(m, ")") {
		// An agency in brackets with no dash must be glued to the first
		// word of the story: "(CNN)President Joe Biden …".
		if r, _ := utf8.DecodeRuneInString(p[len(m):]); !unicode.IsUpper(r) {
			return "", ""
		}
	}
	first := strings.FieldsFunc(m, func(r rune) bool { return r == ' ' || r == ',' || r == ':' })
	if len(first) > 0 && notPlaces[first[0]] {
		return "", ""
	}
	if pm := reParens.FindStringSubmatch(m); pm != nil && wires[strings.ToLower(pm[1])] {
		wire = pm[1]
	}
	return m, wire
}
