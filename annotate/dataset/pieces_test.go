package dataset

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A labeled file is handed out piece by piece, in order, with each
// record's line: an import never holds more than a few pieces of it. A
// JSON array that is broken at its end fails before any piece is handed
// out; an error of the caller's stops the read.
func TestReadPiecesStreamsInOrder(t *testing.T) {
	dir := t.TempDir()
	var jsonl, array strings.Builder
	const n = 3*pieceRecords + 5
	array.WriteString("[\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&jsonl, "{\"id\": \"d%d\", \"text\": \"Ferry %d sails at dawn.\"}\n", i, i)
		if i == 7 {
			jsonl.WriteString("\n{not json\n") // lines 8 and 9 on: a blank line and a bad record
		}
		if i > 1 {
			array.WriteString(",\n")
		}
		fmt.Fprintf(&array, "{\"id\": \"d%d\", \"text\": \"Ferry %d sails at dawn.\"}", i, i)
	}
	array.WriteString("\n]\n")
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tt := range []struct {
		name, body string
		badLine    int
	}{
		{"lines.jsonl", jsonl.String(), 9},
		{"array.json", array.String(), 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := write(tt.name, tt.body)
			pieces, next := 0, 1
			err := ReadPieces(path, ReadOptions{}, func(p *Piece) error {
				pieces++
				recs, bad := p.Parse(ReadOptions{})
				for _, le := range bad {
					if le.Line != tt.badLine {
						t.Errorf("bad record reported on line %d, want %d", le.Line, tt.badLine)
					}
				}
				for _, r := range recs {
					if r.Doc.ID != fmt.Sprintf("d%d", next) {
						t.Fatalf("record %s where d%d was due", r.Doc.ID, next)
					}
					next++
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if next != n+1 || pieces < 4 {
				t.Errorf("%d records in %d pieces, want %d in at least 4", next-1, pieces, n)
			}
		})
	}
	broken := write("broken.json", strings.TrimSuffix(array.String(), "\n]\n")+",\n{\"id\": ")
	handed := 0
	err := ReadPieces(broken, ReadOptions{}, func(*Piece) error { handed++; return nil })
	if err == nil || handed != 0 || !strings.Contains(err.Error(), "broken.json") {
		t.Errorf("a broken array: %d pieces handed out, error %v; want none and an error naming the file", handed, err)
	}
	stop := errors.New("enough")
	err = ReadPieces(filepath.Join(dir, "lines.jsonl"), ReadOptions{}, func(*Piece) error { return stop })
	if !errors.Is(err, stop) {
		t.Errorf("the caller's error: got %v", err)
	}
}
