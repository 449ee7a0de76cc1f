package suggest

// roleOfBody tells whether phrase words ws are an anonymous role linked to
// whom it speaks for ("A spokesperson for Dunmere Town Council", "an
// official at the ministry", "a lawyer for the family"): such a role is
// never a person named before it, however near the lede it stands.
func roleOfBody(ws []string) bool {
	for k := 1; k < len(ws); k++ {
		if bodyLinks[ws[k]] {
			return anonymousRoles[bare(ws[k-1])]
		}
	}
	return false
}

// bodyLinks join a role to the body or person it speaks for.
var bodyLinks = words(`for at of from`)
