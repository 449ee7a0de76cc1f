package suggest

import "testing"

// TestRoleAsNames: "Coach said" is the one person the story says coaches;
// with two such people, or a role no story verb gives, it keeps its words.
func TestRoleAsNames(t *testing.T) {
	checkCanonicalCases(t, []canonicalCase{
		{"the one coach by her verb",
			"Ada Lind has coached the Harriers for six seasons.\n\nIn the huddle, Coach said the second half would be different.",
			"the second half would be different", "Coach", "Ada Lind"},
		{"the skipper by his verb",
			"Rhys Penhale skippered the side to the title last year.\n\nAt the end, Skipper told us we had earned it.",
			"we had earned it", "Skipper", "Rhys Penhale"},
		{"near miss: two coaches keep the word",
			"Ada Lind has coached the Harriers for six seasons, and Bea Moss coached them before her.\n\nIn the huddle, Coach said the second half would be different.",
			"the second half would be different", "Ada Lind", "Coach"},
	})
}
