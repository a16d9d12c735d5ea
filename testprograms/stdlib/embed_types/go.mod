module example.com/embed_types

go 1.19
