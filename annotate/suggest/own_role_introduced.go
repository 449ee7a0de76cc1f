package suggest

// ownRoleIntroduced returns the role a person is introduced by when token
// k ends "my" or "our" and a singular noun of a person that is no relative
// ("my neighbour", "our doctor", "my manager"): inside a quotation the
// quoting speaker's own neighbour or doctor is who a "he" or "she" that
// speaks next stands for ("“My neighbour is 91, and she said to me, ‘…’”"),
// as "my mother" is. Relatives are personIntroduced's (they carry a
// gender); a group, a body or a document ("my team", "our council", "my
// letter") is no person; "" otherwise.
func (f *finder) ownRoleIntroduced(k int, g byte) string {
	w := f.low(k)
	if !f.word(k) || !f.word(k-1) || kinGender(w) != 0 || w != singular(w) {
		return ""
	}
	if d := f.low(k - 1); d != "my" && d != "our" {
		return ""
	}
	if !f.personNoun(w) || orgHeads[w] || len(bodyKindsOf[w]) > 0 {
		return ""
	}
	return w
}
