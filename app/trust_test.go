package app

import (
	"context"
	"image/color"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/annotate/stats"
)

// The tests of issue 14: keys that changed data by surprise, and the
// feedback an analyst trusts. Each shows the behaviour a user notices.

// tapButton taps the button whose text starts with text in the dialog on
// top.
func (f *winFixture) tapButton(text string) {
	f.t.Helper()
	top := f.w.Canvas().Overlays().Top()
	if top == nil {
		f.t.Fatalf("no dialog on screen to tap %q in", text)
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, text) {
			test.Tap(b)
			return
		}
	}
	f.t.Fatalf("the dialog has no button %q:\n%s", text, test.RenderObjectToMarkup(top))
}

// dialogText is what the dialog on top shows, "" when none is up.
func (f *winFixture) dialogText() string {
	top := f.w.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	return test.RenderObjectToMarkup(top)
}

// counted reads how many spans of document doc have status.
func (f *winFixture) counted(doc, status string) int {
	n := 0
	for _, s := range f.spans(doc) {
		if s.Status == status {
			n++
		}
	}
	return n
}

// Item 1: Ctrl+Enter with suggestions undecided asks; Esc goes back, Enter
// leaves them pending, "Reject" rejects them; each marks done but Esc.
func TestCtrlEnterWithSuggestionsPendingAsks(t *testing.T) {
	tests := []struct {
		name        string
		answer      func(f *winFixture)
		done        bool
		leftPending bool
	}{
		{"Esc goes back", func(f *winFixture) { f.modalKey(fyne.KeyEscape) }, false, true},
		{"Enter leaves them pending", func(f *winFixture) { f.modalKey(fyne.KeyReturn) }, true, true},
		{"Reject them", func(f *winFixture) { f.tapButton("Reject them") }, true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newWinFixture(t)
			doc := f.m.ctl.Document().ID
			pending := f.counted(doc, annotate.SpanPending)
			if pending == 0 {
				t.Fatal("the first sample has no suggestions")
			}
			f.key(fyne.KeyReturn, ctrl)
			if !strings.Contains(f.dialogText(), plural(pending, "suggestion pending", "suggestions pending")) {
				t.Fatalf("Ctrl+Enter did not say how many suggestions are pending:\n%s", f.dialogText())
			}
			if st := f.scalar(`SELECT ds.status FROM doc_status ds JOIN documents d ON d.seq = ds.doc WHERE d.id = ? AND ds.layer = 'ana'`, doc); st == string(annotate.StatusDone) {
				t.Fatal("the document was marked done before the analyst answered")
			}
			tc.answer(f)
			if f.dialogText() != "" {
				t.Error("the dialog is still up")
			}
			st := f.scalar(`SELECT ds.status FROM doc_status ds JOIN documents d ON d.seq = ds.doc WHERE d.id = ? AND ds.layer = 'ana'`, doc)
			if (st == string(annotate.StatusDone)) != tc.done {
				t.Errorf("status %q, want done=%v", st, tc.done)
			}
			if got := f.counted(doc, annotate.SpanPending); (got == pending) != tc.leftPending || (!tc.leftPending && got != 0) {
				t.Errorf("%d suggestions pending after, had %d", got, pending)
			}
			if !tc.done && f.m.ctl.Document().ID != doc {
				t.Error("Esc moved on to another document")
			}
		})
	}
}

// Item 2: Backspace on a suggested statement leaves its speaker and cue;
// the statement typed by hand in its place is linked by S to that speaker,
// and the status line says so.
func TestRejectingAStatementKeepsItsSpeakerAndSSaysWhom(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	f.m.suggestHere()
	ann := f.m.ctl.Annotations()
	var stmt, speaker *annotate.Span
	for _, s := range ann.Spans {
		if s.Label == annotate.LabelStatement && s.Status == annotate.SpanPending {
			info := annotate.StatementView(f.m.ctl.Document(), ann, s.ID)
			if info.Speaker != nil {
				stmt, speaker = &s, info.Speaker
				break
			}
		}
	}
	if stmt == nil {
		t.Fatal("the suggester found no statement with a speaker")
	}
	stmtText, speakerText := f.m.ctl.SpanText(stmt), f.m.ctl.SpanText(speaker)
	f.m.ctl.SelectSpan(stmt.ID)
	f.key(fyne.KeyBackspace, 0)
	byID := map[string]string{}
	for _, s := range f.spans("a") {
		byID[s.ID] = s.Status
	}
	if byID[stmt.ID] != annotate.SpanRejected || byID[speaker.ID] != annotate.SpanPending {
		t.Fatalf("after Backspace the statement is %q and its speaker %q, want rejected and still pending", byID[stmt.ID], byID[speaker.ID])
	}
	// The analyst tags the statement by hand, a word shorter, and links it.
	words := strings.Fields(strings.Trim(stmtText, "\"“”,"))
	typed := f.tag(strings.Join(words[:len(words)-1], " "), 1)
	if speaker.Start > typed.Start {
		f.press('S')
	} else {
		f.press('s')
	}
	got := f.scalar(`SELECT r.child FROM relations r JOIN documents d ON d.seq = r.doc
		WHERE d.id = 'a' AND r.label = 'said_by' AND r.head = ?`, typed.ID)
	if got != speaker.ID {
		t.Errorf("S linked %q, want the suggested speaker %s %q", got, speaker.ID, speakerText)
	}
	if want := "linked to the SPEAKER “" + speakerText + "”"; !strings.Contains(f.m.status.Text, want) {
		t.Errorf("the status line %q does not say %q", f.m.status.Text, want)
	}
}

// Item 3: after an Alt+drag (exact selection) the view watches for the menu
// that Fyne's desktop driver opens on Alt's release and closes it, taking
// the focus back; Alt pressed and released alone still reaches the menu;
// the next label key tags the exact selection.
func TestAltDragLeavesNoMenuOpen(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	menuOpen, dismissed, watches := false, 0, 0
	v := f.m.view
	v.dismissMenu = func() bool {
		if !menuOpen {
			return false
		}
		menuOpen = false
		dismissed++
		return true
	}
	v.newTicker = func(time.Duration) (<-chan time.Time, func()) { watches++; return nil, func() {} }
	alt := &fyne.KeyEvent{Name: desktop.KeyAltLeft}
	start := f.runeOffset("orag Lenno")
	end := start + len("orag Lenno")
	from, to := f.point(start, 1, false), f.point(end, -1, true)
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.content)
	inset, _ := f.w.Canvas().InteractiveArea()
	local := func(p fyne.Position) fyne.Position { return p.Subtract(abs).Subtract(inset) }

	v.KeyDown(alt)
	// The desktop driver takes the focus from the view when the text (which
	// is not focusable itself) is pressed, then MouseDown gives it back.
	f.w.Canvas().Unfocus()
	v.content.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: local(from)}, Button: desktop.MouseButtonPrimary, Modifier: fyne.KeyModifierAlt})
	v.content.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: local(to)}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
	v.content.DragEnd()
	if watches != 1 {
		t.Fatalf("an Alt+drag started %d watches for the menu, want 1", watches)
	}
	v.menuWatchStep() // a tick before Alt is released: no menu yet
	// Alt's release: the driver opens the menu and focuses it through the
	// menu's own focus manager, telling the view nothing (no KeyUp, no
	// FocusLost).
	menuOpen = true
	v.menuWatchStep() // the next tick
	if dismissed != 1 || menuOpen {
		t.Errorf("after an Alt+drag the menu was closed %d times, want once", dismissed)
	}
	if f.w.Canvas().Focused() != v {
		t.Errorf("after the menu closed the focus is on %T, want the article", f.w.Canvas().Focused())
	}
	if s, e := v.Selection(); s != start || e != end {
		t.Errorf("Alt+drag selected [%d, %d), want exactly [%d, %d)", s, e, start, end)
	}
	f.press('2')
	if sp := f.m.ctl.SelectedSpan(); sp == nil || sp.Start != start || sp.End != end {
		t.Errorf("the label key after the Alt+drag tagged %+v, want the exact selection", sp)
	}
	// Alt's release went to the menu: the view must not think it still held
	// (Enter would be Alt+Enter and do nothing).
	f.m.suggestHere()
	f.press(']')
	next := f.m.ctl.Selected()
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if f.m.ctl.Selected() == next || next == "" {
		t.Errorf("Enter after the Alt+drag did not accept and move on (status %q)", f.m.status.Text)
	}
	// Alt alone, later, opens the menu as it should: nothing watches.
	menuOpen = true
	v.menuWatchStep()
	if dismissed != 1 || watches != 1 {
		t.Error("with no Alt+drag the menu Alt opens was closed")
	}
}

// Item 4: Ctrl+Shift+Enter confirms with the counts per label; it can
// accept only the suggestions above a confidence, or all with Enter.
func TestCtrlShiftEnterConfirmsWithCounts(t *testing.T) {
	f := newWinFixture(t)
	doc := f.m.ctl.Document().ID
	per := annotate.PendingByLabel(f.m.ctl.Annotations())
	above := 0
	for _, s := range f.m.ctl.Annotations().Spans {
		if s.Status == annotate.SpanPending && s.Confidence >= 0.8 {
			above++
		}
	}
	f.key(fyne.KeyReturn, ctrlShift)
	text := f.dialogText()
	for label, n := range per {
		if !strings.Contains(text, count(n)+" "+label) {
			t.Errorf("the dialog does not count %d %s:\n%s", n, label, text)
		}
	}
	if got := f.counted(doc, annotate.SpanAccepted); got != 0 {
		t.Fatalf("%d spans accepted before the analyst confirmed", got)
	}
	f.tapButton("Accept " + count(above) + " ≥")
	if got := f.counted(doc, annotate.SpanAccepted); got != above {
		t.Errorf("accepting confidence ≥ 0.8 accepted %d, want %d", got, above)
	}
	f.key(fyne.KeyReturn, ctrlShift)
	f.modalKey(fyne.KeyReturn)
	if got := f.counted(doc, annotate.SpanPending); got != 0 {
		t.Errorf("Enter in the dialog left %d pending, want all accepted", got)
	}
}

// Item 8: Import files… lists only what import reads, narrows by a name
// pattern, and imports every file ticked at once.
func TestImportFilesTakesSeveralAtOnce(t *testing.T) {
	f := newWinFixture(t)
	dir := t.TempDir()
	article := func(town string) string {
		return "Ferry timetable changes in " + town + "\n\n" + strings.ToUpper(town) +
			" — The ferry company will add a late sailing on Fridays from May, its operations manager said on Tuesday.\n"
	}
	writeFile(t, filepath.Join(dir, "oban.txt"), article("Oban"))
	writeFile(t, filepath.Join(dir, "mallaig.html"), "<html><body><h1>Ferry timetable changes in Mallaig</h1><p>"+article("Mallaig")+"</p></body></html>")
	writeFile(t, filepath.Join(dir, "timetable.pdf"), "%PDF-1.4")
	if err := os.Mkdir(filepath.Join(dir, "older"), 0o700); err != nil {
		t.Fatal(err)
	}
	names := func(es []importEntry) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Name)
		}
		return out
	}
	all, err := importEntries(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := names(all); !slices.Equal(got, []string{"older", "mallaig.html", "oban.txt"}) {
		t.Errorf("the chooser offers %v, want the folder and the two articles, not the PDF", got)
	}
	html, _ := importEntries(dir, "*.HTML")
	if got := names(html); !slices.Equal(got, []string{"older", "mallaig.html"}) {
		t.Errorf("pattern *.HTML offers %v", got)
	}
	before := len(f.m.ctl.Documents())
	ch := f.m.newImportChooser(dir)
	ch.show("Import files", "Import")
	ch.check(filepath.Join(dir, "oban.txt"), true)
	ch.check(filepath.Join(dir, "mallaig.html"), true)
	f.modalKey(fyne.KeyReturn) // Enter imports what is ticked
	if got := len(f.m.ctl.Documents()); got != before+2 {
		t.Errorf("importing two ticked files left %d documents, want %d", got, before+2)
	}
}

// Item 9: the panel keeps its width whatever is selected, the article stays
// the widest pane at 900×600, the T button is inside the panel, and the
// stance shows at the panel's top at once (see TestAcceptThenStance).
func TestPanelWidthIsStableAndArticleIsWidest(t *testing.T) {
	f := newWinFixture(t)
	f.w.Resize(fyne.NewSize(900, 600))
	f.addArticle("a", winPlainText)
	f.m.suggestHere()
	widths := map[float32]bool{}
	for _, s := range f.m.ctl.Annotations().Spans {
		f.m.ctl.SelectSpan(s.ID)
		widths[f.m.view.Size().Width] = true
	}
	f.m.ctl.SelectSpan("")
	widths[f.m.view.Size().Width] = true
	if len(widths) != 1 {
		t.Errorf("the article's width changed with the selection: %v", widths)
	}
	view, panel, docs := f.m.view.Size().Width, f.m.panel.content.Size().Width, f.m.docs.content.Size().Width
	if view <= panel || view <= docs {
		t.Errorf("at 900×600 the article is %v wide, the panel %v and the list %v; want the article widest", view, panel, docs)
	}
	for _, o := range test.LaidOutObjects(f.m.panel.content) {
		if b, ok := o.(*widget.Button); ok && b.Text == "T" {
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
			right := fyne.CurrentApp().Driver().AbsolutePositionForObject(f.m.panel.content).X + panel
			if pos.X+b.Size().Width > right+0.5 {
				t.Errorf("the T button ends at %v, past the panel's edge %v", pos.X+b.Size().Width, right)
			}
		}
	}
}

// Item 9: the hover tip goes above the hovered line, not over the next.
func TestHoverTipStaysOffTheNextLine(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	sp := f.tag("Morag Lennox", 2)
	v := f.m.view
	l := v.ensureLayout()
	li := l.lineOf(sp.Start + 1)
	pos := fyne.NewPos(textPad+l.xAt(li, sp.Start+1), textPad+l.lines[li].y+l.lines[li].height/2)
	v.content.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}})
	if !v.tip.bg.Visible() || !strings.Contains(v.tip.text.Text, "SPEAKER") {
		t.Fatalf("no tip naming SPEAKER over the span: %q", v.tip.text.Text)
	}
	lineTop := textPad + l.lines[li].y - v.scroll.Offset.Y
	lineBottom := lineTop + l.lines[li].height
	tipTop, tipBottom := v.tip.bg.Position().Y, v.tip.bg.Position().Y+v.tip.bg.Size().Height
	if tipTop < lineBottom && tipBottom > lineTop+l.lines[li].height {
		t.Errorf("the tip [%v, %v] covers the line below the hovered one (%v–%v)", tipTop, tipBottom, lineTop, lineBottom)
	}
	if tipBottom > lineTop+0.5 && tipTop < lineBottom {
		t.Errorf("the tip [%v, %v] covers the hovered line (%v–%v)", tipTop, tipBottom, lineTop, lineBottom)
	}
}

// Item 10: every dialog answers Esc (and Enter where it only informs).
func TestEveryDialogAnswersEscAndEnter(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	quote := f.tag("\"We have held prices for three years,\"", 1)
	f.tag("Morag Lennox", 2)
	open := []struct {
		name  string
		show  func()
		enter bool // Enter closes it too
	}{
		{"settings", f.m.showSettings, true},
		{"about", f.m.showAbout, true},
		{"keyboard shortcuts", f.m.showShortcuts, true},
		{"guidelines", f.m.showGuidelines, true},
		{"project overview", func() { f.m.showOverview() }, true},
		{"export", f.m.exportDialog, false},
		{"labels and colours", func() { f.m.editSchema() }, false},
		{"import files", f.m.importFiles, false},
		{"who is annotating", func() { f.m.askAnalyst(false) }, true},
		{"stance target", func() { f.m.chooseTarget("") }, false},
		{"speaker picker", func() { f.m.ctl.SelectSpan(quote.ID); f.m.pickSpeaker() }, true},
		{"mark done", func() { f.m.confirmDone(3) }, true},
		{"accept all", func() { f.m.confirmAcceptAll(map[string]int{annotate.LabelStatement: 2}) }, false},
	}
	for _, o := range open {
		for _, key := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn} {
			if key == fyne.KeyReturn && !o.enter {
				continue
			}
			o.show()
			if f.dialogText() == "" {
				t.Fatalf("%s: no dialog", o.name)
			}
			f.modalKey(key)
			if f.w.Canvas().Overlays().Top() != nil {
				t.Errorf("%s: %s did not close it", o.name, key)
				for f.w.Canvas().Overlays().Top() != nil {
					f.w.Canvas().Overlays().Remove(f.w.Canvas().Overlays().Top())
				}
				f.m.modals = nil
			}
		}
	}
	// A field with the focus hands Esc to its dialog.
	f.m.chooseTarget("")
	if e, ok := f.w.Canvas().Focused().(*keySelectEntry); !ok {
		t.Errorf("the target field is %T, want one that passes Esc on", f.w.Canvas().Focused())
	} else {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	}
	if f.w.Canvas().Overlays().Top() != nil {
		t.Error("Esc in the target field did not close the dialog")
	}
}

// Item 11: the list explains its counts; the status line shows no internal
// ids whatever the analyst does.
func TestListLegendAndStatusLineWithoutIds(t *testing.T) {
	f := newWinFixture(t)
	if !strings.Contains(test.RenderObjectToMarkup(f.m.docs.content), "“12 +3?” means 12 spans tagged") {
		t.Error("the document list does not explain its counts")
	}
	f.addArticle("a", winPlainText)
	ids := regexp.MustCompile(`\b(s|spk|cue|c|T)\d+\b`)
	quote := f.tag("\"We have held prices for three years,\"", 1)
	steps := []func(){
		func() { f.press('s') }, // no speaker yet
		func() { f.tag("Morag Lennox", 2); f.m.ctl.SelectSpan(quote.ID); f.press('S') },
		func() { f.press('s') },
		func() { f.m.ctl.Link(annotate.RelCoref, quote.ID, quote.ID) },
		func() { f.key(fyne.KeyDelete, 0) },
		func() { f.m.view.TypedShortcut(&fyne.ShortcutUndo{}) },
		func() { f.key(fyne.KeyZ, ctrlShift) },
		func() { f.m.view.TypedShortcut(&fyne.ShortcutUndo{}) },
	}
	for i, step := range steps {
		step()
		if id := ids.FindString(f.m.status.Text); id != "" {
			t.Errorf("step %d: the status line %q shows the id %s", i, f.m.status.Text, id)
		}
	}
}

// Item 11: a project that is opening says so and the actions wait; once it
// is open the document last open in it comes back.
func TestOpeningProjectWaitsAndReopensLastDocument(t *testing.T) {
	f := newWinFixture(t)
	docs := f.m.ctl.Documents()
	f.m.docs.list.Select(2)
	if f.m.ctl.Document().ID != docs[2].ID {
		t.Fatal("picking the third document did not open it")
	}
	var queued []func()
	f.m.ctl.run = func(fn func()) { queued = append(queued, fn) }
	f.m.openProject(f.path)
	if !strings.Contains(f.m.status.Text, "opening “test”") {
		t.Errorf("while opening the status line says %q", f.m.status.Text)
	}
	disabled := 0
	for _, menu := range f.w.MainMenu().Items {
		for _, it := range menu.Items {
			if it.Disabled {
				disabled++
			}
		}
	}
	if disabled == 0 || !f.m.panel.buttons[0].Disabled() {
		t.Errorf("while opening %d menu items are disabled and the label buttons enabled=%v", disabled, !f.m.panel.buttons[0].Disabled())
	}
	f.press(']')
	if !strings.Contains(f.m.status.Text, "still opening") {
		t.Errorf("a key while opening: the status line says %q", f.m.status.Text)
	}
	for len(queued) > 0 {
		fn := queued[0]
		queued = queued[1:]
		fn()
	}
	if d := f.m.ctl.Document(); d == nil || d.ID != docs[2].ID {
		t.Errorf("the project reopened on %v, want the document last open, %s", d, docs[2].ID)
	}
	if f.m.panel.buttons[0].Disabled() || strings.Contains(f.m.status.Text, "opening") {
		t.Errorf("after opening: status %q, label buttons disabled=%v", f.m.status.Text, f.m.panel.buttons[0].Disabled())
	}
}

// Item 14: on the first run the panel shows how to work through
// suggestions.
func TestFirstRunShowsHowToWorkThroughSuggestions(t *testing.T) {
	f := newWinFixture(t)
	text := f.m.panel.spanTitle.Text
	for _, want := range []string{"]", "Enter", "Backspace", "suggestions"} {
		if !strings.Contains(text, want) {
			t.Errorf("the panel says %q, which does not mention %q", text, want)
		}
	}
}

// Issue 17 item 8: "saved" means committed. Store work is held back as a
// slow disk would; the project is switched with an edit in flight (also
// with the new project opening first, as a parallel runner could), and
// undo and redo are held too.
func TestSavedMeansCommitted(t *testing.T) {
	other := filepath.Join(t.TempDir(), "other.newsmark")
	for _, newFirst := range []bool{false, true} {
		f := newWinFixture(t)
		f.addArticle("a", winPlainText)
		var queued []func()
		f.m.ctl.run = func(fn func()) { queued = append(queued, fn) }
		runAt := func(i int) {
			fn := queued[i]
			queued = slices.Delete(queued, i, i+1)
			fn()
		}
		saved := func() bool { return strings.Contains(f.m.status.Text, " · saved") }
		f.dragSelect("Morag Lennox")
		f.press('2')
		if saved() {
			t.Fatalf("an edit not yet committed shows %q", f.m.status.Text)
		}
		f.m.openProject(other)
		if newFirst {
			runAt(1) // the other project opens before the edit commits
			if f.m.ctl.Store().Path() != other {
				t.Fatal("the other project did not open")
			}
			if saved() {
				t.Errorf("with the edit still in flight after the switch the status says %q", f.m.status.Text)
			}
		}
		for len(queued) > 0 {
			runAt(0)
		}
		if f.m.ctl.saving != 0 || !saved() {
			t.Errorf("after every commit: %d saves counted in flight, status %q", f.m.ctl.saving, f.m.status.Text)
		}
		// The edit went to the project it was made in.
		if got := f.spans("a"); len(got) != 1 || got[0].Label != annotate.LabelSpeaker {
			t.Errorf("the edit made before the switch is not in its project: %+v", got)
		}
		// Undo and redo, held back: "saving…" until they commit.
		f.m.openProject(f.path)
		for len(queued) > 0 {
			runAt(0)
		}
		f.m.ctl.OpenDocument("a")
		for len(queued) > 0 {
			runAt(0)
		}
		for _, press := range []func(){
			func() { f.m.view.TypedShortcut(&fyne.ShortcutUndo{}) },
			func() { f.key(fyne.KeyZ, ctrlShift) },
		} {
			press()
			if saved() {
				t.Errorf("newFirst=%v: before the commit of an undo or redo the status says %q", newFirst, f.m.status.Text)
			}
			for len(queued) > 0 {
				runAt(0)
			}
			if !saved() || f.m.ctl.saving != 0 {
				t.Errorf("after the commit the status says %q (%d in flight)", f.m.status.Text, f.m.ctl.saving)
			}
		}
		_ = os.Remove(other)
	}
	// An edit that cannot reach the project it was made in is said, not lost
	// in silence.
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	var queued []func()
	f.m.ctl.run = func(fn func()) { queued = append(queued, fn) }
	f.dragSelect("Morag Lennox")
	f.press('2')
	old := f.m.ctl.Store()
	f.m.openProject(other)
	queued[1]()
	old.Close() // the old project's file goes away under the edit
	queued[0]()
	if !strings.Contains(f.m.status.Text, "could not save") || !strings.Contains(f.m.status.Text, "open before") {
		t.Errorf("a lost edit to the project open before shows %q", f.m.status.Text)
	}
	t.Cleanup(func() { _ = context.Background() })
}

// A long status line is cut, never widening the window past its size.
func TestLongStatusLineDoesNotWidenTheWindow(t *testing.T) {
	f := newWinFixture(t)
	f.w.Resize(fyne.NewSize(900, 600))
	f.m.ctl.say(strings.Repeat("a very long hint for the status line ", 20))
	if w := f.w.Content().MinSize().Width; w > 900 {
		t.Errorf("the window needs %v px for a long status line, more than its 900", w)
	}
}

// Item 15: File › Open project… and New project… use the window's own
// chooser (Fyne's logs an error for each standard folder a computer lacks):
// a click on a project opens it; New project saves under the name typed.
func TestProjectChoosersOpenAndCreate(t *testing.T) {
	f := newWinFixture(t)
	dir := t.TempDir()
	f.m.app.Preferences().SetString(prefChooserDir+"save.newsmark", dir)
	f.m.newProject()
	top := f.m.topModal()
	if top == nil {
		t.Fatal("New project… showed no chooser")
	}
	entry, ok := f.w.Canvas().Focused().(*keyEntry)
	if !ok || entry.Text != "project.newsmark" {
		t.Fatalf("the name field is %T %q, want project.newsmark", f.w.Canvas().Focused(), entry.Text)
	}
	entry.SetText("elections.newsmark")
	f.modalKey(fyne.KeyReturn)
	created := filepath.Join(dir, "elections.newsmark")
	if got := f.m.ctl.Store().Path(); got != created {
		t.Fatalf("the open project is %s, want the new %s", got, created)
	}
	t.Cleanup(func() { f.m.ctl.Store().Close() })
	f.m.app.Preferences().SetString(prefChooserDir+"project", filepath.Dir(f.path))
	f.m.chooseProject()
	var row *widget.Button
	for _, o := range test.LaidOutObjects(f.w.Canvas().Overlays().Top()) {
		if b, ok := o.(*widget.Button); ok && b.Text == filepath.Base(f.path) {
			row = b
		}
	}
	if row == nil {
		t.Fatalf("Open project… does not list %s:\n%s", filepath.Base(f.path), f.dialogText())
	}
	test.Tap(row)
	if got := f.m.ctl.Store().Path(); got != f.path {
		t.Errorf("clicking %s opened %s", filepath.Base(f.path), got)
	}
}

// Item 12: the overview's figures are the window's own widgets (theme and
// UI font), counts are grouped by thousands, the scale is in whole
// numbers, the legend sits above the bars, and progress shows at 20,000
// documents with 3 done.
func TestOverviewReadsAtScale(t *testing.T) {
	test.NewTempApp(t)
	s := &stats.Stats{Documents: 20000, ByStatus: map[annotate.Status]int{annotate.StatusDone: 3, annotate.StatusInProgress: 12},
		Labels:  map[string]int{annotate.LabelStatement: 12345, annotate.LabelSpeaker: 7},
		Stances: []stats.TargetStance{{Target: "NATO expansion", Favor: 1200, Against: 3, NoneN: 40}}}
	content := overviewContent(s, annotate.DefaultSchema())
	w := test.NewTempWindow(t, content)
	w.Resize(fyne.NewSize(800, 900))
	markup := test.RenderObjectToMarkup(content)
	for _, want := range []string{"3 of 20,000 done", "12,345", "1,200 / 3 / 40", "to do 19,985"} {
		if !strings.Contains(markup, want) {
			t.Errorf("the overview does not show %q", want)
		}
	}
	for _, step := range []struct{ most, want int }{{3, 1}, {7, 2}, {12345, 5000}, {20000, 5000}, {60, 20}} {
		if got := niceStep(step.most); got != step.want {
			t.Errorf("niceStep(%d) = %d, want %d", step.most, got, step.want)
		}
	}
	var bar *widget.ProgressBar
	for _, o := range test.LaidOutObjects(content) {
		if p, ok := o.(*widget.ProgressBar); ok {
			bar = p
		}
	}
	if bar == nil || bar.Value <= 0 {
		t.Error("no progress bar with the documents done")
	}
	parts := stackedBar([]int{3, 12, 19985}, []color.Color{colorFavor, colorStarted, nil})
	parts.Resize(fyne.NewSize(600, 30))
	segs := parts.(*fyne.Container).Objects
	if w := segs[0].Size().Width; w < 3 {
		t.Errorf("the 3 done of 20,000 are drawn %v px wide, want visible (≥ 3 px)", w)
	}
	if end := segs[2].Position().X + segs[2].Size().Width; end > 600.5 {
		t.Errorf("the progress parts end at %v, past the bar's 600 px", end)
	}
}

// Item 13: Edit › Labels and colours… is a form: rename a label, pick its
// colour, give it an attribute, move it up a key; the relations follow the
// rename; the JSON tab shows the same schema; a problem is refused with
// its name and the project keeps its schema.
func TestLabelsAndColoursForm(t *testing.T) {
	f := newWinFixture(t)
	e := f.m.editSchema()
	if e == nil || e.form == nil {
		t.Fatal("the form did not fill in")
	}
	var claim *labelRow
	for _, r := range e.form.labels {
		if r.name.Text == annotate.LabelClaim {
			claim = r
		}
	}
	if claim == nil {
		t.Fatal("the form has no CLAIM row")
	}
	claim.name.SetText("CHECKABLE")
	claim.setColor("#112233") // what the colour picker hands back
	claim.attrs.SetText(claim.attrs.Text + ", priority: high|low")
	e.form.move(slices.Index(e.form.labels, claim), -1) // key 4 → 3
	e.tabs.Select(e.jsonTab)
	if !strings.Contains(e.text.Text, `"CHECKABLE"`) || !strings.Contains(e.text.Text, `"#112233"`) {
		t.Error("the JSON tab does not show the form's changes")
	}
	e.tabs.Select(e.formTab)
	e.save()
	if f.w.Canvas().Overlays().Top() != nil && e.problem.Text != "" {
		t.Fatalf("saving the form was refused: %s", e.problem.Text)
	}
	sch := f.m.ctl.Schema()
	l, ok := sch.LabelAt(3)
	if !ok || l.Name != "CHECKABLE" || l.Color != "#112233" {
		t.Fatalf("key 3 is %+v, want CHECKABLE in #112233", l)
	}
	if a, ok := sch.Attribute("CHECKABLE", "priority"); !ok || a.Type != annotate.AttrChoice || !slices.Equal(a.Choices, []string{"high", "low"}) {
		t.Errorf("the new attribute is %+v", a)
	}
	if !sch.AllowsRelation(annotate.RelPartOf, "CHECKABLE", annotate.LabelStatement) {
		t.Error("part_of no longer takes the renamed label")
	}
	// A label without a name is refused, named, and nothing changes.
	e = f.m.editSchema()
	e.form.labels[0].name.SetText("")
	e.save()
	if e.problem.Text == "" || f.w.Canvas().Overlays().Top() == nil {
		t.Error("a label without a name was saved without a word")
	}
	if l, _ := f.m.ctl.Schema().LabelAt(1); l.Name != annotate.LabelStatement {
		t.Errorf("after a refused save key 1 is %s", l.Name)
	}
}
