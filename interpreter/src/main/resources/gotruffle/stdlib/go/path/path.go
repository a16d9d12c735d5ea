// Package path: lexical operations on slash-separated paths.
package path

// Clean returns the shortest path equivalent to path by lexical processing: repeated slashes
// collapse, "." elements go, ".." removes the element before it (at the root it is dropped).
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	var elems []string
	for i := 0; i < len(path); {
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		elem := path[i:j]
		i = j + 1
		switch {
		case elem == "" || elem == ".":
		case elem == "..":
			if n := len(elems); n > 0 && elems[n-1] != ".." {
				elems = elems[:n-1]
			} else if !rooted {
				elems = append(elems, "..")
			}
		default:
			elems = append(elems, elem)
		}
	}
	size := 0
	for _, e := range elems {
		size += len(e) + 1
	}
	out := make([]byte, 0, size+1)
	if rooted {
		out = append(out, '/')
	}
	for i, e := range elems {
		if i > 0 {
			out = append(out, '/')
		}
		out = append(out, e...)
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// Split splits path after its last slash into a directory and a file name.
func Split(path string) (dir, file string) {
	i := len(path) - 1
	for i >= 0 && path[i] != '/' {
		i--
	}
	return path[:i+1], path[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result; "" if all are empty.
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem))
	for _, e := range elem {
		if len(buf) > 0 || e != "" {
			if len(buf) > 0 {
				buf = append(buf, '/')
			}
			buf = append(buf, e...)
		}
	}
	return Clean(string(buf))
}

// Ext returns the file name extension: the suffix from the final dot of the last element, or "".
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base is path's final element, trailing slashes ignored; "." for "", "/" for only slashes.
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	if path == "" {
		return "/"
	}
	i := len(path) - 1
	for i >= 0 && path[i] != '/' {
		i--
	}
	return path[i+1:]
}

// IsAbs: path starts with '/'.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir drops the last element of path and cleans the rest.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}
