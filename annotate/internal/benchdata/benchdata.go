// Package benchdata makes the benchmarks' large inputs: generated news
// articles with annotations, a project of them and a newsmark JSONL file
// of them, built once and cached in the temporary folder. Only benchmarks
// use it.
package benchdata

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsmark/annotate"
	"newsmark/store"
)

// Docs is the size of the benchmarks' project: NEWSMARK_BENCH_DOCS,
// default 100,000 articles of about 5 KB with 10 spans each (a million
// spans).
func Docs(tb testing.TB) int {
	if s := os.Getenv("NEWSMARK_BENCH_DOCS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			tb.Fatalf("NEWSMARK_BENCH_DOCS=%q: want a positive number", s)
		}
		return n
	}
	return 100000
}

// sentences are the building blocks of generated articles.
var sentences = []string{
	"The harbour authority said on %s that container traffic in district %d rose for the third month in a row.",
	"\"We are moving more boxes than at any time since the pandemic,\" operations chief Inés Okafor told reporters in Gdańsk.",
	"Freight rates on the Asia–Europe route fell %d%% over the week, according to a shipping index compiled in London.",
	"Union officials warned that a dispute over night shifts at terminal %d could still disrupt loading before the holidays.",
	"Analysts at a Rotterdam brokerage said the numbers were better than expected but cautioned that demand remains fragile.",
	"The ministry's statement did not say when the new customs rules, first announced in March, would take effect.",
	"Shares in the port operator closed %d cents higher after the figures were published on the exchange's website.",
	"Residents near the quay have complained about noise from cranes working through the night, a local councillor said.",
}

// speakers are the articles' canonical speakers, some with accents.
var speakers = []string{"Inés Okafor", "Dmitry Peskov", "Jürgen Weiß", "Ana Lucía Pérez", "Tomasz Wójcik", "Kwame Mensah", "Mary Oduya"}

// targets are what the articles' stances are toward.
var targets = []string{"the port's recovery", "NATO", "the customs rules", "the night-shift deal", "the harbour authority"}

var days = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}

// Article builds article i: about 5 KB of text, unique, with ten spans
// (statements, speakers and cues, linked) and a stance, in ana's layer.
func Article(i int) (*annotate.Document, *annotate.Annotations) {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Port report %d: traffic, rates and a night-shift dispute\n\n", i)
	for p := 0; sb.Len() < 5000; p++ {
		for k := 0; k < 4; k++ {
			s := sentences[(i+p*4+k)%len(sentences)]
			switch strings.Count(s, "%") - 2*strings.Count(s, "%%") {
			case 2:
				s = fmt.Sprintf(s, days[(i+p)%5], i+p)
			case 1:
				s = fmt.Sprintf(s, (i*7+p)%97)
			default:
				s = strings.ReplaceAll(s, "%%", "%")
			}
			sb.WriteString(s)
			sb.WriteByte(' ')
		}
		sb.WriteString("\n\n")
	}
	text := strings.TrimSpace(sb.String())
	d := &annotate.Document{ID: "bench-" + strconv.Itoa(i), Text: text, Meta: annotate.Meta{SourceFile: "bench-" + strconv.Itoa(i) + ".html", Title: "Port report " + strconv.Itoa(i)}}
	// Speakers, targets and stances vary from article to article, so that
	// a search by annotation finds a part of the project, not all of it.
	a := &annotate.Annotations{Targets: []annotate.Target{{ID: "T1", Text: targets[i%len(targets)]}}}
	if i%6 == 0 {
		a.Status = annotate.StatusDone
	}
	// Place spans over the first words of successive sentences.
	runes := []rune(text)
	pos := 60
	for k := 0; k < 10 && pos+40 < len(runes); k++ {
		label := []string{annotate.LabelStatement, annotate.LabelSpeaker, annotate.LabelCue}[k%3]
		if k == 9 {
			label = annotate.LabelClaim
		}
		id := annotate.SpanIDPrefix(label) + strconv.Itoa(k/3+1)
		sp := annotate.Span{ID: id, Start: pos, End: pos + 12 + k*3, Label: label, Annotator: "ana", Source: annotate.SourceManual, Status: annotate.SpanAccepted}
		if label == annotate.LabelStatement {
			sp.Attrs = map[string]any{"quote_type": "indirect"}
		}
		if label == annotate.LabelSpeaker {
			sp.Attrs = map[string]any{"canonical": speakers[(i+k/3)%len(speakers)]}
		}
		if label == annotate.LabelClaim && i%10 == 0 {
			sp.Attrs = map[string]any{"checkworthy": "yes"}
		}
		if label == annotate.LabelCue && k == 5 && i%4 == 0 {
			sp.Status, sp.Source = annotate.SpanPending, "rules"
		}
		a.Spans = append(a.Spans, sp)
		pos += len(runes) / 11
	}
	for k := 0; k+2 < 9; k += 3 {
		a.Relations = append(a.Relations,
			annotate.Relation{Label: annotate.RelSaidBy, Head: a.Spans[k].ID, Child: a.Spans[k+1].ID},
			annotate.Relation{Label: annotate.RelCue, Head: a.Spans[k].ID, Child: a.Spans[k+2].ID})
	}
	a.Stances = []annotate.Stance{{Statement: "s1", Target: "T1", Label: []string{annotate.StanceFavor, annotate.StanceAgainst, annotate.StanceNone}[i%3]}}
	return d, a
}

// cached is path when it exists and ok says it is current, else built by
// build under a temporary name (so an interrupted build is never reused)
// and renamed.
func cached(tb testing.TB, path string, ok func() bool, build func(tmp string) error) string {
	if _, err := os.Stat(path); err == nil {
		if ok() {
			return path
		}
		tb.Logf("%s is out of date; building it again", path)
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
	tmp := path + ".building"
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	start := time.Now()
	if err := build(tmp); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatal(err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	os.Remove(store.WritersFile(tmp))
	tb.Logf("built %s in %s", path, time.Since(start).Round(time.Second))
	return path
}

// Project returns a project file of n generated articles with their
// annotations in ana's layer, built once and cached under os.TempDir(),
// and built again when its schema is not the one this build's migrations
// make.
func Project(tb testing.TB, n int) string {
	// The schema version is in the name, so builds of other versions
	// (another branch's benchmarks) keep to their own file.
	path := filepath.Join(os.TempDir(), fmt.Sprintf("newsmark-bench-project-s%d-%d.newsmark", store.SchemaVersion, n))
	return cached(tb, path, func() bool {
		want, err := schemaOf(filepath.Join(tb.TempDir(), "empty.newsmark"), true)
		if err != nil {
			tb.Fatal(err)
		}
		have, err := schemaOf(path, false)
		return err == nil && have == want
	}, func(tmp string) error {
		st, err := store.Open(tmp)
		if err != nil {
			return err
		}
		const batch = 2000
		for from := 0; from < n; from += batch {
			var docs []*annotate.Document
			var anns []*annotate.Annotations
			for i := from; i < min(from+batch, n); i++ {
				d, a := Article(i)
				docs = append(docs, d)
				anns = append(anns, a)
			}
			if _, err := st.AddDocuments(context.Background(), "ana", docs, anns); err != nil {
				st.Close()
				return err
			}
		}
		return st.Close()
	})
}

// schemaOf is the schema (every table, index and trigger) of the project
// at path, made first when create is set.
func schemaOf(path string, create bool) (string, error) {
	if create {
		st, err := store.Open(path)
		if err != nil {
			return "", err
		}
		st.Close()
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		return "", err
	}
	defer db.Close()
	rows, err := db.Query("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name")
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var sb strings.Builder
	for rows.Next() {
		var typ, name, def string
		if err := rows.Scan(&typ, &name, &def); err != nil {
			return "", err
		}
		fmt.Fprintf(&sb, "%s %s %s\n", typ, name, def)
	}
	return sb.String(), rows.Err()
}

// CopyProject copies a project file (closed, checkpointed) to a new path.
func CopyProject(tb testing.TB, from, to string) {
	src, err := os.Open(from)
	if err != nil {
		tb.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		tb.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		tb.Fatal(err)
	}
}

// nmRecord is a newsmark/1 record as the generator writes it.
type nmRecord struct {
	ID        string              `json:"id"`
	Text      string              `json:"text"`
	Meta      map[string]any      `json:"meta"`
	Spans     []nmSpan            `json:"spans"`
	Relations []annotate.Relation `json:"relations"`
	Targets   []annotate.Target   `json:"targets"`
	Stance    []annotate.Stance   `json:"stance"`
}

type nmSpan struct {
	annotate.Span
	Text string `json:"text"`
}

// JSONL returns a newsmark/1 JSONL file of n generated articles with their
// annotations (about 6 KB a line), built once and cached under
// os.TempDir().
func JSONL(tb testing.TB, n int) string {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("newsmark-bench-import-v1-%d.jsonl", n))
	return cached(tb, path, func() bool { return true }, func(tmp string) error {
		f, err := os.Create(tmp)
		if err != nil {
			return err
		}
		w := bufio.NewWriterSize(f, 1<<20)
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := range n {
			d, a := Article(i)
			r := nmRecord{ID: d.ID, Text: d.Text, Relations: a.Relations, Targets: a.Targets, Stance: a.Stances,
				Meta: map[string]any{"schema": annotate.SchemaName, "title": d.Meta.Title, "source_file": d.Meta.SourceFile}}
			for _, sp := range a.Spans {
				r.Spans = append(r.Spans, nmSpan{Span: sp, Text: annotate.Slice(d.Text, sp.Start, sp.End)})
			}
			if err := enc.Encode(r); err != nil {
				f.Close()
				return err
			}
		}
		if err := w.Flush(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	})
}
