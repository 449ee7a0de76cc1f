package app

import (
	"image/color"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"newsmark/annotate"
)

// Sample articles written for these tests.
const (
	sampleHeadline = "Harbour strike ends after three weeks"
	sampleDek      = "Dock workers accepted a new offer on Friday, the union said."
	sampleBody     = "ROTTERDAM — Dock workers voted to end a three-week strike on Friday, " +
		"the FNV union said, after the port authority raised its pay offer to 9 percent.\n\n" +
		"\"We got what we came for,\" union negotiator Ilse de Vries told reporters outside the " +
		"terminal, adding that cranes would be running again by Monday morning.\n\n" +
		"The port authority said in a statement that the deal was \"fair to both sides\" and " +
		"that it expected the backlog of container ships to clear within ten days."
	// emojiLine puts a ZWJ family, a flag and a combining accent before the words.
	emojiLine = "👩‍👩‍👧 🇳🇱 Cafe\u0301 owners cheered the deal"
)

func sampleArticle() (string, []annotate.Zone) {
	text := sampleHeadline + "\n\n" + sampleDek + "\n\n" + sampleBody
	h := len([]rune(sampleHeadline))
	d := h + 2 + len([]rune(sampleDek))
	return text, []annotate.Zone{
		{Zone: annotate.ZoneHeadline, Start: 0, End: h},
		{Zone: annotate.ZoneDek, Start: h + 2, End: d},
		{Zone: annotate.ZoneDateline, Start: d + 2, End: d + 2 + len([]rune("ROTTERDAM — "))},
		{Zone: annotate.ZoneBody, Start: d + 2, End: len([]rune(text))},
	}
}

// runeIndex is the code-point offset of the first sub in s.
func runeIndex(t *testing.T, s, sub string) int {
	t.Helper()
	r, rs := []rune(s), []rune(sub)
	for i := 0; i+len(rs) <= len(r); i++ {
		if string(r[i:i+len(rs)]) == sub {
			return i
		}
	}
	t.Fatalf("%q not in text", sub)
	return -1
}

// newTestView shows text in a view filling an unpadded test window.
func newTestView(t *testing.T, text string, zones []annotate.Zone, size fyne.Size) (*ArticleView, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	v := NewArticleView()
	v.newTicker = func(time.Duration) (<-chan time.Time, func()) { return nil, func() {} } // no real ticks in tests
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(size)
	v.SetDocument(text, zones)
	return v, w
}

// firstLinePoint is where offset lies on a one-line body paragraph at the top
// of the view, measured with Fyne directly rather than through the layout:
// dx moves right of the boundary before offset.
func firstLinePoint(text string, offset int, dx float32) fyne.Position {
	prefix := string([]rune(text)[:offset])
	x := fyne.MeasureText(prefix, theme.TextSize(), fyne.TextStyle{}).Width
	return fyne.NewPos(textPad+x+dx, textPad+8)
}

type selectionLog struct{ got [][2]int }

func (s *selectionLog) record(start, end int) { s.got = append(s.got, [2]int{start, end}) }

func (s *selectionLog) last(t *testing.T) [2]int {
	t.Helper()
	if len(s.got) == 0 {
		t.Fatal("OnSelectionChanged was not called")
	}
	return s.got[len(s.got)-1]
}

func TestArticleViewDragSelect(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		from, to  string  // drag from the start of from to the end of to
		fromDX    float32 // pointer offset from that boundary
		toDX      float32
		want      func(t *testing.T, text string) [2]int
		backwards bool
	}{
		{
			name: "plain words", text: "Port workers voted to end the strike",
			from: "workers", to: "voted", fromDX: 2, toDX: -2,
			want: func(t *testing.T, s string) [2]int { return [2]int{5, 18} },
		},
		{
			name: "emoji before the selection count as code points", text: emojiLine,
			from: "owners", to: "cheered", fromDX: 2, toDX: -2,
			want: func(t *testing.T, s string) [2]int {
				return [2]int{runeIndex(t, s, "owners"), runeIndex(t, s, "cheered") + 7}
			},
		},
		{
			name: "dragging backwards gives the same range", text: emojiLine,
			from: "owners", to: "cheered", fromDX: 2, toDX: -2, backwards: true,
			want: func(t *testing.T, s string) [2]int {
				return [2]int{runeIndex(t, s, "owners"), runeIndex(t, s, "cheered") + 7}
			},
		},
		{
			name: "a drag ending inside a flag takes the whole flag", text: emojiLine,
			from: "👩", to: "🇳🇱", fromDX: 1, toDX: -3,
			want: func(t *testing.T, s string) [2]int { return [2]int{0, runeIndex(t, s, "🇳🇱") + 2} },
		},
		{
			name: "a drag starting inside an accented word takes the whole word", text: emojiLine,
			from: "e\u0301", to: "owners", fromDX: 2, toDX: -2,
			want: func(t *testing.T, s string) [2]int {
				return [2]int{runeIndex(t, s, "Cafe\u0301"), runeIndex(t, s, "owners") + 6}
			},
		},
		{
			name: "a drag from mid-word to mid-word selects whole words", text: "Port workers voted to end the strike",
			from: "orkers", to: "vot", fromDX: 1, toDX: -1,
			want: func(t *testing.T, s string) [2]int { return [2]int{5, 18} },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, w := newTestView(t, tt.text, nil, fyne.NewSize(700, 200))
			var log selectionLog
			v.OnSelectionChanged = log.record
			fromOff := runeIndex(t, tt.text, tt.from)
			toOff := runeIndex(t, tt.text, tt.to) + len([]rune(tt.to))
			start := firstLinePoint(tt.text, fromOff, tt.fromDX)
			end := firstLinePoint(tt.text, toOff, tt.toDX)
			if tt.backwards {
				start, end = end, start
			}
			// test.Drag sends one event at the end point, Dragged being the
			// movement from the start.
			test.Drag(w.Canvas(), end, end.X-start.X, end.Y-start.Y)
			want := tt.want(t, tt.text)
			if got := log.last(t); got != want {
				t.Errorf("OnSelectionChanged(%d, %d), want (%d, %d): %q",
					got[0], got[1], want[0], want[1], string([]rune(tt.text)[got[0]:got[1]]))
			}
			if s, e := v.Selection(); [2]int{s, e} != want {
				t.Errorf("Selection() = (%d, %d), want %v", s, e, want)
			}
		})
	}
}

func TestArticleViewDoubleClickSelectsWord(t *testing.T) {
	tests := []struct {
		name, text, word string
	}{
		{"a word", "Port workers voted to end the strike", "voted"},
		{"a word after emoji", emojiLine, "cheered"},
		{"a word with a combining accent", emojiLine, "Cafe\u0301"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, _ := newTestView(t, tt.text, nil, fyne.NewSize(700, 200))
			var log selectionLog
			v.OnSelectionChanged = log.record
			off := runeIndex(t, tt.text, tt.word)
			v.content.DoubleTapped(&fyne.PointEvent{Position: firstLinePoint(tt.text, off+1, 2)})
			want := [2]int{off, off + len([]rune(tt.word))}
			if got := log.last(t); got != want {
				t.Errorf("selected %v, want %v (%q)", got, want, tt.word)
			}
		})
	}
}

// pressKey sends key to the view as the window does: modifiers arrive
// through KeyDown, the key through TypedKey (Shift alone) or TypedShortcut
// (with Ctrl or Alt).
func pressKey(v *ArticleView, key fyne.KeyName, mods ...fyne.KeyName) {
	var m fyne.KeyModifier
	for _, k := range mods {
		v.KeyDown(&fyne.KeyEvent{Name: k})
		m |= modifierOf(k)
	}
	if m&^fyne.KeyModifierShift != 0 {
		v.TypedShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: m})
	} else {
		v.TypedKey(&fyne.KeyEvent{Name: key})
	}
	for _, k := range mods {
		v.KeyUp(&fyne.KeyEvent{Name: k})
	}
}

func TestArticleViewKeyboardExtension(t *testing.T) {
	text := emojiLine
	owners := runeIndex(t, text, "owners")
	cafe := runeIndex(t, text, "Cafe")
	flag := runeIndex(t, text, "🇳🇱")
	shift := []fyne.KeyName{desktop.KeyShiftLeft}
	ctrlShift := []fyne.KeyName{desktop.KeyControlLeft, desktop.KeyShiftLeft}
	tests := []struct {
		name  string
		caret int
		keys  []fyne.KeyName
		mods  []fyne.KeyName
		want  [2]int
	}{
		{"Shift+Right takes one character", owners, []fyne.KeyName{fyne.KeyRight, fyne.KeyRight}, shift, [2]int{owners, owners + 2}},
		{"Shift+Left extends backwards", owners, []fyne.KeyName{fyne.KeyLeft}, shift, [2]int{owners - 1, owners}},
		{"Shift+Left over an accented letter takes it whole", owners - 1, []fyne.KeyName{fyne.KeyLeft}, shift, [2]int{cafe + 3, owners - 1}},
		{"Shift+Right over a flag takes both code points", flag, []fyne.KeyName{fyne.KeyRight}, shift, [2]int{flag, flag + 2}},
		{"Shift+Right over a family emoji takes all of it", 0, []fyne.KeyName{fyne.KeyRight}, shift, [2]int{0, 5}},
		{"Ctrl+Shift+Right takes words", owners, []fyne.KeyName{fyne.KeyRight, fyne.KeyRight}, ctrlShift, [2]int{owners, owners + 14}},
		{"Ctrl+Shift+Left takes the word before", owners, []fyne.KeyName{fyne.KeyLeft}, ctrlShift, [2]int{cafe, owners}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, w := newTestView(t, text, nil, fyne.NewSize(700, 200))
			w.Canvas().Focus(v)
			var log selectionLog
			v.OnSelectionChanged = log.record
			v.SetSelection(tt.caret, tt.caret)
			for _, k := range tt.keys {
				pressKey(v, k, tt.mods...)
			}
			if got := log.last(t); got != tt.want {
				t.Errorf("selection %v %q, want %v %q", got, string([]rune(text)[got[0]:got[1]]),
					tt.want, string([]rune(text)[tt.want[0]:tt.want[1]]))
			}
		})
	}
}

func TestArticleViewEscClearsSelection(t *testing.T) {
	v, _ := newTestView(t, emojiLine, nil, fyne.NewSize(700, 200))
	var log selectionLog
	v.OnSelectionChanged = log.record
	var passed []fyne.KeyName
	v.OnKey = func(ev *fyne.KeyEvent, _ fyne.KeyModifier) bool { passed = append(passed, ev.Name); return true }
	v.SetSelection(3, 9)
	pressKey(v, fyne.KeyEscape)
	if s, e := v.Selection(); s != e || log.last(t)[0] != log.last(t)[1] {
		t.Errorf("after Esc selection is (%d, %d), callback %v; want empty", s, e, log.last(t))
	}
	if len(passed) != 0 {
		t.Errorf("Esc with a selection reached OnKey: %v", passed)
	}
	pressKey(v, fyne.KeyEscape)
	if len(passed) != 1 || passed[0] != fyne.KeyEscape {
		t.Errorf("Esc with nothing selected should reach OnKey, got %v", passed)
	}
}

func TestArticleViewPassesOtherKeys(t *testing.T) {
	v, _ := newTestView(t, emojiLine, nil, fyne.NewSize(700, 200))
	type key struct {
		name fyne.KeyName
		mods fyne.KeyModifier
	}
	var keys []key
	var runes []rune
	v.OnKey = func(ev *fyne.KeyEvent, mods fyne.KeyModifier) bool {
		keys = append(keys, key{ev.Name, mods})
		return true
	}
	v.OnRune = func(r rune) bool { runes = append(runes, r); return true }
	if !v.AcceptsTab() {
		t.Error("the view must keep Tab for next-span")
	}
	pressKey(v, fyne.KeyTab)
	pressKey(v, fyne.KeyTab, desktop.KeyShiftLeft)
	pressKey(v, fyne.KeyRight, desktop.KeyAltLeft)
	pressKey(v, fyne.KeyRight, desktop.KeyAltLeft, desktop.KeyShiftLeft)
	pressKey(v, fyne.KeyDelete)
	test.Type(v, "1S]")
	want := []key{
		{fyne.KeyTab, 0}, {fyne.KeyTab, fyne.KeyModifierShift},
		{fyne.KeyRight, fyne.KeyModifierAlt}, {fyne.KeyRight, fyne.KeyModifierAlt | fyne.KeyModifierShift},
		{fyne.KeyDelete, 0},
	}
	if len(keys) != len(want) {
		t.Fatalf("OnKey got %v, want %v", keys, want)
	}
	for i := range want {
		if keys[i] != want[i] {
			t.Errorf("key %d = %v, want %v", i, keys[i], want[i])
		}
	}
	if string(runes) != "1S]" {
		t.Errorf("OnRune got %q, want %q", string(runes), "1S]")
	}
	if s, e := v.Selection(); s != e {
		t.Errorf("passed-through keys changed the selection to (%d, %d)", s, e)
	}
}

func TestArticleViewCopiesSelection(t *testing.T) {
	v, _ := newTestView(t, emojiLine, nil, fyne.NewSize(700, 200))
	start := runeIndex(t, emojiLine, "🇳🇱")
	v.SetSelection(start, start+7)
	v.TypedShortcut(&fyne.ShortcutCopy{})
	if got := fyne.CurrentApp().Clipboard().Content(); got != "🇳🇱 Cafe\u0301" {
		t.Errorf("clipboard = %q", got)
	}
}

func TestArticleViewSetSelectionSnapsToClusters(t *testing.T) {
	v, _ := newTestView(t, emojiLine, nil, fyne.NewSize(700, 200))
	flag := runeIndex(t, emojiLine, "🇳🇱")
	accent := runeIndex(t, emojiLine, "\u0301")
	tests := []struct {
		name       string
		start, end int
		want       [2]int
	}{
		{"inside the family emoji", 2, 4, [2]int{0, 5}},
		{"half a flag", flag + 1, flag + 1, [2]int{flag, flag + 2}},
		{"between a letter and its accent", accent, accent + 4, [2]int{accent - 1, accent + 4}},
		{"reversed", 12, 9, [2]int{9, 12}},
		{"past the end", 30, 500, [2]int{30, len([]rune(emojiLine))}},
	}
	for _, tt := range tests {
		v.SetSelection(tt.start, tt.end)
		if s, e := v.Selection(); [2]int{s, e} != tt.want {
			t.Errorf("%s: SetSelection(%d, %d) gives (%d, %d), want %v", tt.name, tt.start, tt.end, s, e, tt.want)
		}
	}
}

// click presses and releases the primary button at pos (canvas coordinates)
// on the view's text, as the desktop driver does for a click.
func click(v *ArticleView, pos fyne.Position) {
	p := pos.Add(fyne.NewPos(0, v.scroll.Offset.Y))
	ev := &desktop.MouseEvent{Button: desktop.MouseButtonPrimary}
	ev.Position, ev.AbsolutePosition = p, pos
	v.content.MouseDown(ev)
	v.content.MouseUp(ev)
}

func TestArticleViewClickTapsSpan(t *testing.T) {
	text := "Port workers voted to end the strike"
	spans := []ViewSpan{
		{ID: "st", Start: 0, End: 36, Label: annotate.LabelStatement, Color: color.NRGBA{0x56, 0xB4, 0xE9, 0xff}},
		{ID: "sp", Start: 5, End: 12, Label: annotate.LabelSpeaker, Color: color.NRGBA{0xE6, 0x9F, 0x00, 0xff}},
	}
	tests := []struct {
		name string
		text string
		at   string
		want string
	}{
		{"a span inside another: the inner one", text, "workers", "sp"},
		{"the outer span", text, "voted", "st"},
		{"the last letter of a span", text, "s voted", "sp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, w := newTestView(t, tt.text, nil, fyne.NewSize(700, 200))
			v.SetSpans(spans)
			var tapped []string
			v.OnSpanTapped = func(id string) { tapped = append(tapped, id) }
			click(v, firstLinePoint(tt.text, runeIndex(t, tt.text, tt.at), 2))
			if len(tapped) != 1 || tapped[0] != tt.want {
				t.Errorf("OnSpanTapped got %v, want [%s]", tapped, tt.want)
			}
			if w.Canvas().Focused() != v {
				t.Error("a click should focus the view")
			}
		})
	}
	t.Run("plain text and past the line end give no span", func(t *testing.T) {
		v, _ := newTestView(t, "Cranes run again. "+text, nil, fyne.NewSize(700, 200))
		v.SetSpans([]ViewSpan{{ID: "x", Start: 18, End: 22, Label: "CUE"}})
		var tapped []string
		v.OnSpanTapped = func(id string) { tapped = append(tapped, id) }
		click(v, firstLinePoint("Cranes", 2, 0))
		click(v, fyne.NewPos(690, textPad+8))
		if len(tapped) != 2 || tapped[0] != "" || tapped[1] != "" {
			t.Errorf("OnSpanTapped got %q, want two empty ids", tapped)
		}
	})
}

func TestArticleViewClickClearsSelection(t *testing.T) {
	text := "Port workers voted to end the strike"
	v, _ := newTestView(t, text, nil, fyne.NewSize(700, 200))
	var log selectionLog
	v.OnSelectionChanged = log.record
	v.SetSelection(5, 12)
	click(v, firstLinePoint(text, 20, 1))
	if got := log.last(t); got != [2]int{20, 20} {
		t.Errorf("a click after a selection reported %v, want an empty selection at 20", got)
	}
}

func TestArticleViewHoverShowsLabels(t *testing.T) {
	text := "Port workers voted to end the strike"
	v, w := newTestView(t, text, nil, fyne.NewSize(700, 200))
	v.SetSpans([]ViewSpan{
		{ID: "st", Start: 0, End: 36, Label: annotate.LabelStatement},
		{ID: "sp", Start: 5, End: 12, Label: annotate.LabelSpeaker, Pending: true},
	})
	var hovered []string
	v.OnHover = func(l string) { hovered = append(hovered, l) }
	test.MoveMouse(w.Canvas(), firstLinePoint(text, 6, 2))
	want := "SPEAKER (suggested) · STATEMENT"
	if len(hovered) == 0 || hovered[len(hovered)-1] != want {
		t.Fatalf("OnHover got %q, want %q last", hovered, want)
	}
	if !v.tip.text.Visible() || v.tip.text.Text != want {
		t.Errorf("tooltip visible=%v text %q, want %q", v.tip.text.Visible(), v.tip.text.Text, want)
	}
	overlay := v.Theme().Color(theme.ColorNameOverlayBackground, fyne.CurrentApp().Settings().ThemeVariant())
	if !v.tip.bg.Visible() || v.tip.bg.FillColor != overlay {
		t.Errorf("tooltip background visible=%v colour %v, want the theme's overlay colour %v",
			v.tip.bg.Visible(), v.tip.bg.FillColor, overlay)
	}
	// The suggestion is accepted by key while the pointer rests on it.
	v.SetSpans([]ViewSpan{
		{ID: "st", Start: 0, End: 36, Label: annotate.LabelStatement},
		{ID: "sp", Start: 5, End: 12, Label: annotate.LabelSpeaker},
	})
	if want := "SPEAKER · STATEMENT"; v.tip.text.Text != want || hovered[len(hovered)-1] != want {
		t.Errorf("after the spans changed under the pointer: tooltip %q, OnHover %q; want %q", v.tip.text.Text, hovered[len(hovered)-1], want)
	}
	test.MoveMouse(w.Canvas(), fyne.NewPos(690, 190))
	if hovered[len(hovered)-1] != "" || v.tip.text.Visible() {
		t.Errorf("off the spans: OnHover %q, tooltip visible %v", hovered[len(hovered)-1], v.tip.text.Visible())
	}
}

// longArticle is n paragraphs of original filler news copy.
func longArticle(n int) string {
	paras := []string{
		"Freight rates on the northern route climbed for a fourth week as insurers weighed the risk of fresh delays at the locks.",
		"\"We are seeing bookings move to rail wherever there is capacity,\" a logistics manager in Duisburg said, asking not to be named.",
		"The ministry said inspections would continue through the weekend and that no vessel had been turned back so far.",
		"Analysts at two banks cut their forecasts for the quarter, citing the backlog and the cost of rerouting cargo around the closure.",
	}
	var b []byte
	for i := 0; i < n; i++ {
		if i > 0 {
			b = append(b, "\n\n"...)
		}
		b = append(b, paras[i%len(paras)]...)
	}
	return string(b)
}

func TestArticleViewDrawsOnlyVisibleLines(t *testing.T) {
	v, _ := newTestView(t, longArticle(400), nil, fyne.NewSize(600, 300))
	l := v.layout
	texts := 0
	for _, o := range test.WidgetRenderer(v.content).Objects() {
		if _, ok := o.(*canvas.Text); ok {
			texts++
		}
	}
	visible := int(300/l.measure.lineHeight(paraBody)) + 2
	if len(l.lines) < 10*visible {
		t.Fatalf("only %d lines: the sample is too short to tell", len(l.lines))
	}
	if texts == 0 || texts > visible {
		t.Errorf("%d text objects for %d lines, want at most the %d in view", texts, len(l.lines), visible)
	}
}

func TestArticleViewScrollTo(t *testing.T) {
	text := longArticle(60)
	v, _ := newTestView(t, text, nil, fyne.NewSize(600, 300))
	target := len([]rune(text)) - 5
	v.ScrollTo(target)
	l := v.layout
	ln := l.lines[l.lineOf(target)]
	top, bottom := v.scroll.Offset.Y, v.scroll.Offset.Y+300
	if ln.y+textPad < top || ln.y+ln.height+textPad > bottom {
		t.Errorf("line at y %v..%v not inside the view %v..%v", ln.y, ln.y+ln.height, top, bottom)
	}
	found := false
	for _, o := range test.WidgetRenderer(v.content).Objects() {
		if tx, ok := o.(*canvas.Text); ok && tx.Text == l.slice(ln.start, ln.end) {
			found = true
		}
	}
	if !found {
		t.Error("the line scrolled to has no text object")
	}
}

func TestArticleViewAutoScrollWhileDraggingPastTheEdge(t *testing.T) {
	text := longArticle(60)
	v, _ := newTestView(t, text, nil, fyne.NewSize(600, 300))
	ticks := 0
	v.newTicker = func(time.Duration) (<-chan time.Time, func()) { ticks++; return nil, func() {} }
	var log selectionLog
	v.OnSelectionChanged = log.record
	below := fyne.NewPos(100, 340) // 40 px under the view's bottom edge
	v.content.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: below}, Dragged: fyne.NewDelta(0, 300)})
	if ticks != 1 {
		t.Fatalf("dragging past the edge started %d tickers, want 1", ticks)
	}
	_, endBefore := v.Selection()
	for i := 0; i < 5; i++ {
		v.content.autoScrollStep() // what each tick does, through fyne.Do
	}
	if v.scroll.Offset.Y <= 0 {
		t.Fatal("the view did not scroll")
	}
	_, endAfter := v.Selection()
	if endAfter <= endBefore {
		t.Errorf("selection end %d did not follow the scroll past %d", endAfter, endBefore)
	}
	v.content.DragEnd()
	if v.content.autoStop != nil {
		t.Error("DragEnd left the ticker running")
	}
	if got := log.last(t); got[1] != endAfter {
		t.Errorf("OnSelectionChanged %v, want end %d", got, endAfter)
	}
}

// Okabe–Ito label colours from docs/ui.md.
var (
	skyBlue       = color.NRGBA{0x56, 0xB4, 0xE9, 0xff}
	orange        = color.NRGBA{0xE6, 0x9F, 0x00, 0xff}
	reddishPurple = color.NRGBA{0xCC, 0x79, 0xA7, 0xff}
	bluishGreen   = color.NRGBA{0x00, 0x9E, 0x73, 0xff}
)

// lookSpans tags the sample article: a statement with its speaker and cue,
// an overlapping claim, a pending suggestion, and in the third paragraph a
// second statement.
func lookSpans(t *testing.T, text string) []ViewSpan {
	at := func(s string) (int, int) {
		i := runeIndex(t, text, s)
		return i, i + len([]rune(s))
	}
	var spans []ViewSpan
	add := func(id, sub, label string, c color.Color, pending bool) {
		s, e := at(sub)
		spans = append(spans, ViewSpan{ID: id, Start: s, End: e, Label: label, Color: c, Pending: pending})
	}
	add("st1", "\"We got what we came for,\"", annotate.LabelStatement, skyBlue, false)
	add("sp1", "union negotiator Ilse de Vries", annotate.LabelSpeaker, orange, false)
	add("cue1", "told", annotate.LabelCue, reddishPurple, false)
	add("cl1", "what we came for", annotate.LabelClaim, bluishGreen, false)
	add("st2", "the deal was \"fair to both sides\"", annotate.LabelStatement, skyBlue, false)
	add("sp2", "The port authority", annotate.LabelSpeaker, orange, true)
	add("cue2", "said in a statement", annotate.LabelCue, reddishPurple, true)
	add("sp3", "the FNV union", annotate.LabelSpeaker, orange, false)
	return spans
}

func TestArticleViewLooks(t *testing.T) {
	text, zones := sampleArticle()
	tests := []struct {
		name     string
		selected string
		linked   []string
		sel      string
	}{
		{"overlapping_spans", "", nil, ""},
		{"selected_and_linked", "st1", []string{"sp1", "cue1"}, ""},
		{"selected_pending_and_selection", "sp2", []string{"cue2", "st2"}, "cranes would be running"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, w := newTestView(t, text, zones, fyne.NewSize(520, 420))
			v.SetSpans(lookSpans(t, text))
			v.SetSelectedSpan(tt.selected, tt.linked)
			if tt.sel != "" {
				s := runeIndex(t, text, tt.sel)
				v.SetSelection(s, s+len([]rune(tt.sel)))
			}
			test.AssertRendersToMarkup(t, "article_view/"+tt.name+".xml", w.Canvas())
			if tt.name == "selected_pending_and_selection" {
				test.AssertRendersToImage(t, "article_view/looks.png", w.Canvas())
			}
		})
	}
}

func TestArticleViewMeasuresAsFyneDraws(t *testing.T) {
	test.NewTempApp(t)
	m := newFyneMeasurer(theme.Current())
	tests := []struct {
		text string
		kind paraKind
	}{
		{"Dock workers voted to end a three-week strike on Friday,", paraBody},
		{"“We got what we came for,” she said — and left.", paraBody},
		{"Harbour strike ends after three weeks", paraHeadline},
		{"Dock workers accepted a new offer on Friday.", paraDek},
		{"Cafe\u0301 owners in Zürich and Łódź", paraBody},
		{"👩‍👩‍👧 🇳🇱 cheered the deal", paraBody},
		{"AVAST Tower Wave", paraBody}, // kerning pairs
	}
	for _, tt := range tests {
		xs := m.offsets(tt.text, tt.kind)
		want := fyne.MeasureText(tt.text, m.sizes[tt.kind], m.styles[tt.kind]).Width
		if got := xs[len(xs)-1]; got < want-0.01 || got > want+0.01 {
			t.Errorf("%q: width %v, Fyne measures %v", tt.text, got, want)
		}
		// Prefixes ending before a space: elsewhere the drawn line is kerned
		// with the next letter, which a prefix measured alone is not.
		for i, r := range []rune(tt.text) {
			if r != ' ' {
				continue
			}
			want := fyne.MeasureText(string([]rune(tt.text)[:i]), m.sizes[tt.kind], m.styles[tt.kind]).Width
			if got := xs[i]; got < want-0.01 || got > want+0.01 {
				t.Errorf("%q: x at %d is %v, Fyne measures the prefix as %v", tt.text, i, got, want)
			}
		}
	}
}

func TestArticleViewRewrapsToThePaneWidth(t *testing.T) {
	text, zones := sampleArticle()
	v, w := newTestView(t, text, zones, fyne.NewSize(700, 600))
	lineTexts := func() []string {
		var out []string
		for _, o := range test.WidgetRenderer(v.content).Objects() {
			if tx, ok := o.(*canvas.Text); ok {
				out = append(out, tx.Text)
				if width := fyne.MeasureText(tx.Text, tx.TextSize, tx.TextStyle).Width; width > wrapWidth(v.Size().Width) {
					t.Errorf("at %v px the line %q is %v px wide, past the %v px column",
						v.Size().Width, tx.Text, width, wrapWidth(v.Size().Width))
				}
			}
		}
		return out
	}
	wide := lineTexts()
	for _, width := range []float32{420, 260, 700} {
		w.Resize(fyne.NewSize(width, 600))
		got := lineTexts()
		if width < 700 && len(got) <= len(wide) {
			t.Errorf("at %v px %d lines, no more than the %d at 700 px", width, len(got), len(wide))
		}
		// Every word is still there, in order.
		if strings.Join(strings.Fields(strings.Join(got, " ")), " ") != strings.Join(strings.Fields(text), " ") {
			t.Errorf("at %v px the lines do not add up to the article", width)
		}
	}
	if got := lineTexts(); strings.Join(got, "|") != strings.Join(wide, "|") {
		t.Errorf("back at 700 px the lines differ:\n%q\n%q", got, wide)
	}
}

func TestArticleViewShiftClickExtendsSelection(t *testing.T) {
	text := "Port workers voted to end the strike"
	v, _ := newTestView(t, text, nil, fyne.NewSize(700, 200))
	v.SetSpans([]ViewSpan{{ID: "st", Start: 0, End: 36, Label: annotate.LabelStatement}})
	var log selectionLog
	v.OnSelectionChanged = log.record
	var tapped []string
	v.OnSpanTapped = func(id string) { tapped = append(tapped, id) }
	v.SetSelection(5, 5)
	p := firstLinePoint(text, 18, 1)
	ev := &desktop.MouseEvent{Button: desktop.MouseButtonPrimary, Modifier: fyne.KeyModifierShift}
	ev.Position, ev.AbsolutePosition = p, p
	v.content.MouseDown(ev)
	v.content.MouseUp(ev)
	if got := log.last(t); got != [2]int{5, 18} {
		t.Errorf("Shift+click selected %v, want [5 18]", got)
	}
	if len(tapped) != 0 {
		t.Errorf("Shift+click also tapped spans %q", tapped)
	}
}

func TestArticleViewSetDocumentResets(t *testing.T) {
	v, _ := newTestView(t, longArticle(60), nil, fyne.NewSize(600, 300))
	v.SetSpans([]ViewSpan{{ID: "a", Start: 0, End: 10, Label: annotate.LabelClaim}})
	v.SetSelection(2000, 2050)
	v.ScrollTo(2000)
	if v.scroll.Offset.Y == 0 {
		t.Fatal("ScrollTo(2000) did not scroll")
	}
	text, zones := sampleArticle()
	v.SetDocument(text, zones)
	if s, e := v.Selection(); s != 0 || e != 0 {
		t.Errorf("selection (%d, %d) survived the new document", s, e)
	}
	if v.scroll.Offset.Y != 0 {
		t.Errorf("scroll offset %v survived the new document", v.scroll.Offset.Y)
	}
	if id := v.SpanAt(5); id != "" {
		t.Errorf("span %q of the old document is still drawn", id)
	}
	var first string
	for _, o := range test.WidgetRenderer(v.content).Objects() {
		if tx, ok := o.(*canvas.Text); ok {
			first = tx.Text
			break
		}
	}
	if first != sampleHeadline {
		t.Errorf("first line drawn is %q, want the new headline", first)
	}
}

func TestArticleViewScrollToPlacesFarLinesInContext(t *testing.T) {
	text := longArticle(60)
	v, _ := newTestView(t, text, nil, fyne.NewSize(600, 300))
	l := v.layout
	lineH := l.measure.lineHeight(paraBody)
	tests := []struct {
		name   string
		offset func() int
		want   func(top float32) bool // where the line's top lands in the view
	}{
		{"far below: a third of the way down", func() int { return len([]rune(text)) / 2 },
			func(top float32) bool { return top > 300/3-lineH && top < 300/3+lineH }},
		{"the next line below: at the bottom edge", func() int {
			return l.lines[l.lineAtY(v.scroll.Offset.Y+300)+1].start
		}, func(top float32) bool { return top > 300-2*lineH-textPad && top <= 300-lineH }},
		{"already visible: no scroll", func() int {
			return l.lines[l.lineAtY(v.scroll.Offset.Y+150)].start
		}, func(top float32) bool { return top > 150-2*lineH && top < 150+lineH }},
	}
	for _, tt := range tests {
		off := tt.offset()
		v.ScrollTo(off)
		ln := l.lines[l.lineOf(off)]
		top := ln.y + textPad - v.scroll.Offset.Y
		if !tt.want(top) || top < 0 || top+ln.height > 300 {
			t.Errorf("%s: the line is at %v px in a 300 px view", tt.name, top)
		}
	}
}

func TestArticleViewSelectionAcrossParagraphsShowsOnTheBlankLine(t *testing.T) {
	text := "First paragraph ends here.\n\nSecond one starts."
	v, _ := newTestView(t, text, nil, fyne.NewSize(600, 200))
	sel := v.Theme().Color(theme.ColorNameSelection, fyne.CurrentApp().Settings().ThemeVariant())
	count := func() (n int) {
		for _, o := range test.WidgetRenderer(v.content).Objects() {
			if r, ok := o.(*canvas.Rectangle); ok && r.FillColor == sel {
				n++
			}
		}
		return n
	}
	tests := []struct {
		name       string
		start, end int
		want       int
	}{
		{"inside one paragraph", 6, 15, 1},
		{"across the blank line", 20, 34, 3},
		{"nothing selected", 5, 5, 0},
	}
	for _, tt := range tests {
		v.SetSelection(tt.start, tt.end)
		if got := count(); got != tt.want {
			t.Errorf("%s: %d selection rectangles, want %d", tt.name, got, tt.want)
		}
	}
}

// TestArticleViewAltDragSelectsExactly: with Alt held at the press, a drag
// keeps the characters the pointer covered instead of snapping to words.
func TestArticleViewAltDragSelectsExactly(t *testing.T) {
	text := "Port workers voted to end the strike"
	v, _ := newTestView(t, text, nil, fyne.NewSize(700, 200))
	var log selectionLog
	v.OnSelectionChanged = log.record
	from := firstLinePoint(text, runeIndex(t, text, "orkers"), 1)
	to := firstLinePoint(text, runeIndex(t, text, "ted"), -1)
	for _, tt := range []struct {
		mods fyne.KeyModifier
		want [2]int
	}{
		{fyne.KeyModifierAlt, [2]int{6, 15}}, // "orkers vo"
		{0, [2]int{5, 18}},
	} {
		v.content.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: from}, Button: desktop.MouseButtonPrimary, Modifier: tt.mods})
		v.content.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, 0)})
		v.content.DragEnd()
		if got := log.last(t); got != tt.want {
			t.Errorf("modifiers %v: selection %v %q, want %v", tt.mods, got, string([]rune(text)[got[0]:got[1]]), tt.want)
		}
	}
}
