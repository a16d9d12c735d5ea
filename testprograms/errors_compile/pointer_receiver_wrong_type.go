// Compile error: the method is only on *T and has another signature: types2 says "wrong type", not "pointer receiver".
package main

type Sizer interface {
	Size() int64
}

type File struct{ n int }

func (f *File) Size() int { return f.n }

func report(s Sizer) {}

func main() {
	report(File{1})
	report(&File{2})
}
