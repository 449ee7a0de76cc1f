package agree

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
)

// WriteJSON writes the whole report as indented JSON; undefined figures
// have "value": null and their reason.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("write agreement JSON: %w", err)
	}
	return nil
}

// The files WriteCSV writes.
const (
	SummaryCSV   = "summary.csv"
	PairsCSV     = "pairs.csv"
	DocumentsCSV = "documents.csv"
	DiagnosisCSV = "diagnosis.csv"
)

// WriteCSV writes the report into dir (created if missing) as four files:
// summary.csv (every figure with its counts), pairs.csv (the pairwise
// matrix), documents.csv (the per-document table) and diagnosis.csv (every
// disagreement, one column per analyst). Each file is written to a temporary
// name and renamed, so a failure never leaves half a file.
func (r *Report) WriteCSV(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write agreement CSV: %w", err)
	}
	files := []struct {
		name string
		rows [][]string
	}{
		{SummaryCSV, r.summaryRows()},
		{PairsCSV, r.pairRows()},
		{DocumentsCSV, r.documentRows()},
		{DiagnosisCSV, r.diagnosisRows()},
	}
	for _, f := range files {
		if err := writeCSVFile(filepath.Join(dir, f.name), f.rows); err != nil {
			return err
		}
	}
	return nil
}

func writeCSVFile(path string, rows [][]string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	w := csv.NewWriter(tmp)
	if err := w.WriteAll(rows); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// csvValue is a figure's value for a spreadsheet: empty when undefined.
func csvValue(f float64, ok bool) string {
	if !ok {
		return ""
	}
	return strconv.FormatFloat(f, 'f', 6, 64)
}

// excludedText renders a figure's exclusions: "8 single-rated; 2 documents
// not annotated by every analyst".
func excludedText(r Result) string {
	var parts []string
	for _, e := range r.Excluded {
		if e.Unit != "" && e.Unit != r.Unit {
			parts = append(parts, fmt.Sprintf("%d %s %s", e.Count, e.Unit, e.Reason))
		} else {
			parts = append(parts, fmt.Sprintf("%d %s", e.Count, e.Reason))
		}
	}
	return strings.Join(parts, "; ")
}

// figure is one named figure of the summary.
type figure struct {
	section, name string
	r             Result
}

func (r *Report) figures() []figure {
	var out []figure
	for _, s := range r.Spans {
		name := s.Label
		if name == "" {
			name = "all labels"
		}
		out = append(out, figure{"spans", name, s.F1Exact}, figure{"spans", name, s.F1Overlap}, figure{"spans", name, s.AlphaU})
	}
	out = append(out,
		figure{"attribution", "speaker", r.Attribution.Speaker},
		figure{"attribution", "cue", r.Attribution.Cue},
		figure{"attribution", "attribution F1", r.Attribution.F1})
	for _, s := range []Result{r.Stance.Kappa, r.Stance.Fleiss, r.Stance.Alpha, r.Stance.AC1, r.Stance.Percent} {
		out = append(out, figure{"stance", "stance", s})
	}
	for _, a := range r.Attributes {
		out = append(out, figure{"attributes", a.Name, a.Alpha})
	}
	for _, a := range r.DocLabels {
		out = append(out, figure{"document labels", a.Name, a.Alpha})
	}
	return out
}

func (r *Report) summaryRows() [][]string {
	rows := [][]string{{"section", "name", "measure", "value", "defined", "reason", "used", "unit", "agreeing", "excluded", "observed", "expected"}}
	for _, f := range r.figures() {
		obs, exp := "", ""
		if f.r.Observed != 0 || f.r.Expected != 0 {
			obs, exp = csvValue(f.r.Observed, true), csvValue(f.r.Expected, true)
		}
		agreeing := ""
		if f.r.Matches > 0 {
			agreeing = strconv.Itoa(f.r.Matches)
		}
		rows = append(rows, []string{f.section, f.name, f.r.Measure, csvValue(f.r.Value, f.r.Defined),
			strconv.FormatBool(f.r.Defined), f.r.Reason, strconv.Itoa(f.r.Used), f.r.Unit, agreeing,
			excludedText(f.r), obs, exp})
	}
	return rows
}

func (r *Report) pairRows() [][]string {
	head := []string{"a", "b", "documents"}
	for _, n := range []string{"f1_exact", "f1_overlap", "attribution_f1", "stance_kappa", "alpha_u"} {
		head = append(head, n, n+"_used", n+"_note")
	}
	rows := [][]string{head}
	for _, p := range r.Pairs {
		row := []string{p.A, p.B, strconv.Itoa(p.Documents)}
		for _, f := range []Result{p.F1Exact, p.F1Overlap, p.AttributionF1, p.StanceKappa, p.AlphaU} {
			note := f.Reason
			if ex := excludedText(f); ex != "" {
				note = strings.TrimPrefix(note+"; excluded: "+ex, "; ")
			}
			row = append(row, csvValue(f.Value, f.Defined), strconv.Itoa(f.Used), note)
		}
		rows = append(rows, row)
	}
	return rows
}

var docAspects = []Aspect{AspectSpan, AspectSpeaker, AspectCue, AspectNestedIn, AspectStance, AspectAttributes, AspectDocLabel}

func (r *Report) documentRows() [][]string {
	head := []string{"doc", "analysts", "units", "agreed", "disagreements"}
	for _, a := range docAspects {
		head = append(head, string(a))
	}
	rows := [][]string{head}
	for _, d := range r.PerDocument {
		row := []string{d.ID, strconv.Itoa(d.Analysts), strconv.Itoa(d.Units), strconv.Itoa(d.Agreed), strconv.Itoa(d.Disagreements)}
		for _, a := range docAspects {
			row = append(row, strconv.Itoa(d.ByAspect[a]))
		}
		rows = append(rows, row)
	}
	return rows
}

func (r *Report) diagnosisRows() [][]string {
	head := []string{"doc", "unit", "label", "aspect", "key", "start", "end", "text", "differs"}
	head = append(head, r.Analysts...)
	rows := [][]string{head}
	for _, d := range r.Diagnosis {
		unit, start, end := "", "", ""
		if d.Unit >= 0 {
			unit, start, end = strconv.Itoa(d.Unit), strconv.Itoa(d.Start), strconv.Itoa(d.End)
		}
		row := []string{d.Doc, unit, d.Label, string(d.Aspect), d.Key, start, end, d.Text, d.Differs}
		for _, a := range r.Analysts {
			val := ""
			for _, v := range d.Values {
				if v.Analyst == a {
					val = v.Value
				}
			}
			row = append(row, val)
		}
		rows = append(rows, row)
	}
	return rows
}

// TextDiagnosisRows is how many diagnosis rows WriteText prints; the CSV
// has them all.
const TextDiagnosisRows = 20

// WriteText renders the report for a terminal: aligned columns, each figure
// with what it used and excluded, undefined figures saying why.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	p := func(format string, args ...any) { fmt.Fprintf(tw, format, args...) }
	p("Agreement of %d analysts: %s\n", len(r.Analysts), strings.Join(r.Analysts, ", "))
	if len(r.Idle) > 0 {
		p("Not compared (no work in any document yet): %s\n", strings.Join(r.Idle, ", "))
	}
	p("Documents: %d compared (%d annotated by every analyst); %d skipped (fewer than two analysts)\n\n",
		r.Documents, r.Complete, r.Skipped)

	majority := ""
	if r.Majority > 0 {
		majority = fmt.Sprintf("\t%d agree", r.Majority)
	}
	p("Spans\tunits\tall agree%s\tF1 exact\tF1 overlap\tα_U\n", majority)
	for _, s := range r.Spans {
		name := s.Label
		if name == "" {
			name = "all labels"
		}
		if r.Majority > 0 {
			majority = fmt.Sprintf("\t%d", s.Majority)
		}
		p("  %s\t%d\t%d%s\t%s\t%s\t%s\n", name, s.Units, s.Agreed, majority, s.F1Exact, s.F1Overlap, s.AlphaU)
	}
	p("\nAttribution, on statements two analysts both tagged\n")
	p("  speaker (entity level)\taccuracy %s\n", r.Attribution.Speaker)
	p("  cue\taccuracy %s\n", r.Attribution.Cue)
	p("  attribution F1\t%s\n", r.Attribution.F1)

	p("\nStance per (statement, target)\n")
	for _, s := range []struct {
		name string
		r    Result
	}{{"Cohen's κ", r.Stance.Kappa}, {"Fleiss' κ", r.Stance.Fleiss}, {"Krippendorff's α", r.Stance.Alpha},
		{"Gwet's AC1", r.Stance.AC1}, {"percent agreement", r.Stance.Percent}} {
		p("  %s\t%s\n", s.name, s.r)
	}
	if len(r.Attributes) > 0 {
		p("\nSpan attributes (Krippendorff's α, nominal)\n")
		for _, a := range r.Attributes {
			p("  %s\tα %s\n", a.Name, a.Alpha)
		}
	}
	if len(r.DocLabels) > 0 {
		p("\nDocument labels (Krippendorff's α, nominal)\n")
		for _, a := range r.DocLabels {
			p("  %s\tα %s\n", a.Name, a.Alpha)
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write agreement: %w", err)
	}

	if len(r.Pairs) > 0 {
		p("\nPairs\tdocuments\tF1 exact\tF1 overlap\tattribution F1\tstance κ\tα_U\n")
		for _, q := range r.Pairs {
			p("  %s – %s\t%d\t%s\t%s\t%s\t%s\t%s\n", q.A, q.B, q.Documents, short(q.F1Exact), short(q.F1Overlap),
				short(q.AttributionF1), short(q.StanceKappa), short(q.AlphaU))
		}
		if err := tw.Flush(); err != nil {
			return fmt.Errorf("write agreement: %w", err)
		}
	}
	if len(r.PerDocument) > 0 {
		p("\nDocuments, most disagreements first\tanalysts\tunits\tagreed\tdisagreements\t")
		for _, a := range docAspects {
			p("%s\t", a)
		}
		p("\n")
		for _, d := range r.PerDocument {
			p("  %s\t%d\t%d\t%d\t%d\t", d.ID, d.Analysts, d.Units, d.Agreed, d.Disagreements)
			for _, a := range docAspects {
				p("%d\t", d.ByAspect[a])
			}
			p("\n")
		}
		if err := tw.Flush(); err != nil {
			return fmt.Errorf("write agreement: %w", err)
		}
	}
	p("\nDiagnosis: %d disagreements", len(r.Diagnosis))
	if len(r.Diagnosis) > TextDiagnosisRows {
		p(" (the first %d; %s has them all)", TextDiagnosisRows, DiagnosisCSV)
	}
	p("\n")
	for i, d := range r.Diagnosis {
		if i == TextDiagnosisRows {
			break
		}
		where := "document"
		if d.Unit >= 0 {
			where = fmt.Sprintf("%s [%d,%d)", d.Label, d.Start, d.End)
		}
		var vals []string
		for _, v := range d.Values {
			vals = append(vals, v.Analyst+": "+clip(v.Value, 60))
		}
		p("  %s\t%s\t%s\t%s\n", d.Doc, where, d.Differs, strings.Join(vals, " | "))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write agreement: %w", err)
	}
	return nil
}

// clip shortens s to at most n code points, marking the cut with "…".
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// short renders a figure for a table cell: "0.90 (31 spans)" or
// "undefined (one category only)".
func short(r Result) string {
	unit := r.Unit
	if unit == "" {
		unit = "items"
	}
	if !r.Defined {
		return fmt.Sprintf("undefined (%s)", r.Reason)
	}
	return fmt.Sprintf("%s (%d %s)", formatValue(r.Value), r.Used, plural(r.Used, unit))
}
