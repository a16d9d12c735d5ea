// Copyright: GoTruffle authors. Template sets: a Template is one named template sharing a
// common set (its name space, functions and options) with the templates associated with it.

package template

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
)

type missingKeyAction int

const (
	mapInvalid missingKeyAction = iota
	mapZeroValue
	mapError
)

type option struct{ missingKey missingKeyAction }

type common struct {
	mu        sync.RWMutex
	tmpl      map[string]*Template
	execFuncs map[string]reflect.Value
	option    option
}

// Template is a parsed template and the set of templates associated with it.
type Template struct {
	name string
	tree *tree
	*common
	leftDelim, rightDelim string
}

// New makes an empty template called name.
func New(name string) *Template { return &Template{name: name, common: newCommon()} }

// Must panics if err is not nil and returns t otherwise.
func Must(t *Template, err error) *Template {
	if err != nil {
		panic(err)
	}
	return t
}

// init gives a zero Template (declared, not made by New) its own empty set.
func (t *Template) init() {
	if t.common == nil {
		t.common = newCommon()
	}
}

func newCommon() *common {
	return &common{tmpl: map[string]*Template{}, execFuncs: map[string]reflect.Value{}}
}

// Name is the name the template was created with.
func (t *Template) Name() string { return t.name }

// New makes an empty template called name in t's set, with t's delimiters and functions.
func (t *Template) New(name string) *Template {
	t.init()
	return &Template{name: name, common: t.common, leftDelim: t.leftDelim, rightDelim: t.rightDelim}
}

// Delims sets the action delimiters for later Parse calls; empty means the default.
func (t *Template) Delims(left, right string) *Template {
	t.init()
	t.leftDelim, t.rightDelim = left, right
	return t
}

// Funcs adds the functions of funcMap to the template's function map.
func (t *Template) Funcs(funcMap FuncMap) *Template {
	t.init()
	t.mu.Lock()
	defer t.mu.Unlock()
	addValueFuncs(t.execFuncs, funcMap)
	return t
}

// Option sets options: "missingkey=default", "invalid", "zero" or "error".
func (t *Template) Option(opt ...string) *Template {
	t.init()
	for _, o := range opt {
		t.setOption(o)
	}
	return t
}

// missingKeyModes are the values of the one option there is, "missingkey=VALUE".
var missingKeyModes = map[string]missingKeyAction{
	"default": mapInvalid, "invalid": mapInvalid, "zero": mapZeroValue, "error": mapError,
}

func (t *Template) setOption(opt string) {
	if opt == "" {
		panic("empty option string")
	}
	const key = "missingkey="
	mode, known := missingKeyModes[strings.TrimPrefix(opt, key)]
	if !known || !strings.HasPrefix(opt, key) {
		panic("unrecognized option: " + opt)
	}
	t.option.missingKey = mode
}

// Lookup finds the template called name in t's set, or nil.
func (t *Template) Lookup(name string) *Template {
	if t.common == nil {
		return nil
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.tmpl[name]
}

// Templates returns the defined templates associated with t.
func (t *Template) Templates() []*Template {
	if t.common == nil {
		return nil
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	all := make([]*Template, len(t.tmpl))
	n := 0
	for _, each := range t.tmpl {
		all[n] = each
		n++
	}
	return all
}

// DefinedTemplates lists the defined templates, for error messages.
func (t *Template) DefinedTemplates() string {
	if t.common == nil {
		return ""
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	var names []string
	for name, tmpl := range t.tmpl {
		if tmpl.tree == nil || tmpl.tree.root == nil {
			continue
		}
		names = append(names, fmt.Sprintf("%q", name))
	}
	if len(names) == 0 {
		return ""
	}
	sort.Strings(names)
	return "; defined templates are: " + strings.Join(names, ", ")
}

// Clone returns a duplicate of the template and all its associated templates.
func (t *Template) Clone() (*Template, error) {
	nt := &Template{name: t.name, tree: t.tree, leftDelim: t.leftDelim, rightDelim: t.rightDelim}
	nt.init()
	if t.common == nil {
		return nt, nil
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	for k, v := range t.tmpl {
		if k == t.name {
			nt.tmpl[k] = nt
			continue
		}
		nt.tmpl[k] = &Template{name: v.name, tree: v.tree, common: nt.common, leftDelim: v.leftDelim, rightDelim: v.rightDelim}
	}
	for k, v := range t.execFuncs {
		nt.execFuncs[k] = v
	}
	nt.option = t.option
	return nt, nil
}

// Parse parses text as the template body for t; {{define}}s add associated templates.
func (t *Template) Parse(text string) (*Template, error) {
	t.init()
	t.mu.RLock()
	hasFunc := func(name string) bool {
		if _, ok := t.execFuncs[name]; ok {
			return true
		}
		_, ok := builtinFuncs[name]
		return ok
	}
	trees, err := parseText(t.name, text, t.leftDelim, t.rightDelim, hasFunc, false)
	t.mu.RUnlock()
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(trees))
	for name := range trees {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.addTree(name, trees[name])
	}
	return t, nil
}

func (t *Template) addTree(name string, tr *tree) {
	t.mu.Lock()
	defer t.mu.Unlock()
	nt := t
	if name != t.name {
		nt = &Template{name: name, common: t.common, leftDelim: t.leftDelim, rightDelim: t.rightDelim}
	}
	if old := t.tmpl[name]; old != nil && isEmptyTree(tr.root) && old.tree != nil {
		if nt.tree == nil {
			nt.tree = tr
		}
		return
	}
	t.tmpl[name] = nt
	nt.tree = tr
}

// ParseFiles parses the files into a new set named after the first file.
func ParseFiles(filenames ...string) (*Template, error) {
	return parseFiles(nil, readOSFile, filenames...)
}

// ParseFiles parses the files into t's set.
func (t *Template) ParseFiles(filenames ...string) (*Template, error) {
	t.init()
	return parseFiles(t, readOSFile, filenames...)
}

// fileReader reads a template file: the template's name (the file's base name) and its text.
type fileReader func(file string) (string, []byte, error)

func readOSFile(file string) (string, []byte, error) {
	b, err := os.ReadFile(file)
	return filepath.Base(file), b, err
}

func parseFiles(t *Template, read fileReader, filenames ...string) (*Template, error) {
	if len(filenames) == 0 {
		return nil, fmt.Errorf("template: no files named in call to ParseFiles")
	}
	for _, filename := range filenames {
		name, b, err := read(filename)
		if err != nil {
			return nil, err
		}
		if t == nil {
			t = New(name) // the first file names the result
		}
		target := t
		if name != t.Name() {
			target = t.New(name)
		}
		if _, err := target.Parse(string(b)); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// ParseGlob is ParseFiles over the files that match pattern.
func ParseGlob(pattern string) (*Template, error) {
	return parseMatching(nil, []string{pattern}, filepath.Glob, readOSFile)
}

// ParseGlob parses the files matching pattern and associates them with t.
func (t *Template) ParseGlob(pattern string) (*Template, error) {
	t.init()
	return parseMatching(t, []string{pattern}, filepath.Glob, readOSFile)
}

// ParseFS is ParseGlob over a file system (an embed.FS, say): the files matching any of the
// patterns (fs.Glob syntax), in pattern order.
func ParseFS(fsys fs.FS, patterns ...string) (*Template, error) {
	return parseFS(nil, fsys, patterns)
}

// ParseFS parses the files of fsys matching the patterns and associates them with t.
func (t *Template) ParseFS(fsys fs.FS, patterns ...string) (*Template, error) {
	t.init()
	return parseFS(t, fsys, patterns)
}

func parseFS(t *Template, fsys fs.FS, patterns []string) (*Template, error) {
	glob := func(pattern string) ([]string, error) { return fs.Glob(fsys, pattern) }
	read := func(file string) (string, []byte, error) {
		text, err := fs.ReadFile(fsys, file)
		return path.Base(file), text, err
	}
	return parseMatching(t, patterns, glob, read)
}

// parseMatching parses, in pattern order, the files each pattern matches; a pattern that
// matches nothing is an error.
func parseMatching(t *Template, patterns []string, glob func(string) ([]string, error), read fileReader) (*Template, error) {
	var files []string
	for _, pattern := range patterns {
		matched, err := glob(pattern)
		if err != nil {
			return nil, err
		}
		if len(matched) == 0 {
			return nil, fmt.Errorf("template: pattern matches no files: %#q", pattern)
		}
		files = append(files, matched...)
	}
	return parseFiles(t, read, files...)
}
