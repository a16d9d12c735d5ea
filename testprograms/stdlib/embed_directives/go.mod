module example.com/embed_directives

go 1.19
