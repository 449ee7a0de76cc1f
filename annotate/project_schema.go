package annotate

import (
	"context"
	"fmt"

	"newsmark/assets"
)

// SettingSchema is the project setting that holds the project's own copy of
// the annotation schema, as JSON. A new project gets the default schema;
// the analyst may then rename labels, change colours, add attributes.
const SettingSchema = "schema"

// ProjectSettings is what the project schema is kept in: a project file
// (store.Store) or anything else with settings.
type ProjectSettings interface {
	EnsureSetting(ctx context.Context, key, def string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
}

// ProjectSchema returns the project's schema and its JSON, first copying the
// default schema into a project that has none.
func ProjectSchema(ctx context.Context, ps ProjectSettings) (*Schema, string, error) {
	raw, err := ps.EnsureSetting(ctx, SettingSchema, string(assets.Schema))
	if err != nil {
		return nil, "", err
	}
	s, err := ParseSchema([]byte(raw))
	if err != nil {
		return nil, raw, fmt.Errorf("the project's annotation schema: %w", err)
	}
	return s, raw, nil
}

// SetProjectSchema checks data and, when it is a valid schema, makes it the
// project's schema. An invalid schema is refused with every problem named,
// and the project keeps the one it had.
func SetProjectSchema(ctx context.Context, ps ProjectSettings, data []byte) (*Schema, error) {
	s, err := ParseSchema(data)
	if err != nil {
		return nil, err
	}
	if err := ps.SetSetting(ctx, SettingSchema, string(data)); err != nil {
		return nil, err
	}
	return s, nil
}

// SettingGuidelines is the project setting holding the project's own
// annotation guidelines, in Markdown, when it has its own; a hand-out
// gives every analyst the same.
const SettingGuidelines = "guidelines"

// ProjectGuidelines returns the project's guidelines: its own, else the
// guidelines that ship with Newsmark.
func ProjectGuidelines(ctx context.Context, ps interface {
	Setting(ctx context.Context, key string) (string, bool, error)
}) (string, error) {
	g, ok, err := ps.Setting(ctx, SettingGuidelines)
	if err != nil || !ok {
		return assets.Guidelines, err
	}
	return g, nil
}
