package suggest

import "strings"

// gaelicSurnameWords open or join an Irish or Scottish Gaelic surname of
// several words ("Nic Giolla Bhríde", "Ó Conghaile", "Mac Giolla Phádraig",
// "Ní Fhlatharta"): like "van der" they are part of the surname and do not
// count towards the three words of a name, so "Aoife Nic Giolla Bhríde"
// keeps her given name.
var gaelicSurnameWords = words(`nic ní ni mac mhic ó o ua uí ui giolla`)

// gaelicSurnamePart reports whether ws[k] is a capitalised Gaelic surname
// word with a capitalised word after it, inside a name ("Nic" and "Giolla"
// in "Nic Giolla Bhríde"), not the name's last word ("Joe Mac").
func gaelicSurnamePart(ws []string, k int) bool {
	return k+1 < len(ws) && isCap(ws[k]) && isCap(ws[k+1]) && gaelicSurnameWords[strings.ToLower(bare(ws[k]))]
}
