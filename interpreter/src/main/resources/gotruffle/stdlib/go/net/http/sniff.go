package http

// sniffLen is the number of bytes DetectContentType looks at.
const sniffLen = 512

// DetectContentType implements the algorithm described at https://mimesniff.spec.whatwg.org/
// to determine the Content-Type of the given data. It considers at most the first 512 bytes
// and always returns a valid MIME type: "application/octet-stream" if nothing more specific
// fits. (A Java native: it runs for nearly every response.)
func DetectContentType(data []byte) string
