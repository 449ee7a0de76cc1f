package app

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate/agree"
	"newsmark/annotate/team"
	"newsmark/store"
)

// background runs long work (an agreement report) on a goroutine of its
// own, so the store worker stays free for edits; tests run it inline.
var background = func(f func()) { go f() }

// agreementView is View › Agreement: the project's agreement report as
// the command line prints it, laid out to read. Every figure has what it
// used and excluded beside it; an undefined one says why in words. The
// per-document table lists the documents that disagree most first; Enter
// or a double-click opens one in the adjudication view.
type agreementView struct {
	m   *mainWindow
	win fyne.Window

	analysts *widget.CheckGroup
	compute  *widget.Button
	csv      *widget.Button
	bar      *widget.ProgressBar
	cancel   *widget.Button
	status   *widget.Label
	measure  *widget.Select
	body     *fyne.Container // the report's sections
	docs     *docTable

	report *agree.Report
	stop   context.CancelFunc
}

// pairMeasures are the figures the pairwise matrix can show.
var pairMeasures = []string{"F1 overlap", "F1 exact", "attribution F1", "stance κ", "α_U"}

func pairFigure(p agree.PairFigures, measure string) agree.Result {
	switch measure {
	case "F1 exact":
		return p.F1Exact
	case "attribution F1":
		return p.AttributionF1
	case "stance κ":
		return p.StanceKappa
	case "α_U":
		return p.AlphaU
	}
	return p.F1Overlap
}

// showAgreement opens the agreement window and computes the report for
// every analyst of the project.
func (m *mainWindow) showAgreement() *agreementView {
	st := m.ctl.Store()
	if st == nil {
		m.ctl.say("open a project first")
		return nil
	}
	v := &agreementView{m: m, win: m.app.NewWindow("Agreement · " + m.project)}
	v.analysts = widget.NewCheckGroup(nil, nil)
	v.analysts.Horizontal = true
	v.compute = widget.NewButton("Compute", func() { v.run() })
	v.compute.Importance = widget.HighImportance
	v.csv = widget.NewButton("Write CSV diagnosis…", v.chooseCSVFolder)
	v.csv.Disable()
	v.bar = widget.NewProgressBar()
	v.cancel = widget.NewButton("Cancel", func() {
		if v.stop != nil {
			v.stop()
		}
	})
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapWord
	v.measure = widget.NewSelect(pairMeasures, func(string) { v.showReport() })
	v.measure.Selected = pairMeasures[0]
	v.body = container.NewVBox()
	v.docs = newDocTable(v.openDoc)

	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel("Analysts:"), container.NewHBox(v.compute, v.csv), v.analysts),
		container.NewBorder(nil, nil, nil, v.cancel, v.bar),
		v.status)
	docsPane := container.NewBorder(widget.NewLabelWithStyle("Documents, most disagreements first (Enter or double-click: adjudicate)",
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, v.docs)
	split := container.NewVSplit(container.NewVScroll(v.body), docsPane)
	split.Offset = 0.62
	v.win.SetContent(container.NewBorder(top, nil, nil, nil, split))
	v.win.Resize(fyne.NewSize(1100, 760))
	v.win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			v.win.Close()
		}
	})
	// Others' work arriving (a team project, or a merge from this window)
	// computes the figures again, unless a computation is under way.
	unwatch := m.onTeamChange(func([]store.Change) {
		if v.report != nil && !v.cancel.Visible() && len(v.analysts.Selected) >= 2 {
			v.run()
		}
	})
	v.win.SetOnClosed(func() {
		unwatch()
		if v.stop != nil {
			v.stop()
		}
	})
	v.win.Show()

	v.setBusy(true, "reading the project's analysts…")
	m.ctl.run(func() {
		names, err := st.Analysts(context.Background())
		m.ctl.ui(func() {
			if err != nil {
				v.setBusy(false, "could not read the analysts: "+explain(err))
				return
			}
			v.analysts.Options = names
			v.analysts.Selected = slices.Clone(names)
			v.analysts.Refresh()
			if len(names) < 2 {
				v.setBusy(false, fmt.Sprintf("this project has %s; agreement compares two or more (File › Merge analysts' projects)",
					plural(len(names), "analyst layer", "analyst layers")))
				return
			}
			v.run()
		})
	})
	return v
}

// setBusy shows or hides the progress bar and Cancel, with a line saying
// what happens.
func (v *agreementView) setBusy(busy bool, line string) {
	if busy {
		v.bar.SetValue(0)
		v.bar.Show()
		v.cancel.Show()
		v.compute.Disable()
	} else {
		v.bar.Hide()
		v.cancel.Hide()
		v.compute.Enable()
	}
	setText(v.status, line)
}

// run computes the report for the analysts ticked, off the UI goroutine,
// with progress; Cancel (or closing the window) stops it.
func (v *agreementView) run() {
	chosen := slices.Clone(v.analysts.Selected)
	if len(chosen) < 2 {
		setText(v.status, "tick two or more analysts to compare")
		return
	}
	if v.stop != nil {
		v.stop()
	}
	ctx, stop := context.WithCancel(context.Background())
	v.stop = stop
	st := v.m.ctl.Store()
	ui := v.m.ctl.ui
	v.setBusy(true, "computing the agreement of "+strings.Join(chosen, ", ")+"…")
	background(func() {
		rep, err := team.Agreement(ctx, st, team.AgreementOptions{Analysts: chosen}, func(done, total int) {
			if total > 0 {
				f := float64(done) / float64(total)
				ui(func() { v.bar.SetValue(f) })
			}
		})
		ui(func() {
			if ctx.Err() != nil {
				v.setBusy(false, "cancelled; Compute starts again")
				return
			}
			stop()
			if err != nil {
				v.setBusy(false, "could not compute the agreement: "+explain(err))
				return
			}
			v.report = rep
			line := fmt.Sprintf("%d analysts: %s · %s compared (%d annotated by every analyst), %d skipped (fewer than two analysts)",
				len(rep.Analysts), strings.Join(rep.Analysts, ", "), plural(rep.Documents, "document", "documents"), rep.Complete, rep.Skipped)
			if len(rep.Idle) > 0 {
				line += " · not compared, no work yet: " + strings.Join(rep.Idle, ", ")
			}
			v.setBusy(false, line)
			v.csv.Enable()
			v.showReport()
		})
	})
}

// figureText is one figure as the window shows it: the value (or
// "undefined: why") and, beside it, what it used and excluded.
func figureText(r agree.Result) string {
	val := "undefined: " + r.Reason
	if r.Defined {
		val = fmt.Sprintf("%.2f", r.Value)
		if val == "-0.00" {
			val = "0.00"
		}
	}
	unit := r.Unit
	if unit == "" {
		unit = "items"
	}
	if r.Used == 1 {
		unit = strings.TrimSuffix(unit, "s")
	}
	return fmt.Sprintf("%s\nused %d %s, excluded %d", val, r.Used, unit, r.ExcludedCount())
}

// grid is a table of labels: a bold header row, then the rows. Each row is
// a grid of its own, so a row is as tall as its own cells (one grid would
// make every row as tall as the tallest); equal columns keep them aligned.
func grid(head []string, rows [][]string) fyne.CanvasObject {
	out := container.NewVBox()
	h := container.New(layout.NewGridLayoutWithColumns(len(head)))
	for _, c := range head {
		h.Add(widget.NewLabelWithStyle(c, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	out.Add(h)
	for _, r := range rows {
		row := container.New(layout.NewGridLayoutWithColumns(len(head)))
		for _, c := range r {
			l := widget.NewLabel(c)
			l.Wrapping = fyne.TextWrapWord
			row.Add(l)
		}
		out.Add(row)
	}
	return out
}

// showReport lays the report out: spans per label and overall,
// attribution, stance, attributes, document labels, the pairwise matrix,
// and the per-document table.
func (v *agreementView) showReport() {
	r := v.report
	if r == nil {
		return
	}
	v.body.RemoveAll()
	var rows [][]string
	for _, s := range r.Spans {
		name := s.Label
		if name == "" {
			name = "all labels"
		}
		rows = append(rows, []string{name, fmt.Sprintf("%d units\n%d all agree", s.Units, s.Agreed),
			figureText(s.F1Exact), figureText(s.F1Overlap), figureText(s.AlphaU)})
	}
	v.body.Add(heading("Spans"))
	v.body.Add(grid([]string{"label", "units", "F1 exact", "F1 overlap", "α_U"}, rows))

	v.body.Add(heading("Attribution, on statements two analysts both tagged"))
	v.body.Add(grid([]string{"speaker (entity level)", "cue", "attribution F1"},
		[][]string{{figureText(r.Attribution.Speaker), figureText(r.Attribution.Cue), figureText(r.Attribution.F1)}}))

	v.body.Add(heading("Stance per (statement, target)"))
	v.body.Add(grid([]string{"Cohen's κ", "Fleiss' κ", "Krippendorff's α", "Gwet's AC1", "percent agreement"},
		[][]string{{figureText(r.Stance.Kappa), figureText(r.Stance.Fleiss), figureText(r.Stance.Alpha),
			figureText(r.Stance.AC1), figureText(r.Stance.Percent)}}))

	for _, sec := range []struct {
		title string
		list  []agree.NamedResult
	}{{"Span attributes (Krippendorff's α, nominal)", r.Attributes}, {"Document labels (Krippendorff's α, nominal)", r.DocLabels}} {
		if len(sec.list) == 0 {
			continue
		}
		var rows [][]string
		for _, a := range sec.list {
			rows = append(rows, []string{a.Name, figureText(a.Alpha)})
		}
		v.body.Add(heading(sec.title))
		v.body.Add(grid([]string{"name", "α"}, rows))
	}

	if len(r.Analysts) >= 2 {
		v.body.Add(container.NewHBox(heading("Analyst pairs"), v.measure))
		head := append([]string{""}, r.Analysts...)
		var rows [][]string
		for _, a := range r.Analysts {
			row := []string{a}
			for _, b := range r.Analysts {
				cell := "—"
				for _, p := range r.Pairs {
					if (p.A == a && p.B == b) || (p.A == b && p.B == a) {
						cell = figureText(pairFigure(p, v.measure.Selected)) + fmt.Sprintf("\n%s", plural(p.Documents, "document", "documents"))
					}
				}
				row = append(row, cell)
			}
			rows = append(rows, row)
		}
		v.body.Add(grid(head, rows))
	}
	v.body.Add(widget.NewLabel(fmt.Sprintf("Diagnosis: %s; Write CSV diagnosis… lists every one.",
		plural(len(r.Diagnosis), "disagreement", "disagreements"))))
	for _, d := range v.m.ctl.Documents() {
		v.docs.titles[d.ID] = d.Title
	}
	v.docs.set(r.PerDocument)
}

// chooseCSVFolder asks for a folder and writes the CSV diagnosis there.
func (v *agreementView) chooseCSVFolder() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		v.writeCSV(dir.Path())
	}, v.win)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// writeCSV writes the report's CSV files into dir off the UI goroutine.
func (v *agreementView) writeCSV(dir string) {
	rep := v.report
	if rep == nil {
		return
	}
	setText(v.status, "writing the CSV diagnosis to "+dir+"…")
	ui := v.m.ctl.ui
	background(func() {
		err := rep.WriteCSV(dir)
		ui(func() {
			if err != nil {
				setText(v.status, "could not write the CSV diagnosis: "+explain(err))
				return
			}
			setText(v.status, fmt.Sprintf("wrote the CSV diagnosis (%s) to %s", agree.DiagnosisCSV, filepath.Clean(dir)))
		})
	})
}

// openDoc opens a document of the table in the adjudication view of the
// main window, and brings that window forward.
func (v *agreementView) openDoc(id string) {
	v.m.openAdjudication(id)
	v.m.win.RequestFocus()
}

// docTable is the per-document table: one row a document, the most
// disagreements first. Enter opens the row selected; so does a
// double-click.
type docTable struct {
	widget.List
	rows   []agree.DocFigures
	titles map[string]string
	sel    int
	open   func(id string)
}

func newDocTable(open func(id string)) *docTable {
	t := &docTable{sel: -1, open: open, titles: map[string]string{}}
	t.Length = func() int { return len(t.rows) }
	t.CreateItem = func() fyne.CanvasObject { return newDocRow(t) }
	t.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) {
		row := o.(*docRow)
		row.index = i
		d := t.rows[i]
		row.SetText(docRowText(d, t.titles[d.ID]))
	}
	t.OnSelected = func(i widget.ListItemID) { t.sel = i }
	t.ExtendBaseWidget(t)
	return t
}

// docRowText is one row of the per-document table.
func docRowText(d agree.DocFigures, title string) string {
	var by []string
	for _, a := range []agree.Aspect{agree.AspectSpan, agree.AspectSpeaker, agree.AspectCue, agree.AspectNestedIn,
		agree.AspectStance, agree.AspectAttributes, agree.AspectDocLabel} {
		if n := d.ByAspect[a]; n > 0 {
			by = append(by, fmt.Sprintf("%s %d", a, n))
		}
	}
	name := d.ID
	if len(name) > 12 {
		name = name[:12]
	}
	if title != "" {
		name = clip(title, 60) + " (" + name + ")"
	}
	return fmt.Sprintf("%s · %s · %d units, %d agreed · %s%s", name, plural(d.Analysts, "analyst", "analysts"),
		d.Units, d.Agreed, plural(d.Disagreements, "disagreement", "disagreements"), strings.TrimSuffix(" ("+strings.Join(by, ", ")+")", " ()"))
}

func (t *docTable) set(rows []agree.DocFigures) {
	t.rows = rows
	t.sel = -1
	t.UnselectAll()
	t.Refresh()
}

// TypedKey opens the selected document on Enter.
func (t *docTable) TypedKey(ev *fyne.KeyEvent) {
	if (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && t.sel >= 0 && t.sel < len(t.rows) {
		t.open(t.rows[t.sel].ID)
		return
	}
	t.List.TypedKey(ev)
}

// docRow is one row; a double-click opens its document.
type docRow struct {
	widget.Label
	t     *docTable
	index int
}

func newDocRow(t *docTable) *docRow {
	r := &docRow{t: t}
	r.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

// Tapped selects the row (a label takes the tap before the list does).
func (r *docRow) Tapped(*fyne.PointEvent) {
	r.t.Select(r.index)
}

// DoubleTapped opens the row's document.
func (r *docRow) DoubleTapped(*fyne.PointEvent) {
	if r.index < len(r.t.rows) {
		r.t.Select(r.index)
		r.t.open(r.t.rows[r.index].ID)
	}
}
