package suggest

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"newsmark/annotate"
)

func dumpMentions(tx string) {
	f := &finder{text: load(&annotate.Document{Text: tx}, DefaultOptions())}
	f.scan()
	r := f.resolve()
	for i, m := range r.mentions {
		fmt.Printf("%d %q canon=%q person=%v org=%v named=%v plural=%v heads=%v g=%c att=%d ante=%d\n", i, strings.Join(f.phraseWords(m.r), " "), m.canonical, m.person, m.org, m.named, m.plural, m.heads, m.gender, m.att, m.antecedent)
	}
}

func TestDbgSpk(t *testing.T) {
	tx := os.Getenv("DBG")
	got, _ := readSuggestions(tx)
	fmt.Println(got)
	dumpMentions(tx)
}
