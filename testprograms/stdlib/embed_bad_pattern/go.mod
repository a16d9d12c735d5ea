module example.com/embed_bad_pattern

go 1.19
