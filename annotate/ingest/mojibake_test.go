package ingest

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"newsmark/annotate"
)

// garble reads UTF-8 text as Windows-1252, byte by byte, as a careless
// scraper does: "é" becomes "Ã©", "“" becomes "â€œ", and the undefined
// byte 0x9D of "”" stays the control character U+009D.
func garble(s string) string {
	var sb strings.Builder
	for _, b := range []byte(s) {
		switch b {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			sb.WriteRune(rune(b))
		default:
			sb.WriteRune(charmap.Windows1252.DecodeByte(b))
		}
	}
	return sb.String()
}

func TestRepairMojibake(t *testing.T) {
	story := "Renée Dubois said the ferry’s new timetable was “a small disaster” for Séverine’s bakery in Ærøskøbing. Tickets rise from €4 to €7 · Größe matters."
	if got := garble(story); !strings.Contains(got, "Ã©") || !strings.Contains(got, "â€œ") || !strings.Contains(got, "\u009d") {
		t.Fatalf("garble(%q) = %q: the test's garbling is broken", story, got)
	}
	tests := []struct {
		name, in, want string
	}{
		{"garbled once", garble(story), story},
		{"garbled twice", garble(garble(story)), story},
		{"garbled lines among clean ASCII lines", "Home | News\n\n" + garble(story) + "\n\nCopyright 2026", "Home | News\n\n" + story + "\n\nCopyright 2026"},
		{"garbled text with one genuine dash left alone", garble("Léa said “no”.") + " — " + garble("Noël said “yes”."), "Léa said “no”. — Noël said “yes”."},
		// near-misses: genuine text stays as written
		{"French accents", "L’été à Sète : « Ça suffit », a déclaré Hélène Müller, élue à Besançon.", ""},
		{"German and Danish", "Grüße aus Köln. Æblegrød på Ærø, sagde søsteren; Straße, Öl, Äpfel.", ""},
		{"one literal Ã in a name", "The singer Ãsa Ólafsdóttir © 2026 said the tour was over. SÃO PAULO – café.", ""},
		{"a guillemet after an accent", "Il a dit « café» et « thé».", ""},
		{"a single mojibake pair is too little", "Price: 4 â‚¬ in Paris, said the waiter.", ""},
		{"plain ASCII", "Nothing to see here, said the clerk.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got := repairMojibake(tt.in); got != want {
				t.Errorf("repairMojibake(%q)\n got %q\nwant %q", tt.in, got, want)
			}
		})
	}
}

// A Latin-1 file (no UTF-8 in it) is read as Windows-1252 by decode and is
// no mojibake: its accents come out once, as written.
func TestRepairMojibakeLeavesLatin1FileAlone(t *testing.T) {
	raw := []byte("Caf\xe9 cr\xe8me \xe0 Orl\xe9ans: \xab Non \xbb, dit Ren\xe9e. Co\xfbt: 3 \x80.")
	text, err := decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	want := "Café crème à Orléans: « Non », dit Renée. Coût: 3 €."
	if text != want {
		t.Fatalf("decode = %q, want %q", text, want)
	}
	if got := repairMojibake(text); got != want {
		t.Errorf("repairMojibake(%q) = %q, want it unchanged", text, got)
	}
}

// A garbled page cleans as the page it was: same text, zones and removed
// furniture.
func TestCleanRepairsMojibakePage(t *testing.T) {
	page := `The Lakeside Echo

Ferry fares to rise by a third, says Åsa Lindström’s operator

Islanders call the increase “a tax on living here”

VÄSTERÅS - The ferry operator will raise fares from €6 to €8 on 1 June, its chief executive, Åsa Lindström, said on Monday.

“We have held prices for six years while fuel doubled,” Lindström said. “Nobody on the board wanted this.”

Councillor Jörg Brähmer said islanders had not been asked. “It is a tax on living here,” he said.

The operator said season tickets would rise by less, and that pensioners would keep their discount.

© 2026 The Lakeside Echo · Contact`
	clean, err := Clean("ferry.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	garbled, err := Clean("ferry.txt", []byte(garble(page)), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if garbled.Text != clean.Text {
		t.Errorf("garbled page text\n%s\nwant\n%s", garbled.Text, clean.Text)
	}
	for _, z := range []string{annotate.ZoneHeadline, annotate.ZoneDek, annotate.ZoneDateline} {
		if g, c := zoneText(garbled, z), zoneText(clean, z); g != c {
			t.Errorf("%s %q, want %q", z, g, c)
		}
	}
	if g, c := strings.Join(garbled.Meta.Removed, "\n"), strings.Join(clean.Meta.Removed, "\n"); g != c {
		t.Errorf("removed %q, want %q", g, c)
	}
	if !strings.Contains(garbled.Text, "“We have held prices") {
		t.Errorf("text %q lacks the repaired quotation", garbled.Text)
	}
}
