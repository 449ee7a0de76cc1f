package app

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
)

// modal is a dialog on screen with what Enter and Esc do in it. Fyne's
// dialogs take neither key, so the window routes them: to the top modal
// when nothing in it has the focus, and through keyEntry and its kin
// when a field does.
type modal struct {
	d          dialog.Dialog
	enter, esc func()
}

// showModal shows d; Enter runs enter (nil: Enter closes it, as Esc does)
// and Esc runs esc (nil: it closes d). When it closes the article view gets
// the keys back.
func (m *mainWindow) showModal(d dialog.Dialog, enter, esc func()) {
	if esc == nil {
		esc = d.Hide
	}
	if enter == nil {
		enter = d.Hide
	}
	md := &modal{d: d, enter: enter, esc: esc}
	m.modals = append(m.modals, md)
	d.SetOnClosed(func() {
		m.modals = slices.DeleteFunc(m.modals, func(x *modal) bool { return x == md })
		if len(m.modals) == 0 {
			m.focusArticle()
		}
	})
	d.Show()
}

// topModal is the dialog on top, nil when none is up.
func (m *mainWindow) topModal() *modal {
	if len(m.modals) == 0 {
		return nil
	}
	return m.modals[len(m.modals)-1]
}

// modalKey gives Enter or Esc to the dialog on top; it reports whether one
// took it.
func (m *mainWindow) modalKey(k fyne.KeyName) bool {
	md := m.topModal()
	if md == nil {
		return false
	}
	switch k {
	case fyne.KeyEscape:
		md.esc()
	case fyne.KeyReturn, fyne.KeyEnter:
		md.enter()
	default:
		return false
	}
	return true
}

// keyEntry is a one-line field in a dialog: Enter submits (OnSubmitted)
// and Esc cancels the dialog, which a plain Entry keeps to itself.
type keyEntry struct {
	widget.Entry
	onEsc func()
}

func (m *mainWindow) newKeyEntry() *keyEntry {
	e := &keyEntry{onEsc: func() { m.modalKey(fyne.KeyEscape) }}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey gives Esc to the dialog.
func (e *keyEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEsc != nil {
		e.onEsc()
		return
	}
	e.Entry.TypedKey(ev)
}

// keySelectEntry is a SelectEntry whose Esc cancels the dialog.
type keySelectEntry struct {
	widget.SelectEntry
	onEsc func()
}

func (m *mainWindow) newKeySelectEntry(options []string) *keySelectEntry {
	e := &keySelectEntry{onEsc: func() { m.modalKey(fyne.KeyEscape) }}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.SetOptions(options)
	return e
}

// TypedKey gives Esc to the dialog.
func (e *keySelectEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEsc != nil {
		e.onEsc()
		return
	}
	e.SelectEntry.TypedKey(ev)
}

// keyList is a list in a dialog: Up and Down move, Enter picks the row
// (as Space does) and Esc cancels.
type keyList struct {
	widget.List
	onEsc func()
}

func (m *mainWindow) newKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *keyList {
	l := &keyList{onEsc: func() { m.modalKey(fyne.KeyEscape) }}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey picks on Enter and cancels on Esc.
func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	case fyne.KeyEscape:
		if l.onEsc != nil {
			l.onEsc()
		}
	default:
		l.List.TypedKey(ev)
	}
}

// showError shows err in words in a dialog that Enter and Esc close.
func (m *mainWindow) showError(err error) {
	m.showModal(dialog.NewError(err, m.win), nil, nil)
}

// showInfo shows a message in a dialog that Enter and Esc close.
func (m *mainWindow) showInfo(title, message string) {
	m.showModal(dialog.NewInformation(title, message, m.win), nil, nil)
}

// confirmDone is Ctrl+Enter on a document with suggestions undecided: reject
// them all, leave them pending, or go back. Enter leaves them pending and
// marks the document done (what Ctrl+Enter asked for); Esc goes back.
func (m *mainWindow) confirmDone(pending int) {
	var d *dialog.CustomDialog
	choose := func(reject bool) func() {
		return func() {
			d.Hide()
			m.ctl.FinishDocument(reject)
		}
	}
	reject := widget.NewButton("Reject them, mark done", choose(true))
	leave := widget.NewButton("Leave them, mark done", choose(false))
	leave.Importance = widget.HighImportance
	back := widget.NewButton("Go back", func() { d.Hide() })
	text := widget.NewLabel(fmt.Sprintf("This document still has %s, not accepted or rejected.\n"+
		"An export of accepted work leaves pending suggestions out.", plural(pending, "suggestion pending", "suggestions pending")))
	text.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustomWithoutButtons("Mark done with suggestions pending?", text, m.win)
	d.SetButtons([]fyne.CanvasObject{back, reject, leave})
	d.Resize(fyne.NewSize(560, 180))
	m.showModal(d, choose(false), nil)
}

// confidenceSteps are the thresholds Ctrl+Shift+Enter's dialog offers.
var confidenceSteps = []string{"0.9", "0.8", "0.7", "0.6", "0.5"}

// confirmAcceptAll is Ctrl+Shift+Enter: the pending suggestions counted per
// label, accept them all (Enter) or only those above a confidence, or go
// back (Esc).
func (m *mainWindow) confirmAcceptAll(perLabel map[string]int) {
	ann := m.ctl.Annotations()
	labels := make([]string, 0, len(perLabel))
	total := 0
	for l, n := range perLabel {
		labels = append(labels, l)
		total += n
	}
	order := map[string]int{}
	for i, l := range m.ctl.Schema().LabelNames() {
		order[l] = i + 1
	}
	sort.Slice(labels, func(i, j int) bool {
		if order[labels[i]] != order[labels[j]] {
			return order[labels[i]] < order[labels[j]]
		}
		return labels[i] < labels[j]
	})
	var lines []string
	for _, l := range labels {
		lines = append(lines, fmt.Sprintf("%s %s", count(perLabel[l]), l))
	}
	counts := widget.NewLabel(strings.Join(lines, " · "))
	counts.Wrapping = fyne.TextWrapWord
	above := func(min float64) int {
		n := 0
		for _, s := range ann.Spans {
			if s.Status == annotate.SpanPending && s.Confidence >= min {
				n++
			}
		}
		return n
	}
	var d *dialog.CustomDialog
	threshold := widget.NewSelect(confidenceSteps, nil)
	some := widget.NewButton("", nil)
	minOf := func() float64 {
		f, _ := strconv.ParseFloat(threshold.Selected, 64)
		return f
	}
	threshold.OnChanged = func(string) {
		some.SetText(fmt.Sprintf("Accept %s ≥ %s", count(above(minOf())), threshold.Selected))
	}
	threshold.SetSelected("0.8")
	some.OnTapped = func() {
		d.Hide()
		m.ctl.AcceptConfident(minOf())
	}
	acceptAll := func() {
		d.Hide()
		m.ctl.AcceptAll()
	}
	all := widget.NewButton(fmt.Sprintf("Accept all %s", count(total)), acceptAll)
	all.Importance = widget.HighImportance
	back := widget.NewButton("Go back", func() { d.Hide() })
	body := container.NewVBox(
		widget.NewLabel(fmt.Sprintf("Accept the %s of this document?", plural(total, "pending suggestion", "pending suggestions"))),
		counts,
		container.NewBorder(nil, nil, widget.NewLabel("or only those of confidence at least"), nil, threshold),
	)
	d = dialog.NewCustomWithoutButtons("Accept suggestions", body, m.win)
	d.SetButtons([]fyne.CanvasObject{back, some, all})
	d.Resize(fyne.NewSize(560, 220))
	m.showModal(d, acceptAll, nil)
}
