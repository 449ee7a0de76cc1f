package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// Forwarded and replied e-mails in wordings no fixture uses: a reader's
// note over a forwarded newsletter, each beside a near miss that must stay.

// forwardedBulletin is a newsletter story forwarded with a note and a
// quoted reply above it; mark is the forward mark the mail program sets.
func forwardedBulletin(mark string) string {
	return "From: Priya Holt <priya@mail.example>\n" +
		"Date: Wed, 4 Mar 2026 at 08:05\n" +
		"Subject: Fwd: Canal Bulletin: the lock, the library, the fair\n" +
		"To: Sam Oduya <sam@mail.example>\n\n" +
		"Hello Sam,\n\n" +
		"Here is the piece about the lock I mentioned - see the bit about the towpath.\n\n" +
		"On Tue, 3 Mar 2026 at 19:40, Sam Oduya <sam@mail.example> wrote:\n" +
		"> Is the lock really shutting? Nobody on the boats has been told a\n" +
		"> thing about it.\n" +
		">\n" +
		"> S\n\n" +
		"Speak soon,\n" +
		"Priya\n\n" +
		"--\n" +
		"Priya Holt\n" +
		"Treasurer, Lower Wend Boat Club\n\n" +
		mark + "\n" +
		"From: The Canal Bulletin <news@canalbulletin.example>\n" +
		"Date: Tue, 3 Mar 2026 at 17:00\n" +
		"Subject: Canal Bulletin: the lock, the library, the fair\n" +
		"To: <priya@mail.example>\n\n\n" +
		"THE CANAL BULLETIN\n" +
		"News from the Wend valley moorings\n\n" +
		"Wend Lock to close for six weeks of repairs in spring\n\n" +
		"The canal trust says the gates are older than anyone thought and one\n" +
		"of them no longer seals\n\n" +
		"LOWER WEND — The canal trust will close Wend Lock for six weeks from\n" +
		"the middle of April to replace both of its lower gates, the trust said\n" +
		"on Tuesday, leaving about forty boats unable to pass.\n\n" +
		"Its waterways manager, Colm Bracey, said the gates had been found to be\n" +
		"leaking badly during a winter survey. “We would rather shut it for six\n" +
		"weeks now than have it fail in August,” he said.\n\n" +
		"The trust said the towpath would stay open during the work, except on\n" +
		"two days when a crane is on site.\n\n" +
		"Also in today's edition: the library's new hours | the spring boat fair\n" +
		"moves to the basin\n\n" +
		"You're getting the Bulletin because you signed up at\n" +
		"canalbulletin.example.\n" +
		"Unsubscribe | Update preferences\n"
}

func TestForwardedMail(t *testing.T) {
	note := []string{
		"From: Priya Holt <priya@mail.example>", "Hello Sam,",
		"Here is the piece about the lock I mentioned - see the bit about the towpath.",
		"On Tue, 3 Mar 2026 at 19:40, Sam Oduya <sam@mail.example> wrote:",
		"> Is the lock really shutting? Nobody on the boats has been told a", "> S",
		"Speak soon,", "Priya Holt", "Treasurer, Lower Wend Boat Club",
		"From: The Canal Bulletin <news@canalbulletin.example>", "To: <priya@mail.example>",
		"THE CANAL BULLETIN", "News from the Wend valley moorings",
		"Also in today's edition: the library's new hours | the spring boat fair", "moves to the basin",
		"You're getting the Bulletin because you signed up at", "canalbulletin.example.",
	}
	for _, mark := range []string{
		"---------- Forwarded message ---------",
		"-------- Forwarded Message --------",
		"Begin forwarded message:",
		"-----Original Message-----",
	} {
		t.Run(mark, func(t *testing.T) {
			doc, err := Clean("fwd.txt", []byte(forwardedBulletin(mark)), KindText)
			if err != nil {
				t.Fatal(err)
			}
			if got := zoneText(doc, annotate.ZoneHeadline); got != "Wend Lock to close for six weeks of repairs in spring" {
				t.Errorf("headline %q; text:\n%s", got, doc.Text)
			}
			if got := zoneText(doc, annotate.ZoneDek); got != "The canal trust says the gates are older than anyone thought and one of them no longer seals" {
				t.Errorf("dek %q", got)
			}
			paras := strings.Split(doc.Text, "\n\n")
			for _, line := range append(note, mark) {
				if containsString(paras, strings.TrimPrefix(line, "> ")) || len(line) > 25 && strings.Contains(doc.Text, strings.TrimPrefix(line, "> ")) {
					t.Errorf("%q left; text:\n%s", line, doc.Text)
				}
				if !containsString(doc.Meta.Removed, line) {
					t.Errorf("%q not in meta.removed", line)
				}
			}
			if !strings.HasSuffix(doc.Text, "except on two days when a crane is on site.") {
				t.Errorf("story's end lost:\n%s", doc.Text)
			}
		})
	}
}

func TestForwardedMailNearMisses(t *testing.T) {
	tests := []struct {
		name   string
		page   string
		stayed []string
	}{
		{
			name: "a forward mark with no header lines under it is a story's text",
			page: "Clerk's inbox shows warning was ignored\n\n" +
				"The council's clerk received the warning in an email on 2 February, papers released on Friday show.\n\n" +
				"Begin forwarded message:\n\n" +
				"The engineer's note, which the clerk passed to the leader, said the bridge bearings had failed.\n\n" +
				"The leader said she had not read it until March.\n",
			stayed: []string{"The council's clerk received the warning in an email on 2 February, papers released on Friday show.",
				"The engineer's note, which the clerk passed to the leader, said the bridge bearings had failed."},
		},
		{
			name: "a story that quotes a letter under a day, not a mail program's line",
			page: "Mayor's letter to the minister published\n\n" +
				"The mayor's office released the letter on Friday after a request from residents.\n\n" +
				"On Monday the mayor wrote:\n" +
				"> The city cannot wait another winter for the flood wall.\n\n" +
				"The minister has not yet replied, a spokesman said.\n",
			stayed: []string{"On Monday the mayor wrote:", "> The city cannot wait another winter for the flood wall."},
		},
		{
			name: "a story sentence opening like a newsletter's promo and a footer",
			page: "From: Desk <desk@paper.example>\nSubject: Lock story\n\n" +
				"Wend Lock to close for repairs\n\n" +
				"More in this issue of the trust's magazine, the engineers explain why the gates failed so early.\n\n" +
				"You are getting the refund because you were overcharged, the trust wrote to boat owners.\n\n" +
				"The trust said the work would cost £1.2m.\n",
			stayed: []string{"More in this issue of the trust's magazine, the engineers explain why the gates failed so early.",
				"You are getting the refund because you were overcharged, the trust wrote to boat owners."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page.txt", []byte(tt.page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			paras := strings.Split(doc.Text, "\n\n")
			for _, s := range tt.stayed {
				if !containsString(paras, s) && !strings.Contains(doc.Text, s) {
					t.Errorf("%q lost:\n%s", s, doc.Text)
				}
			}
		})
	}
}
