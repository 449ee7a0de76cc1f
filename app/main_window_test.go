package app

import (
	"context"
	"database/sql"
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/annotate/dataset"
	"newsmark/annotate/ingest"
	"newsmark/store"
)

// Articles written for these tests. The second has emoji (one of them
// several code points long) before the words the tests tag, so a byte or
// UTF-16 offset would land elsewhere.
const (
	winPlainText = "Harbour fees rise in Aberdeen\n\n" +
		"ABERDEEN — The port authority will raise berthing fees by 6 percent from April, " +
		"its chief executive Morag Lennox said on Monday. \"We have held prices for three years,\" Lennox said."
	winEmojiText = "Reactions pour in 🎉🇳🇱\n\n" +
		"ROTTERDAM — 👩‍👩‍👧 Families cheered the new ferry timetable 🚢, " +
		"and city councillor Joost Verbeek said the change \"gives the islands their evenings back\"."
)

// winFixture is a main window on a fresh project in a temporary folder, with
// store work run inline so each key press is durable when it returns.
type winFixture struct {
	t    testing.TB
	m    *mainWindow
	w    fyne.Window
	path string
}

func inline(f func()) { f() }

func newWinFixture(t testing.TB) *winFixture {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefAnalyst, "ana")
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1400, 900))
	m := newMainWindow(a, w, inline, inline)
	f := &winFixture{t: t, m: m, w: w, path: filepath.Join(t.TempDir(), "test.newsmark")}
	m.openProject(f.path)
	if m.ctl.Store() == nil {
		t.Fatal("the project did not open")
	}
	t.Cleanup(func() { m.ctl.Store().Close() })
	return f
}

// addArticle stores an article and opens it.
func (f *winFixture) addArticle(id, text string) {
	f.t.Helper()
	st := f.m.ctl.Store()
	doc := &annotate.Document{ID: id, Text: text}
	if _, err := st.AddDocuments(context.Background(), "test", []*annotate.Document{doc}, nil); err != nil {
		f.t.Fatal(err)
	}
	f.m.ctl.ReloadDocuments(nil)
	f.m.ctl.OpenDocument(doc.ID)
	if d := f.m.ctl.Document(); d == nil || d.ID != doc.ID {
		f.t.Fatalf("document %s did not open", id)
	}
}

// runeOffset is the code-point offset of the first sub in the open text.
func (f *winFixture) runeOffset(sub string) int {
	f.t.Helper()
	text := f.m.ctl.Document().Text
	i := strings.Index(text, sub)
	if i < 0 {
		f.t.Fatalf("%q is not in the article", sub)
	}
	return len([]rune(text[:i]))
}

// point is where code-point offset off is drawn, on the canvas: on the line
// of the character after it, or with atEnd of the character before it.
func (f *winFixture) point(off int, dx float32, atEnd bool) fyne.Position {
	v := f.m.view
	v.ScrollTo(off)
	l := v.ensureLayout()
	li := l.lineOf(off)
	if atEnd && off > 0 {
		li = l.lineOf(off - 1)
	}
	ln := l.lines[li]
	// The test driver's absolute positions leave out the canvas inset that
	// test.Drag counts.
	inset, _ := f.w.Canvas().InteractiveArea()
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.content).Add(inset)
	return abs.Add(fyne.NewPos(textPad+l.xAt(li, off)+dx, textPad+ln.y+ln.height/2))
}

// dragSelect drags the mouse over sub in the article view.
func (f *winFixture) dragSelect(sub string) (start, end int) {
	f.t.Helper()
	start = f.runeOffset(sub)
	end = start + len([]rune(sub))
	from, to := f.point(start, 1, false), f.point(end, -1, true)
	test.Drag(f.w.Canvas(), to, to.X-from.X, to.Y-from.Y)
	if s, e := f.m.view.Selection(); s != start || e != end {
		f.t.Fatalf("dragging over %q selected [%d, %d), want [%d, %d)", sub, s, e, start, end)
	}
	return start, end
}

// modalKey sends Enter or Esc to the window with nothing in the dialog
// focused, as a key press over it arrives.
func (f *winFixture) modalKey(k fyne.KeyName) {
	f.w.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: k})
}

// press types a character into the focused article view.
func (f *winFixture) press(r rune) { f.m.view.TypedRune(r) }

// key sends a key to the article view with modifiers held.
func (f *winFixture) key(k fyne.KeyName, mods fyne.KeyModifier) {
	v := f.m.view
	if mods&(ctrl|alt) != 0 {
		// Ctrl and Alt combinations reach a widget as shortcuts.
		v.TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: mods})
		return
	}
	if mods&shift != 0 {
		v.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		defer v.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	}
	v.TypedKey(&fyne.KeyEvent{Name: k})
}

// tag drag-selects sub and presses label key n; it returns the new span.
func (f *winFixture) tag(sub string, n int) annotate.Span {
	f.t.Helper()
	f.dragSelect(sub)
	f.press(rune('0' + n))
	s := f.m.ctl.SelectedSpan()
	if s == nil {
		f.t.Fatalf("tagging %q with key %d selected no span; status: %s", sub, n, f.m.status.Text)
	}
	return *s
}

// dbSpan is one row of the spans table.
type dbSpan struct {
	ID, Label, Status string
	Start, End        int
}

// db opens the project file the way another program would.
func (f *winFixture) db() *sql.DB {
	f.t.Helper()
	db, err := sql.Open("sqlite3", "file:"+f.path+"?mode=ro")
	if err != nil {
		f.t.Fatal(err)
	}
	f.t.Cleanup(func() { db.Close() })
	return db
}

// spans reads document doc's spans straight from SQLite.
func (f *winFixture) spans(doc string) []dbSpan {
	f.t.Helper()
	rows, err := f.db().Query(`SELECT s.id, s.label, s.status, s.start, s."end" FROM spans s
		JOIN documents d ON d.seq = s.doc WHERE d.id = ? ORDER BY s.start, s.id`, doc)
	if err != nil {
		f.t.Fatal(err)
	}
	defer rows.Close()
	var out []dbSpan
	for rows.Next() {
		var s dbSpan
		if err := rows.Scan(&s.ID, &s.Label, &s.Status, &s.Start, &s.End); err != nil {
			f.t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// scalar runs a one-value query on the project file.
func (f *winFixture) scalar(q string, args ...any) string {
	f.t.Helper()
	var v sql.NullString
	if err := f.db().QueryRow(q, args...).Scan(&v); err != nil && err != sql.ErrNoRows {
		f.t.Fatal(err)
	}
	return v.String
}

func TestFirstRunFillsProjectWithSamples(t *testing.T) {
	f := newWinFixture(t)
	docs := f.m.ctl.Documents()
	if len(docs) == 0 {
		t.Fatal("a new project has no documents: the samples were not imported")
	}
	if d := f.m.ctl.Document(); d == nil || d.ID != docs[0].ID {
		t.Errorf("the first sample is not open")
	}
	if got, want := f.m.docs.progress.Text, "0 / "+strconv.Itoa(len(docs))+" done"; got != want {
		t.Errorf("progress says %q, want %q", got, want)
	}
	if !strings.HasPrefix(f.m.status.Text, "ana · saved") {
		t.Errorf("status line %q does not name the analyst", f.m.status.Text)
	}
}

func TestLabelKeyTagsSelectionWithCodePointOffsets(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		sub   string
		key   int
		label string
	}{
		{"plain text, statement", winPlainText, "\"We have held prices for three years,\"", 1, annotate.LabelStatement},
		{"plain text, speaker", winPlainText, "Morag Lennox", 2, annotate.LabelSpeaker},
		{"after emoji, speaker", winEmojiText, "Joost Verbeek", 2, annotate.LabelSpeaker},
		{"after emoji, cue", winEmojiText, "said", 3, annotate.LabelCue},
		{"after emoji, statement", winEmojiText, "\"gives the islands their evenings back\"", 1, annotate.LabelStatement},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newWinFixture(t)
			f.addArticle("a", tt.text)
			start, end := f.dragSelect(tt.sub)
			f.press(rune('0' + tt.key))
			got := f.spans("a")
			if len(got) != 1 {
				t.Fatalf("SQLite has %d spans, want 1: %+v (status %q)", len(got), got, f.m.status.Text)
			}
			s := got[0]
			if s.Start != start || s.End != end || s.Label != tt.label || s.Status != annotate.SpanAccepted {
				t.Errorf("span in SQLite %+v, want %s [%d, %d) accepted", s, tt.label, start, end)
			}
			if slice := annotate.Slice(tt.text, s.Start, s.End); slice != tt.sub {
				t.Errorf("the stored offsets slice %q, want %q", slice, tt.sub)
			}
			if f.m.ctl.Selected() != s.ID {
				t.Errorf("the new span %s is not selected (selected %q)", s.ID, f.m.ctl.Selected())
			}
			if want := "ana · saved · 1 span · 0 suggestions pending"; f.m.status.Text != want {
				t.Errorf("status line %q, want %q", f.m.status.Text, want)
			}
		})
	}
}

func TestTabMovesBetweenSpans(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	lennox := f.tag("Morag Lennox", 2)
	quote := f.tag("\"We have held prices for three years,\"", 1)
	said := f.tag("said on Monday", 3)
	steps := []struct {
		name string
		mods fyne.KeyModifier
		want string
	}{
		{"Tab from the last wraps to the first", 0, lennox.ID},
		{"Tab goes on in reading order", 0, said.ID},
		{"Tab again", 0, quote.ID},
		{"Shift+Tab goes back", shift, said.ID},
		{"Shift+Tab again", shift, lennox.ID},
	}
	f.m.ctl.SelectSpan(quote.ID)
	for _, s := range steps {
		f.key(fyne.KeyTab, s.mods)
		if got := f.m.ctl.Selected(); got != s.want {
			t.Fatalf("%s: selected %q, want %q", s.name, got, s.want)
		}
		if f.m.view.selected != s.want {
			t.Fatalf("%s: the article view marks %q, want %q", s.name, f.m.view.selected, s.want)
		}
	}
}

func TestDeleteRemovesSelectedSpan(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winEmojiText)
	keep := f.tag("Joost Verbeek", 2)
	gone := f.tag("said", 3)
	f.key(fyne.KeyDelete, 0)
	got := f.spans("a")
	if len(got) != 1 || got[0].ID != keep.ID {
		t.Fatalf("after Delete on %s SQLite has %+v, want only %s", gone.ID, got, keep.ID)
	}
	if f.m.ctl.span(gone.ID) != nil {
		t.Error("the deleted span is still shown")
	}
}

func TestSLinksNearestSpeaker(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	first := f.tag("Morag Lennox", 2)
	near := f.tag("Lennox said.", 2)
	_ = near
	quote := f.tag("\"We have held prices for three years,\"", 1)
	tests := []struct {
		name string
		key  rune
		want string
	}{
		{"S links the speaker before", 's', first.ID},
		{"Shift+S links the speaker after, replacing it", 'S', near.ID},
	}
	for _, tt := range tests {
		f.m.ctl.SelectSpan(quote.ID)
		f.press(tt.key)
		got := f.scalar(`SELECT group_concat(r.child) FROM relations r JOIN documents d ON d.seq = r.doc
			WHERE d.id = 'a' AND r.label = 'said_by' AND r.head = ?`, quote.ID)
		if got != tt.want {
			t.Errorf("%s: said_by in SQLite is %q, want %q (status %q)", tt.name, got, tt.want, f.m.status.Text)
		}
	}
	info := annotate.StatementView(f.m.ctl.Document(), f.m.ctl.Annotations(), quote.ID)
	if info.Speaker == nil || info.Speaker.ID != near.ID {
		t.Errorf("the panel's statement view has speaker %v, want %s", info.Speaker, near.ID)
	}
}

func TestFSetsStanceTowardCurrentTarget(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	quote := f.tag("\"We have held prices for three years,\"", 1)
	// The analyst names a new target in the stance panel and presses Enter.
	entry := f.m.panel.stance.target
	test.Type(entry, "port fee rise")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if f.m.ctl.Target() == "" {
		t.Fatalf("no current target after naming one; status %q", f.m.status.Text)
	}
	tests := []struct {
		key  rune
		want string
	}{
		{'f', annotate.StanceFavor},
		{'a', annotate.StanceAgainst},
		{'n', annotate.StanceNone},
	}
	for _, tt := range tests {
		f.m.ctl.SelectSpan(quote.ID)
		f.press(tt.key)
		got := f.scalar(`SELECT st.label FROM stances st JOIN documents d ON d.seq = st.doc
			WHERE d.id = 'a' AND st.statement = ?`, quote.ID)
		if got != tt.want {
			t.Errorf("after %q the stance in SQLite is %q, want %q (status %q)", tt.key, got, tt.want, f.m.status.Text)
		}
	}
	if n := f.scalar(`SELECT count(*) FROM targets WHERE text = 'port fee rise'`); n != "1" {
		t.Errorf("%s targets named 'port fee rise' in SQLite, want 1", n)
	}
}

func TestUndoRedoKeys(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winEmojiText)
	f.tag("Joost Verbeek", 2)
	f.tag("said", 3)
	steps := []struct {
		name      string
		press     func()
		wantSpans int
	}{
		{"Ctrl+Z undoes the last tag", func() { f.m.view.TypedShortcut(&fyne.ShortcutUndo{}) }, 1},
		{"Ctrl+Z again undoes the first", func() { f.m.view.TypedShortcut(&fyne.ShortcutUndo{}) }, 0},
		{"Ctrl+Shift+Z redoes", func() { f.key(fyne.KeyZ, ctrlShift) }, 1},
		{"Ctrl+Shift+Z redoes again", func() { f.key(fyne.KeyZ, ctrlShift) }, 2},
	}
	for _, s := range steps {
		s.press()
		if got := len(f.spans("a")); got != s.wantSpans {
			t.Fatalf("%s: SQLite has %d spans, want %d (status %q)", s.name, got, s.wantSpans, f.m.status.Text)
		}
		if got := len(f.m.ctl.ViewSpans()); got != s.wantSpans {
			t.Fatalf("%s: the view shows %d spans, want %d", s.name, got, s.wantSpans)
		}
	}
}

func TestUndoInTextFieldUndoesTheField(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winEmojiText)
	f.tag("Joost Verbeek", 2)
	filter := f.m.docs.filter
	f.w.Canvas().Focus(filter)
	test.Type(filter, "ferry")
	f.m.do(actUndo) // what the Edit › Undo menu item (Ctrl+Z) runs
	if filter.Text == "ferry" {
		t.Error("Ctrl+Z in the filter box did not undo its typing")
	}
	if got := len(f.spans("a")); got != 1 {
		t.Errorf("Ctrl+Z in a text field undid a span: SQLite has %d spans, want 1", got)
	}
}

func TestUndoOpensTheDocumentOfTheEdit(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	f.tag("Morag Lennox", 2)
	f.addArticle("b", winEmojiText)
	f.m.view.TypedShortcut(&fyne.ShortcutUndo{})
	if d := f.m.ctl.Document(); d == nil || d.ID != "a" {
		t.Fatalf("undoing an edit made in a opened %v, want a", d)
	}
	if got := len(f.spans("a")); got != 0 {
		t.Errorf("SQLite still has %d spans in a", got)
	}
}

func TestCtrlEnterMarksDoneAndOpensNextToDo(t *testing.T) {
	f := newWinFixture(t)
	docs := f.m.ctl.Documents()
	if len(docs) < 3 {
		t.Fatalf("want at least 3 sample documents, have %d", len(docs))
	}
	// The second is already done: Ctrl+Enter on the first skips it. The
	// samples have suggestions pending, so each Ctrl+Enter asks; Enter
	// leaves them pending.
	f.m.ctl.OpenDocument(docs[1].ID)
	f.key(fyne.KeyReturn, ctrl)
	f.modalKey(fyne.KeyReturn)
	f.m.ctl.OpenDocument(docs[0].ID)
	f.key(fyne.KeyReturn, ctrl)
	f.modalKey(fyne.KeyReturn)
	if st := f.scalar(`SELECT ds.status FROM doc_status ds JOIN documents d ON d.seq = ds.doc WHERE d.id = ? AND ds.layer = 'ana'`, docs[0].ID); st != string(annotate.StatusDone) {
		t.Errorf("status in SQLite %q, want done", st)
	}
	if d := f.m.ctl.Document(); d == nil || d.ID != docs[2].ID {
		t.Errorf("opened %v, want the next one to do, %s", d.ID, docs[2].ID)
	}
	want := "2 / " + strconv.Itoa(len(docs)) + " done"
	if f.m.docs.progress.Text != want {
		t.Errorf("progress %q, want %q", f.m.docs.progress.Text, want)
	}
	if icon := statusIcon(f.m.ctl.Documents()[0].Status); icon != "✓" {
		t.Errorf("the list shows %q for the done document, want ✓", icon)
	}
}

func TestFilterSearchesFullText(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("harbour", winPlainText)
	f.addArticle("ferry", winEmojiText)
	all := len(f.m.ctl.Documents())
	tests := []struct {
		query string
		want  []string
	}{
		{"berthing", []string{"harbour"}},                       // a body word, not in any title
		{"timetable", []string{"02_leeds_bus_strike", "ferry"}}, // after emoji in the body; a sample has "timetables"
		{"Verbeek", []string{"ferry"}},
		{"Verbe", []string{"ferry"}}, // half typed
		{"port authority", []string{"harbour"}},
		{"zeppelin", []string{}},
	}
	for _, tt := range tests {
		f.w.Canvas().Focus(f.m.docs.filter)
		f.filterTo(tt.query)
		if got := f.m.docs.Shown(); !slices.Equal(got, tt.want) {
			t.Errorf("filter %q shows %v, want %v", tt.query, got, tt.want)
		}
	}
	f.m.docs.filter.SetText("")
	if got := len(f.m.docs.Shown()); got != all {
		t.Errorf("an empty filter shows %d documents, want all %d", got, all)
	}
}

func TestDownInFilterOpensNextDocument(t *testing.T) {
	f := newWinFixture(t)
	docs := f.m.ctl.Documents()
	f.w.Canvas().Focus(f.m.docs.filter)
	f.m.docs.filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if d := f.m.ctl.Document(); d == nil || d.ID != docs[1].ID {
		t.Fatalf("Down opened %v, want %s", d, docs[1].ID)
	}
	f.m.docs.filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if d := f.m.ctl.Document(); d == nil || d.ID != docs[0].ID {
		t.Fatalf("Up opened %v, want %s", d, docs[0].ID)
	}
}

func TestActionErrorsShowInStatusLine(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	f.press('s') // nothing selected
	if !strings.Contains(f.m.status.Text, "STATEMENT") {
		t.Errorf("S with no statement selected says %q; want a hint to select a STATEMENT", f.m.status.Text)
	}
	if got := len(f.spans("a")); got != 0 {
		t.Errorf("SQLite has %d spans", got)
	}
}

func TestStoreFailureIsExplainedInWords(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	f.dragSelect("Morag Lennox")
	f.m.ctl.Store().Close() // the file goes away under the window
	f.press('2')
	line := f.m.status.Text
	if !strings.Contains(line, "could not save") || strings.Contains(line, "sql") {
		t.Errorf("status after a failed save is %q; want words, not a driver error", line)
	}
}

func TestSuggestionsAcceptAndReject(t *testing.T) {
	f := newWinFixture(t)
	doc := f.m.ctl.Document().ID
	f.m.suggestHere()
	pending := func() []dbSpan {
		var out []dbSpan
		for _, s := range f.spans(doc) {
			if s.Status == annotate.SpanPending {
				out = append(out, s)
			}
		}
		return out
	}
	before := pending()
	if len(before) < 2 {
		t.Fatalf("the suggester left %d pending spans in the first sample; want at least 2 (status %q)", len(before), f.m.status.Text)
	}
	status := func(id string) string {
		return f.scalar(`SELECT s.status FROM spans s JOIN documents d ON d.seq = s.doc WHERE d.id = ? AND s.id = ?`, doc, id)
	}

	f.press(']')
	first := f.m.ctl.Selected()
	if first == "" || status(first) != annotate.SpanPending {
		t.Fatalf("] selected %q (status %q), want a pending suggestion", first, status(first))
	}
	f.key(fyne.KeyReturn, 0)
	if got := status(first); got != annotate.SpanAccepted {
		t.Errorf("Enter left %s %q in SQLite, want accepted", first, got)
	}
	next := f.m.ctl.Selected()
	if next == "" || next == first {
		f.press(']')
		next = f.m.ctl.Selected()
	}
	if status(next) != annotate.SpanPending {
		t.Fatalf("after accepting, %q is selected (status %q), want the next suggestion", next, status(next))
	}
	f.key(fyne.KeyBackspace, 0)
	if got := status(next); got != annotate.SpanRejected {
		t.Errorf("Backspace left %s %q in SQLite, want rejected", next, got)
	}
	left := len(pending())
	if left >= len(before) {
		t.Errorf("%d suggestions still pending, had %d", left, len(before))
	}
	if want := strconv.Itoa(left) + " suggestions pending"; left != 1 && !strings.Contains(f.m.status.Text, want) {
		t.Errorf("status line %q does not say %q", f.m.status.Text, want)
	}
}

func TestImportReportsEachFailedFile(t *testing.T) {
	f := newWinFixture(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	empty := filepath.Join(dir, "empty.txt")
	writeFile(t, good, "Library extends winter opening hours\n\nREYKJANESBAER — The town library will stay open until 9 p.m. on weekdays from December, "+
		"the council said on Thursday, after a survey found most readers wanted evening visits.\n")
	writeFile(t, empty, "")
	before := len(f.m.ctl.Documents())
	var results []ingest.FileResult
	var err error
	f.m.withProgress("test import", func(ctx context.Context, progress func(done, total int)) {
		results, err = ingest.ImportPaths(ctx, f.m.ctl.Store(), "ana", []string{dir}, progress)
	}, func() { f.m.ctl.ReloadDocuments(nil) })
	if got := len(f.m.ctl.Documents()); got != before+1 {
		t.Errorf("the list has %d documents after importing one good file, want %d", got, before+1)
	}
	headline, failures := importSummary(results, err)
	if !strings.HasPrefix(headline, "1 article imported") || !strings.Contains(headline, "1 failed") {
		t.Errorf("summary %q", headline)
	}
	if len(failures) != 1 || !strings.Contains(failures[0], "empty.txt") || !strings.Contains(failures[0], "empty") {
		t.Errorf("failures %q, want empty.txt with its reason", failures)
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestExportWritesTaggedSpans(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winEmojiText)
	f.tag("Joost Verbeek", 2)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	f.m.export(out, dataset.Options{Format: dataset.FormatNewsmark})
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("export wrote no file: %v", err)
	}
	if !strings.Contains(string(data), "Joost Verbeek") && !strings.Contains(string(data), `"SPEAKER"`) {
		t.Errorf("the export does not hold the tagged speaker: %.200s", data)
	}
	title, msg := exportSummary(dataset.Summary{Files: []string{out}, Documents: 5, Spans: 1}, nil)
	if title != "Export done" || !strings.Contains(msg, "5 documents, 1 span") || !strings.Contains(msg, "out.jsonl") {
		t.Errorf("summary %q: %q", title, msg)
	}
	if _, msg := exportSummary(dataset.Summary{}, context.Canceled); msg != "Nothing was written." {
		t.Errorf("a cancelled export says %q", msg)
	}
}

func TestDroppedFolderIsImported(t *testing.T) {
	f := newWinFixture(t)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "ferry.txt"), "Ferry crews vote on new rota\n\nHULL — Ferry crews will vote next week on a rota "+
		"that adds a fourth rest day each month, their union said on Friday.\n")
	before := len(f.m.ctl.Documents())
	f.m.importURIs([]fyne.URI{storage.NewFileURI(dir)})
	if got := len(f.m.ctl.Documents()); got != before+1 {
		t.Errorf("dropping a folder with one article left %d documents, want %d", got, before+1)
	}
}

func TestHelpShowsGuidelinesAndShortcuts(t *testing.T) {
	f := newWinFixture(t)
	tests := []struct {
		name string
		open func()
		want string
	}{
		{"guidelines", func() { f.m.showGuidelines() }, "Annotation guidelines"},
		{"F1", func() { f.key(fyne.KeyF1, 0) }, "Keyboard shortcuts"},
	}
	for _, tt := range tests {
		tt.open()
		top := f.w.Canvas().Overlays().Top()
		if top == nil {
			t.Fatalf("%s: no dialog opened", tt.name)
		}
		if !strings.Contains(test.RenderObjectToMarkup(top), tt.want) {
			t.Errorf("%s: the dialog does not say %q", tt.name, tt.want)
		}
		f.w.Canvas().Overlays().Remove(top)
	}
}

func TestClickingSpanSelectsItAndShowsItsLinks(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	speaker := f.tag("Morag Lennox", 2)
	quote := f.tag("\"We have held prices for three years,\"", 1)
	f.press('s')
	f.m.ctl.SelectSpan("")

	// A click inside the statement (a press and release in one place).
	v := f.m.view
	at := f.runeOffset("held")
	l := v.ensureLayout()
	li := l.lineOf(at)
	pos := fyne.NewPos(textPad+l.xAt(li, at)+2, textPad+l.lines[li].y+l.lines[li].height/2)
	v.content.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}, Button: desktop.MouseButtonPrimary})
	v.content.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}, Button: desktop.MouseButtonPrimary})

	if got := f.m.ctl.Selected(); got != quote.ID {
		t.Fatalf("clicking the statement selected %q, want %s", got, quote.ID)
	}
	if !strings.HasPrefix(f.m.panel.spanTitle.Text, "STATEMENT · \"We have held") {
		t.Errorf("the panel shows %q", f.m.panel.spanTitle.Text)
	}
	if !v.linked[speaker.ID] {
		t.Errorf("the speaker %s linked to the statement is not highlighted", speaker.ID)
	}
	if !strings.Contains(test.RenderObjectToMarkup(f.m.panel.content), "said by: Morag Lennox") {
		t.Error("the panel does not say who said it")
	}
}

func TestAltArrowsMoveSpanEdges(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	f.tag("Morag Lennox", 2)
	steps := []struct {
		name string
		key  fyne.KeyName
		mods fyne.KeyModifier
		want string
	}{
		{"Alt+Left moves the start a word left", fyne.KeyLeft, alt, "executive Morag Lennox"},
		{"Alt+Right moves it back", fyne.KeyRight, alt, "Morag Lennox"},
		{"Alt+Shift+Left moves the end a word left", fyne.KeyLeft, alt | shift, "Morag"},
		{"Alt+Shift+Right moves the end a word right", fyne.KeyRight, alt | shift, "Morag Lennox"},
	}
	for _, s := range steps {
		f.key(s.key, s.mods)
		got := f.spans("a")
		if len(got) != 1 {
			t.Fatalf("%s: %d spans in SQLite", s.name, len(got))
		}
		if text := annotate.Slice(winPlainText, got[0].Start, got[0].End); text != s.want {
			t.Errorf("%s: the span covers %q, want %q (status %q)", s.name, text, s.want, f.m.status.Text)
		}
	}
}

func TestRLinksPronounToEarlierSpeaker(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", "Dock strike ends\n\nGDANSK — Union leader Ewa Nowak said the deal was fair. "+
		"She added that members would vote on it next week.")
	nowak := f.tag("Ewa Nowak", 2)
	she := f.tag("She", 2)
	f.press('r')
	got := f.scalar(`SELECT r.child FROM relations r JOIN documents d ON d.seq = r.doc
		WHERE d.id = 'a' AND r.label = 'coref' AND r.head = ?`, she.ID)
	if got != nowak.ID {
		t.Fatalf("coref of %s in SQLite is %q, want %s (status %q)", she.ID, got, nowak.ID, f.m.status.Text)
	}
	attrs := f.scalar(`SELECT s.attrs FROM spans s JOIN documents d ON d.seq = s.doc WHERE d.id = 'a' AND s.id = ?`, she.ID)
	if !strings.Contains(attrs, "Ewa Nowak") {
		t.Errorf("the pronoun's canonical name is not the antecedent's: attrs %s", attrs)
	}
	rows := speakerRows(f.m.ctl)
	if len(rows) != 1 || rows[0].Name != "Ewa Nowak" || rows[0].Mentions != 2 {
		t.Errorf("the speakers list shows %+v, want Ewa Nowak with 2 mentions", rows)
	}
}

func TestPanelSetsDocumentLabelsAndAttributes(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	quote := f.tag("\"We have held prices for three years,\"", 1)
	f.m.ctl.SelectSpan(quote.ID)

	find := func(name string) fyne.CanvasObject {
		for _, c := range []*fyne.Container{f.m.panel.attrs, f.m.panel.docFields} {
			for _, o := range c.Objects {
				row := o.(*fyne.Container) // Border: field, then its name on the left
				if l, ok := row.Objects[1].(*widget.Label); ok && l.Text == name {
					return row.Objects[0]
				}
			}
		}
		t.Fatalf("the panel has no %s field", name)
		return nil
	}
	find("genre").(*widget.Select).SetSelected("analysis")
	if got := f.scalar(`SELECT l.value FROM doc_labels l JOIN documents d ON d.seq = l.doc WHERE d.id = 'a' AND l.key = 'genre'`); got != `"analysis"` {
		t.Errorf("genre in SQLite is %s, want \"analysis\"", got)
	}
	find("quote_type").(*widget.Select).SetSelected("indirect")
	attrs := f.scalar(`SELECT s.attrs FROM spans s JOIN documents d ON d.seq = s.doc WHERE d.id = 'a' AND s.id = ?`, quote.ID)
	if !strings.Contains(attrs, `"indirect"`) {
		t.Errorf("quote_type not saved: attrs %s", attrs)
	}
	topics := find("topics").(*widget.Entry)
	topics.SetText("ports, prices")
	topics.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := f.scalar(`SELECT l.value FROM doc_labels l JOIN documents d ON d.seq = l.doc WHERE d.id = 'a' AND l.key = 'topics'`); got != `["ports","prices"]` {
		t.Errorf("topics in SQLite are %s", got)
	}
}

func TestStatusLineSaysSavingUntilTheStoreAnswers(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	// Hold store work back, as a slow disk would.
	var queued []func()
	f.m.ctl.run = func(fn func()) { queued = append(queued, fn) }
	f.dragSelect("Morag Lennox")
	f.press('2')
	if !strings.Contains(f.m.status.Text, "saving…") {
		t.Errorf("while the edit is on its way the status line says %q, want saving…", f.m.status.Text)
	}
	for _, fn := range queued {
		fn()
	}
	if want := "ana · saved · 1 span · 0 suggestions pending"; f.m.status.Text != want {
		t.Errorf("status line %q, want %q", f.m.status.Text, want)
	}
}

func TestWindowSizeIsRemembered(t *testing.T) {
	f := newWinFixture(t)
	f.w.Resize(fyne.NewSize(1000, 700))
	f.m.saveWindowSize()
	prefs := f.m.app.Preferences()
	if w, h := prefs.Float(prefWindowW), prefs.Float(prefWindowH); w < 900 || h < 600 {
		t.Errorf("remembered %v×%v, want about 1000×700", w, h)
	}
	if got := LastProject(f.m.app); got != f.path {
		t.Errorf("LastProject = %q, want %q", got, f.path)
	}
}

// TestPPicksSpeakerFromList: P lists the document's speakers by canonical
// name with their mentions beneath; Down and Enter pick one, the link goes
// to its mention nearest the statement, and Esc leaves a picker without
// linking.
func TestPPicksSpeakerFromList(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", "Harbour fees rise\n\nABERDEEN — Harbour master Ian Reid said berthing would cost more. "+
		"Chief executive Morag Lennox agreed. \"We have held prices for three years,\" Lennox said.")
	f.tag("Ian Reid", 2)
	f.tag("Morag Lennox", 2)
	at := f.runeOffset("Lennox said")
	f.m.view.SetSelection(at, at+len("Lennox"))
	f.press('2')
	lennox := *f.m.ctl.SelectedSpan()
	quote := f.tag("\"We have held prices for three years,\"", 1)
	f.press('p')
	top := f.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("P opened no picker")
	}
	markup := test.RenderObjectToMarkup(top)
	for _, want := range []string{"Ian Reid", "Morag Lennox", "“Morag Lennox” · “Lennox”"} {
		if !strings.Contains(markup, want) {
			t.Errorf("the picker does not show %q", want)
		}
	}
	var list *keyList
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*keyList); ok {
			list = l
		}
	}
	if list == nil || list.Length() != 2 {
		t.Fatalf("the picker does not list the 2 speakers by name")
	}
	f.press('1') // keys do not leak into the article while the picker is up
	if got := len(f.spans("a")); got != 4 {
		t.Errorf("a key typed under the picker tagged something: %d spans", got)
	}
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	got := f.scalar(`SELECT r.child FROM relations r JOIN documents d ON d.seq = r.doc
		WHERE d.id = 'a' AND r.label = 'said_by' AND r.head = ?`, quote.ID)
	if got != lennox.ID {
		t.Errorf("picking Morag Lennox linked %q, want her mention nearest the quote, %s", got, lennox.ID)
	}
	if f.w.Canvas().Overlays().Top() != nil {
		t.Error("the picker is still open")
	}
	f.press('p')
	f.modalKey(fyne.KeyEscape)
	if f.w.Canvas().Overlays().Top() != nil {
		t.Error("Esc did not close the picker")
	}
}

func TestDroppedProjectFileIsOpened(t *testing.T) {
	f := newWinFixture(t)
	other := filepath.Join(t.TempDir(), "other.newsmark")
	st, err := store.Open(other)
	if err != nil {
		t.Fatal(err)
	}
	doc := &annotate.Document{ID: "only", Text: "Council backs new cycle lanes\n\nYORK — The council approved two cycle lanes on Tuesday."}
	if _, err := st.AddDocuments(context.Background(), "test", []*annotate.Document{doc}, nil); err != nil {
		t.Fatal(err)
	}
	st.Close()
	f.m.importURIs([]fyne.URI{storage.NewFileURI(other)})
	t.Cleanup(func() { f.m.ctl.Store().Close() })
	if got := f.m.ctl.Store().Path(); got != other {
		t.Fatalf("the open project is %s, want the dropped %s", got, other)
	}
	if d := f.m.ctl.Document(); d == nil || d.ID != "only" {
		t.Errorf("the dropped project's document is not open: %v", d)
	}
	if got := LastProject(f.m.app); got != other {
		t.Errorf("the preferences remember %q, want %q", got, other)
	}
}

// TestAcceptThenStance records suggested statements with their speaker,
// cue and a stance: F on a suggestion accepts it with them and sets FAVOR
// in one key, shown at once in the status line and above the panel; ]
// goes to the next suggested statement and Enter accepts it and moves on.
func TestAcceptThenStance(t *testing.T) {
	f := newWinFixture(t)
	doc := f.m.ctl.Document().ID
	f.m.suggestHere()
	entry := f.m.panel.stance.target
	test.Type(entry, "midday work ban")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	f.m.ctl.SelectSpan("")
	f.press(']')
	stmt := f.m.ctl.Selected()
	if s := f.m.ctl.SelectedSpan(); s == nil || s.Label != annotate.LabelStatement || s.Status != annotate.SpanPending {
		t.Fatalf("] selected %+v, want a suggested statement", s)
	}
	f.press('f')
	status := func(id string) string {
		return f.scalar(`SELECT s.status FROM spans s JOIN documents d ON d.seq = s.doc WHERE d.id = ? AND s.id = ?`, doc, id)
	}
	got := f.scalar(`SELECT st.label FROM stances st JOIN documents d ON d.seq = st.doc WHERE d.id = ? AND st.statement = ?`, doc, stmt)
	if got != annotate.StanceFavor || status(stmt) != annotate.SpanAccepted {
		t.Errorf("after F the statement is %q with stance %q, want accepted with FAVOR (status %q)", status(stmt), got, f.m.status.Text)
	}
	speaker := f.scalar(`SELECT s.status FROM relations r JOIN documents d ON d.seq = r.doc JOIN spans s ON s.doc = r.doc AND s.id = r.child
		WHERE d.id = ? AND r.head = ? AND r.label = 'said_by'`, doc, stmt)
	if speaker != annotate.SpanAccepted {
		t.Errorf("the statement's speaker is %q, want accepted with it", speaker)
	}
	if !strings.Contains(f.m.status.Text, "stance FAVOR toward “midday work ban”") {
		t.Errorf("the status line %q does not say the stance", f.m.status.Text)
	}
	if !f.m.panel.stanceLine.Visible() || !strings.Contains(f.m.panel.stanceLine.Text, "FAVOR") {
		t.Errorf("the panel's top does not show the stance: %q", f.m.panel.stanceLine.Text)
	}
	if s := f.m.ctl.SelectedSpan(); !strings.Contains(f.m.view.labelsAt(s.Start), "FAVOR “midday work ban”") {
		t.Errorf("hovering the statement says %q, not its stance", f.m.view.labelsAt(s.Start))
	}
	for _, vs := range f.m.view.spans {
		if vs.ID == stmt && vs.Mark != colorFavor {
			t.Errorf("the statement is marked %v at its start, want FAVOR's colour", vs.Mark)
		}
	}
	f.press(']')
	next := f.m.ctl.Selected()
	if s := f.m.ctl.SelectedSpan(); next == stmt || s == nil || s.Label != annotate.LabelStatement {
		t.Fatalf("] after F selected %+v, want the next suggested statement", s)
	}
	f.key(fyne.KeyReturn, 0)
	if status(next) != annotate.SpanAccepted {
		t.Errorf("Enter left %s %q", next, status(next))
	}
	if s := f.m.ctl.SelectedSpan(); s == nil || s.ID == next || s.Label != annotate.LabelStatement || s.Status != annotate.SpanPending {
		t.Errorf("after Enter %+v is selected, want the next suggested statement", s)
	}
}

func TestProjectOverviewDrawsTheFigures(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	f.tag("\"We have held prices for three years,\"", 1)
	note, box := f.m.showOverview()
	if note == nil || box == nil {
		t.Fatal("no overview for an open project")
	}
	if len(box.Objects) == 0 {
		t.Fatalf("the figures were not drawn; note says %q", note.Text)
	}
	docs := len(f.m.ctl.Documents())
	if want := fmt.Sprintf("%d documents, 0 done · 1 span accepted", docs); !strings.Contains(note.Text, want) {
		t.Errorf("overview says %q, want it to start %q", note.Text, want)
	}
	markup := test.RenderObjectToMarkup(box)
	for _, want := range []string{"Progress", "Accepted spans per label", "STATEMENT", "0 of " + strconv.Itoa(docs) + " done"} {
		if !strings.Contains(markup, want) {
			t.Errorf("the overview does not show %q", want)
		}
	}
}

// TestProjectSchemaChangesLabels: the analyst renames a label and changes
// its colour in the project's schema; the label buttons, key 4 and the
// colour in the view follow, also after the project is opened again.
func TestProjectSchemaChangesLabels(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	_, raw, err := annotate.ProjectSchema(context.Background(), f.m.ctl.Store())
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.ReplaceAll(raw, `"CLAIM"`, `"CHECKABLE"`)
	edited = strings.Replace(edited, `"#009E73"`, `"#112233"`, 1)
	var saveErr error
	f.m.ctl.SaveSchema([]byte(strings.Replace(edited, `"#112233"`, `"teal"`, 1)), func(err error) { saveErr = err })
	if saveErr == nil {
		t.Fatal("a schema with colour \"teal\" was saved")
	}
	f.m.ctl.SaveSchema([]byte(edited), func(err error) { saveErr = err })
	if saveErr != nil {
		t.Fatal(saveErr)
	}
	found := false
	for _, o := range f.m.panel.labels.Objects {
		for _, w := range o.(*fyne.Container).Objects {
			if b, ok := w.(*widget.Button); ok && b.Text == "4 CHECKABLE" {
				found = true
			}
		}
	}
	if !found {
		t.Error("no \"4 CHECKABLE\" label button after the schema change")
	}
	sp := f.tag("\"We have held prices for three years,\"", 4)
	if sp.Label != "CHECKABLE" {
		t.Errorf("key 4 tagged %s, want CHECKABLE", sp.Label)
	}
	for _, vs := range f.m.ctl.ViewSpans() {
		if vs.ID == sp.ID {
			if c, ok := vs.Color.(color.NRGBA); !ok || c.R != 0x11 || c.G != 0x22 || c.B != 0x33 {
				t.Errorf("the span is drawn in %v, want the new colour #112233", vs.Color)
			}
		}
	}
	// Opening the project again keeps its own schema.
	f.m.ctl.SetStore(f.m.ctl.Store(), nil)
	if l, _ := f.m.ctl.Schema().LabelAt(4); l.Name != "CHECKABLE" {
		t.Errorf("after reopening key 4 is %s, want CHECKABLE", l.Name)
	}
}

func TestStanceEvidenceFromTheSelection(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	quote := f.tag("\"We have held prices for three years,\"", 1)
	entry := f.m.panel.stance.target
	test.Type(entry, "port fee rise")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	f.m.ctl.SelectSpan(quote.ID)
	f.press('a')
	if !f.m.panel.stance.evidence.Disabled() {
		start, end := f.dragSelect("held prices for three years")
		f.m.ctl.SelectSpan(quote.ID)
		f.m.ctl.SetTextSelection(start, end)
		test.Tap(f.m.panel.stance.evidence)
		got := f.scalar(`SELECT st.evidence_start || '-' || st.evidence_end FROM stances st JOIN documents d ON d.seq = st.doc
			WHERE d.id = 'a' AND st.statement = ?`, quote.ID)
		if want := fmt.Sprintf("%d-%d", start, end); got != want {
			t.Errorf("evidence in SQLite is %q, want %s (status %q)", got, want, f.m.status.Text)
		}
		if label := f.scalar(`SELECT st.label FROM stances st JOIN documents d ON d.seq = st.doc WHERE d.id = 'a'`); label != annotate.StanceAgainst {
			t.Errorf("setting evidence changed the stance to %q", label)
		}
	} else {
		t.Fatalf("the evidence button is disabled with a stance set (status %q)", f.m.status.Text)
	}
}

// TestSelectingAStatementTakesItsTarget: after the project is opened again
// there is no current target; selecting a statement with a stance makes its
// target current, so the panel shows the stance and F/A/N change it.
func TestSelectingAStatementTakesItsTarget(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	quote := f.tag("\"We have held prices for three years,\"", 1)
	entry := f.m.panel.stance.target
	test.Type(entry, "port fee rise")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	f.m.ctl.SelectSpan(quote.ID)
	f.press('f')
	f.m.ctl.SetStore(f.m.ctl.Store(), nil)
	f.m.ctl.OpenDocument("a")
	if f.m.ctl.Target() != "" {
		t.Fatalf("a reopened project has target %q", f.m.ctl.Target())
	}
	f.m.ctl.SelectSpan(quote.ID)
	if f.m.ctl.TargetText(f.m.ctl.Target()) != "port fee rise" {
		t.Fatalf("selecting the statement made %q current, want its target", f.m.ctl.Target())
	}
	f.press('n')
	got := f.scalar(`SELECT st.label FROM stances st JOIN documents d ON d.seq = st.doc WHERE d.id = 'a' AND st.statement = ?`, quote.ID)
	if got != annotate.StanceNone {
		t.Errorf("N after reopening left %q", got)
	}
}

// TestRenamedLabelsStillLink: with a project schema that renames CLAIM, the
// part_of relation checks against that schema, not the default one.
func TestRenamedLabelsStillLink(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	_, raw, err := annotate.ProjectSchema(context.Background(), f.m.ctl.Store())
	if err != nil {
		t.Fatal(err)
	}
	var saveErr error
	f.m.ctl.SaveSchema([]byte(strings.ReplaceAll(raw, `"CLAIM"`, `"CHECKABLE"`)), func(err error) { saveErr = err })
	if saveErr != nil {
		t.Fatal(saveErr)
	}
	quote := f.tag("\"We have held prices for three years,\"", 1)
	claim := f.tag("held prices for three years", 4)
	f.m.ctl.Link(annotate.RelPartOf, claim.ID, quote.ID)
	got := f.scalar(`SELECT count(*) FROM relations r JOIN documents d ON d.seq = r.doc
		WHERE d.id = 'a' AND r.label = 'part_of' AND r.head = ? AND r.child = ?`, claim.ID, quote.ID)
	if got != "1" {
		t.Errorf("part_of from a CHECKABLE span was not stored (status %q)", f.m.status.Text)
	}
}

// TestEditUpdatesItsListLineAndCompletion: after a tag, the document's line
// in the list counts it and the new speaker's canonical name completes,
// without reading the whole project again.
func TestEditUpdatesItsListLineAndCompletion(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	f.tag("Morag Lennox", 2)
	if !slices.Contains(f.m.ctl.CanonicalNames(), "Morag Lennox") {
		t.Errorf("completion lacks the new speaker: %v", f.m.ctl.CanonicalNames())
	}
	for _, d := range f.m.ctl.Documents() {
		if d.ID == "a" && (d.Spans != 1 || d.Status != annotate.StatusInProgress) {
			t.Errorf("the list line for a is %+v, want 1 span, in progress", d)
		}
	}
	if done, _ := f.m.ctl.Progress(); done != 0 {
		t.Errorf("progress says %d done", done)
	}
}

// TestPickingADocumentFocusesTheArticle: after a click on a document in the
// list, the tagging keys reach the article; moving through the list from the
// filter box leaves the focus in the filter.
func TestPickingADocumentFocusesTheArticle(t *testing.T) {
	f := newWinFixture(t)
	f.w.Canvas().Focus(nil)
	f.m.docs.list.Select(1)
	if f.w.Canvas().Focused() != f.m.view {
		t.Errorf("after picking a document the focus is on %T, want the article view", f.w.Canvas().Focused())
	}
	f.w.Canvas().Focus(f.m.docs.filter)
	f.m.docs.list.Select(2)
	if f.w.Canvas().Focused() != f.m.docs.filter {
		t.Errorf("moving from the filter took the focus to %T", f.w.Canvas().Focused())
	}
}

// TestEscClosesHelpAndKeysStayOutOfTheArticle: while Help is on screen a
// label key does not tag behind it, and Esc closes it.
func TestEscClosesHelpAndKeysStayOutOfTheArticle(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("a", winPlainText)
	f.dragSelect("Morag Lennox")
	f.m.showShortcuts()
	c := f.w.Canvas()
	c.Focus(nil)
	if c.Overlays().Top() == nil {
		t.Fatal("the shortcuts dialog is not on screen")
	}
	test.TypeOnCanvas(c, "2")
	if n := f.scalar(`SELECT count(*) FROM spans s JOIN documents d ON d.seq = s.doc WHERE d.id = 'a'`); n != "0" {
		t.Errorf("a key pressed over the dialog tagged %s spans behind it", n)
	}
	c.(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Error("Esc did not close the shortcuts dialog")
	}
}

// TestSettingsShowsTheProjectsSuggestSetting: the form reflects what the
// project file says about suggestions on import.
func TestSettingsShowsTheProjectsSuggestSetting(t *testing.T) {
	f := newWinFixture(t)
	if err := f.m.ctl.Store().SetSetting(context.Background(), ingest.SettingSuggestOnImport, "off"); err != nil {
		t.Fatal(err)
	}
	f.m.showSettings()
	top := f.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no settings dialog")
	}
	var found, checked bool
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && strings.Contains(c.Text, "Suggest spans") {
			found, checked = true, c.Checked
		}
		for _, child := range test.LaidOutObjects(o) {
			if child != o {
				if c, ok := child.(*widget.Check); ok && strings.Contains(c.Text, "Suggest spans") {
					found, checked = true, c.Checked
				}
			}
		}
	}
	walk(top)
	if !found || checked {
		t.Errorf("suggest-on-import box found=%v checked=%v; the project says off", found, checked)
	}
}

// A progress bar takes an update at most every interval, and always the
// last: an export reports each of a hundred thousand documents.
func TestProgressUpdatesAreThrottled(t *testing.T) {
	clock := time.Unix(0, 0)
	th := newThrottle(50*time.Millisecond, func() time.Time { return clock })
	const total = 100000
	shown := 0
	var last int
	for done := 1; done <= total; done++ {
		clock = clock.Add(2 * time.Microsecond) // 0.2 s for the whole run
		if th.allow(done, total) {
			shown++
			last = done
		}
	}
	if shown < 2 || shown > 6 {
		t.Errorf("%d updates shown for a 0.2 s run at one per 50 ms", shown)
	}
	if last != total {
		t.Errorf("the last update shown is %d, want %d", last, total)
	}
	// With no total known every update is throttled alike.
	th = newThrottle(50*time.Millisecond, func() time.Time { return clock })
	if !th.allow(0, 0) || th.allow(1, 0) {
		t.Error("with no total: the first update must show and the next, at once after, must not")
	}
}

func TestCountsAndExportNamesReadWell(t *testing.T) {
	for n, want := range map[int]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 100000: "100,000", 1000000: "1,000,000", -12345: "-12,345"} {
		if got := count(n); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
	if got := plural(600000, "relation", "relations"); got != "600,000 relations" {
		t.Errorf("plural: %q", got)
	}
	for _, tt := range []struct{ project, format, want string }{
		{"/home/ana/elections.newsmark", "stance", "elections-stance.jsonl"},
		{"/home/ana/elections.newsmark", "brat", "elections-brat.zip"},
		{"default.newsmark", "newsmark", "default-newsmark.jsonl"},
		{"", "prodigy", "newsmark-prodigy.jsonl"},
	} {
		if got := exportName(tt.project, tt.format); got != tt.want {
			t.Errorf("exportName(%q, %q) = %q, want %q", tt.project, tt.format, got, tt.want)
		}
	}
}

// Naming another analyst (the first-run question, or Settings) switches
// the window to their layer at once: the list's counts and the open
// document are read from it, without a restart.
func TestNamingTheAnalystShowsTheirLayer(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("harbour", "The harbour will close on Friday, the mayor said.")
	ctx := context.Background()
	if _, err := f.m.ctl.Store().Apply(ctx, "ben", annotate.Edit{Doc: "harbour", Summary: "tag", Ops: []annotate.Op{
		{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 0, End: 32, Label: annotate.LabelStatement}},
		{Kind: annotate.OpSetStatus, Status: annotate.StatusDone}}}); err != nil {
		t.Fatal(err)
	}
	if n := len(f.m.ctl.Annotations().Spans); n != 0 {
		t.Fatalf("ana's layer shows %d spans before anything is tagged in it", n)
	}
	f.m.setAnalyst("ben")
	i := slices.IndexFunc(f.m.ctl.Documents(), func(d store.DocSummary) bool { return d.ID == "harbour" })
	if got := f.m.ctl.Documents(); i < 0 || got[i].Spans != 1 || got[i].Status != annotate.StatusDone {
		t.Errorf("the list after naming ben: %+v, want harbour with his one span, done", got)
	}
	if a := f.m.ctl.Annotations(); a == nil || len(a.Spans) != 1 {
		t.Errorf("the open document after naming ben: %+v, want his statement", a)
	}
}
