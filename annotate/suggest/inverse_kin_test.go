package suggest

import "testing"

// TestInverseKin: "Her grandmother" after "Mair Hale-Crane, Ruth’s
// granddaughter," is Ruth, named in full elsewhere; another relation in
// the apposition, a relative of the other gender, or two people who could
// be the one named change nothing.
func TestInverseKin(t *testing.T) {
	const lead = "Ruth Hale has mended nets for forty years.\n\n"
	tests := []speakerCase{
		{"granddaughter, then her grandmother",
			lead + "There is one apprentice. Mair Hale-Crane, Ruth’s granddaughter, is 24. On her days off she climbs the stairs.\n\nHer grandmother says Mair has “good hands and no patience”, which she means kindly.",
			[]speakerWant{
				{"good hands", "Ruth Hale"},
			}},
		{"son, then his father",
			"Owen Tarr built the boat in 1971.\n\nThe yard is run now by Dafydd Tarr-Evans, Owen’s son, who is 52.\n\nHis father says the yard “will outlast us all”.",
			[]speakerWant{
				{"will outlast us all", "Owen Tarr"},
			}},
		{"near-miss: another relation in the apposition",
			lead + "There is one apprentice. Mair Crane, Ruth’s neighbour, is 24.\n\nHer grandmother says Mair has “good hands and no patience”, which she means kindly.",
			[]speakerWant{
				{"good hands", "grandmother"},
			}},
		{"near-miss: the relative's gender is not the named one's",
			"Ann Tarr built the boat in 1971.\n\nThe yard is run now by Dafydd Tarr-Evans, Ann’s son, who is 52.\n\nHis father says the yard “will outlast us all”.",
			[]speakerWant{
				{"will outlast us all", "father"},
			}},
		{"near-miss: two people of that name",
			"Ruth Hale and Ruth Penrose have mended nets for forty years.\n\nThere is one apprentice. Mair Crane, Ruth’s granddaughter, is 24.\n\nHer grandmother says Mair has “good hands and no patience”, which she means kindly.",
			[]speakerWant{
				{"good hands", "grandmother"},
			}},
	}
	checkSpeakerCases(t, "inverse kin", tests)
}
