package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

const mailStory = `Harbour pool to reopen in July after repairs

The council says the roof is safe again; swimmers have waited two years

The open-air pool on Harbour Road will reopen on 1 July, the council said on Tuesday, after a two-year closure for repairs to its roof and filters.

Léonie Varga, who chairs the swimming club, said members had “counted the days”. She said the club would hold a free session on the first Saturday.

The council said the repairs had cost £1.4m, more than twice the first estimate, and that entry prices would stay as they were.`

// qpMail is mailStory as a newsletter's raw source: a header block with a
// folded Received field and an encoded Subject, the body in
// quoted-printable.
const qpMail = "Return-Path: <news@harbourweekly.example>\n" +
	"Received: from out.mailer.example (out.mailer.example [198.51.100.7])\n" +
	"        by mx.reader.example; Tue, 2 Jun 2026 06:00:01 +0000\n" +
	"From: Harbour Weekly <news@harbourweekly.example>\n" +
	"To: reader@reader.example\n" +
	"Subject: =?utf-8?q?Pool_reopens=2C_caf=C3=A9_news?=\n" +
	"Date: Tue, 2 Jun 2026 06:00:00 +0000\n" +
	"MIME-Version: 1.0\n" +
	"Content-Type: text/plain; charset=utf-8\n" +
	"Content-Transfer-Encoding: quoted-printable\n" +
	"\n" +
	"Harbour pool to reopen in July after repairs\n" +
	"\n" +
	"The council says the roof is safe again; swimmers have waited two years\n" +
	"\n" +
	"The open-air pool on Harbour Road will reopen on 1 July, the council said o=\n" +
	"n Tuesday, after a two-year closure for repairs to its roof and filters.\n" +
	"\n" +
	"L=C3=A9onie Varga, who chairs the swimming club, said members had =E2=80=9Cc=\n" +
	"ounted the days=E2=80=9D. She said the club would hold a free session on t=\n" +
	"he first Saturday.\n" +
	"\n" +
	"The council said the repairs had cost =C2=A31.4m, more than twice the firs=\n" +
	"t estimate, and that entry prices would stay as they were.\n" +
	"\n" +
	"=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D\n"

func TestOpenMailMessageQuotedPrintable(t *testing.T) {
	m, ok := openMailMessage(qpMail)
	if !ok {
		t.Fatal("a raw message with MIME headers was not recognised")
	}
	if !strings.HasPrefix(m.body, mailStory) || m.html {
		t.Errorf("body %q, want the decoded story (plain text)", m.body)
	}
	want := []string{
		"Received: from out.mailer.example (out.mailer.example [198.51.100.7]) by mx.reader.example; Tue, 2 Jun 2026 06:00:01 +0000",
		"Subject: Pool reopens, café news",
		"Content-Transfer-Encoding: quoted-printable",
	}
	for _, w := range want {
		found := false
		for _, h := range m.headers {
			found = found || h == w
		}
		if !found {
			t.Errorf("headers %q lack %q", m.headers, w)
		}
	}
}

func TestCleanMailMessage(t *testing.T) {
	doc, err := Clean("pool.txt", []byte(qpMail), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := zoneText(doc, annotate.ZoneHeadline), "Harbour pool to reopen in July after repairs"; got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
	if got := zoneText(doc, annotate.ZoneDek); !strings.HasPrefix(got, "The council says the roof") {
		t.Errorf("dek %q, want the standfirst", got)
	}
	for _, w := range []string{"Léonie Varga", "“counted the days”", "£1.4m", "said on Tuesday"} {
		if !strings.Contains(doc.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, doc.Text)
		}
	}
	for _, bad := range []string{"Received:", "MIME-Version", "=E2", "=3D", "Subject:"} {
		if strings.Contains(doc.Text, bad) {
			t.Errorf("text keeps %q:\n%s", bad, doc.Text)
		}
	}
	if len(doc.Meta.Removed) == 0 || !strings.HasPrefix(doc.Meta.Removed[0], "Return-Path:") {
		t.Errorf("removed %q, want the header fields first", doc.Meta.Removed)
	}
}

func TestOpenMailMessageBodies(t *testing.T) {
	head := "From: Desk <desk@paper.example>\nDate: Mon, 1 Jun 2026 09:00:00 +0000\nMIME-Version: 1.0\n"
	tests := []struct {
		name     string
		msg      string
		wantBody string
		wantHTML bool
	}{
		{"base64 in Latin-1", head + "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: base64\n\n" +
			"Q2Fm6SBjcuhtZQ==\n", "Café crème", false},
		{"multipart: the plain part", head + "Content-Type: multipart/alternative; boundary=\"b1\"\n\n" +
			"--b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nNo=C3=ABl said yes.\n" +
			"--b1\nContent-Type: text/html; charset=utf-8\n\n<p>Noël said yes.</p>\n--b1--\n", "Noël said yes.", false},
		{"html only", head + "Content-Type: text/html; charset=utf-8\n\n<p>Hello</p>\n", "<p>Hello</p>", true},
		{"no Content-Type: plain text as is", "From: a@b.example\nDate: Mon, 1 Jun 2026\nMessage-ID: <1@b.example>\n\nJust text =3D kept.\n", "Just text =3D kept.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := openMailMessage(tt.msg)
			if !ok {
				t.Fatal("not recognised")
			}
			if strings.TrimSpace(m.body) != tt.wantBody || m.html != tt.wantHTML {
				t.Errorf("body %q html %v, want %q html %v", m.body, m.html, tt.wantBody, tt.wantHTML)
			}
		})
	}
}

// Pages that look a little like mail are no message: headers quoted in an
// article, a "Subject:" line, a formula that ends a line in "=".
func TestOpenMailMessageNearMisses(t *testing.T) {
	for _, text := range []string{
		"Subject: council budget\n\nThe council met on Monday and agreed the budget.",
		"From: Jane Roe\nSent: Monday, 1 June 2026\nTo: The Editor\nSubject: Potholes\n\nDear editor, the potholes on Mill Lane are back.",
		"Updated: 2 June 2026\nBy: Sam Hill\nSection: Science\n\nThe rule is E =\nmc squared, the physicist said.",
		"Pool to reopen\n\nContent-Type: text/plain was the header the engineer quoted.\nMIME-Version: 1.0 too.",
		"MIME-Version: 1.0\nContent-Type: text/plain\n\nno sender and no date here",
		"From: a@b.example\nDate: today\nMIME-Version: 1.0\nContent-Type: image/png\n\niVBORw0KGgo=",
	} {
		if _, ok := openMailMessage(text); ok {
			t.Errorf("openMailMessage(%q) took it for a message", text)
		}
	}
	doc, err := Clean("formula.txt", []byte("Energy and mass\n\nThe rule is E =\nmc squared, the physicist said on Monday, and it has held for a century of tests in every laboratory.\n\nShe said the new result agreed with it to nine digits, as the team had hoped."), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "E =") {
		t.Errorf("a formula's \"=\" at a line end was taken as a soft break: %q", doc.Text)
	}
}
