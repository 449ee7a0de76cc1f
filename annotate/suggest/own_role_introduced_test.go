package suggest

import "testing"

// TestOwnRoleIntroduced: "he" or "she" speaking after the quoting speaker's
// own neighbour, doctor or manager was introduced in the quotation is that
// person; a group, a body or a named neighbour stays as it was.
func TestOwnRoleIntroduced(t *testing.T) {
	tests := []speakerCase{
		{"my neighbour",
			"Ruth Cole, who chairs the residents' group, spoke at the gates. \"But my neighbour is 88, and she said to me last week, 'I will not leave this house for a car park,'\" Cole told the crowd.",
			[]speakerWant{{"'I will not leave this house for a car park,'", "neighbour"}}},
		{"our doctor",
			"Tom Hale said the family had waited two years. \"In the end our doctor rang the hospital himself. He said, 'This boy should have been seen in March,' and that changed everything,\" Hale said.",
			[]speakerWant{{"'This boy should have been seen in March,'", "doctor"}}},
		{"my manager",
			"Ana Ruiz said staff had raised the faults in writing. \"I showed my manager the photographs. She said, 'Leave it with me,' and nothing happened,\" Ruiz said.",
			[]speakerWant{{"'Leave it with me,'", "manager"}}},
		{"my team is no person",
			"Coach Ana Ruiz said the season had been long. \"I told my team on Friday. She said, 'We go again,' and we did,\" Ruiz said.",
			[]speakerWant{{"'We go again,'", "Ana Ruiz"}}},
		{"our council is a body",
			"Tom Hale said the family had waited two years. \"We wrote to our council in May. It said, 'Nobody reads those letters,' and we gave up,\" Hale said.",
			[]speakerWant{{"'Nobody reads those letters,'", ""}}},
		{"a neighbour named is no role",
			"Ruth Cole spoke at the gates. Her neighbour Ann Lowe, 88, joined her. \"Ann is my neighbour, Ann Lowe. She said to me, 'I will not leave this house,' and I believe her,\" Cole said.",
			[]speakerWant{{"'I will not leave this house,'", "Ann Lowe"}}},
	}
	checkSpeakerCases(t, "own role in quote", tests)
}
