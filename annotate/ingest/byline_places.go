package ingest

import (
	"regexp"
	"strings"
)

// reBylinePlace matches where the reporters were, after "at" or "in" in a
// byline: "Carrow Leisure Centre", "the Old Bailey", "Port of Tilbury".
var reBylinePlace = regexp.MustCompile(`^(?:the )?\p{Lu}[\p{L}'’-]*(?: (?:of |on |upon )?\p{Lu}[\p{L}'’-]*){0,4}$`)

// bylineAtPlace reports a "By" byline that names the reporters and then
// where they were: "By Rhys Oduya and Freya Lamb at Carrow Leisure
// Centre", "By Ana Ruiz in Linden Park". A live page or a court report
// says where its writers file from; the place is part of the byline. A
// sentence ("By Tuesday at the latest the council …") names no reporters
// and a place in lower case ("at the count") is not one.
func bylineAtPlace(s string, words int) bool {
	if words > 14 || endsSentence(s) {
		return false
	}
	m := reByline.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	rest := m[1]
	k := strings.LastIndex(rest, " at ")
	if n := strings.LastIndex(rest, " in "); n > k {
		k = n
	}
	if k <= 0 {
		return false
	}
	names, place := strings.TrimSpace(rest[:k]), strings.TrimSpace(rest[k+4:])
	return isBylineNames(names) && reBylinePlace.MatchString(place)
}
