package ingest

import (
	"encoding/json"
	"errors"
	"io/fs"
	sharedtest "newsmark/annotate/reference"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"newsmark/annotate"
)

func sharedDir(t testing.TB) string { return sharedtest.Dir(t) }

// zoneText returns the text of the first zone with the given name, or "".
func zoneText(doc *annotate.Document, name string) string {
	r := []rune(doc.Text)
	for _, z := range doc.Zones {
		if z.Zone == name {
			return string(r[z.Start:z.End])
		}
	}
	return ""
}

// checkZones fails when zones are out of order, overlap or leave the text.
func checkZones(t *testing.T, doc *annotate.Document) {
	t.Helper()
	n := utf8.RuneCountInString(doc.Text)
	last := 0
	for _, z := range doc.Zones {
		if z.Start < last || z.End < z.Start || z.End > n {
			t.Errorf("zone %+v out of order or outside the %d-rune text", z, n)
		}
		last = z.End
	}
}

func TestSeedMatchesGold(t *testing.T) {
	shared := sharedDir(t)
	raw, err := os.ReadFile(filepath.Join(shared, "fixtures", "seed_000_gold.doc.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		ID    string          `json:"id"`
		Text  string          `json:"text"`
		Zones []annotate.Zone `json:"zones"`
		Meta  annotate.Meta   `json:"meta"`
	}
	line, _, _ := strings.Cut(string(raw), "\n")
	if err := json.Unmarshal([]byte(line), &gold); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(shared, "seed", gold.Meta.SourceFile)
	doc, err := ReadArticle(path)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != gold.Text {
		a, b := []rune(doc.Text), []rune(gold.Text)
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		t.Errorf("text differs from the gold at rune %d:\n got %q\nwant %q", i,
			string(a[i:min(len(a), i+60)]), string(b[i:min(len(b), i+60)]))
	}
	if !reflect.DeepEqual(doc.Zones, gold.Zones) {
		t.Errorf("zones = %+v\nwant %+v", doc.Zones, gold.Zones)
	}
	if !reflect.DeepEqual(doc.Meta.Removed, gold.Meta.Removed) {
		t.Errorf("removed = %q\nwant %q", doc.Meta.Removed, gold.Meta.Removed)
	}
	if doc.Meta.Wire != gold.Meta.Wire || doc.Meta.Title != gold.Meta.Title {
		t.Errorf("wire, title = %q, %q; want %q, %q", doc.Meta.Wire, doc.Meta.Title, gold.Meta.Wire, gold.Meta.Title)
	}
	if doc.ID != gold.ID || doc.Meta.SourceFile != gold.Meta.SourceFile || doc.Status != annotate.StatusTodo {
		t.Errorf("id, source_file, status = %q, %q, %q", doc.ID, doc.Meta.SourceFile, doc.Status)
	}
	if doc.Source.Size != 2676 || len(doc.Source.SHA256) != 64 || doc.Source.Path != path {
		t.Errorf("source = %+v", doc.Source)
	}
}

func TestReadArticleSamples(t *testing.T) {
	tests := []struct {
		file                    string
		want                    string // file holding the expected text
		headline, dek, dateline string
		byline, published, wire string
		outlet                  string
		removed                 []string // must all be in meta.removed
		absent                  []string // must not be in the text
	}{
		{
			file: "tram_vote.html", want: "tram_vote.want.txt",
			headline: "Lindenfeld council backs tram extension after late-night vote",
			dek:      "The 4.2-kilometre line to the university campus is due to open in 2029.",
			dateline: "LINDENFELD — ", byline: "Hanna Okafor", published: "2025-03-14T22:41:00+01:00",
			outlet:  "The Riverside Courier",
			removed: []string{"A tram waits at the Marktplatz stop, where the new line will branch off.", "Photo: Tomasz Wierzba / Courier"},
			absent:  []string{"cookies", "Advertisement", "renderAd", "Read more", "Bus fares", "Sign up", "Share", "Skip to content", "©"},
		},
		{
			file: "harbour_strike.htm", want: "harbour_strike.want.txt",
			headline: "Dockworkers extend strike at Port Aldmere as talks stall",
			dateline: "ALDMERE (Reuters) - ", byline: "Ledger Staff", published: "2024-11-02T08:15:00Z", wire: "Reuters", outlet: "Northern Ledger",
			removed: []string{"(Reporting by Lena Marsh; Editing by Tom Hale)"},
			absent:  []string{"Northern Ledger", "JavaScript", "Most read", "Central bank", "Related", "Tweet", "adsQueue"},
		},
		{
			file: "flood_barrier.md", want: "flood_barrier.want.txt",
			headline: "Tidal barrier passes first winter test as storm surge peaks",
			dek:      "Engineers say the £310 million gates held back water 1.9 metres above the normal high tide.",
			dateline: "HARWICK — ", byline: "Sofia Brandt", published: "3 February 2025",
			removed: []string{"By Sofia Brandt", "The barrier's steel gates closed against the surge", "Read more: How the barrier was built", "Editing by Mark Ellison"},
			absent:  []string{"#", "*", "](", "https://", "&amp;"},
		},
		{
			file: "vineyard_frost.txt", want: "vineyard_frost.want.txt",
			headline: "Late frost wipes out a third of Bordeaux’s early buds",
			dateline: "BORDEAUX, France (AFP) — ", byline: "Luc Moreau", published: "April 9, 2025", wire: "AFP",
			removed: []string{"Skip to content", "Culture", "Advertisement", "Share this article", "Related", "Why growers are pulling up vines in the Gironde"},
			absent:  []string{"\r", "Exports of French wine"},
		},
		{
			file: "rescue_dog.txt", want: "rescue_dog.want.txt",
			headline: "Rescue dog finds hiker missing for two days on Snowdon 🐕",
			dek:      "Bryn the collie tracked the 63-year-old to a ravine below the ridge.",
			removed: []string{
				"We use cookies to give you the best experience. By using this site you accept our privacy policy.",
				"Bryn with his handler, Gwen Pryce, at the mountain rescue base.",
				"Photo: Dafydd Hughes / North Wales Mountain Rescue",
				"Reporting by Ffion Lloyd; Editing by Ceri Morgan",
			},
			absent: []string{"\ufeff", "cookies"},
		},
		{
			// A page in another shape, added after the rules were written: a
			// menu run, a byline without "By", a topics box after the trailer.
			file: "ferry_fine.txt", want: "ferry_fine.want.txt",
			headline: "Ferry operator fined £2m over lifeboat drill failures",
			dek:      "Regulator says crew on two vessels had not practised evacuations for more than a year",
			byline:   "Sarah Collins Scotland correspondent", published: "Tue 14 Nov 2023 12.05 GMT",
			removed: []string{"Crew members on the Isle of Mull ferry. Photograph: Martin Hale/PA", "Sarah Collins Scotland correspondent",
				"Explore more on these topics", "Shipping", "Reuse this content", "Reporting by Sarah Collins; Editing by Tom Reid"},
			absent: []string{"Skip to", "Sign in", "Share", "Last modified", "Most viewed", "Topics"},
		},
		{
			// Another shape added after the rules were written: a menu mixing
			// known chrome with section names, an AP share bar, an AP photo
			// caption, a "___" divider, a contributor line and AP's copyright.
			file: "wildfire_ap.txt", want: "wildfire_ap.want.txt",
			headline: "Wildfire forces evacuation of mountain town as winds pick up",
			dateline: "PINE HOLLOW, Colo. (AP) — ", byline: "MARIA LOPEZ and DAVID CHEN", wire: "AP",
			published: "Updated 3:41 PM EST, November 3, 2023",
			removed: []string{"U.S. News", "Politics", "Copy", "Advertisement",
				"Associated Press writer Sam Turner in Denver contributed to this report."},
			absent: []string{"Menu", "World News", "Link copied", "AP Photo", "___", "Copyright", "Pinterest"},
		},
		{
			file: "night_flights.txt", want: "night_flights.want.txt",
			headline: "Port authority approves night flights ban",
			dek:      "The ban covers cargo flights between 11pm and 6am from next spring.",
			dateline: "VALLEMAR, Dec 4 (Reuters) - ", wire: "Reuters",
			removed: []string{"Advertisement"},
			absent:  []string{"approach\npath", "\x00"},
		},
		{
			file: "night_flights_be.txt", want: "night_flights.want.txt",
			headline: "Port authority approves night flights ban",
			dek:      "The ban covers cargo flights between 11pm and 6am from next spring.",
			dateline: "VALLEMAR, Dec 4 (Reuters) - ", wire: "Reuters",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc, err := ReadArticle(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("testdata", tt.want))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != string(want) {
				t.Errorf("text:\n%s\nwant:\n%s", doc.Text, want)
			}
			checkZones(t, doc)
			for _, z := range []struct{ name, want string }{
				{annotate.ZoneHeadline, tt.headline}, {annotate.ZoneDek, tt.dek}, {annotate.ZoneDateline, tt.dateline},
			} {
				if got := zoneText(doc, z.name); got != z.want {
					t.Errorf("%s zone = %q, want %q", z.name, got, z.want)
				}
			}
			if body := zoneText(doc, annotate.ZoneBody); body == "" || !strings.HasSuffix(doc.Text, body) {
				t.Errorf("body zone %q does not run to the end of the text", body)
			}
			m := doc.Meta
			if m.Title != tt.headline || m.Byline != tt.byline || m.Published != tt.published || m.Wire != tt.wire || m.Outlet != tt.outlet {
				t.Errorf("meta title, byline, published, wire, outlet = %q, %q, %q, %q, %q", m.Title, m.Byline, m.Published, m.Wire, m.Outlet)
			}
			for _, r := range tt.removed {
				if !contains(m.Removed, r) {
					t.Errorf("meta.removed lacks %q; has %q", r, m.Removed)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(doc.Text, s) {
					t.Errorf("text still holds %q", s)
				}
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestMarkdownFrontMatterAndBoldByline(t *testing.T) {
	page := "---\ntitle: \"Library opens 24-hour reading room\"\nauthor: Priya Nair\ndate: 2025-09-01\nsource: Eastside Gazette\n---\n\n" +
		"Library opens 24-hour reading room\n==================================\n\n**By Priya Nair**\n\n" +
		"The central library will keep its main reading room open around the clock from Monday.\n\n" +
		"> \"Students asked for it,\" said head librarian Tom Adeyemi.\n\n### Related\n\n" +
		"- [Library budget cut by 5 percent](https://example.org/a)\n- [New branch opens](https://example.org/b)\n\n" +
		"Security staff will be on duty overnight.\n"
	doc, err := Clean("library.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	want := "Library opens 24-hour reading room\n\nThe central library will keep its main reading room open around the clock from Monday.\n\n" +
		"\"Students asked for it,\" said head librarian Tom Adeyemi.\n\nSecurity staff will be on duty overnight."
	if doc.Text != want {
		t.Errorf("text:\n%q\nwant:\n%q", doc.Text, want)
	}
	m := doc.Meta
	if m.Title != "Library opens 24-hour reading room" || m.Byline != "Priya Nair" || m.Published != "2025-09-01" || m.Outlet != "Eastside Gazette" {
		t.Errorf("meta = %+v", m)
	}
	if zoneText(doc, annotate.ZoneHeadline) != m.Title || zoneText(doc, annotate.ZoneDek) != "" {
		t.Errorf("zones = %+v", doc.Zones)
	}
	if !contains(m.Removed, "By Priya Nair") || !contains(m.Removed, "New branch opens") {
		t.Errorf("removed = %q", m.Removed)
	}
}

// TestMarkdownMastheadAboveHeading: a reader-funded site's Markdown page
// prints its name, a link menu and a support box before the article's
// heading; the heading is the headline and what stands above it is chrome.
func TestMarkdownMastheadAboveHeading(t *testing.T) {
	page := "**The Courier** · Community news for Lindenfeld\n\n[News](/n) · [Sport](/s) · [Support us](/support)\n\n" +
		"# Tram depot to close two years early\n\n*The operator says the site is needed for the new line.*\n\n" +
		"> **The Courier is funded by readers.** [Become a supporter](/support) from £4 a month.\n\n" +
		"The city's tram depot on Mill Road will close in 2027, two years earlier than planned, the operator said on Monday.\n\n" +
		"### Join the conversation\n\nComments are open to supporters.\n"
	doc, err := Clean("depot.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	want := "Tram depot to close two years early\n\nThe operator says the site is needed for the new line.\n\n" +
		"The city's tram depot on Mill Road will close in 2027, two years earlier than planned, the operator said on Monday."
	if doc.Text != want {
		t.Errorf("text:\n%q\nwant:\n%q", doc.Text, want)
	}
	if zoneText(doc, annotate.ZoneHeadline) != "Tram depot to close two years early" || zoneText(doc, annotate.ZoneDek) == "" {
		t.Errorf("zones = %+v", doc.Zones)
	}
	for _, r := range []string{"The Courier · Community news for Lindenfeld", "News · Sport · Support us", "Join the conversation", "Comments are open to supporters."} {
		if !contains(doc.Meta.Removed, r) {
			t.Errorf("meta.removed lacks %q; has %q", r, doc.Meta.Removed)
		}
	}
}

// TestMarkdownImagesRecorded: an image that is a paragraph on its own,
// linked or not, leaves the text and is recorded in meta.removed: by its
// alt text, or by its Markdown when it has none. A paragraph with a link
// in its prose stays, and is not recorded.
func TestMarkdownImagesRecorded(t *testing.T) {
	page := "[![The Harbour Post](https://cdn.example/w_96/logo.png)](https://harbourpost.example/)\n\n" +
		"[![](https://cdn.example/badge.png)](https://harbourpost.example/app)\n\n" +
		"# Ferry pier shut after storm\n\n" +
		"The council closed the old ferry pier on Monday after a storm washed away part of its deck, and said it would stay shut for repairs until the spring at least.\n\n" +
		"![](https://cdn.example/pier.jpg)\n\n" +
		"The harbour master said the damage was worse than feared.\n\n" +
		"Read the [council's notice](https://council.example/pier) for the dates.\n"
	doc, err := Clean("pier.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	want := "Ferry pier shut after storm\n\n" +
		"The council closed the old ferry pier on Monday after a storm washed away part of its deck, and said it would stay shut for repairs until the spring at least.\n\n" +
		"The harbour master said the damage was worse than feared.\n\nRead the council's notice for the dates."
	if doc.Text != want {
		t.Errorf("text:\n%q\nwant:\n%q", doc.Text, want)
	}
	for _, r := range []string{"The Harbour Post", "[![](https://cdn.example/badge.png)](https://harbourpost.example/app)", "![](https://cdn.example/pier.jpg)"} {
		if !contains(doc.Meta.Removed, r) {
			t.Errorf("meta.removed lacks %q; has %q", r, doc.Meta.Removed)
		}
	}
	for _, r := range doc.Meta.Removed {
		if strings.Contains(r, "council.example") || strings.Contains(r, "worse than feared") {
			t.Errorf("meta.removed has %q, a line of the text", r)
		}
	}
	if drops := silentDrops(page, doc.Text, doc.Meta.Removed); len(drops) > 0 {
		t.Errorf("dropped silently: %q", drops)
	}
}

// TestMarkdownFrontPageHeadingIsMasthead: a newsletter sets its name as a
// heading linked to its front page above the story's own heading, at the
// same level; the name is the masthead, the story's heading the headline.
// A heading linked to a story, or to a section, stays a heading.
func TestMarkdownFrontPageHeadingIsMasthead(t *testing.T) {
	body := "The council closed the old ferry pier on Monday after a storm washed away part of its deck, and said it would stay shut for repairs until the spring at least.\n"
	for _, tt := range []struct{ name, page, headline, removed string }{
		{"front page, absolute", "# [The Harbour Post](https://harbourpost.example/)\n\n# [Ferry pier shut after storm](https://harbourpost.example/p/ferry-pier)\n\n" + body,
			"Ferry pier shut after storm", "The Harbour Post"},
		{"front page, relative", "# [The Harbour Post](/)\n\n# Ferry pier shut after storm\n\n" + body,
			"Ferry pier shut after storm", "The Harbour Post"},
		// near-misses: the headline links to the story or to a section
		{"story link", "# [Ferry pier shut after storm](https://harbourpost.example/p/ferry-pier)\n\n" + body,
			"Ferry pier shut after storm", ""},
		{"section link", "# [Ferry pier shut after storm](/news)\n\n" + body,
			"Ferry pier shut after storm", ""},
		{"front page with a query", "# [Ferry pier shut after storm](https://harbourpost.example/?p=4411)\n\n" + body,
			"Ferry pier shut after storm", ""},
		{"heading with more than the link", "# [Harbour](/) pier shut after storm\n\n" + body,
			"Harbour pier shut after storm", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("pier.md", []byte(tt.page), KindMarkdown)
			if err != nil {
				t.Fatal(err)
			}
			if got := zoneText(doc, annotate.ZoneHeadline); got != tt.headline {
				t.Errorf("headline = %q, want %q; text %q", got, tt.headline, doc.Text)
			}
			if tt.removed != "" && (!contains(doc.Meta.Removed, tt.removed) || strings.Contains(doc.Text, tt.removed)) {
				t.Errorf("masthead %q: text %q, removed %q", tt.removed, doc.Text, doc.Meta.Removed)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		want string
	}{
		{"utf-8", []byte("Zoë said “yes”"), "Zoë said “yes”"},
		{"utf-8 with BOM", []byte("\xef\xbb\xbfHello 🌍"), "Hello 🌍"},
		{"utf-16 LE with BOM", []byte("\xff\xfeH\x00i\x00 \x00\x3c\xd8\x0d\xdf"), "Hi 🌍"},
		{"utf-16 BE with BOM", []byte("\xfe\xff\x00H\x00i"), "Hi"},
		{"windows-1252", []byte("\x93Caf\xe9\x94 \x96 \x80"), "“Café” – €"},
		{"utf-8 with a stray windows-1252 byte", []byte("Zoë\x92s café"), "Zoë’s café"},
		{"CRLF and CR", []byte("a\r\nb\rc\n"), "a\nb\nc\n"},
		{"decomposed accents become NFC", []byte("Cafe\u0301"), "Café"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decode(tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("decode = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadArticleBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := filepath.Join(dir, "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileSize + 1); err != nil { // sparse: nothing is written
		t.Fatal(err)
	}
	f.Close()
	tests := []struct {
		name string
		path string
		want error
	}{
		{"empty file", write("empty.txt", nil), ErrEmpty},
		{"only blank lines", write("blank.md", []byte("\n \r\n\t\n")), ErrEmpty},
		{"BOM and nothing else", write("bom.txt", []byte("\xff\xfe")), ErrEmpty},
		{"binary data", write("photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")), ErrBinary},
		{"too large", big, ErrTooLarge},
		{"unsupported extension", write("report.pdf", []byte("%PDF-1.7")), ErrUnsupported},
		{"missing file", filepath.Join(dir, "gone.txt"), fs.ErrNotExist},
		{"a folder", mkdir(t, filepath.Join(dir, "folder.txt")), ErrUnsupported},
		{"HTML without an article", write("login.html", []byte(`<html><head><title>Sign in</title></head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><form><input name="user"><button>Sign in</button></form><footer>© 2025 Example Media</footer></body></html>`)), ErrNoArticle},
		{"HTML page of navigation and promos only", write("hub.htm", []byte(`<html><head><title>World news</title></head><body><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li><li><a href="/c">Business</a></li></ul><div>Advertisement</div><p>Sign up for our newsletter</p><div>Share this page</div></body></html>`)), ErrNoArticle},
		{"text that is only page junk", write("junk.txt", []byte("Advertisement\n\nShare this article\n\nSkip to content\n")), ErrNoArticle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ReadArticle(tt.path)
			if !errors.Is(err, tt.want) {
				t.Fatalf("ReadArticle = %v, %v; want an error wrapping %v", doc, err, tt.want)
			}
			if !strings.Contains(err.Error(), filepath.Base(tt.path)) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func mkdir(t *testing.T, p string) string {
	t.Helper()
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{
		"b/story.md", "a/one.txt", "a/two.HTML", "a/notes.pdf", "a/.hidden.txt", ".git/x.txt",
		"c/.cache/y.txt", "data.jsonl", "page.htm", "c/deep/deeper/z.markdown",
	} {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Files([]string{dir, filepath.Join(dir, "a", "one.txt"), filepath.Join(dir, "a", "notes.pdf")})
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, p := range got {
		r, _ := filepath.Rel(dir, p)
		rel = append(rel, filepath.ToSlash(r))
	}
	want := []string{"a/notes.pdf", "a/one.txt", "a/two.HTML", "b/story.md", "c/deep/deeper/z.markdown", "data.jsonl", "page.htm"}
	if !reflect.DeepEqual(rel, want) {
		t.Errorf("Files = %q\nwant %q", rel, want)
	}
	if _, err := Files([]string{filepath.Join(dir, "nope")}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Files on a missing path: err = %v", err)
	}
}

// TestSeedInOtherEncodings saves the seed page the way other tools would
// (Windows line ends, a byte-order mark, UTF-16) and expects the same article.
func TestSeedInOtherEncodings(t *testing.T) {
	shared := sharedDir(t)
	raw, err := os.ReadFile(filepath.Join(shared, "seed", "000_d59d86ecf62d787c.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := Clean("seed.txt", raw, KindText)
	if err != nil {
		t.Fatal(err)
	}
	utf16le := []byte{0xff, 0xfe}
	for _, r := range string(raw) {
		utf16le = append(utf16le, byte(r), byte(r>>8)) // the seed is all in the BMP
	}
	tests := []struct {
		name string
		raw  []byte
	}{
		{"CRLF", []byte(strings.ReplaceAll(string(raw), "\n", "\r\n"))},
		{"UTF-8 BOM", append([]byte("\xef\xbb\xbf"), raw...)},
		{"UTF-16 LE", utf16le},
		{"trailing spaces and extra blank lines", []byte(strings.ReplaceAll(string(raw), "\n\n", "  \n\n\n"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Clean("seed.txt", tt.raw, KindText)
			if err != nil {
				t.Fatal(err)
			}
			if got.Text != want.Text || !reflect.DeepEqual(got.Zones, want.Zones) || !reflect.DeepEqual(got.Meta.Removed, want.Meta.Removed) {
				t.Errorf("differs from the plain seed: zones %+v, removed %q", got.Zones, got.Meta.Removed)
			}
		})
	}
}

func TestHTMLPageShapes(t *testing.T) {
	body := `<p>Electricity demand hit an all-time high on Tuesday as temperatures passed 38C across the south, the grid operator said.</p>` +
		`<p>The operator said reserves remained adequate but warned that the margin would be tight on Wednesday.</p>`
	more := `<p>Households cut use in the evening peak after a request from the operator, and two gas plants were brought back from reserve.</p>` +
		`<p>Industrial users on interruptible contracts were paid to stop production for three hours in the afternoon.</p>`
	tests := []struct {
		name, page               string
		headline, dek, published string
		removed                  []string
	}{
		{
			name:     "section label above the headline",
			page:     `<html><head><meta property="og:title" content="Heatwave pushes power demand to record"></head><body><article><p class="kicker">Energy</p><h1>Heatwave pushes power demand to record</h1>` + body + `</article></body></html>`,
			headline: "Heatwave pushes power demand to record",
			removed:  []string{"Energy"},
		},
		{
			name:     "a standfirst the extractor leaves out of the main text",
			page:     `<html><head><title>Heatwave pushes power demand to record – Grid Weekly</title></head><body><article><div class="kicker"><a href="/energy">Energy</a></div><h1>Heatwave pushes power demand to record</h1><h2 class="dek">Reserves held, but the margin was the thinnest in a decade</h2><p class="byline">By Ana Ruiz · July 1, 2025</p><div class="article-body">` + more + body + `</div></article></body></html>`,
			headline: "Heatwave pushes power demand to record",
			dek:      "Reserves held, but the margin was the thinnest in a decade",
		},
		{
			name:      "date from JSON-LD, headline from <title> without the site name",
			page:      `<html><head><title>Heatwave pushes power demand to record | Grid Weekly</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-07-01T18:00:00Z"}</script></head><body><article>` + body + `</article></body></html>`,
			headline:  "Heatwave pushes power demand to record",
			published: "2025-07-01T18:00:00Z",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page.html", []byte(tt.page), KindHTML)
			if err != nil {
				t.Fatal(err)
			}
			checkZones(t, doc)
			if got := zoneText(doc, annotate.ZoneHeadline); got != tt.headline {
				t.Errorf("headline = %q, want %q", got, tt.headline)
			}
			if got := zoneText(doc, annotate.ZoneDek); got != tt.dek {
				t.Errorf("dek = %q, want %q", got, tt.dek)
			}
			if strings.Count(doc.Text, tt.headline) != 1 {
				t.Errorf("headline appears %d times in %q", strings.Count(doc.Text, tt.headline), doc.Text)
			}
			if !strings.HasSuffix(doc.Text, "tight on Wednesday.") || doc.Meta.Published != tt.published {
				t.Errorf("text %q, published %q", doc.Text, doc.Meta.Published)
			}
			if !reflect.DeepEqual(doc.Meta.Removed, tt.removed) {
				t.Errorf("removed = %q, want %q", doc.Meta.Removed, tt.removed)
			}
		})
	}
}
