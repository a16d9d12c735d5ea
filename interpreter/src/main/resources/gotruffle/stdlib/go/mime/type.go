// Package mime: MIME types by file extension (Go's built-in table, then the system's shared
// MIME database or mime.types files, as Go 1.19 loads them on Linux) and media type parsing.
package mime

import (
	"bufio"
	"errors"
	"os"
	"sort"
	"strings"
	"sync"
)

var (
	mu         sync.Mutex
	loaded     bool
	types      = map[string]string{} // extension -> type
	typesLower = map[string]string{} // lower-case extension -> type
	extensions = map[string][]string{}
)

var builtinTypes = map[string]string{
	".avif": "image/avif",
	".css":  "text/css; charset=utf-8",
	".gif":  "image/gif",
	".htm":  "text/html; charset=utf-8",
	".html": "text/html; charset=utf-8",
	".jpeg": "image/jpeg",
	".jpg":  "image/jpeg",
	".js":   "text/javascript; charset=utf-8",
	".json": "application/json",
	".mjs":  "text/javascript; charset=utf-8",
	".pdf":  "application/pdf",
	".png":  "image/png",
	".svg":  "image/svg+xml",
	".wasm": "application/wasm",
	".webp": "image/webp",
	".xml":  "text/xml; charset=utf-8",
}

var globFiles = []string{"/usr/local/share/mime/globs2", "/usr/share/mime/globs2"}

var typeFiles = []string{"/etc/mime.types", "/etc/apache2/mime.types", "/etc/apache/mime.types", "/etc/httpd/conf/mime.types"}

// load fills the tables once (mu held).
func load() {
	if loaded {
		return
	}
	loaded = true
	keys := make([]string, 0, len(builtinTypes))
	for k := range builtinTypes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		setType(k, builtinTypes[k])
	}
	for _, name := range globFiles {
		if loadGlobs(name) {
			return
		}
	}
	for _, name := range typeFiles {
		loadTypes(name)
	}
}

// loadGlobs reads a shared-mime-info globs2 file (weight:type:*.ext lines, best first).
func loadGlobs(name string) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), ":")
		if len(fields) < 3 || len(fields[0]) < 1 || len(fields[2]) < 3 {
			continue
		}
		if fields[0][0] == '#' || fields[2][0] != '*' || fields[2][1] != '.' {
			continue
		}
		ext := fields[2][1:]
		if strings.ContainsAny(ext, "?*[") {
			continue
		}
		if _, seen := types[ext]; seen {
			continue
		}
		setType(ext, fields[1])
	}
	return true
}

// loadTypes reads a mime.types file ("type ext1 ext2" lines).
func loadTypes(name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) <= 1 || fields[0][0] == '#' {
			continue
		}
		for _, ext := range fields[1:] {
			if ext[0] == '#' {
				break
			}
			setType("."+ext, fields[0])
		}
	}
}

func setType(ext, typ string) error {
	just, params, err := ParseMediaType(typ)
	if err != nil {
		return err
	}
	if strings.HasPrefix(typ, "text/") && params["charset"] == "" {
		params["charset"] = "utf-8"
		typ = FormatMediaType(typ, params)
	}
	lower := strings.ToLower(ext)
	types[ext] = typ
	typesLower[lower] = typ
	for _, e := range extensions[just] {
		if e == lower {
			return nil
		}
	}
	extensions[just] = append(extensions[just], lower)
	return nil
}

// TypeByExtension maps a file extension such as ".html" to its MIME type ("" when unknown);
// text types come with "; charset=utf-8".
func TypeByExtension(ext string) string {
	mu.Lock()
	defer mu.Unlock()
	load()
	if t, ok := types[ext]; ok {
		return t
	}
	return typesLower[strings.ToLower(ext)]
}

// ExtensionsByType lists the extensions known for the MIME type typ.
func ExtensionsByType(typ string) ([]string, error) {
	just, _, err := ParseMediaType(typ)
	if err != nil {
		return nil, err
	}
	mu.Lock()
	defer mu.Unlock()
	load()
	exts := extensions[just]
	if len(exts) == 0 {
		return nil, nil
	}
	out := append([]string(nil), exts...)
	sort.Strings(out)
	return out, nil
}

// AddExtensionType maps ext (with its leading dot) to the MIME type typ.
func AddExtensionType(ext, typ string) error {
	if !strings.HasPrefix(ext, ".") {
		return errors.New("mime: extension " + ext + " missing leading dot")
	}
	mu.Lock()
	defer mu.Unlock()
	load()
	return setType(ext, typ)
}
