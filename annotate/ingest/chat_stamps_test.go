package ingest

import (
	"strings"
	"testing"
)

// A chat log quoted in a story keeps the times its messages were sent; a
// transcript's running times in minutes and seconds still go. Invented pages.

const chatStory = "# Ferry crews were told to sail short-handed, messages show\n\n" +
	"Deckhands on the Holnstead ferry were rostered below the safe minimum for most of July, according to messages seen by this paper.\n\n" +
	"In one exchange, the duty master, Ines Varga, and a crewing officer, Tom Reyes, discuss the evening sailing:\n\n"

func TestChatMessagesKeepTheirTimes(t *testing.T) {
	chat := "[18:31] Ines Varga: We are two deckhands down for the eight o’clock crossing tonight.\n\n" +
		"[18:32] Tom Reyes: Sail it anyway, nobody counts heads on the evening run.\n\n" +
		"[18:32] Ines Varga: That is not what the certificate says.\n\n" +
		"[18:34] Tom Reyes: Sail it.\n\n" +
		"The company said it would review the roster.\n"
	doc, err := Clean("ferry.md", []byte(chatStory+chat), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"[18:31] Ines Varga: We are two deckhands down",
		"[18:32] Tom Reyes: Sail it anyway",
		"[18:32] Ines Varga: That is not what",
		"[18:34] Tom Reyes: Sail it.",
	} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("message %q lost its time:\n%s", s, doc.Text)
		}
	}
}

func TestTranscriptMinuteStampsStillGo(t *testing.T) {
	// near miss: minutes and seconds that leave each turn time to be spoken
	turns := "[12:40] HOST: Anders Brack, why should the village trust you with the quarry road?\n\n" +
		"[12:47] ANDERS BRACK: Because the lorries will run outside school hours, and that is in writing.\n\n" +
		"[12:58] HOST: And the dust?\n\n" +
		"[13:01] ANDERS BRACK: The plant will be covered, and the council can close it if we break the terms.\n"
	doc, err := Clean("quarry.md", []byte(timedStory+turns), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "[12:") || strings.Contains(doc.Text, "[13:") {
		t.Errorf("running times left:\n%s", doc.Text)
	}
	if !strings.Contains(doc.Text, "\n\nHOST: And the dust?\n\n") {
		t.Errorf("turn lost:\n%s", doc.Text)
	}
}

func TestMessageClockTimes(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  bool
	}{
		{"chat minutes", []string{"[09:10] Ana Ruiz: The van is late again and the shelves are empty.", "[09:10] Ben Ode: Ring the depot and ask for the manager.", "[09:11] Ana Ruiz: I rang them twice this morning already."}, true},
		{"spoken minutes", []string{"[09:10] HOST: The van is late again and the shelves are empty.", "[09:20] GUEST: Ring the depot.", "[09:25] HOST: I rang them twice this morning already."}, false},
		{"hours", []string{"[00:09:10] HOST: The van is late again and the shelves are empty.", "[00:09:10] GUEST: Ring the depot.", "[00:09:11] HOST: I rang them twice."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var units []unit
			var turns []int
			for i, l := range tt.lines {
				units = append(units, unit{text: l})
				turns = append(turns, i)
			}
			if got := messageClockTimes(units, turns); got != tt.want {
				t.Errorf("messageClockTimes = %v, want %v", got, tt.want)
			}
		})
	}
}
