package http

// sniffLen is the number of bytes DetectContentType looks at.
const sniffLen = 512

// DetectContentType guesses a MIME type from at most 512 leading bytes of data, by the
// WHATWG sniffing rules; "application/octet-stream" when nothing more specific fits.
// (A Java native: it runs for nearly every response.)
func DetectContentType(data []byte) string
