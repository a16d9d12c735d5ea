package strings

import "io"

// Replacer substitutes strings: at each position the first pair (in argument order) whose
// old string matches applies, and matches never overlap.
type Replacer struct {
	oldnew []string
}

// NewReplacer takes old, new, old, new, ... pairs.
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
