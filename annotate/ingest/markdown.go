package ingest

func fromMarkdown(text string) article { return fromText(text) }
