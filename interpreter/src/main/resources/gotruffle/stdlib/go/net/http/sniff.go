package http

// The algorithm of https://mimesniff.spec.whatwg.org/ as Go 1.19 applies it.

// sniffLen is the number of bytes DetectContentType looks at.
const sniffLen = 512

// sig is one signature: exact prefix, masked pattern, HTML tag or one of the special cases.
type sig struct {
	kind   int // sigExact, sigMasked, sigHTML, sigMP4, sigText
	pat    string
	mask   string
	skipWS bool
	ct     string
}

const (
	sigExact = iota
	sigMasked
	sigHTML
	sigMP4
	sigText
)

func htmlSig(tag string) sig { return sig{kind: sigHTML, pat: tag, ct: "text/html; charset=utf-8"} }
func exact(p, ct string) sig { return sig{kind: sigExact, pat: p, ct: ct} }
func masked(mask, p, ct string) sig {
	return sig{kind: sigMasked, pat: p, mask: mask, ct: ct}
}

var sniffSignatures = []sig{
	htmlSig("<!DOCTYPE HTML"), htmlSig("<HTML"), htmlSig("<HEAD"), htmlSig("<SCRIPT"),
	htmlSig("<IFRAME"), htmlSig("<H1"), htmlSig("<DIV"), htmlSig("<FONT"), htmlSig("<TABLE"),
	htmlSig("<A"), htmlSig("<STYLE"), htmlSig("<TITLE"), htmlSig("<B"), htmlSig("<BODY"),
	htmlSig("<BR"), htmlSig("<P"), htmlSig("<!--"),
	{kind: sigMasked, mask: "\xFF\xFF\xFF\xFF\xFF", pat: "<?xml", skipWS: true, ct: "text/xml; charset=utf-8"},
	exact("%PDF-", "application/pdf"),
	exact("%!PS-Adobe-", "application/postscript"),
	masked("\xFF\xFF\x00\x00", "\xFE\xFF\x00\x00", "text/plain; charset=utf-16be"),
	masked("\xFF\xFF\x00\x00", "\xFF\xFE\x00\x00", "text/plain; charset=utf-16le"),
	masked("\xFF\xFF\xFF\x00", "\xEF\xBB\xBF\x00", "text/plain; charset=utf-8"),
	exact("\x00\x00\x01\x00", "image/x-icon"),
	exact("\x00\x00\x02\x00", "image/x-icon"),
	exact("BM", "image/bmp"),
	exact("GIF87a", "image/gif"),
	exact("GIF89a", "image/gif"),
	masked("\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF\xFF\xFF", "RIFF\x00\x00\x00\x00WEBPVP", "image/webp"),
	exact("\x89PNG\x0D\x0A\x1A\x0A", "image/png"),
	exact("\xFF\xD8\xFF", "image/jpeg"),
	masked("\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF", "FORM\x00\x00\x00\x00AIFF", "audio/aiff"),
	masked("\xFF\xFF\xFF", "ID3", "audio/mpeg"),
	masked("\xFF\xFF\xFF\xFF\xFF", "OggS\x00", "application/ogg"),
	masked("\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", "MThd\x00\x00\x00\x06", "audio/midi"),
	masked("\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF", "RIFF\x00\x00\x00\x00AVI ", "video/avi"),
	masked("\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF", "RIFF\x00\x00\x00\x00WAVE", "audio/wave"),
	{kind: sigMP4, ct: "video/mp4"},
	exact("\x1A\x45\xDF\xA3", "video/webm"),
	masked("\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xFF\xFF",
		"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00LP",
		"application/vnd.ms-fontobject"),
	exact("\x00\x01\x00\x00", "font/ttf"),
	exact("OTTO", "font/otf"),
	exact("ttcf", "font/collection"),
	exact("wOFF", "font/woff"),
	exact("wOF2", "font/woff2"),
	exact("\x1F\x8B\x08", "application/x-gzip"),
	exact("PK\x03\x04", "application/zip"),
	exact("Rar!\x1A\x07\x00", "application/x-rar-compressed"),
	exact("Rar!\x1A\x07\x01\x00", "application/x-rar-compressed"),
	exact("\x00\x61\x73\x6D", "application/wasm"),
	{kind: sigText, ct: "text/plain; charset=utf-8"},
}

func isWS(b byte) bool {
	switch b {
	case '\t', '\n', '\x0c', '\r', ' ':
		return true
	}
	return false
}

func (s *sig) match(data []byte, firstNonWS int) bool {
	switch s.kind {
	case sigExact:
		return len(data) >= len(s.pat) && string(data[:len(s.pat)]) == s.pat
	case sigMasked:
		if s.skipWS {
			data = data[firstNonWS:]
		}
		if len(data) < len(s.pat) {
			return false
		}
		for i := 0; i < len(s.pat); i++ {
			if data[i]&s.mask[i] != s.pat[i] {
				return false
			}
		}
		return true
	case sigHTML:
		data = data[firstNonWS:]
		if len(data) < len(s.pat)+1 {
			return false
		}
		for i := 0; i < len(s.pat); i++ {
			b, db := s.pat[i], data[i]
			if 'A' <= b && b <= 'Z' {
				db &= 0xDF
			}
			if b != db {
				return false
			}
		}
		// the tag must end here
		return data[len(s.pat)] == ' ' || data[len(s.pat)] == '>'
	case sigMP4:
		if len(data) < 12 {
			return false
		}
		box := int(data[0])<<24 | int(data[1])<<16 | int(data[2])<<8 | int(data[3])
		if len(data) < box || box%4 != 0 || string(data[4:8]) != "ftyp" {
			return false
		}
		for st := 8; st < box; st += 4 {
			if st == 12 {
				continue // the major brand's version
			}
			if string(data[st:st+3]) == "mp4" {
				return true
			}
		}
		return false
	default:
		for _, b := range data[firstNonWS:] {
			if b <= 0x08 || b == 0x0B || 0x0E <= b && b <= 0x1A || 0x1C <= b && b <= 0x1F {
				return false
			}
		}
		return true
	}
}

// DetectContentType implements the algorithm described at https://mimesniff.spec.whatwg.org/
// to determine the Content-Type of the given data. It considers at most the first 512 bytes
// and always returns a valid MIME type: "application/octet-stream" if nothing more specific
// fits.
func DetectContentType(data []byte) string {
	if len(data) > sniffLen {
		data = data[:sniffLen]
	}
	firstNonWS := 0
	for firstNonWS < len(data) && isWS(data[firstNonWS]) {
		firstNonWS++
	}
	for i := range sniffSignatures {
		if sniffSignatures[i].match(data, firstNonWS) {
			return sniffSignatures[i].ct
		}
	}
	return "application/octet-stream"
}
