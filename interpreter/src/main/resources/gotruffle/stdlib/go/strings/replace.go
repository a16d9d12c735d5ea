package strings

import "io"

// Replacer replaces a list of strings with replacements: at each position the first pair (in
// argument order) whose old string matches is applied, without overlapping matches.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

func replaceAll(oldnew []string, s string) string

// Replace applies r to s.
func (r *Replacer) Replace(s string) string { return replaceAll(r.oldnew, s) }

// WriteString applies r to s, writing the result to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, replaceAll(r.oldnew, s))
}
