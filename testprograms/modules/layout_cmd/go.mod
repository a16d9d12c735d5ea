module github.com/example/todo

go 1.19
