package suggest

import "testing"

// TestPeerNames: a peer named by title and one name keeps the title in
// the canonical name, in a later bare mention too; with a given name the
// title goes, as any title does.
func TestPeerNames(t *testing.T) {
	tests := []speakerCase{
		{"title and one name",
			"Transport minister Lord Ashby said eleven ferry routes had closed since 2020. Ashby said four had been replaced by buses.",
			[]speakerWant{
				{"eleven ferry routes had closed since 2020", "Lord Ashby"},
				{"four had been replaced by buses", "Lord Ashby"},
			}},
		{"near miss: a given name",
			"Lord Tom Ashby said eleven ferry routes had closed since 2020.",
			[]speakerWant{
				{"eleven ferry routes had closed since 2020", "Tom Ashby"},
			}},
	}
	checkSpeakerCases(t, "peer names", tests)
}
