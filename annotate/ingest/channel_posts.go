package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// A messaging app exports a news channel's posts as text, each under the
// header "Channel name, [dd.mm.yyyy hh:mm]": above the first, the
// channel's card (its name with a check mark, "48,312 subscribers", a
// pinned message); in a post, a "Forwarded from …" line, a title behind a
// pictograph ("⚓ Fishing fleet blocks …"), and under the text its
// hashtags, view count, reaction counts and comments button; then the
// channel's next post. The story is the post with the most prose: the
// card and the other posts go, and its title loses the pictograph and
// becomes the headline. A group chat's export, where the headers carry
// different names, is a conversation and is left alone.

var (
	// reChannelPostHead matches an exported post's header: "Harbour
	// Radio, [12.03.2026 08:15]", "Kelby Courier, [3.1.26 17:40:02]".
	reChannelPostHead = regexp.MustCompile(`^(\S.{0,60}?), \[\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4}) \d{1,2}:\d{2}(?::\d{2})?\]$`)

	// reForwardedFrom matches the line over a post another channel wrote
	// first: "Forwarded from Kelby Live", "Forwarded from @kelbylive".
	reForwardedFrom = regexp.MustCompile(`^(?i:forwarded from|reposted from|repost from) \S.{0,60}$`)
)

// removeChannelPosts keeps only the story post of a channel's export:
// two posts' headers with the channel's name, or one; the post with the
// most prose paragraphs (three at least) is the story.
func removeChannelPosts(units []unit, kinds []junk, removed [][]string, wc []int) {
	var heads []int
	name := ""
	for i, u := range units {
		if !strings.HasSuffix(u.text, "]") || !strings.Contains(u.text, ", [") {
			continue // most lines are prose: the expression runs on few
		}
		m := reChannelPostHead.FindStringSubmatch(u.text)
		if m == nil {
			continue
		}
		if name != "" && m[1] != name {
			return // two names: a group chat
		}
		name = m[1]
		heads = append(heads, i)
	}
	if len(heads) == 0 {
		return
	}
	story, most := -1, 0
	for k, h := range heads {
		end := len(units)
		if k+1 < len(heads) {
			end = heads[k+1]
		}
		prose := 0
		for i := h + 1; i < end; i++ {
			if kinds[i] == keep && wc[i] >= 15 {
				prose++
			}
		}
		if prose > most {
			story, most = k, prose
		}
	}
	if most < 3 {
		return
	}
	start, end := heads[story], len(units)
	if story+1 < len(heads) {
		end = heads[story+1]
	}
	for i := range units {
		if i <= start || i >= end || reForwardedFrom.MatchString(units[i].text) {
			if kinds[i] == keep {
				kinds[i] = junkChrome
			}
			if removed[i] == nil {
				removed[i] = []string{units[i].text}
			}
		}
	}
	// the post's first line is its title when a pictograph put it out
	for i := start + 1; i < end; i++ {
		if kinds[i] == keep {
			return
		}
		if reForwardedFrom.MatchString(units[i].text) || !iconLed(units[i].text) {
			continue
		}
		title := strings.TrimLeftFunc(units[i].text, func(r rune) bool {
			return unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || unicode.IsSpace(r) || r == '\uFE0F' || r == '\u200D'
		})
		if w := wordCount(title); w >= 3 && w <= 25 && !sentenceEnd(title) && classify(title, w) == keep {
			units[i].text = title
			units[i].role = roleHeadline
			kinds[i] = keep
			removed[i] = nil
		}
		return
	}
}

var (
	// reVerifiedName matches a channel's or an account's name with the
	// check mark an app sets beside a verified one: "Kelby Courier ✔",
	// "Harbour Radio ✅".
	reVerifiedName = regexp.MustCompile(`^\p{Lu}[\p{L}\p{N}&.'’-]*(?: [\p{L}\p{N}&.'’-]+){0,5} ?[✔✓☑✅]\x{FE0F}?$`)

	// reAudienceCount matches the count under a channel's name: "48,312
	// subscribers", "12.4K followers · 310 posts", "2 108 members".
	reAudienceCount = regexp.MustCompile(`^\d[\d,. ]*[KkMm]? (?i:subscribers|followers|members)(?: [·•|] \d[\d,. ]*[KkMm]? (?i:posts|videos|photos|links|files))*$`)
)

// removeChannelCard removes a channel's card copied over its post: the
// name with a check mark and, on the line under it, the count of its
// subscribers, above the story's first sentence. Either line alone may
// be a checklist's item or a figure, and in the story's text they are.
func removeChannelCard(units []unit, kinds []junk, removed [][]string) {
	for i := 0; i+1 < len(units); i++ {
		if kinds[i] == keep && sentenceEnd(units[i].text) {
			return
		}
		if !reVerifiedName.MatchString(units[i].text) || !reAudienceCount.MatchString(units[i+1].text) {
			continue
		}
		for _, j := range []int{i, i + 1} {
			if kinds[j] == keep {
				kinds[j] = junkChrome
				removed[j] = []string{units[j].text}
			}
		}
	}
}
