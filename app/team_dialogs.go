package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate/team"
	"newsmark/store"
)

// Where File › Hand out to analysts… puts the analysts' work.
const (
	handOutFiles  = "a project file per analyst, in a folder"
	handOutQueues = "queues in this project (on the server)"
)

// handOutDialog is File › Hand out to analysts…: who, how many analysts per
// document, the calibration documents, the seed, where (files in a folder,
// or queues in this team project), and what each analyst starts from; then
// team.Assign with a progress bar and Cancel, and what each analyst got.
func (m *mainWindow) handOutDialog() {
	if !m.needStore() {
		return
	}
	st := m.ctl.Store()
	analysts := widget.NewEntry()
	analysts.SetPlaceHolder("ana, ben, cai")
	perDoc := widget.NewEntry()
	perDoc.SetText("2")
	calibration := widget.NewEntry()
	calibration.SetText("0")
	seed := widget.NewEntry()
	seed.SetText("1")
	folder := widget.NewEntry()
	folder.SetText(filepath.Join(m.startDir("handout"), "handout"))
	where := widget.NewRadioGroup([]string{handOutFiles, handOutQueues}, func(s string) {
		if s == handOutQueues {
			folder.Disable()
		} else {
			folder.Enable()
		}
	})
	where.SetSelected(handOutFiles)
	if store.IsServer(st.Path()) {
		where.SetSelected(handOutQueues)
	} else {
		where.Disable() // a file's analysts get files of their own
	}
	suggestions := widget.NewCheck("Include pending suggestions", nil)
	annotations := widget.NewCheck("Copy my accepted annotations as each analyst's starting layer", nil)
	problem := widget.NewLabel("")
	problem.Wrapping = fyne.TextWrapWord
	problem.Importance = widget.DangerImportance
	var d *dialog.FormDialog
	d = dialog.NewForm("Hand out to analysts", "Hand out", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Analysts", analysts),
		widget.NewFormItem("Analysts per document", perDoc),
		widget.NewFormItem("Calibration documents", calibration),
		widget.NewFormItem("Seed", seed),
		widget.NewFormItem("Where", where),
		widget.NewFormItem("Folder", folder),
		widget.NewFormItem("", suggestions),
		widget.NewFormItem("", annotations),
		widget.NewFormItem("", problem),
	}, func(ok bool) {
		if !ok {
			return
		}
		opt, err := handOutOptions(analysts.Text, perDoc.Text, calibration.Text, seed.Text)
		if err == nil && where.Selected != handOutQueues {
			opt.Dir = strings.TrimSpace(folder.Text)
			if opt.Dir == "" {
				err = errors.New("name the folder the analysts' files go to")
			}
		}
		if err != nil {
			problem.SetText(err.Error())
			d.Show()
			return
		}
		opt.Layer, opt.Suggestions, opt.Annotations = m.ctl.Analyst(), suggestions.Checked, annotations.Checked
		if opt.Dir != "" {
			m.app.Preferences().SetString(prefChooserDir+"handout", filepath.Dir(opt.Dir))
		}
		m.handOut(opt)
	}, m.win)
	d.Resize(fyne.NewSize(640, 0))
	m.showModal(d, d.Submit, nil)
}

// handOutOptions reads the hand-out form's fields.
func handOutOptions(analysts, perDoc, calibration, seed string) (team.AssignOptions, error) {
	var opt team.AssignOptions
	for _, a := range strings.Split(analysts, ",") {
		if a = strings.TrimSpace(a); a != "" {
			if err := store.CheckAnalyst(a); err != nil {
				return opt, fmt.Errorf("the analyst %q: %w", a, err)
			}
			opt.Analysts = append(opt.Analysts, a)
		}
	}
	if len(opt.Analysts) == 0 {
		return opt, errors.New("name the analysts, separated by commas")
	}
	var err error
	if opt.PerDoc, err = strconv.Atoi(strings.TrimSpace(perDoc)); err != nil || opt.PerDoc < 1 || opt.PerDoc > len(opt.Analysts) {
		return opt, fmt.Errorf("analysts per document: a number from 1 to %d (the analysts named)", len(opt.Analysts))
	}
	if opt.Calibration, err = strconv.Atoi(strings.TrimSpace(calibration)); err != nil || opt.Calibration < 0 {
		return opt, errors.New("calibration documents: a number, 0 for none")
	}
	if opt.Seed, err = strconv.ParseUint(strings.TrimSpace(seed), 10, 64); err != nil {
		return opt, errors.New("seed: a whole number (the same seed hands out the same way)")
	}
	return opt, nil
}

// handOut runs team.Assign with a progress bar and Cancel, then says what
// each analyst got.
func (m *mainWindow) handOut(opt team.AssignOptions) {
	st := m.ctl.Store()
	var res *team.Assignment
	var err error
	m.withProgress("Handing out", func(ctx context.Context, progress func(done, total int)) {
		defer st.Activity(ctx, opt.Layer, "a hand-out to "+strings.Join(opt.Analysts, ", "))()
		res, err = team.Assign(ctx, st, opt, progress)
	}, func() {
		title, msg := handOutSummary(res, opt, err)
		m.showInfo(title, msg)
		m.ctl.ReloadDocuments(nil)
	})
}

// handOutSummary says what a hand-out gave each analyst, or why nothing.
func handOutSummary(res *team.Assignment, opt team.AssignOptions, err error) (title, msg string) {
	switch {
	case errors.Is(err, context.Canceled):
		return "Hand-out cancelled", "Nothing was handed out."
	case errors.Is(err, team.ErrExists):
		return "Hand-out stopped", "Nothing was handed out: " + explain(err) + ". Choose an empty folder."
	case err != nil:
		return "Hand-out failed", "Nothing was handed out: " + explain(err) + "."
	}
	var lines []string
	for _, a := range opt.Analysts {
		where := "their queue in this project"
		if f := res.Files[a]; f != "" {
			where = f
		}
		lines = append(lines, fmt.Sprintf("%s: %s — %s", a, plural(len(res.Documents[a]), "document", "documents"), where))
	}
	if len(res.Calibration) > 0 {
		lines = append(lines, fmt.Sprintf("Everyone got the %s to calibrate on.", plural(len(res.Calibration), "calibration document", "calibration documents")))
	}
	return "Handed out", strings.Join(lines, "\n")
}

// mergeDialog is File › Merge analysts' projects…: the analysts' files (or
// folders of them) ticked, whether to import documents this project lacks
// (--add-missing), then team.Merge with a progress bar and Cancel, and what
// each file brought or which file could not be merged and why.
func (m *mainWindow) mergeDialog() {
	if !m.needStore() {
		return
	}
	ch := m.newFileChooser(pickMany, []string{".newsmark"}, m.startDir("merge"))
	ch.done = func(paths []string) {
		m.app.Preferences().SetString(prefChooserDir+"merge", ch.dir)
		files, err := projectFiles(paths)
		if err != nil {
			m.showError(err)
			return
		}
		addMissing := widget.NewCheck("Import the documents this project lacks (--add-missing)", nil)
		list := widget.NewLabel(strings.Join(baseNames(files), "\n"))
		list.Wrapping = fyne.TextWrapWord
		d := dialog.NewCustomConfirm("Merge analysts' projects", "Merge", "Cancel",
			widget.NewForm(widget.NewFormItem("Files", list), widget.NewFormItem("", addMissing)), func(ok bool) {
				if ok {
					m.merge(files, team.MergeOptions{AddMissing: addMissing.Checked})
				}
			}, m.win)
		m.showModal(d, func() { d.Hide(); m.merge(files, team.MergeOptions{AddMissing: addMissing.Checked}) }, nil)
	}
	ch.show("Merge analysts' projects", "Next")
}

// projectFiles are the project files among paths: a folder stands for the
// .newsmark files in it.
func projectFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if !fi.IsDir() {
			out = append(out, p)
			continue
		}
		in, _ := filepath.Glob(filepath.Join(p, "*.newsmark"))
		if len(in) == 0 {
			return nil, fmt.Errorf("the folder %s holds no project file (.newsmark)", p)
		}
		out = append(out, in...)
	}
	sort.Strings(out)
	return out, nil
}

func baseNames(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.Base(p)
	}
	return out
}

// merge runs team.Merge with a progress bar and Cancel, then says what
// each file brought.
func (m *mainWindow) merge(files []string, opt team.MergeOptions) {
	st := m.ctl.Store()
	actor := m.ctl.Analyst()
	var res []team.FileMerge
	var err error
	m.withProgress("Merging", func(ctx context.Context, progress func(done, total int)) {
		defer st.Activity(ctx, actor, "a merge of "+plural(len(files), "analyst's file", "analysts' files"))()
		res, err = team.Merge(ctx, st, actor, files, opt, progress)
	}, func() {
		title, msg := mergeSummary(files, res, err)
		m.showInfo(title, msg)
		m.ctl.ReloadDocuments(nil)
		for _, f := range m.team.watchers {
			f(nil) // the overview, agreement and adjudication count the new layers
		}
	})
}

// mergeSummary says what a merge did per file, or which file stopped it.
func mergeSummary(files []string, res []team.FileMerge, err error) (title, msg string) {
	switch {
	case errors.Is(err, context.Canceled):
		return "Merge cancelled", "Nothing was merged."
	case err != nil:
		return "Merge stopped", "Nothing was merged: " + mergeProblem(files, err) + "."
	}
	var lines []string
	for _, fm := range res {
		line := fmt.Sprintf("%s: %s, %s, %d changed", filepath.Base(fm.File), strings.Join(fm.Layers, ", "),
			plural(fm.Documents, "document", "documents"), fm.Changed)
		if fm.Added > 0 {
			line += fmt.Sprintf(", %d added", fm.Added)
		}
		lines = append(lines, line)
	}
	return "Merged", strings.Join(lines, "\n")
}

// mergeProblem says which file stopped a merge and why, in words: the
// team package's own reasons as they are, an engine's put into words.
func mergeProblem(files []string, err error) string {
	name := ""
	for _, f := range files {
		if strings.Contains(err.Error(), f) {
			name = filepath.Base(f) + " "
		}
	}
	switch {
	case errors.Is(err, store.ErrNotProject):
		return name + "is not a Newsmark project"
	case errors.Is(err, team.ErrSchema), errors.Is(err, team.ErrMissing), errors.Is(err, store.ErrLayerSource):
		return err.Error()
	case name != "":
		return name + "could not be merged: " + explain(err)
	}
	return explain(err)
}
