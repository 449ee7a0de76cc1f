package annotate_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"newsmark/annotate"
	"newsmark/assets"
	"newsmark/store"
)

func TestProjectSchemaIsTheProjectsOwnCopy(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.newsmark")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	sch, raw, err := annotate.ProjectSchema(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if raw != string(assets.Schema) || len(sch.Labels) != len(annotate.DefaultSchema().Labels) {
		t.Fatalf("a new project did not get the default schema")
	}
	// The analyst renames the fourth label and gives it another colour.
	edited := strings.ReplaceAll(raw, `"CLAIM"`, `"CHECKABLE"`) // and in the relations that name it
	edited = strings.Replace(edited, `"#009E73"`, `"#112233"`, 1)
	if _, err := annotate.SetProjectSchema(ctx, st, []byte(edited)); err != nil {
		t.Fatal(err)
	}
	// A broken schema is refused and the project keeps its own.
	broken := strings.Replace(edited, `"#112233"`, `"green"`, 1)
	if _, err := annotate.SetProjectSchema(ctx, st, []byte(broken)); !errors.Is(err, annotate.ErrInvalidSchema) {
		t.Errorf("a schema with colour \"green\" was accepted: %v", err)
	}
	st.Close()

	st, err = store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sch, _, err = annotate.ProjectSchema(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	l, ok := sch.LabelAt(4)
	if !ok || l.Name != "CHECKABLE" {
		t.Fatalf("key 4 after reopening is %+v, want the renamed label", l)
	}
	if c := sch.Color("CHECKABLE"); c.R != 0x11 || c.G != 0x22 || c.B != 0x33 {
		t.Errorf("colour %v, want #112233", c)
	}
}
