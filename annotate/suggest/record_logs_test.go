package suggest

import "testing"

// TestRecordLogs: a log cited "according to" or shown to "show that" is a
// document speaker; the verb "logs" and a log of wood are not.
func TestRecordLogs(t *testing.T) {
	tests := []suggestCase{
		{"a mission log",
			"The capsule docked at 16:31 local time, according to the agency's mission log.",
			[]suggestion{{"The capsule docked at 16:31 local time", "the agency's mission log", "agency's mission log", "according to", "A1", "indirect"}}},
		{"a logbook",
			"The ship left at noon, according to the captain's logbook.",
			[]suggestion{{"The ship left at noon", "the captain's logbook", "captain's logbook", "according to", "A1", "indirect"}}},
		{"bare plural logs show",
			"Police logs show that the call came at 9pm.",
			[]suggestion{{"the call came at 9pm", "Police logs", "Police logs", "show", "I1", "indirect"}}},
		{"near-miss: the verb logs",
			"He logs every flight in a notebook.",
			nil},
		{"near-miss: a log of wood",
			"The log burned all night in the grate.",
			nil},
		{"near-miss: the logs with a determiner are the reporter's reading",
			"The logs show that the call came at 9pm.",
			nil},
	}
	checkSuggestCases(t, tests)
}
