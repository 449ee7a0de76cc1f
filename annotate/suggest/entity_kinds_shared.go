package suggest

// This file makes entityKinds' answer without copying: the name's kinds
// (nameKinds, memoised, so shared) are returned as they are unless a head
// adds one, and only then copied, where every call copied them and joined
// the heads' lists into a new slice.

// entityKindsShared is entityKinds(c); the slice may be shared with the
// memo and must not be changed.
func (r *resolver) entityKindsShared(c mention) []string {
	kinds := r.f.nameKinds(c.canonical)
	if hasWord(kinds, "campaign") {
		return kinds // an action group's "group" is no company's
	}
	own := false // kinds is a copy of its own
	for _, heads := range [2][]string{r.heads[c.canonical], c.heads} {
		for _, h := range heads {
			for _, k := range bodyKindsOf[h] {
				if hasWord(kinds, k) {
					continue
				}
				if !own {
					kinds, own = append(make([]string, 0, len(kinds)+2), kinds...), true
				}
				kinds = append(kinds, k)
			}
		}
	}
	return kinds
}
