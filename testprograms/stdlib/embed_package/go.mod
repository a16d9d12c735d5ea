module example.com/embed_package

go 1.19
