package ingest

import "testing"

// Notes to the desk left in the copy, in wordings no fixture uses, beside
// bracketed lines of the story that must stay.

func TestDeskNotesRemoved(t *testing.T) {
	for _, note := range []string{
		"[Copied from the harbour board's PDF – verify the dates before publication]",
		"[NB: do not publish before 10am Thursday]",
		"[pasted from the press office, subs to fix line breaks]",
	} {
		page := "Ferry timetable cut for the winter\n\n" + note + "\n\n" + blogBody
		doc, err := Clean("ferry.txt", []byte(page), KindText)
		if err != nil {
			t.Fatal(err)
		}
		assertFurnitureRemoved(t, doc, []string{note})
	}
}

func TestDeskNoteNearMissesStay(t *testing.T) {
	for _, line := range []string{
		"[The figures were checked by the harbour board and confirmed in a letter.]",
		"[Ines Marlow said she would “check the tide tables again” before the vote]",
		"[Photo: the ferry at Holnstead pier in the rain]",
		"Check the timetable before you travel, the harbour board said on Monday.",
	} {
		kinds := []junk{keep}
		removed := make([][]string, 1)
		removeDeskNotes([]unit{{text: line}}, kinds, removed, []int{wordCount(line)})
		if kinds[0] != keep {
			t.Errorf("removeDeskNotes took %q", line)
		}
	}
}
