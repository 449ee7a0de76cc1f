package app

import (
	"bytes"
	"fmt"
	"image/color"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
)

// ViewSpan is one span as the view draws it.
type ViewSpan struct {
	ID         string
	Start, End int // code points [Start, End)
	Label      string
	Color      color.Color
	Pending    bool   // suggestion: outlined, not filled
	Detail     string // said on hover after the label: a statement's stance
	// Mark, when set, is drawn as a bar at the span's start: the colour of
	// a statement's stance, seen the moment F, A or N is pressed.
	Mark color.Color
	// Lane, when above 0, draws the span as a thin bar in that lane at the
	// foot of its lines instead of a background: one analyst's layer in
	// the adjudication view, so every analyst's spans show at once.
	Lane int
}

// ArticleView shows one article: wrapped proportional text, spans as
// translucent backgrounds. Only the lines in view become canvas objects, so a
// long article lays out, re-wraps and scrolls quickly. The selection is kept
// as two code-point offsets and never splits a grapheme cluster.
type ArticleView struct {
	widget.BaseWidget

	// OnSelectionChanged is called after a mouse drag, a double-click, a
	// keyboard extension or Esc; start == end means the selection is empty.
	// SetSelection does not call it.
	OnSelectionChanged func(start, end int)
	// OnSpanTapped is called on a click (mouse-up without a drag) with the
	// topmost span under the pointer, or "" on plain text.
	OnSpanTapped func(id string)
	// OnKey gets the keys the view itself does not use (Tab, Delete, Enter,
	// Alt+arrows, Ctrl shortcuts…) with the modifiers held; it returns true
	// if it handled the key. Read letters and digits through OnRune.
	OnKey func(ev *fyne.KeyEvent, mods fyne.KeyModifier) bool
	// OnRune gets typed characters (1–9, S, P, C, R, F, A, N, [, ] …); it
	// returns true if it handled the character.
	OnRune func(r rune) bool
	// OnHover is called with the labels under the pointer ("" when none),
	// for a status line; the view also shows them in a small tooltip.
	OnHover func(label string)

	layout   *textLayout
	text     string
	zones    []annotate.Zone
	measurer *fyneMeasurer // shared by views with the same theme settings
	laneRoom float32       // extra height under every line, for lanes

	spans    []ViewSpan // sorted by Start, longer first, so later ones draw on top
	maxEnd   []int      // maxEnd[i] is the largest End of spans[:i+1]
	selected string
	linked   map[string]bool

	anchor, caret int
	mods          fyne.KeyModifier // held, tracked through KeyDown/KeyUp
	focused       bool
	// altUsed is set when the mouse was pressed with Alt held (an exact
	// selection): releasing Alt then must not open the window's menu.
	altUsed bool
	// dismissMenu closes the window's menu if it is open (tests replace
	// it); menuWatchStop ends the watch for it after an Alt+drag.
	dismissMenu   func() bool
	menuWatchStop func()

	scroll  *container.Scroll
	content *articleContent
	tip     *articleTip

	// newTicker makes the auto-scroll ticker; tests replace it.
	newTicker func(d time.Duration) (<-chan time.Time, func())
}

// NewArticleView makes an empty article view.
func NewArticleView() *ArticleView {
	v := &ArticleView{linked: map[string]bool{}}
	v.dismissMenu = v.dismissWindowMenu
	v.content = &articleContent{v: v}
	v.content.ExtendBaseWidget(v.content)
	v.scroll = container.NewVScroll(v.content)
	v.scroll.OnScrolled = func(fyne.Position) {
		v.content.MouseOut() // the text under the pointer moved: drop its label
		v.content.Refresh()
	}
	v.tip = newArticleTip()
	startPreloadingFaces()
	v.newTicker = func(d time.Duration) (<-chan time.Time, func()) {
		t := time.NewTicker(d)
		return t.C, t.Stop
	}
	v.ExtendBaseWidget(v)
	return v
}

// SetDocument shows text (with its zones: headline, dek, dateline, body) and
// resets the spans, the selection and the scroll position.
func (v *ArticleView) SetDocument(text string, zones []annotate.Zone) {
	v.content.stopAutoScroll()
	v.content.pressed, v.content.dragging = false, false
	v.text = text
	v.zones = append([]annotate.Zone(nil), zones...)
	v.layout = nil
	v.spans, v.maxEnd = nil, nil
	v.selected, v.linked = "", map[string]bool{}
	v.anchor, v.caret = 0, 0
	v.scroll.Offset = fyne.Position{}
	v.relayout()
}

// SetSpans replaces the spans drawn over the text.
func (v *ArticleView) SetSpans(spans []ViewSpan) {
	v.spans = append(v.spans[:0:0], spans...)
	sort.SliceStable(v.spans, func(i, j int) bool {
		a, b := v.spans[i], v.spans[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	v.maxEnd = make([]int, len(v.spans))
	m := 0
	for i, s := range v.spans {
		m = max(m, s.End)
		v.maxEnd[i] = m
	}
	if v.content.hovering {
		v.content.showHover()
	}
	v.content.Refresh()
}

// SetSelectedSpan marks the span the analyst is working on, and the spans
// linked to it (its speaker, cue…), so each gets its own look.
func (v *ArticleView) SetSelectedSpan(id string, linked []string) {
	v.selected = id
	v.linked = make(map[string]bool, len(linked))
	for _, l := range linked {
		v.linked[l] = true
	}
	v.content.Refresh()
}

// Selection is the selected range in code points, start <= end.
func (v *ArticleView) Selection() (start, end int) {
	return min(v.anchor, v.caret), max(v.anchor, v.caret)
}

// SetSelection selects [start, end), widened to whole grapheme clusters. It
// does not call OnSelectionChanged.
func (v *ArticleView) SetSelection(start, end int) {
	l := v.ensureLayout()
	if start > end {
		start, end = end, start
	}
	v.anchor, v.caret = l.snapBack(start), l.snapForward(end)
	v.content.Refresh()
}

// ScrollTo makes the line holding offset visible. A line just outside the
// view is scrolled in at the nearest edge; one further away is put a third
// of the way down, so the text after it shows too.
func (v *ArticleView) ScrollTo(offset int) {
	l := v.ensureLayout()
	if len(l.lines) == 0 {
		return
	}
	ln := l.lines[l.lineOf(l.clamp(offset))]
	top, bottom := ln.y+textPad, ln.y+ln.height+textPad
	view := v.scroll.Size().Height
	y := v.scroll.Offset.Y
	switch {
	case top >= y && bottom <= y+view:
		return
	case top < y && top > y-ln.height*2:
		y = top - textPad
	case bottom > y+view && bottom < y+view+ln.height*2:
		y = bottom + textPad - view
	default:
		y = top - view/3
	}
	v.scrollToY(y)
}

// SpanAt is the id of the topmost span covering offset, "" if none.
func (v *ArticleView) SpanAt(offset int) string {
	for i := len(v.spans) - 1; i >= 0; i-- {
		if s := v.spans[i]; s.Start <= offset && offset < s.End {
			return s.ID
		}
	}
	return ""
}

// CreateRenderer is part of fyne.Widget.
func (v *ArticleView) CreateRenderer() fyne.WidgetRenderer {
	return &articleViewRenderer{v: v}
}

// MinSize keeps the view small: it scrolls, so it never needs its text's size.
func (v *ArticleView) MinSize() fyne.Size {
	return fyne.NewSize(120, 80)
}

// ensureLayout builds the wrap model for the current document and theme.
func (v *ArticleView) ensureLayout() *textLayout {
	th := v.Theme()
	if m := measurerFor(th, themeKeyOf(th)); v.layout == nil || m != v.measurer {
		v.measurer = m
		var tm textMeasurer = m
		if v.laneRoom > 0 {
			tm = roomyMeasurer{m, v.laneRoom}
		}
		v.layout = newTextLayout(v.text, v.zones, tm)
	}
	return v.layout
}

// SetLaneRoom leaves px of room under every line, where the bars of spans
// with a Lane are drawn clear of the text (the adjudication view).
func (v *ArticleView) SetLaneRoom(px float32) {
	if v.laneRoom == px {
		return
	}
	v.laneRoom = px
	v.layout = nil
	v.relayout()
}

// roomyMeasurer makes every line taller by room, below the text.
type roomyMeasurer struct {
	*fyneMeasurer
	room float32
}

func (m roomyMeasurer) lineHeight(k paraKind) float32 { return m.fyneMeasurer.lineHeight(k) + m.room }

// themeKey is what the text geometry depends on in a theme.
type themeKey struct {
	text, heading, spacing float32
	font                   string
}

func themeKeyOf(th fyne.Theme) themeKey {
	k := themeKey{text: th.Size(theme.SizeNameText), heading: th.Size(theme.SizeNameSubHeadingText),
		spacing: th.Size(theme.SizeNameLineSpacing)}
	if f := th.Font(fyne.TextStyle{}); f != nil {
		k.font = f.Name()
	}
	return k
}

// relayout re-wraps at the current width and redraws.
func (v *ArticleView) relayout() {
	l := v.ensureLayout()
	if w := v.Size().Width; w > 0 {
		l.wrap(wrapWidth(w))
	}
	v.scroll.Refresh()
}

// scrollToY moves the scroll position, clamped to the text, and redraws the
// lines now in view.
func (v *ArticleView) scrollToY(y float32) {
	maxY := v.content.MinSize().Height - v.scroll.Size().Height
	y = max(0, min(y, maxY))
	v.scroll.ScrollToOffset(fyne.NewPos(0, y))
	v.content.Refresh()
}

// selectRange sets the selection and tells the window.
func (v *ArticleView) selectRange(anchor, caret int) {
	v.anchor, v.caret = anchor, caret
	v.content.Refresh()
	v.notifySelection()
}

func (v *ArticleView) notifySelection() {
	if v.OnSelectionChanged != nil {
		v.OnSelectionChanged(v.Selection())
	}
}

// selectedText is the text of the selection.
func (v *ArticleView) selectedText() string {
	s, e := v.Selection()
	return v.ensureLayout().slice(s, e)
}

// requestFocus makes the view the canvas's focused widget.
func (v *ArticleView) requestFocus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil && c.Focused() != v {
		c.Focus(v)
	}
}

// FocusGained is part of fyne.Focusable.
func (v *ArticleView) FocusGained() {
	v.focused = true
	v.content.Refresh()
}

// FocusLost is part of fyne.Focusable. Fyne's desktop driver opens the
// main menu when Alt is released with no key pressed since it went down,
// and gives the menu the focus, even when the mouse dragged an exact
// selection meanwhile (Alt+drag): the next label key would go to the menu.
// Losing the focus with Alt still held after such a drag is that; the
// menu is closed again and the focus comes back.
func (v *ArticleView) FocusLost() {
	v.focused = false
	v.mods = 0
	v.content.Refresh()
}

// menuWatchEvery is how often, after an Alt+drag, the view looks whether
// Alt's release opened the menu; menuWatchFor is how long it looks.
const (
	menuWatchEvery = 25 * time.Millisecond
	menuWatchFor   = 10 * time.Second
)

// watchMenu starts looking, after an exact (Alt+) drag, for the menu that
// Fyne's desktop driver opens when Alt is released with no key pressed
// since it went down: the driver gives the menu the focus and tells the
// view nothing, so the next label key would go to the menu. The first
// look that finds the menu open closes it and takes the focus back; any
// key or plain click ends the watch, as does menuWatchFor.
func (v *ArticleView) watchMenu() {
	v.stopMenuWatch()
	ticks, stopTicker := v.newTicker(menuWatchEvery)
	done := make(chan struct{})
	v.menuWatchStop = func() { close(done); stopTicker() }
	deadline := time.Now().Add(menuWatchFor)
	go func() {
		for {
			select {
			case <-done:
				return
			case t := <-ticks:
				if t.After(deadline) {
					fyne.Do(v.stopMenuWatch)
					return
				}
				fyne.Do(v.menuWatchStep)
			}
		}
	}()
}

// menuWatchStep closes the menu if Alt's release opened it.
func (v *ArticleView) menuWatchStep() {
	if v.menuWatchStop == nil {
		return
	}
	if v.dismissMenu != nil && v.dismissMenu() {
		// Alt's release, which opened the menu, went to the menu.
		v.mods &^= fyne.KeyModifierAlt
		v.stopMenuWatch()
		v.requestFocus()
	}
}

func (v *ArticleView) stopMenuWatch() {
	if v.menuWatchStop != nil {
		v.menuWatchStop()
		v.menuWatchStop = nil
	}
}

// AcceptsTab keeps Tab for the window's next-span key instead of moving focus.
func (v *ArticleView) AcceptsTab() bool { return true }

// KeyDown tracks the modifiers: Fyne delivers Shift+key to TypedKey without
// saying Shift is held.
func (v *ArticleView) KeyDown(ev *fyne.KeyEvent) {
	m := modifierOf(ev.Name)
	if m == fyne.KeyModifierAlt {
		v.altUsed = false
	}
	if m == 0 {
		v.stopMenuWatch() // a key: the driver opens no menu on Alt's release
	}
	v.mods |= m
}

// KeyUp tracks the modifiers. Where Alt's release opens the menu without
// taking the focus from the view, the release arrives here after an exact
// drag, and the menu is closed (see FocusLost for the desktop driver).
func (v *ArticleView) KeyUp(ev *fyne.KeyEvent) {
	m := modifierOf(ev.Name)
	v.mods &^= m
	if m == fyne.KeyModifierAlt && v.altUsed {
		v.altUsed = false
		if v.dismissMenu != nil {
			v.dismissMenu()
		}
	}
}

// dismissWindowMenu closes the main menu of the window showing v, if it is
// open (the desktop driver's canvas can).
func (v *ArticleView) dismissWindowMenu() bool {
	c := fyne.CurrentApp().Driver().CanvasForObject(v)
	if d, ok := c.(interface{ DismissMenu() bool }); ok {
		return d.DismissMenu()
	}
	return false
}

func modifierOf(k fyne.KeyName) fyne.KeyModifier {
	switch k {
	case desktop.KeyShiftLeft, desktop.KeyShiftRight:
		return fyne.KeyModifierShift
	case desktop.KeyControlLeft, desktop.KeyControlRight:
		return fyne.KeyModifierControl
	case desktop.KeyAltLeft, desktop.KeyAltRight:
		return fyne.KeyModifierAlt
	case desktop.KeySuperLeft, desktop.KeySuperRight:
		return fyne.KeyModifierSuper
	}
	return 0
}

// TypedRune is part of fyne.Focusable; characters go to OnRune.
func (v *ArticleView) TypedRune(r rune) {
	if v.OnRune != nil {
		v.OnRune(r)
	}
}

// TypedKey is part of fyne.Focusable. Shift+Left/Right extend the selection
// by a grapheme cluster and Esc clears it; other keys go to OnKey first, and
// arrows and paging keys it leaves scroll the view.
func (v *ArticleView) TypedKey(ev *fyne.KeyEvent) {
	l := v.ensureLayout()
	mods := v.mods
	shift := mods&fyne.KeyModifierShift != 0
	word := mods&fyne.KeyModifierShortcutDefault != 0
	switch {
	case ev.Name == fyne.KeyLeft && shift && mods&fyne.KeyModifierAlt == 0:
		v.extend(word, -1)
		return
	case ev.Name == fyne.KeyRight && shift && mods&fyne.KeyModifierAlt == 0:
		v.extend(word, +1)
		return
	case ev.Name == fyne.KeyEscape && v.anchor != v.caret:
		v.selectRange(v.caret, v.caret)
		return
	}
	if v.OnKey != nil && v.OnKey(ev, mods) {
		return
	}
	if len(l.lines) == 0 {
		return
	}
	lineH := l.measure.lineHeight(paraBody)
	page := max(v.scroll.Size().Height-lineH, lineH)
	switch ev.Name {
	case fyne.KeyTab:
		// Nobody wanted Tab: let it move focus on, as it would elsewhere.
		if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
			if shift {
				c.FocusPrevious()
			} else {
				c.FocusNext()
			}
		}
	case fyne.KeyUp:
		v.scrollToY(v.scroll.Offset.Y - lineH)
	case fyne.KeyDown:
		v.scrollToY(v.scroll.Offset.Y + lineH)
	case fyne.KeyPageUp:
		v.scrollToY(v.scroll.Offset.Y - page)
	case fyne.KeyPageDown:
		v.scrollToY(v.scroll.Offset.Y + page)
	case fyne.KeyHome:
		v.scrollToY(0)
	case fyne.KeyEnd:
		v.scrollToY(l.height)
	case fyne.KeyLeft:
		v.moveCaret(l.prevCluster(v.caret))
	case fyne.KeyRight:
		v.moveCaret(l.nextCluster(v.caret))
	}
}

// moveCaret collapses the selection at offset.
func (v *ArticleView) moveCaret(offset int) {
	hadSelection := v.anchor != v.caret
	v.anchor, v.caret = offset, offset
	v.ScrollTo(offset)
	v.content.Refresh()
	if hadSelection {
		v.notifySelection()
	}
}

// extend moves the caret end of the selection by a cluster or a word.
func (v *ArticleView) extend(byWord bool, dir int) {
	l := v.ensureLayout()
	c := v.caret
	switch {
	case byWord && dir < 0:
		c = l.prevWordStart(c)
	case byWord:
		c = l.nextWordEnd(c)
	case dir < 0:
		c = l.prevCluster(c)
	default:
		c = l.nextCluster(c)
	}
	v.caret = c
	v.ScrollTo(c)
	v.selectRange(v.anchor, c)
}

// TypedShortcut is part of fyne.Shortcutable. Ctrl+Shift+Left/Right extend
// the selection by a word, Ctrl+C copies it and Ctrl+A selects all; other
// shortcuts go to OnKey, then to the canvas's own shortcuts, so window-wide
// keys still work while the view has focus.
func (v *ArticleView) TypedShortcut(s fyne.Shortcut) {
	switch sc := s.(type) {
	case *fyne.ShortcutCopy:
		if v.anchor != v.caret {
			fyne.CurrentApp().Clipboard().SetContent(v.selectedText())
		}
		return
	case *fyne.ShortcutSelectAll:
		v.selectRange(0, v.ensureLayout().runeCount())
		return
	case *desktop.CustomShortcut:
		wordShift := fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift
		if sc.Modifier == wordShift && (sc.KeyName == fyne.KeyLeft || sc.KeyName == fyne.KeyRight) {
			dir := 1
			if sc.KeyName == fyne.KeyLeft {
				dir = -1
			}
			v.extend(true, dir)
			return
		}
		if v.OnKey != nil && v.OnKey(&fyne.KeyEvent{Name: sc.KeyName}, sc.Modifier) {
			return
		}
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		if sh, ok := c.(fyne.Shortcutable); ok {
			sh.TypedShortcut(s)
		}
	}
}

// wrapWidth is the text column's width in a view width wide.
func wrapWidth(width float32) float32 {
	return width - 2*textPad - scrollBarRoom
}

// textPad is the margin around the text; scrollBarRoom keeps the text clear
// of the overlay scroll bar.
const (
	textPad       = 8
	scrollBarRoom = 8
)

// articleViewRenderer lays the scroll container and the hover tip out.
type articleViewRenderer struct {
	v *ArticleView
}

func (r *articleViewRenderer) Layout(size fyne.Size) {
	v := r.v
	v.ensureLayout().wrap(wrapWidth(size.Width))
	v.scroll.Resize(size)
	v.scroll.Refresh()
}

func (r *articleViewRenderer) MinSize() fyne.Size { return r.v.MinSize() }

func (r *articleViewRenderer) Refresh() {
	r.v.relayout()
}

func (r *articleViewRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.v.scroll, r.v.tip.bg, r.v.tip.text}
}

func (r *articleViewRenderer) Destroy() { r.v.content.stopAutoScroll() }

// articleTip is the small label that names the spans under the pointer.
type articleTip struct {
	bg   *canvas.Rectangle
	text *canvas.Text
}

func newArticleTip() *articleTip {
	t := &articleTip{bg: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", color.Black)}
	t.bg.CornerRadius = 3
	t.bg.Hide()
	t.text.Hide()
	return t
}

// show puts the tip with label just above pos, the top of the hovered line
// at the pointer's x (view coordinates), or below lineBottom when there is
// no room above, inside a view of size viewSize, in th's colours; an empty
// label hides it.
func (t *articleTip) show(label string, pos fyne.Position, lineBottom float32, viewSize fyne.Size, th fyne.Theme) {
	if label == "" {
		t.bg.Hide()
		t.text.Hide()
		return
	}
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	t.bg.FillColor = th.Color(theme.ColorNameOverlayBackground, variant)
	t.bg.StrokeColor = th.Color(theme.ColorNameInputBorder, variant)
	t.bg.StrokeWidth = 1
	t.text.Color = th.Color(theme.ColorNameForeground, variant)
	t.text.TextSize = th.Size(theme.SizeNameCaptionText)
	t.text.Text = label
	ts := t.text.MinSize()
	const pad = 4
	size := fyne.NewSize(ts.Width+2*pad, ts.Height+2*pad)
	at := fyne.NewPos(pos.X+8, pos.Y-size.Height-1)
	if at.X+size.Width > viewSize.Width {
		at.X = max(0, viewSize.Width-size.Width)
	}
	if at.Y < 0 {
		at.Y = lineBottom + 1
	}
	t.bg.Resize(size)
	t.bg.Move(at)
	t.text.Resize(ts)
	t.text.Move(at.Add(fyne.NewPos(pad, pad)))
	t.bg.Show()
	t.text.Show()
	canvas.Refresh(t.bg)
	canvas.Refresh(t.text)
}

// fyneMeasurer measures text exactly as canvas.Text draws it. Fyne's own
// MeasureText builds a new HarfBuzz shaper on every call (~0.3 ms each on a
// cold cache), too slow for thousands of words, so this keeps one shaper and
// the same font faces Fyne picks: the theme's font for the style, Fyne's
// built-in fallback for it, then the emoji font. Text needing a font beyond
// those (Fyne then asks the system) is measured with fyne.MeasureText.
type fyneMeasurer struct {
	sizes   [paraKinds]float32
	styles  [paraKinds]fyne.TextStyle
	heights [paraKinds]float32
	leading float32
	faces   [paraKinds]faceList

	shaper    shaping.HarfbuzzShaper
	segmenter shaping.Segmenter
	advances  [paraKinds]map[rune]float32
	words     [paraKinds]map[string][]float32 // offsets of words, shaped once
	emoji     [paraKinds]bool                 // the emoji font has been added to faces
}

// maxCachedWords bounds a measurer's word cache over a long session.
const maxCachedWords = 200_000

// measurers shares one measurer per theme setting between views, so a word
// shaped for one article is not shaped again for the next. Widgets run on
// Fyne's UI goroutine; the lock guards tests and benchmarks.
var measurers = struct {
	sync.Mutex
	byTheme map[themeKey]*fyneMeasurer
}{byTheme: map[themeKey]*fyneMeasurer{}}

func measurerFor(th fyne.Theme, key themeKey) *fyneMeasurer {
	measurers.Lock()
	defer measurers.Unlock()
	m, ok := measurers.byTheme[key]
	if !ok {
		m = newFyneMeasurer(th)
		measurers.byTheme[key] = m
	}
	return m
}

// faceList is a shaping.Fontmap over a fixed list of faces, resolved as
// Fyne's painter does: the first face with a glyph for the rune.
type faceList []*font.Face

func (f faceList) ResolveFace(r rune) *font.Face {
	for _, face := range f {
		if _, ok := face.NominalGlyph(r); ok {
			return face
		}
	}
	return f[0]
}

// parsedFaces keeps fonts parsed once per resource for the whole app.
var parsedFaces sync.Map // resource name and size → *font.Face

func parseFace(res fyne.Resource) *font.Face {
	if res == nil {
		return nil
	}
	key := fmt.Sprintf("%s/%d", res.Name(), len(res.Content()))
	if f, ok := parsedFaces.Load(key); ok {
		return f.(*font.Face)
	}
	f, err := font.ParseTTF(bytes.NewReader(res.Content()))
	if err != nil {
		fyne.LogError("article view: parse font "+res.Name(), err)
		return nil
	}
	stored, _ := parsedFaces.LoadOrStore(key, f)
	return stored.(*font.Face)
}

func newFyneMeasurer(th fyne.Theme) *fyneMeasurer {
	m := &fyneMeasurer{leading: th.Size(theme.SizeNameLineSpacing)}
	body := th.Size(theme.SizeNameText)
	m.sizes = [paraKinds]float32{paraBody: body, paraHeadline: th.Size(theme.SizeNameSubHeadingText), paraDek: body}
	m.styles = [paraKinds]fyne.TextStyle{paraHeadline: {Bold: true}, paraDek: {Italic: true}}
	fallbacks := [paraKinds]fyne.Resource{
		paraBody: theme.DefaultTextFont(), paraHeadline: theme.DefaultTextBoldFont(), paraDek: theme.DefaultTextItalicFont(),
	}
	for k := range m.heights {
		m.heights[k] = fyne.MeasureText("Mg", m.sizes[k], m.styles[k]).Height
		var faces faceList
		for _, res := range []fyne.Resource{th.Font(m.styles[k]), fallbacks[k]} {
			if f := parseFace(res); f != nil && !slices.Contains(faces, f) {
				faces = append(faces, f)
			}
		}
		m.faces[k] = faces
		m.advances[k] = map[rune]float32{}
		m.words[k] = map[string][]float32{}
	}
	return m
}

// facesFor is kind k's faces for runes, adding the emoji font the first time
// a rune is missing from the text fonts (it is large, so parsed only then).
func (m *fyneMeasurer) facesFor(runes []rune, k paraKind) faceList {
	if m.emoji[k] || len(m.faces[k]) == 0 {
		return m.faces[k]
	}
	for _, r := range runes {
		if r < 0x80 {
			continue
		}
		if !m.faces[k].has(r) {
			m.emoji[k] = true
			if f := parseFace(theme.DefaultEmojiFont()); f != nil {
				m.faces[k] = append(m.faces[k], f)
			}
			break
		}
	}
	return m.faces[k]
}

// has reports whether a face in f has a glyph for r.
func (f faceList) has(r rune) bool {
	for _, face := range f {
		if _, ok := face.NominalGlyph(r); ok {
			return true
		}
	}
	return false
}

// preloadFaces parses Fyne's built-in fonts in the background when the first
// view is made, so the first article does not wait for it (~0.1 s, most of
// it the emoji font).
var preloadFaces sync.Once

func startPreloadingFaces() {
	preloadFaces.Do(func() {
		go func() {
			for _, res := range []fyne.Resource{theme.DefaultTextFont(), theme.DefaultTextBoldFont(),
				theme.DefaultTextItalicFont(), theme.DefaultEmojiFont()} {
				parseFace(res)
			}
		}()
	})
}

func (m *fyneMeasurer) advance(r rune, k paraKind) float32 {
	if w, ok := m.advances[k][r]; ok {
		return w
	}
	var w float32
	if xs := m.shape([]rune{r}, k); xs != nil {
		w = xs[1]
	} else {
		w = fyne.MeasureText(string(r), m.sizes[k], m.styles[k]).Width
	}
	m.advances[k][r] = w
	return w
}

func (m *fyneMeasurer) offsets(s string, k paraKind) []float32 {
	if xs, ok := m.words[k][s]; ok {
		return xs
	}
	xs := m.measure(s, k)
	if !strings.ContainsRune(s, ' ') {
		if len(m.words[k]) >= maxCachedWords {
			clear(m.words[k])
		}
		m.words[k][s] = xs
	}
	return xs
}

func (m *fyneMeasurer) measure(s string, k paraKind) []float32 {
	runes := []rune(s)
	if xs := m.shape(runes, k); xs != nil {
		return xs
	}
	// Beyond our faces: measure each prefix as Fyne would draw it.
	xs := make([]float32, len(runes)+1)
	for i := 1; i <= len(runes); i++ {
		xs[i] = max(xs[i-1], fyne.MeasureText(string(runes[:i]), m.sizes[k], m.styles[k]).Width)
	}
	return xs
}

// shape gives the x of each code-point boundary of runes, shaped as Fyne's
// painter shapes them, or nil when a glyph is missing from our faces or the
// text has a tab (which Fyne expands).
func (m *fyneMeasurer) shape(runes []rune, k paraKind) []float32 {
	faces := m.facesFor(runes, k)
	if len(faces) == 0 || slices.Contains(runes, '\t') {
		return nil
	}
	in := shaping.Input{
		Text: runes, RunEnd: len(runes), Direction: di.DirectionLTR,
		Face: faces[0], Size: fixed.Int26_6(float64(m.sizes[k]) * 64),
	}
	adv := make([]fixed.Int26_6, len(runes))
	for _, run := range m.segmenter.Split(in, faces) {
		out := m.shaper.Shape(run)
		for _, g := range out.Glyphs {
			if g.GlyphID == 0 {
				return nil
			}
			adv[g.ClusterIndex] += g.XAdvance
		}
	}
	xs := make([]float32, len(runes)+1)
	x := fixed.Int26_6(0)
	for i, a := range adv {
		x += a
		xs[i+1] = float32(float64(x) / 64)
	}
	return xs
}

func (m *fyneMeasurer) lineHeight(k paraKind) float32 {
	return m.heights[k] + m.leading
}

// articleContent is the scrolled surface: as tall as the wrapped text, but
// its renderer holds objects only for the lines in view. It takes the mouse.
type articleContent struct {
	widget.BaseWidget
	v *ArticleView

	pressed, dragging bool
	extending         bool          // the press held Shift: it extends the selection
	pressSel          [2]int        // selection before the press, to tell if a click cleared it
	dragView          fyne.Position // pointer in view coordinates, for auto-scroll
	autoStop          func()
	hoverLabel        string
	exact             bool // Alt held at the press: the drag does not snap to words
	hovering          bool
	hoverPos          fyne.Position // the pointer, in content coordinates, while hovering
}

func (c *articleContent) CreateRenderer() fyne.WidgetRenderer {
	return &articleContentRenderer{c: c, texts: map[int]*canvas.Text{}}
}

func (c *articleContent) MinSize() fyne.Size {
	l := c.v.layout
	if l == nil || len(l.lines) == 0 {
		return fyne.NewSize(0, 0)
	}
	return fyne.NewSize(0, l.height+2*textPad)
}

// Cursor is part of desktop.Cursorable: the I-beam over text.
func (c *articleContent) Cursor() desktop.Cursor { return desktop.TextCursor }

// hit is the caret offset for a point in content coordinates.
func (c *articleContent) hit(p fyne.Position) int {
	return c.v.ensureLayout().offsetAt(p.X-textPad, p.Y-textPad)
}

// charUnder is the offset of the character under a point, -1 if none.
func (c *articleContent) charUnder(p fyne.Position) int {
	return c.v.ensureLayout().charAt(p.X-textPad, p.Y-textPad)
}

// MouseDown starts a selection, or with Shift extends it, and takes focus.
func (c *articleContent) MouseDown(ev *desktop.MouseEvent) {
	v := c.v
	v.requestFocus()
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	c.pressed = true
	c.exact = ev.Modifier&fyne.KeyModifierAlt != 0
	v.stopMenuWatch()
	if c.exact {
		// The driver took the focus away before this press (the view
		// itself does not take clicks), which forgot that Alt is held.
		v.mods |= fyne.KeyModifierAlt
		v.altUsed = true
	} else {
		v.mods &^= fyne.KeyModifierAlt
	}
	c.pressSel = [2]int{v.anchor, v.caret}
	off := c.hit(ev.Position)
	c.extending = ev.Modifier&fyne.KeyModifierShift != 0
	if c.extending {
		v.caret = off
	} else {
		v.anchor, v.caret = off, off
	}
	c.Refresh()
}

// MouseUp ends a click: a press and release without a drag taps the span
// under the pointer, unless Shift made it extend the selection. A drag ends
// in DragEnd instead.
func (c *articleContent) MouseUp(ev *desktop.MouseEvent) {
	v := c.v
	if !c.pressed || c.dragging || ev.Button != desktop.MouseButtonPrimary {
		return
	}
	c.pressed = false
	if [2]int{v.anchor, v.caret} != c.pressSel {
		v.notifySelection()
	}
	if v.OnSpanTapped != nil && !c.extending {
		id := ""
		if off := c.charUnder(ev.Position); off >= 0 {
			id = v.SpanAt(off)
		}
		v.OnSpanTapped(id)
	}
}

// Dragged moves the caret end of the selection with the pointer, and scrolls
// while the pointer is above or below the view.
func (c *articleContent) Dragged(ev *fyne.DragEvent) {
	v := c.v
	if !c.dragging {
		c.dragging = true
		if !c.pressed { // no MouseDown came first (test.Drag, touch)
			v.anchor = c.hit(ev.Position.Subtract(ev.Dragged))
		}
	}
	v.caret = c.hit(ev.Position)
	c.dragView = ev.Position.Subtract(fyne.NewPos(0, v.scroll.Offset.Y))
	if c.dragView.Y < 0 || c.dragView.Y > v.scroll.Size().Height {
		c.startAutoScroll()
	} else {
		c.stopAutoScroll()
	}
	c.Refresh()
}

// DragEnd finishes the selection.
func (c *articleContent) DragEnd() {
	c.stopAutoScroll()
	if !c.dragging {
		return
	}
	c.dragging, c.pressed = false, false
	if !c.exact {
		// A drag selects whole words, as analysts tag words; Alt+drag, or
		// Shift+arrows afterwards, select exactly.
		v := c.v
		s, e := v.ensureLayout().snapToWords(v.anchor, v.caret)
		if v.anchor <= v.caret {
			v.anchor, v.caret = s, e
		} else {
			v.anchor, v.caret = e, s
		}
		c.Refresh()
	}
	if c.exact {
		c.v.watchMenu()
	}
	c.exact = false
	c.v.notifySelection()
}

// DoubleTapped selects the word under the pointer.
func (c *articleContent) DoubleTapped(ev *fyne.PointEvent) {
	l := c.v.ensureLayout()
	off := c.charUnder(ev.Position)
	if off < 0 {
		off = c.hit(ev.Position)
	}
	s, e := l.wordAt(off)
	c.v.selectRange(s, e)
}

// autoScrollEvery is how often the view scrolls while a drag is held past
// its top or bottom edge.
const autoScrollEvery = 40 * time.Millisecond

func (c *articleContent) startAutoScroll() {
	if c.autoStop != nil {
		return
	}
	ticks, stopTicker := c.v.newTicker(autoScrollEvery)
	done := make(chan struct{})
	c.autoStop = func() { close(done); stopTicker() }
	go func() {
		for {
			select {
			case <-done:
				return
			case <-ticks:
				fyne.Do(c.autoScrollStep)
			}
		}
	}()
}

func (c *articleContent) stopAutoScroll() {
	if c.autoStop != nil {
		c.autoStop()
		c.autoStop = nil
	}
}

// autoScrollStep scrolls toward the pointer held past the edge, faster the
// further past it is, and moves the caret to the text now under it.
func (c *articleContent) autoScrollStep() {
	v := c.v
	if !c.dragging {
		return
	}
	h := v.scroll.Size().Height
	var dy float32
	switch {
	case c.dragView.Y < 0:
		dy = c.dragView.Y
	case c.dragView.Y > h:
		dy = c.dragView.Y - h
	default:
		return
	}
	lineH := v.ensureLayout().measure.lineHeight(paraBody)
	dy = max(-3*lineH, min(dy, 3*lineH))
	if dy > -lineH/2 && dy < lineH/2 {
		dy = lineH / 2 * sign(dy)
	}
	v.scrollToY(v.scroll.Offset.Y + dy)
	v.caret = c.hit(c.dragView.Add(fyne.NewPos(0, v.scroll.Offset.Y)))
	c.Refresh()
}

func sign(f float32) float32 {
	if f < 0 {
		return -1
	}
	return 1
}

// MouseIn is part of desktop.Hoverable.
func (c *articleContent) MouseIn(ev *desktop.MouseEvent) { c.MouseMoved(ev) }

// MouseMoved shows the labels of the spans under the pointer.
func (c *articleContent) MouseMoved(ev *desktop.MouseEvent) {
	c.hovering, c.hoverPos = true, ev.Position
	c.showHover()
}

// showHover shows the labels under the pointer, also when the spans there
// change under a still pointer (a suggestion accepted by key).
func (c *articleContent) showHover() {
	v := c.v
	ev := &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: c.hoverPos}}
	label := ""
	if off := c.charUnder(ev.Position); off >= 0 {
		label = v.labelsAt(off)
	}
	viewPos := ev.Position.Subtract(fyne.NewPos(0, v.scroll.Offset.Y))
	// The tip goes above the line under the pointer, where the analyst has
	// read already, never over the line below that comes next.
	lineTop, lineBottom := viewPos.Y, viewPos.Y
	if l := v.ensureLayout(); len(l.lines) > 0 {
		ln := l.lines[l.lineAtY(ev.Position.Y-textPad)]
		lineTop = textPad + ln.y - v.scroll.Offset.Y
		lineBottom = lineTop + ln.height
	}
	v.tip.show(label, fyne.NewPos(viewPos.X, lineTop), lineBottom, v.Size(), v.Theme())
	if label != c.hoverLabel {
		c.hoverLabel = label
		if v.OnHover != nil {
			v.OnHover(label)
		}
	}
}

// MouseOut hides the tip.
func (c *articleContent) MouseOut() {
	c.hovering = false
	c.v.tip.show("", fyne.Position{}, 0, fyne.Size{}, nil)
	if c.hoverLabel != "" {
		c.hoverLabel = ""
		if c.v.OnHover != nil {
			c.v.OnHover("")
		}
	}
}

// labelsAt names the spans covering offset, innermost first; suggestions are
// marked as such.
func (v *ArticleView) labelsAt(offset int) string {
	var parts []string
	for i := len(v.spans) - 1; i >= 0; i-- {
		s := v.spans[i]
		if s.Start <= offset && offset < s.End {
			l := s.Label
			if s.Pending {
				l += " (suggested)"
			}
			if s.Detail != "" {
				l += " " + s.Detail
			}
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " · ")
}

// articleContentRenderer draws the lines in view: span fills, the selection,
// outlines and underlines, then one canvas.Text a line. Objects are pooled;
// a line that stays in view keeps its text object, so scrolling re-renders
// only the lines that come into view.
type articleContentRenderer struct {
	c       *articleContent
	objects []fyne.CanvasObject
	rects   []*canvas.Rectangle
	used    int
	texts   map[int]*canvas.Text // by line start, for the layout in textsOf
	textsOf *textLayout
	textsW  float32
	spare   []*canvas.Text
}

// Layout does nothing: the content is only resized by the scroll container,
// which the view refreshes right after, and Refresh draws.
func (r *articleContentRenderer) Layout(fyne.Size) {}

func (r *articleContentRenderer) MinSize() fyne.Size { return r.c.MinSize() }

func (r *articleContentRenderer) Refresh() { r.build() }

func (r *articleContentRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *articleContentRenderer) Destroy() {}

// rect hands out the next pooled rectangle, reset.
func (r *articleContentRenderer) rect(x, y, w, h float32, fill, stroke color.Color, strokeW float32) {
	if r.used == len(r.rects) {
		r.rects = append(r.rects, &canvas.Rectangle{})
	}
	rc := r.rects[r.used]
	r.used++
	rc.FillColor, rc.StrokeColor, rc.StrokeWidth = fill, stroke, strokeW
	rc.Resize(fyne.NewSize(w, h))
	rc.Move(fyne.NewPos(x, y))
	canvas.Refresh(rc)
	r.objects = append(r.objects, rc)
}

// piece is one span's or the selection's stretch on one line.
type piece struct {
	x0, x1, y, h float32
}

func (r *articleContentRenderer) build() {
	v := r.c.v
	l := v.layout
	r.objects = r.objects[:0]
	r.used = 0
	if l == nil || len(l.lines) == 0 || l.width < 0 {
		return
	}
	th := v.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()

	viewTop := v.scroll.Offset.Y - textPad
	viewH := v.scroll.Size().Height
	if viewH <= 0 {
		viewH = r.c.Size().Height
	}
	first, last := l.lineAtY(viewTop), l.lineAtY(viewTop+viewH)
	lo, hi := l.lines[first].start, l.lines[last].end

	// pieces calls each for the stretch of the non-empty range [start, end)
	// on every line in view.
	pieces := func(start, end int, each func(piece)) {
		for li := max(first, l.lineOf(start)); li <= last && l.lines[li].start < end; li++ {
			ln := l.lines[li]
			s, e := max(start, ln.start), min(end, ln.end)
			switch {
			case ln.start == ln.end && start < ln.start:
				// A blank line inside the range: a stub shows the range goes on.
				each(piece{x0: textPad, x1: textPad + blankStub, y: textPad + ln.y, h: ln.height})
			case s < e:
				each(piece{x0: textPad + l.xAt(li, s), x1: textPad + l.xAt(li, e), y: textPad + ln.y, h: ln.height})
			}
		}
	}

	// Spans that reach into view: maxEnd finds the first whose end can.
	from := sort.SearchInts(v.maxEnd, lo+1)
	var inView []ViewSpan
	for i := from; i < len(v.spans) && v.spans[i].Start <= hi; i++ {
		if s := v.spans[i]; s.End > lo && s.End > s.Start {
			inView = append(inView, s)
		}
	}

	for _, s := range inView {
		if s.Lane > 0 {
			bar := withAlpha(s.Color, 255)
			pieces(s.Start, s.End, func(p piece) {
				r.rect(p.x0, p.y+p.h-1-float32(s.Lane)*laneStep, p.x1-p.x0, laneBar, bar, nil, 0)
			})
			continue
		}
		if s.Pending {
			continue
		}
		fill := withAlpha(s.Color, spanAlpha)
		pieces(s.Start, s.End, func(p piece) { r.rect(p.x0, p.y, p.x1-p.x0, p.h, fill, nil, 0) })
	}
	if s, e := v.Selection(); s != e {
		sel := th.Color(theme.ColorNameSelection, variant)
		pieces(s, e, func(p piece) { r.rect(p.x0, p.y, p.x1-p.x0, p.h, sel, nil, 0) })
	}
	for _, s := range inView {
		if !s.Pending || s.ID == v.selected {
			continue
		}
		stroke := withAlpha(s.Color, 255)
		pieces(s.Start, s.End, func(p piece) {
			r.rect(p.x0, p.y+1, p.x1-p.x0, p.h-2, color.Transparent, stroke, pendingStroke)
		})
	}
	// Spans linked to the selected one (a statement's speaker and cue) are
	// outlined in the selected span's colour, with a bar beneath, wherever
	// they are in the article.
	linkColor := th.Color(theme.ColorNameForeground, variant)
	for _, s := range v.spans {
		if s.ID == v.selected {
			linkColor = withAlpha(s.Color, 255)
			break
		}
	}
	for _, s := range inView {
		if !v.linked[s.ID] {
			continue
		}
		pieces(s.Start, s.End, func(p piece) {
			r.rect(p.x0, p.y, p.x1-p.x0, p.h, color.Transparent, linkColor, linkedStroke)
			r.rect(p.x0, p.y+p.h-linkedBar, p.x1-p.x0, linkedBar, linkColor, nil, 0)
		})
	}
	for _, s := range inView {
		if s.Mark == nil || l.lineOf(s.Start) < first {
			continue
		}
		drawn := false
		pieces(s.Start, s.End, func(p piece) {
			if !drawn {
				r.rect(p.x0-stanceBar-1, p.y, stanceBar, p.h, s.Mark, nil, 0)
				drawn = true
			}
		})
	}
	for _, s := range inView {
		if s.ID != v.selected {
			continue
		}
		fg := th.Color(theme.ColorNameForeground, variant)
		pieces(s.Start, s.End, func(p piece) {
			r.rect(p.x0-1, p.y, p.x1-p.x0+2, p.h, color.Transparent, fg, selectedStroke)
		})
	}
	if v.focused && v.anchor == v.caret {
		li := l.lineOf(v.caret)
		if li >= first && li <= last {
			ln := l.lines[li]
			x := textPad + l.xAt(li, v.caret)
			r.rect(x, textPad+ln.y, caretWidth, ln.height, th.Color(theme.ColorNamePrimary, variant), nil, 0)
		}
	}
	r.buildTexts(l, first, last, th, variant)
}

// buildTexts gives each line in view its text object, reusing the one it had.
func (r *articleContentRenderer) buildTexts(l *textLayout, first, last int, th fyne.Theme, variant fyne.ThemeVariant) {
	m := r.c.v.measurer
	if r.textsOf != l || r.textsW != l.width {
		for _, t := range r.texts {
			r.spare = append(r.spare, t)
		}
		r.texts = map[int]*canvas.Text{}
		r.textsOf, r.textsW = l, l.width
	}
	fg := th.Color(theme.ColorNameForeground, variant)
	keep := make(map[int]*canvas.Text, last-first+1)
	var fresh []int
	for li := first; li <= last; li++ {
		ln := l.lines[li]
		if ln.start == ln.end {
			continue
		}
		if t, ok := r.texts[ln.start]; ok {
			keep[ln.start] = t
			delete(r.texts, ln.start)
			continue
		}
		fresh = append(fresh, li)
	}
	for _, t := range r.texts {
		r.spare = append(r.spare, t)
	}
	for _, li := range fresh {
		ln := l.lines[li]
		var t *canvas.Text
		if n := len(r.spare); n > 0 {
			t, r.spare = r.spare[n-1], r.spare[:n-1]
		} else {
			t = &canvas.Text{}
		}
		k := l.paras[ln.para].kind
		t.Text = strings.TrimRight(l.slice(ln.start, ln.end), " ")
		t.TextSize, t.TextStyle = m.sizes[k], m.styles[k]
		t.Color = fg
		t.Move(fyne.NewPos(textPad, textPad+ln.y+m.leading/2))
		t.Resize(fyne.NewSize(l.width, m.heights[k]))
		canvas.Refresh(t)
		keep[ln.start] = t
	}
	r.texts = keep
	for li := first; li <= last; li++ {
		if t, ok := keep[l.lines[li].start]; ok && l.lines[li].start != l.lines[li].end {
			if t.Color != fg {
				t.Color = fg
				canvas.Refresh(t)
			}
			r.objects = append(r.objects, t)
		}
	}
}

// The looks of the span states.
const (
	spanAlpha      = 102 // ~40%: overlaps mix and the text stays readable
	pendingStroke  = 1
	linkedBar      = 3
	linkedStroke   = 1.5
	selectedStroke = 2
	caretWidth     = 2
	stanceBar      = 3 // the stance mark at a statement's start
	laneBar        = 2 // an analyst's span in the adjudication view…
	laneStep       = 3 // …one lane above the other
	blankStub      = 6 // width drawn for a blank line inside a span or the selection
)

// withAlpha is c with its opacity set to a (0–255).
func withAlpha(c color.Color, a uint8) color.Color {
	if c == nil {
		c = color.Gray{Y: 0x99}
	}
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
