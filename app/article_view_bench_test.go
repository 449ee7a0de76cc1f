package app

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/go-text/typesetting/font"

	"newsmark/annotate"
)

// The benchmarks' article: 120,000 characters, 1,000 spans, shown 800 px wide.
const (
	benchChars = 120_000
	benchSpans = 1_000
	benchWidth = 800
	benchH     = 700
)

// Goals from the article-view issue.
const (
	goalFirstLayout = 50 * time.Millisecond
	goalRewrap      = 10 * time.Millisecond
	goalScrollStep  = 2 * time.Millisecond
	goalVsRichText  = 10.0
)

// benchArticle generates an original wire-style article of about n
// characters: sentences from templates, with made-up surnames and place
// names so the vocabulary is as varied as real copy (thousands of distinct
// words), not a handful repeated.
func benchArticle(n int, seed uint64) (string, []annotate.Zone) {
	r := rand.New(rand.NewPCG(seed, 7))
	syll := []string{"van", "der", "ko", "sel", "mar", "tin", "hal", "berg", "os", "ka", "ri", "lund",
		"ste", "no", "wick", "ham", "dor", "fel", "ien", "gard", "pol", "ter", "ma", "vis"}
	name := func() string {
		var b strings.Builder
		for i := 0; i < 2+r.IntN(2); i++ {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	roles := []string{"a spokeswoman for the ministry", "the port's chief executive", "a union negotiator",
		"an analyst at a regional bank", "the mayor", "a senior diplomat", "the shipping minister"}
	verbs := []string{"said", "told reporters", "added", "wrote in a statement", "warned", "argued", "noted"}
	claims := []string{
		"the talks would resume on Monday",
		"freight rates had climbed for a fourth straight week",
		"inspections would continue through the weekend",
		"no vessel had been turned back so far",
		"the backlog could take ten days to clear",
		"insurers were pricing every voyage as a risk",
		"the agreement was fair to both sides",
		"further delays would hurt exporters in the region",
	}
	var b strings.Builder
	headline := "Port talks resume as backlog grows in " + name()
	dek := "Officials in " + name() + " said the corridor stayed open while negotiators met."
	b.WriteString(headline + "\n\n" + dek + "\n\n")
	h := len([]rune(headline))
	d := h + 2 + len([]rune(dek))
	b.WriteString(strings.ToUpper(name()) + " — ")
	for b.Len() < n {
		for s := 0; s < 3+r.IntN(4); s++ {
			switch r.IntN(3) {
			case 0:
				fmt.Fprintf(&b, "\"%s,\" %s %s %s. ", strings.ToUpper(claims[r.IntN(len(claims))][:1])+claims[r.IntN(len(claims))][1:],
					roles[r.IntN(len(roles))], name(), verbs[r.IntN(len(verbs))])
			case 1:
				fmt.Fprintf(&b, "%s %s, %s, %s that %s. ", name(), name(), roles[r.IntN(len(roles))],
					verbs[r.IntN(len(verbs))], claims[r.IntN(len(claims))])
			default:
				fmt.Fprintf(&b, "In %s, %d ships waited offshore on %s, and %s. ", name(), 3+r.IntN(90),
					[]string{"Monday", "Tuesday", "Friday"}[r.IntN(3)], claims[r.IntN(len(claims))])
			}
		}
		b.WriteString("\n\n")
	}
	text := []rune(strings.TrimSpace(b.String()))
	if len(text) > n {
		text = text[:n]
	}
	return string(text), []annotate.Zone{
		{Zone: annotate.ZoneHeadline, Start: 0, End: h},
		{Zone: annotate.ZoneDek, Start: h + 2, End: d},
		{Zone: annotate.ZoneBody, Start: d + 2, End: len(text)},
	}
}

// benchSpansFor spreads count spans over text, some overlapping, some pending.
func benchSpansFor(text string, count int) []ViewSpan {
	r := rand.New(rand.NewPCG(11, 13))
	n := len([]rune(text))
	labels := []ViewSpan{
		{Label: annotate.LabelStatement, Color: skyBlue}, {Label: annotate.LabelSpeaker, Color: orange},
		{Label: annotate.LabelCue, Color: reddishPurple}, {Label: annotate.LabelClaim, Color: bluishGreen},
	}
	spans := make([]ViewSpan, count)
	for i := range spans {
		start := r.IntN(n - 200)
		k := r.IntN(len(labels))
		spans[i] = ViewSpan{ID: fmt.Sprintf("s%d", i), Start: start, End: start + 5 + r.IntN(180),
			Label: labels[k].Label, Color: labels[k].Color, Pending: r.IntN(5) == 0}
	}
	return spans
}

var benchDoc = sync.OnceValues(func() (string, []annotate.Zone) { return benchArticle(benchChars, 1) })

// layOutArticleView builds a view of the article and lays it out at 800 px.
func layOutArticleView(text string, zones []annotate.Zone, spans []ViewSpan) *ArticleView {
	v := NewArticleView()
	v.SetDocument(text, zones)
	v.SetSpans(spans)
	v.Resize(fyne.NewSize(benchWidth, benchH))
	return v
}

// layOutRichText shows the same text in a word-wrapped RichText inside a
// scroll container that is already 800 px wide when the content is set, the
// kinder order for RichText (fyne-tech.md §2.2).
func layOutRichText(text string) *widget.RichText {
	rt := widget.NewRichText()
	rt.Wrapping = fyne.TextWrapWord
	s := container.NewVScroll(rt)
	s.Resize(fyne.NewSize(benchWidth, benchH))
	var segs []widget.RichTextSegment
	for _, p := range strings.Split(text, "\n\n") {
		segs = append(segs, &widget.TextSegment{Text: p, Style: widget.RichTextStyleParagraph})
	}
	rt.Segments = segs
	rt.Refresh()
	s.Refresh()
	return rt
}

// richTextBaseline is one RichText first layout of the benchmark article,
// measured once per run and shared by the benchmarks that compare with it.
var richTextBaseline = sync.OnceValue(func() time.Duration {
	text, _ := benchDoc()
	start := time.Now()
	layOutRichText(text)
	return time.Since(start)
})

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// reportGoal prints a measured time against its goal.
func reportGoal(b *testing.B, what string, per, goal time.Duration) {
	b.ReportMetric(ms(per), "ms/op")
	verdict := "meets"
	if per > goal {
		verdict = "MISSES"
	}
	b.Logf("%s: %.2f ms (goal ≤ %.0f ms: %s)", what, ms(per), ms(goal), verdict)
}

func BenchmarkArticleViewFirstLayout(b *testing.B) {
	test.NewTempApp(b)
	text, zones := benchDoc()
	spans := benchSpansFor(text, benchSpans)

	// Fonts are parsed once per process, in the background from the first
	// NewArticleView; time that apart.
	parseStart := time.Now()
	for _, res := range []fyne.Resource{theme.DefaultTextFont(), theme.DefaultTextBoldFont(),
		theme.DefaultTextItalicFont(), theme.DefaultEmojiFont()} {
		if _, err := font.ParseTTF(bytes.NewReader(res.Content())); err != nil {
			b.Fatal(err)
		}
		parseFace(res)
	}
	parse := time.Since(parseStart)
	// Fyne's own first text measurement loads its fonts (~0.4 s here); in the
	// app the window's other widgets have paid that before an article opens.
	for _, st := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}} {
		fyne.MeasureText("Newsmark", theme.TextSize(), st)
	}

	// A cold first layout: no word measured or shaped yet.
	measurers.Lock()
	clear(measurers.byTheme)
	measurers.Unlock()
	coldText, coldZones := benchArticle(benchChars, 99)
	start := time.Now()
	layOutArticleView(coldText, coldZones, spans)
	cold := time.Since(start)

	var v *ArticleView
	for b.Loop() {
		v = layOutArticleView(text, zones, spans)
	}
	per := b.Elapsed() / time.Duration(b.N)
	reportGoal(b, "first layout (fresh view, words shaped before)", per, goalFirstLayout)
	b.ReportMetric(ms(cold), "cold-ms")
	b.Logf("first layout with cold caches: %.2f ms (plus %.0f ms to parse the fonts, once per process, in the background); %d lines, %d objects in view",
		ms(cold), ms(parse), len(v.layout.lines), len(test.WidgetRenderer(v.content).Objects()))

	rich := richTextBaseline()
	ratio := float64(rich) / float64(per)
	b.ReportMetric(ratio, "x-faster-than-RichText")
	b.Logf("RichText baseline %.0f ms; ArticleView %.1fx faster warm, %.1fx cold (goal ≥ %.0fx)",
		ms(rich), ratio, float64(rich)/float64(cold), goalVsRichText)
}

func BenchmarkArticleViewRewrap(b *testing.B) {
	test.NewTempApp(b)
	text, zones := benchDoc()
	v := layOutArticleView(text, zones, benchSpansFor(text, benchSpans))
	widths := []float32{benchWidth - 37, benchWidth}
	i := 0
	for b.Loop() {
		v.Resize(fyne.NewSize(widths[i%2], benchH))
		i++
	}
	reportGoal(b, "re-wrap after a resize", b.Elapsed()/time.Duration(b.N), goalRewrap)
}

func BenchmarkArticleViewScrollStep(b *testing.B) {
	test.NewTempApp(b)
	text, zones := benchDoc()
	v := layOutArticleView(text, zones, benchSpansFor(text, benchSpans))
	step := &fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -40)} // one wheel notch down
	bottom := v.content.MinSize().Height - benchH
	for b.Loop() {
		if v.scroll.Offset.Y >= bottom {
			v.scrollToY(0)
		}
		v.scroll.Scrolled(step)
	}
	reportGoal(b, "one scroll step", b.Elapsed()/time.Duration(b.N), goalScrollStep)
}

func BenchmarkRichTextBaselineFirstLayout(b *testing.B) {
	test.NewTempApp(b)
	text, _ := benchDoc()
	for b.Loop() {
		layOutRichText(text)
	}
	per := b.Elapsed() / time.Duration(b.N)
	b.ReportMetric(ms(per), "ms/op")
	b.Logf("RichText first layout of %d characters at %d px: %.0f ms (run with -benchtime=1x)",
		benchChars, benchWidth, ms(per))
}
