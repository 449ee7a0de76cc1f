package suggest

import "strings"

// linkedBodyFull gives a speaker phrase that names a body after a link the
// body's full name: "Analysts at Corvane said" after "Analysts at Corvane
// Securities wrote" is "Analysts at Corvane Securities", as the bare name
// "Corvane" is "Corvane Securities".
func (r *resolver) linkedBodyFull(i int) {
	f := r.f
	m := &r.mentions[i]
	if m.named || m.pronoun || m.att < 0 || i+1 >= len(r.mentions) {
		return
	}
	n := r.mentions[i+1]
	if !n.named || n.pronoun || n.r.b != m.r.b || n.r.a <= m.r.a || !phraseLinks[f.low(n.r.a-1)] {
		return
	}
	short := strings.Join(f.phraseWords(n.r), " ")
	if n.canonical == short || !strings.HasSuffix(m.canonical, " "+short) || !strings.HasPrefix(n.canonical, short+" ") {
		return
	}
	if full := strings.TrimSuffix(m.canonical, short) + n.canonical; r.saidInFull(i, full) {
		m.canonical = full
	}
}
