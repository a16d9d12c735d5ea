// A small tool that ships its templates, static files and configuration inside the binary with
// //go:embed: string and []byte variables, embed.FS trees, io/fs walking and sub-trees.
package main

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"text/template"
)

//go:embed VERSION
var version string

//go:embed logo.bin
var logo []byte

//go:embed templates/*.tmpl templates/partials
var templates embed.FS

// static/ without the all: prefix leaves out _draft.html and .env; site keeps them.
//
//go:embed static
var static embed.FS

//go:embed all:static
var site embed.FS

var (
	//go:embed config/app.conf
	appConf string

	// Several directives add up.
	//go:embed VERSION
	//go:embed "config" `logo.bin`
	misc embed.FS
)

type text string

//go:embed VERSION
var versionText text

func walk(name string, fsys fs.FS) {
	fmt.Println("==", name)
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Printf("%-28s dir=%-5v %v %3d\n", path, d.IsDir(), info.Mode(), info.Size())
		return nil
	})
	fmt.Println("walk:", err)
}

func config() map[string]string {
	conf := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(appConf))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "=")
		if ok {
			conf[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return conf
}

func main() {
	fmt.Printf("version %q (%T %q)\n", strings.TrimSpace(version), versionText, versionText)
	fmt.Printf("logo % x (%d bytes)\n", logo, len(logo))
	logo[0] = 'X' // a []byte variable is an ordinary, writable slice

	conf := config()
	keys := make([]string, 0, len(conf))
	for k := range conf {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("conf %s=%s\n", k, conf[k])
	}

	walk("templates", templates)
	walk("static", static)
	walk("site", site)
	walk("misc", misc)

	t := template.Must(template.ParseFS(templates, "templates/*.tmpl", "templates/partials/*.tmpl"))
	fmt.Println("templates:", t.Name(), t.Lookup("footer.tmpl") != nil)
	var out strings.Builder
	err := t.ExecuteTemplate(&out, "greeting.tmpl", map[string]any{"Name": "Ada", "Count": 3})
	fmt.Printf("%q %v\n", out.String(), err)
	g, _ := templates.ReadFile("templates/greeting.tmpl")
	fmt.Printf("greeting %q\n", g)

	sub, err := fs.Sub(static, "static/css")
	fmt.Println("sub:", err)
	css, err := fs.ReadFile(sub, "site.css")
	fmt.Printf("css %q %v\n", css, err)
	matches, err := fs.Glob(site, "static/*.html")
	fmt.Println("glob:", matches, err)

	// Errors, as Go words them.
	_, err = static.Open("static/_draft.html")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	_, err = static.ReadFile("static")
	fmt.Println(err)
	_, err = static.ReadDir("static/index.html")
	fmt.Println(err)
	_, err = static.Open("./static")
	fmt.Println(err)
	_, err = static.Open("static/")
	fmt.Println(err)

	// An open file reads and seeks; an open folder lists its entries in batches.
	f, _ := site.Open("static/index.html")
	st, _ := f.Stat()
	fmt.Printf("%T %s %d %v %v %v\n", f, st.Name(), st.Size(), st.Mode(), st.ModTime().IsZero(), st.Sys())
	buf := make([]byte, 5)
	n, err := f.Read(buf)
	fmt.Printf("read %d %q %v\n", n, buf[:n], err)
	seeker := f.(io.Seeker)
	pos, err := seeker.Seek(-6, io.SeekEnd)
	fmt.Println("seek", pos, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("rest %q %v\n", rest, err)
	_, err = seeker.Seek(-1, io.SeekStart)
	fmt.Println(err)
	n, err = f.Read(buf)
	fmt.Println(n, err, f.Close())

	d, _ := site.Open("static")
	dir := d.(fs.ReadDirFile)
	for {
		batch, err := dir.ReadDir(2)
		if err != nil {
			fmt.Println("readdir:", err)
			break
		}
		for _, e := range batch {
			fmt.Printf("  %s %v %v\n", e.Name(), e.IsDir(), e.Type())
		}
	}
	_, err = d.Read(buf)
	fmt.Println(err)
	root, _ := site.Open(".")
	_, err = root.Read(buf)
	fmt.Println(err)

	var empty embed.FS
	entries, err := empty.ReadDir(".")
	fmt.Println(len(entries), err)
	_, err = empty.Open("x")
	fmt.Println(err)
}
