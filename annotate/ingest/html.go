package ingest

func fromHTML(text string) (article, error) { return article{}, ErrNoArticle }
