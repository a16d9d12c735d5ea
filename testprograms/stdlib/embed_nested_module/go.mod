module example.com/embed_nested_module

go 1.19
