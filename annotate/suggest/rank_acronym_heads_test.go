package suggest

import "testing"

// TestAcronymRankHeads: a rank in capitals set beside a named officer, as
// an apposition ("Ravi Kumar, SHO of Sadar police station,") or before the
// name with a bracketed posting ("ACP (South) Meera Joshi"), names that
// officer, so "the SHO", "The ACP" and a "He" after them are the officer;
// a body's initials, another officer's rank and a rank after a place do not.
func TestAcronymRankHeads(t *testing.T) {
	tests := []speakerCase{
		{"a rank apposition with a place of two words",
			"The market was cleared on Sunday. Inspector Ravi Kumar, SHO of Civil Lines police station, told reporters that notices had been posted.\n\n" +
				"Traders said they would protest. The SHO said talks would resume on Friday.",
			[]speakerWant{{"talks would resume on Friday", "Ravi Kumar"}}},
		{"a rank apposition with a place of one word, then He",
			"The market was cleared on Sunday. Inspector Ravi Kumar, SHO of Sadar police station, told reporters that notices had been posted. “We used no force,” the SHO said.\n\n" +
				"He said two men had been held overnight.",
			[]speakerWant{{"We used no force", "Ravi Kumar"}, {"two men had been held overnight", "Ravi Kumar"}}},
		{"a rank before the name with a bracketed posting",
			"The market was cleared on Sunday. ACP (South) Meera Joshi said the area was calm.\n\n" +
				"Traders said they would protest. The ACP said talks would resume on Friday.",
			[]speakerWant{{"talks would resume on Friday", "Meera Joshi"}}},
		{"near miss: a body's initials after a name",
			"The market was cleared on Sunday. Meera Joshi, BBC, reported that traders had gathered.\n\n" +
				"The BBC said talks would resume on Friday.",
			[]speakerWant{{"talks would resume on Friday", "BBC"}}},
		{"near miss: another officer's rank",
			"The market was cleared on Sunday. ACP (South) Meera Joshi said the area was calm. DCP Arjun Rao said more police had been sent.\n\n" +
				"The DCP said talks would resume on Friday.",
			[]speakerWant{{"talks would resume on Friday", "Arjun Rao"}}},
		{"near miss: a rank after a place, not a name",
			"The market was cleared on Sunday. In Sadar, SHO of the station Ravi Kumar said notices had been posted.\n\n" +
				"Traders said they would protest.",
			[]speakerWant{{"they would protest", "Traders"}}},
	}
	checkSpeakerCases(t, "rank abbreviations beside officers", tests)
}
