package suggest

// offences are the heads of what a defendant denies or admits in court
// ("denies the manslaughter of …", "admitted two counts of fraud"): the
// object of a plea, never a speaker.
var offences = map[string]bool{
	"murder": true, "murders": true, "manslaughter": true, "charge": true, "charges": true,
	"count": true, "counts": true, "offence": true, "offences": true, "offense": true,
	"offenses": true, "assault": true, "assaults": true, "rape": true, "theft": true,
	"thefts": true, "fraud": true, "robbery": true, "burglary": true, "arson": true,
	"kidnap": true, "kidnapping": true, "attempted": true, "causing": true, "possession": true,
	"allegation": true, "allegations": true, "accusation": true, "accusations": true,
}

// pleaCounts may stand before the offence: "the murder", "two counts".
var pleaCounts = map[string]bool{
	"the": true, "a": true, "an": true, "all": true, "both": true, "two": true, "three": true,
	"four": true, "five": true, "six": true, "several": true,
}

// pleaObject reports whether the phrase after an inverted cue ("X, 41,
// denies the manslaughter of Y") is the offence pleaded to, not the one who
// speaks: a determiner or a number, then an offence word.
func (f *finder) pleaObject(lemma string, sa, sb int) bool {
	if lemma != "deny" && lemma != "admit" {
		return false
	}
	k := sa
	for k < sb && k < sa+2 && pleaCounts[f.low(k)] {
		k++
	}
	return k < sb && offences[f.low(k)]
}
