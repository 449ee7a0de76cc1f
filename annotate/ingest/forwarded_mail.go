package ingest

import (
	"regexp"
	"strings"
)

// Furniture of an e-mail a reader forwarded or replied to, saved as text:
// the reader's own mail above the forwarded one (headers, note, quoted
// reply, sign-off and signature), the mark the mail program sets over the
// forwarded message and that message's header lines.
var (
	// reForwardMark matches the line a mail program sets over a forwarded
	// message: "---------- Forwarded message ---------" (Gmail),
	// "-------- Forwarded Message --------" (Thunderbird), "Begin forwarded
	// message:" (Apple Mail), "-----Original Message-----" (Outlook).
	reForwardMark = regexp.MustCompile(`(?i)^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:)$`)
	// reReplyAttribution matches the line a mail program sets over the
	// message a reply quotes: "On Tue, 3 Mar 2026 at 09:12, Ann Bell
	// <ann@example.org> wrote:". The clock time or the address tells it
	// from a story's "On Monday the mayor wrote:".
	reReplyAttribution = regexp.MustCompile(`^On \S.{0,80}?(?:\b\d{1,2}:\d{2}\b|<[^<>\s]+@[^<>\s]+>).{0,80}\bwrote:$`)
)

// removeForwardedMail keeps only the forwarded message of a forwarded
// e-mail: when a forward mark stands over two header lines or more
// ("From: …", "Subject: …"), everything above it is the reader's own mail
// and goes, with the mark and the forwarded message's header block. The
// rest of the page is left to the other rules (the newsletter's masthead
// and footers).
func removeForwardedMail(units []unit, kinds []junk, removed [][]string) {
	take := func(i int) {
		if units[i].role == "" {
			kinds[i] = junkChrome
			removed[i] = []string{units[i].text}
		}
	}
	for i, u := range units {
		if !reForwardMark.MatchString(u.text) || forwardedHeaders(units, i+1) < 2 {
			continue
		}
		for k := 0; k <= i; k++ {
			if kinds[k] == keep {
				take(k)
			}
		}
		for k := i + 1; k < len(units) && reMailHeader.MatchString(units[k].text); k++ {
			take(k)
		}
		return
	}
}

// forwardedHeaders counts the mail header lines that follow at i without a
// gap of other lines.
func forwardedHeaders(units []unit, i int) int {
	n := 0
	for ; i < len(units) && reMailHeader.MatchString(units[i].text); i++ {
		n++
	}
	return n
}

// removeQuotedReply takes the message a reply quotes: the attribution line
// ("On …, Ann Bell wrote:") and the "> " lines right under it. A line that
// opens with ">" anywhere else (a breadcrumb, an arrow) is left alone.
func removeQuotedReply(units []unit, kinds []junk, removed [][]string) {
	for i := 0; i < len(units); i++ {
		if units[i].role != "" || !reReplyAttribution.MatchString(units[i].text) ||
			i+1 >= len(units) || !quotedLine(units[i+1].text) {
			continue
		}
		kinds[i] = junkChrome
		removed[i] = []string{units[i].text}
		for i+1 < len(units) && units[i+1].role == "" && quotedLine(units[i+1].text) {
			i++
			kinds[i] = junkChrome
			removed[i] = []string{units[i].text}
		}
	}
}

// quotedLine reports a line of a quoted reply: ">" alone or followed by a
// space or another ">".
func quotedLine(s string) bool {
	return s == ">" || strings.HasPrefix(s, "> ") || strings.HasPrefix(s, ">>")
}

// reIssuePromo matches a newsletter's line pointing to its other stories:
// "More in this issue at example.org: …", "Also in today's edition: …".
var reIssuePromo = regexp.MustCompile(`(?i)^(?:more|also) in (?:this|today['’]s|this week['’]s) (?:issue|edition|newsletter)(?: (?:at|on) \S+?)?\s*[:|–—-]`)

// removeIssuePromos takes a newsletter's line pointing to its other
// stories, with the lines it is wrapped over. A sentence of the story that
// begins with the same words but no colon or bar is left alone.
func removeIssuePromos(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i < len(units); i++ {
		if kinds[i] != keep || units[i].role != "" || !reIssuePromo.MatchString(units[i].text) {
			continue
		}
		j := i
		for j+1 < len(units) && units[j].wrap && units[j+1].block == units[i].block && kinds[j+1] == keep {
			j++
		}
		words := 0
		for k := i; k <= j; k++ {
			words += wc[k]
		}
		if words > 60 {
			continue
		}
		for k := i; k <= j; k++ {
			kinds[k] = junkRelated
			removed[k] = []string{units[k].text}
		}
		i = j
	}
}
