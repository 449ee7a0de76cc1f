package ingest

import "strings"

// frontMatterRemoved returns the lines of a YAML front matter block (the
// text between its "---" lines) that the article drops: every line but
// the blank ones and the title, which becomes the headline. A static-site
// export's description, author, date, tags, image and slug lines go into
// meta.removed like any other furniture.
func frontMatterRemoved(head string) []string {
	var out []string
	for _, line := range strings.Split(head, "\n") {
		line = strings.TrimRight(line, " \t\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if ok && line[0] != ' ' && line[0] != '\t' && strings.Trim(strings.TrimSpace(val), `"'`) != "" {
			switch strings.ToLower(strings.TrimSpace(key)) {
			case "title", "headline":
				continue
			}
		}
		out = append(out, line)
	}
	return out
}
