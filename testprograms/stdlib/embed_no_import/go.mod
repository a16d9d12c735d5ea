module example.com/embed_no_import

go 1.19
