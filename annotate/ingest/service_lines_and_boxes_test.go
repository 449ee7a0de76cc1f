package ingest

import (
	"testing"
)

// Round-10 shapes in wordings of our own: an agency's service line in
// another language with "·" between its parts, and a wire's dateline with
// an abbreviated month after the day.

func TestAgencyServiceLineAnyLanguage(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Agencia Austral · Servicio en inglés · 21-03-2027 · 07:40 h (hora local)", junkWire},
		{"Presse Lémanique · Service en anglais · 4.5.2027 · 16h05", junkWire},
		{"Nordpresse | Englischer Dienst | 12.01.2027 | 09:30 MEZ", junkWire},
		{"Servicio en inglés · a new desk for the agency's 40 reporters · 2027", keep},
		{"The agency's English service opened on 21-03-2027 at 07:40, its director said.", keep},
	})
}

func TestDatelineWithAbbreviatedMonthAfterDay(t *testing.T) {
	for _, c := range []struct{ para, want string }{
		{"PORT SALINAS, Baja Norte, 14 Feb. (AGS) — Floods closed the port on Friday.", "PORT SALINAS, Baja Norte, 14 Feb. (AGS) — "},
		{"VALDIVIA, 3 Mar (AGS) — The bridge reopened.", "VALDIVIA, 3 Mar (AGS) — "},
	} {
		if got, _ := dateline(c.para); got != c.want {
			t.Errorf("dateline(%q) = %q, want %q", c.para, got, c.want)
		}
	}
}
