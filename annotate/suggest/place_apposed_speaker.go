package suggest

// placeApposedSpeakers gives a speaker span that is a place after "in"
// ("The party's candidate in Harlow Vale West, Nadia Quill, has posted")
// to the person named between commas straight after it: a place is not
// who speaks when a person is named with it. The name is two to four
// capitalised words that read as a person's name; a lower-case verb (not
// "and", "or", "who", "which") follows the closing comma.
func (f *finder) placeApposedSpeakers() {
	for i := range f.atts {
		a := &f.atts[i]
		if a.speaker.empty() || !f.is(a.speaker.b, ",") {
			continue
		}
		if _, ok := f.placePairStart(a.speaker.a); !ok {
			continue
		}
		if name, ok := f.apposedPersonAfter(a.speaker.b); ok {
			a.speaker = name
		}
	}
}
