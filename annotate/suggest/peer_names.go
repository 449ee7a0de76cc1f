package suggest

import "strings"

// peerTitles name a peer by the title and one name ("Lord Ashby",
// "Baroness Quill"): with no given name the title is part of the name.
var peerTitles = words(`lord lady baroness viscount earl`)

// peerNames gives a peer named by title and one name that whole name as
// canonical ("Health minister Lord Ashby" → "Lord Ashby", not "Ashby"),
// and every other mention of the bare name the same. "Lord Tom Ashby",
// with a given name, keeps "Tom Ashby".
func (r *resolver) peerNames() {
	f := r.f
	var peers map[string]string
	for _, m := range r.mentions {
		if m.pronoun || m.canonical == "" || strings.Contains(m.canonical, " ") || m.r.b-m.r.a < 2 {
			continue
		}
		t := m.r.b - 2
		if !f.word(t) || !isCap(f.toks[t].text) || !peerTitles[f.low(t)] || f.toks[m.r.b-1].text != m.canonical {
			continue
		}
		if peers == nil {
			peers = map[string]string{}
		}
		peers[m.canonical] = f.toks[t].text + " " + m.canonical
	}
	for i := range r.mentions {
		if full, ok := peers[r.mentions[i].canonical]; ok && !r.mentions[i].pronoun {
			r.mentions[i].canonical = full
		}
	}
}
