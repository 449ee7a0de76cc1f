package suggest

import (
	"maps"
	"slices"
	"strings"
)

// A reporter's live posts pasted into a story report what others said
// ("Whitcomb says enrollment is down … “We cannot keep …” #BVSchools") and
// end with the event's hashtag. Such a paragraph has quotation marks and
// cues of its own, which a plain pasted post lacks, so it is read as a
// post only when a post frame ("X posted from the meeting:") stands right
// before it and it ends with a hashtag; what it reports is then nested in
// it. A later paragraph that ends with the same hashtag, with no frame of
// its own, is another post in the same series and belongs to the same
// poster, without a cue, when every framed post with that hashtag has the
// same speaker; it is linked to the speaker mention of the nearest framed
// post before it, as a coref is linked to its nearest antecedent. The
// framed posts are read in document order, never in map order, so the
// mention chosen is the same on every run. A paragraph opening with a
// quotation, or one with no hashtag at its end, is narration, whatever its
// frame.

// taggedPost reports whether paragraph p can be a pasted post that quotes
// or reports others: a body paragraph of at most 80 words, not opening with
// a quotation mark, whose last token is a hashtag.
func (f *finder) taggedPost(p int) bool {
	return f.postHashtag(p) != ""
}

// postHashtag returns the hashtag (lower case, without "#") ending
// paragraph p when p can be a tagged post, or "".
func (f *finder) postHashtag(p int) string {
	if p >= len(f.paraZone) || f.paraZone[p] != "body" {
		return ""
	}
	first := f.paraFirstToken(p)
	if first < 0 || f.toks[first].kind == tQuote || f.toks[first].quote >= 0 {
		return ""
	}
	end := f.paraEndTok(first)
	n := 0
	for k := first; k < end; k++ {
		if f.word(k) {
			n++
		}
	}
	if n > 80 || end-first < 4 || !f.handleMark(end-2) || !f.is(end-2, "#") {
		return ""
	}
	return strings.ToLower(f.toks[end-1].text)
}

// hashtagSeries adds to blocks the unframed paragraphs that end with the
// hashtag of an earlier framed post, as posts of that post's speaker with
// no cue.
func (f *finder) hashtagSeries(blocks map[int]blockFrame) map[int]blockFrame {
	if len(blocks) == 0 {
		return blocks
	}
	type framed struct {
		para    int
		speaker rng
	}
	type poster struct {
		posts []framed // framed posts with this hashtag, in document order
		mixed bool     // framed posts with this hashtag have different speakers
	}
	tags := map[string]*poster{}
	for _, p := range slices.Sorted(maps.Keys(blocks)) {
		b := blocks[p]
		if !b.first || b.lemma != "post" && b.lemma != "tweet" {
			continue
		}
		h := f.postHashtag(p)
		if h == "" {
			continue
		}
		t, ok := tags[h]
		if !ok {
			t = &poster{}
			tags[h] = t
		} else if f.low(t.posts[0].speaker.b-1) != f.low(b.speaker.b-1) {
			t.mixed = true
		}
		t.posts = append(t.posts, framed{para: p, speaker: b.speaker})
	}
	if len(tags) == 0 {
		return blocks
	}
	for si, s := range f.sents {
		if si == 0 || f.sents[si-1].para == s.para {
			continue
		}
		if _, taken := blocks[s.para]; taken || f.is(f.sents[si-1].t1-1, ":") {
			continue
		}
		t, ok := tags[f.postHashtag(s.para)]
		if !ok || t.mixed || s.para <= t.posts[0].para {
			continue
		}
		last := t.posts[0]
		for _, q := range t.posts[1:] {
			if q.para < s.para {
				last = q
			}
		}
		blocks[s.para] = blockFrame{speaker: last.speaker, first: true, owner: s.para}
	}
	return blocks
}
