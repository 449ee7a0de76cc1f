package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/annotate/dataset"
)

// exportExtension is the file name extension each format is written with.
func exportExtension(format string) string {
	if format == dataset.FormatBrat {
		return ".zip"
	}
	return ".jsonl" // every other format is one JSON object per line
}

// exportDialog is File › Export…: the format and options, then where to
// save, then a progress bar with Cancel and what was written.
func (m *mainWindow) exportDialog() {
	if !m.needStore() {
		return
	}
	format := widget.NewSelect(dataset.Formats, nil)
	format.SetSelected(dataset.FormatNewsmark)
	offsets := widget.NewSelect([]string{dataset.UnitCodepoint, dataset.UnitUTF16, dataset.UnitUTF8}, nil)
	offsets.SetSelected(dataset.UnitCodepoint)
	suggestions := widget.NewCheck("Include pending suggestions", nil)
	onlyDone := widget.NewCheck("Only documents marked done", nil)
	split := widget.NewEntry()
	split.SetPlaceHolder("e.g. train .8 dev .1 test .1 (empty: one file)")
	layerSel, layer := m.layerChoice()
	var d *dialog.FormDialog
	d = dialog.NewForm("Export dataset", "Choose file…", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Format", format),
		widget.NewFormItem("Offsets", offsets),
		widget.NewFormItem("Layer", layerSel),
		widget.NewFormItem("", suggestions),
		widget.NewFormItem("", onlyDone),
		widget.NewFormItem("Split", split),
	}, func(ok bool) {
		if !ok {
			return
		}
		opt := dataset.Options{Format: format.Selected, Offsets: offsets.Selected, IncludeSuggestions: suggestions.Checked, Layer: layer()}
		if onlyDone.Checked {
			opt.Status = annotate.StatusDone
		}
		if s := strings.TrimSpace(split.Text); s != "" {
			parts, err := dataset.ParseSplit(s)
			if err != nil {
				m.showError(fmt.Errorf("The split %q is not understood: %w", s, err))
				return
			}
			opt.Split = parts
		}
		m.chooseExportFile(opt)
	}, m.win)
	m.showModal(d, d.Submit, nil)
}

// exportName is the file name the save dialog suggests: the project's
// name and the format, as in "elections-stance.jsonl".
func exportName(project, format string) string {
	base := strings.TrimSuffix(filepath.Base(project), filepath.Ext(project))
	if base == "" || base == "." || base == string(filepath.Separator) {
		base = "newsmark"
	}
	return base + "-" + format + exportExtension(format)
}

func (m *mainWindow) chooseExportFile(opt dataset.Options) {
	// The export writes beside the chosen file and renames, and a split
	// writes other names: the empty file the dialog made is removed.
	m.choosePathToSave(exportName(m.ctl.Store().Path(), opt.Format), func(path string) { m.export(path, opt) })
}

// export writes the dataset with a progress bar and Cancel, then says what
// was written.
func (m *mainWindow) export(path string, opt dataset.Options) {
	st := m.ctl.Store()
	var sum dataset.Summary
	var err error
	analyst := m.ctl.Analyst()
	m.withProgress("Exporting", func(ctx context.Context, progress func(done, total int)) {
		if opt.Layer == "" { // as the command line: gold when there is one, else the analyst's own
			if opt.Layer, err = dataset.DefaultLayer(ctx, st, analyst); err != nil {
				return
			}
		}
		sum, err = dataset.Export(ctx, st, path, nil, opt, progress)
	}, func() {
		title, msg := exportSummary(sum, err)
		m.showInfo(title, msg)
	})
}

// exportSummary says in words what an export wrote, or why it did not.
func exportSummary(sum dataset.Summary, err error) (title, msg string) {
	switch {
	case errors.Is(err, context.Canceled):
		return "Export cancelled", "Nothing was written."
	case errors.Is(err, dataset.ErrSpanText):
		return "Export stopped", "A span's offsets do not match its text, so nothing was written: " + err.Error()
	case err != nil:
		return "Export failed", "Nothing was written: " + explain(err) + "."
	}
	files := make([]string, len(sum.Files))
	for i, f := range sum.Files {
		files[i] = filepath.Base(f)
	}
	return "Export done", fmt.Sprintf("Wrote %s, %s, %s and %s to %s.",
		plural(sum.Documents, "document", "documents"), plural(sum.Spans, "span", "spans"),
		plural(sum.Relations, "relation", "relations"), plural(sum.Stances, "stance", "stances"),
		strings.Join(files, ", "))
}
