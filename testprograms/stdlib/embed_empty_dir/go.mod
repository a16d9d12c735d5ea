module example.com/embed_empty_dir

go 1.19
