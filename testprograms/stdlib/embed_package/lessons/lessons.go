// Package lessons serves course pages embedded in the binary.
package lessons

import (
	"embed"
	"io/fs"
	"strings"
)

//go:embed data/*.md
var pages embed.FS

// Lesson is one embedded page.
type Lesson struct {
	File, Title, Body string
}

// All returns the lessons in file order.
func All() ([]Lesson, error) {
	var out []Lesson
	err := fs.WalkDir(pages, "data", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := pages.ReadFile(path)
		if err != nil {
			return err
		}
		title, body, _ := strings.Cut(string(b), "\n")
		out = append(out, Lesson{File: d.Name(), Title: title, Body: strings.TrimSpace(body)})
		return nil
	})
	return out, err
}

// FS is the page tree rooted at the data folder.
func FS() fs.FS {
	sub, err := fs.Sub(pages, "data")
	if err != nil {
		panic(err)
	}
	return sub
}
