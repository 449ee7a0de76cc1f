package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

func TestOtherLanguage(t *testing.T) {
	tests := []struct {
		name, text   string
		other, prose bool
	}{
		{"Welsh sentence", "Bydd y neuadd ar gau tra bydd y gwaith yn cael ei wneud yn yr hydref.", true, false},
		{"Irish sentence", "Dúirt sé go raibh an scoil ag súil leis an airgead agus go mbeadh sé ann.", true, false},
		{"French sentence", "Le maire a dit que la piscine sera fermée pour les travaux dans le quartier.", true, false},
		{"Spanish sentence", "El alcalde dijo que la piscina estará cerrada por las obras en el barrio.", true, false},
		{"English sentence", "The hall will be closed while the work is done in the autumn, the council said.", false, true},
		{"English with a French quotation in « »", "The mayor said the pool was « une priorité » for the district and would reopen in May.", false, true},
		{"English with Welsh place names", "The ferry from Porth y Gest to Ynys Wen will run on Sundays from the start of June.", false, true},
		{"three words tell nothing", "Le Petit Journal", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := otherLanguage(tt.text); got != tt.other {
				t.Errorf("otherLanguage(%q) = %v, want %v", tt.text, got, tt.other)
			}
			if got := englishProse(tt.text); got != tt.prose {
				t.Errorf("englishProse(%q) = %v, want %v", tt.text, got, tt.prose)
			}
		})
	}
}

// bilingualPage is an invented Welsh and English notice, each paragraph in
// Welsh and then in English, with furniture joined by " / ".
const bilingualPage = `Cyngor Tref Aberwyn / Aberwyn Town Council

Bydd y llyfrgell yn ailagor ar ôl y gwaith

Library to reopen after the repairs

Bydd y llyfrgell ar y stryd fawr yn ailagor ym mis Mai.

The library on the high street will reopen in May after a year of repairs to the roof.

Dywedodd y Cynghorydd Elin Rhys fod y gwaith wedi costio mwy na'r disgwyl.

Councillor Elin Rhys said the work had cost more than expected because of the weather.

Mae'r cyngor wedi cael grant gan y llywodraeth ar gyfer y to.

The council has received a grant from the government for the roof, she said.

Bydd y llyfrgell ar agor bob dydd ond dydd Sul.

The library will be open every day but Sunday, with longer hours on Thursdays.

Mae'r dudalen hon ar gael yn Gymraeg ac yn Saesneg. / This page is available in Welsh and English.
`

func TestBilingualPageKeepsEnglish(t *testing.T) {
	doc, err := Clean("notice.txt", []byte(bilingualPage), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if got := zoneText(doc, annotate.ZoneHeadline); got != "Library to reopen after the repairs" {
		t.Errorf("headline %q", got)
	}
	for _, gone := range []string{
		"Bydd y llyfrgell yn ailagor", "Dywedodd y Cynghorydd", "Mae'r cyngor wedi cael", "ar agor bob dydd",
		"Cyngor Tref Aberwyn / Aberwyn Town Council", "available in Welsh and English",
	} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, doc.Text)
		}
		if !containsPart(doc.Meta.Removed, gone) {
			t.Errorf("%q not in meta.removed", gone)
		}
	}
	for _, kept := range []string{
		"The library on the high street will reopen in May", "Councillor Elin Rhys said the work",
		"The council has received a grant", "The library will be open every day",
	} {
		if !strings.Contains(doc.Text, kept) {
			t.Errorf("%q lost:\n%s", kept, doc.Text)
		}
	}
}

// TestBilingualNearMisses: an English story quoting a Welsh sentence, an
// English wire with French quotations in « », a page wholly in French and
// an English story with a "/" line keep every paragraph.
func TestBilingualNearMisses(t *testing.T) {
	tests := []struct{ name, page string }{
		{"English story quoting one Welsh sentence", "Library to reopen after the repairs\n\n" +
			"The library on the high street will reopen in May after a year of repairs to the roof.\n\n" +
			"Councillor Elin Rhys opened the meeting in Welsh: \"Bydd y llyfrgell yn ailagor ym mis Mai.\"\n\n" +
			"Bydd y llyfrgell ar y stryd fawr yn ailagor ym mis Mai.\n\n" +
			"She said the work had cost more than expected because of the weather.\n\n" +
			"Reading group / Story time / Coding club are among the sessions that will return, the council said.\n"},
		{"English wire with French quotations", "Lyon pool to close for repairs\n\n" +
			"LYON, March 3 - The city's largest pool will close for a year, the mayor said on Tuesday.\n\n" +
			"« La piscine est dans un état grave », le maire a dit aux journalistes.\n\n" +
			"The mayor said the works would cost 4 million euros.\n\n" +
			"« Nous allons la rouvrir pour les jeux », a-t-il ajouté.\n\n" +
			"Swimmers will be sent to two smaller pools in the east of the city.\n"},
		{"a page wholly in French", "La piscine de Lyon fermée pour travaux\n\n" +
			"Le maire a dit que la piscine sera fermée pour les travaux dans le quartier.\n\n" +
			"Les nageurs iront dans les deux autres piscines de la ville pendant un an.\n\n" +
			"Selon la mairie, le coût des travaux est de quatre millions d'euros.\n\n" +
			"La piscine doit rouvrir avant les jeux, a dit le maire aux journalistes.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("story.txt", []byte(tt.page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range strings.Split(strings.TrimSpace(tt.page), "\n\n") {
				p = strings.TrimPrefix(p, "LYON, March 3 - ")
				if !strings.Contains(doc.Text, p) {
					t.Errorf("%q lost:\n%s", p, doc.Text)
				}
			}
		})
	}
}

func containsPart(list []string, s string) bool {
	for _, m := range list {
		if strings.Contains(m, s) {
			return true
		}
	}
	return false
}
