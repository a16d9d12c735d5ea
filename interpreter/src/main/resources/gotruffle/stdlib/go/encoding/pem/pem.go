// Package pem: the PEM data encoding of Privacy Enhanced Mail, as used for TLS keys and
// certificates: "-----BEGIN TYPE-----", optional "Key: value" headers, base64 lines,
// "-----END TYPE-----".
package pem

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"sort"
	"strings"
)

// A Block is one PEM-encoded structure.
type Block struct {
	Type    string            // from the BEGIN line, e.g. "CERTIFICATE"
	Headers map[string]string // Optional headers.
	Bytes   []byte            // the base64 body, decoded (usually DER)
}

const (
	begin   = "-----BEGIN "
	end     = "-----END "
	dashes  = "-----"
	lineLen = 64 // base64 characters per line when encoding
)

// cutLine returns the first line of data without its line ending and trailing blanks, and
// what follows the line.
func cutLine(data []byte) (line, rest []byte) {
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		return bytes.TrimRight(data, " \t"), data[len(data):]
	}
	rest = data[i+1:]
	if i > 0 && data[i-1] == '\r' {
		i--
	}
	return bytes.TrimRight(data[:i], " \t"), rest
}

// Decode finds the next PEM block in data (at its start or at the start of a line) and returns
// it with the input that follows it; without a valid block it returns nil and all of data.
func Decode(data []byte) (p *Block, rest []byte) {
	rest = data
	for {
		// The next "-----BEGIN " at the start of a line.
		if bytes.HasPrefix(rest, []byte(begin)) {
			rest = rest[len(begin):]
		} else if i := bytes.Index(rest, []byte("\n"+begin)); i >= 0 {
			rest = rest[i+1+len(begin):]
		} else {
			return nil, data
		}
		var typ []byte
		typ, rest = cutLine(rest)
		if !bytes.HasSuffix(typ, []byte(dashes)) {
			continue
		}
		typ = typ[:len(typ)-len(dashes)]
		p = &Block{Type: string(typ), Headers: make(map[string]string)}

		// Headers: lines with a colon, up to the first line without one.
		for {
			if len(rest) == 0 {
				return nil, data
			}
			line, next := cutLine(rest)
			key, val, ok := bytes.Cut(line, []byte(":"))
			if !ok {
				break
			}
			p.Headers[string(bytes.TrimSpace(key))] = string(bytes.TrimSpace(val))
			rest = next
		}

		// The body ends at "-----END " at the start of a line (right here when there are no headers).
		bodyEnd, trailer := 0, len(end)
		if len(p.Headers) != 0 || !bytes.HasPrefix(rest, []byte(end)) {
			bodyEnd = bytes.Index(rest, []byte("\n"+end))
			if bodyEnd < 0 {
				continue
			}
			trailer = bodyEnd + 1 + len(end)
		}
		// "TYPE-----" must follow, then nothing but blanks on that line.
		after := rest[trailer:]
		want := len(typ) + len(dashes)
		if len(after) < want || !bytes.HasPrefix(after, typ) || !bytes.HasSuffix(after[:want], []byte(dashes)) {
			continue
		}
		if tail, _ := cutLine(after[want:]); len(tail) != 0 {
			continue
		}

		body := withoutBlanks(rest[:bodyEnd])
		p.Bytes = make([]byte, base64.StdEncoding.DecodedLen(len(body)))
		n, err := base64.StdEncoding.Decode(p.Bytes, body)
		if err != nil {
			continue
		}
		p.Bytes = p.Bytes[:n]
		_, rest = cutLine(rest[trailer-len(end):])
		return p, rest
	}
}

// withoutBlanks returns data without its spaces and tabs (data itself when it has none).
func withoutBlanks(data []byte) []byte {
	if !bytes.ContainsAny(data, " \t") {
		return data
	}
	out := make([]byte, 0, len(data))
	for _, c := range data {
		if c != ' ' && c != '\t' {
			out = append(out, c)
		}
	}
	return out
}

// Encode writes b as PEM text to out: a "Proc-Type" header first (RFC 1421), then the
// other headers by key.
func Encode(out io.Writer, b *Block) error {
	for k := range b.Headers {
		if strings.Contains(k, ":") {
			return errors.New("pem: cannot encode a header key that contains a colon")
		}
	}
	if _, err := io.WriteString(out, begin+b.Type+dashes+"\n"); err != nil {
		return err
	}
	if len(b.Headers) > 0 {
		const procType = "Proc-Type"
		keys := make([]string, 0, len(b.Headers))
		for k := range b.Headers {
			if k != procType {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		if _, ok := b.Headers[procType]; ok {
			keys = append([]string{procType}, keys...)
		}
		for _, k := range keys {
			if _, err := io.WriteString(out, k+": "+b.Headers[k]+"\n"); err != nil {
				return err
			}
		}
		if _, err := io.WriteString(out, "\n"); err != nil {
			return err
		}
	}
	text := base64.StdEncoding.EncodeToString(b.Bytes)
	for len(text) > 0 {
		n := lineLen
		if n > len(text) {
			n = len(text)
		}
		if _, err := io.WriteString(out, text[:n]+"\n"); err != nil {
			return err
		}
		text = text[n:]
	}
	_, err := io.WriteString(out, end+b.Type+dashes+"\n")
	return err
}

// EncodeToMemory returns the PEM encoding of b, or nil when b has an invalid header.
func EncodeToMemory(b *Block) []byte {
	var buf bytes.Buffer
	if err := Encode(&buf, b); err != nil {
		return nil
	}
	return buf.Bytes()
}
