package suggest

import "testing"

// TestCallHandling: a phone-in host's line that only hands over to the
// next caller is no statement; a host's line that reports something before
// handing over, or one with no caller's label on the page, stays.
func TestCallHandling(t *testing.T) {
	const tail = "\n\nCALLER (Priya, Eastwick): The buses never come on time and the timetable is fiction.\n\nHOST: Thank you, Priya."
	must := []string{
		"HOST: Let's go to the phones. Priya is in Eastwick. Morning, Priya.",
		"HOST: Our next caller is Priya, who drives a taxi in Eastwick.",
		"HOST: Priya is on the line. Go ahead, Priya.",
	}
	for _, line := range must {
		text := "Listeners rang in about the buses." + "\n\n" + line + tail
		turn := line[len("HOST: "):]
		checkStatements(t, text, []string{"The buses never come on time and the timetable is fiction."}, []string{turn})
	}
	// near misses: the host reports before handing over; a long sentence
	// naming the caller that asserts; no caller's label on the page
	near := []struct{ text, turn string }{
		{"Listeners rang in about the buses.\n\nHOST: The operator told us the new timetable starts in May. Go ahead, Priya." + tail,
			"The operator told us the new timetable starts in May. Go ahead, Priya."},
		{"Listeners rang in about the buses.\n\nHOST: Priya and her neighbours have waited three years for a shelter at their stop." + tail,
			"Priya and her neighbours have waited three years for a shelter at their stop."},
		{"Listeners rang in about the buses.\n\nHOST: The depot has lost eleven drivers since the spring.\n\nCALLER: The buses never come on time and the timetable is fiction.\n\nHOST: Thank you.",
			"The depot has lost eleven drivers since the spring."},
	}
	for _, n := range near {
		checkStatements(t, n.text, []string{n.turn}, nil)
	}
}
