package ingest

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/unicode/norm"
)

// mailMessage is an e-mail saved as its raw source (RFC 822/MIME): the
// header block at the top of the file, then the body.
type mailMessage struct {
	headers []string // the header fields, unfolded, encoded words decoded
	body    string   // the body, its transfer encoding and charset undone
	html    bool     // the body (or the part taken from it) is text/html
}

// reMessageField matches a header field's opening: a name of letters, digits
// and hyphens, a colon.
var reMessageField = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*:`)

// transportHeaders are the fields only a message's source carries: a page
// that quotes an e-mail ("From: …", "To: …", "Subject: …") has none of them.
var transportHeaders = setOf("received", "return-path", "message-id", "mime-version", "content-type",
	"content-transfer-encoding", "delivered-to", "dkim-signature", "x-mailer", "list-unsubscribe")

// openMailMessage recognises an e-mail saved as raw source: the text opens
// with a block of header fields (continuation lines set in by a space or a
// tab), at least three of them, one a field only a message's source carries
// (Received, Message-ID, MIME-Version, Content-Type …) and one a From or a
// Date, then a blank line. It decodes the body as the headers say
// (quoted-printable or base64, then the charset; for a multipart message the
// text/plain part, else the text/html one).
func openMailMessage(text string) (mailMessage, bool) {
	var m mailMessage
	end := strings.Index(text, "\n\n")
	if end < 0 {
		return m, false
	}
	fields := map[string]string{}
	transport, sender := false, false
	for _, line := range strings.Split(text[:end], "\n") {
		if line != "" && (line[0] == ' ' || line[0] == '\t') && len(m.headers) > 0 {
			m.headers[len(m.headers)-1] += " " + strings.TrimSpace(line)
			continue
		}
		if !reMessageField.MatchString(line) {
			return m, false
		}
		m.headers = append(m.headers, strings.TrimSpace(line))
	}
	for k, h := range m.headers {
		name, value, _ := strings.Cut(h, ":")
		name = strings.ToLower(name)
		value = strings.TrimSpace(value)
		if dec, err := mailWords.DecodeHeader(value); err == nil {
			value = dec
			m.headers[k] = h[:len(name)] + ": " + dec
		}
		if _, seen := fields[name]; !seen {
			fields[name] = value
		}
		transport = transport || transportHeaders[name]
		sender = sender || name == "from" || name == "date"
	}
	if len(m.headers) < 3 || !transport || !sender {
		return m, false
	}
	body, html, ok := mailBody(fields["content-type"], fields["content-transfer-encoding"], []byte(text[end+2:]))
	if !ok {
		return m, false
	}
	m.body, m.html = body, html
	return m, true
}

// mailBody decodes one body (or part) given its Content-Type and
// Content-Transfer-Encoding; a multipart body yields its first text/plain
// part, or its first text/html part when it has no plain one.
func mailBody(contentType, transferEncoding string, raw []byte) (text string, html bool, ok bool) {
	mediaType, params, err := mime.ParseMediaType(contentType)
	if contentType == "" || err != nil {
		mediaType, params = "text/plain", map[string]string{}
	}
	if strings.HasPrefix(mediaType, "multipart/") {
		return mailParts(params["boundary"], raw)
	}
	if !strings.HasPrefix(mediaType, "text/") {
		return "", false, false
	}
	switch strings.ToLower(strings.TrimSpace(transferEncoding)) {
	case "quoted-printable":
		if dec, err := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(raw))); err == nil {
			raw = dec
		}
	case "base64":
		clean := bytes.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == ' ' || r == '\t' {
				return -1
			}
			return r
		}, raw)
		if dec, err := base64.StdEncoding.DecodeString(string(clean)); err == nil {
			raw = dec
		}
	}
	text = mailCharset(params["charset"], raw)
	text = normalizeNewlines(text)
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}
	return text, mediaType == "text/html", strings.TrimSpace(text) != ""
}

// mailParts picks the readable part of a multipart body.
func mailParts(boundary string, raw []byte) (string, bool, bool) {
	if boundary == "" {
		return "", false, false
	}
	r := multipart.NewReader(bytes.NewReader(raw), boundary)
	var htmlText string
	for {
		p, err := r.NextRawPart()
		if err != nil {
			break
		}
		data, err := io.ReadAll(p)
		if err != nil {
			break
		}
		text, html, ok := mailBody(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), data)
		switch {
		case ok && !html:
			return text, false, true
		case ok && htmlText == "":
			htmlText = text
		}
	}
	return htmlText, true, htmlText != ""
}

// mailCharset reads body bytes in their declared charset; UTF-8 (or none)
// goes through the importer's own decoding, which reads stray bytes as
// Windows-1252.
func mailCharset(charset string, raw []byte) string {
	charset = strings.ToLower(strings.TrimSpace(charset))
	if charset != "" && charset != "utf-8" && charset != "utf8" && charset != "us-ascii" {
		if enc, err := htmlindex.Get(charset); err == nil {
			if dec, err := enc.NewDecoder().Bytes(raw); err == nil {
				return string(dec)
			}
		}
	}
	if utf8.Valid(raw) {
		return string(raw)
	}
	return decodeMixed(raw)
}

// mailWords decodes RFC 2047 encoded words ("=?utf-8?q?Caf=C3=A9?=") in any
// charset x/text knows.
var mailWords = &mime.WordDecoder{CharsetReader: func(charset string, input io.Reader) (io.Reader, error) {
	enc, err := htmlindex.Get(charset)
	if err != nil {
		return nil, err
	}
	return enc.NewDecoder().Reader(input), nil
}}

// takeMail keeps a message's header fields in meta.removed, ahead of what
// the cleaning removes from the body.
func (a *article) takeMail(m mailMessage) {
	a.meta.Removed = append(append([]string(nil), m.headers...), a.meta.Removed...)
}
