package suggest

import "testing"

func TestZZOne(t *testing.T) {
	for _, n := range []string{"06_voting_map", "07_cloud_outage", "08_relegation"} {
		g := loadArticle(t, n)
		res := Suggest(g.doc, nil, DefaultOptions())
		dump(t, g.doc, res)
	}
}
