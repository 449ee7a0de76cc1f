package suggest

// This file spares the resolver work it repeats on one document: it asks
// nameKinds about the same few canonical names again and again, and each
// time nameKinds splits and lowers the name anew; the answer depends on
// the name alone.

// kindMemo holds, for one document, nameKinds' answer by name.
type kindMemo map[string][]string

// nameKinds is nameKinds(name), worked out once a document for each name.
// Callers only read the kinds, never change them.
func (x *text) nameKinds(name string) []string {
	if k, ok := x.kinds[name]; ok {
		return k
	}
	k := nameKinds(name)
	if x.kinds == nil {
		x.kinds = kindMemo{}
	}
	x.kinds[name] = k
	return k
}
