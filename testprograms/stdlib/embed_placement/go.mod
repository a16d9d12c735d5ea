module example.com/embed_placement

go 1.19
