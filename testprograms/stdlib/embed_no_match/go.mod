module example.com/embed_no_match

go 1.19
