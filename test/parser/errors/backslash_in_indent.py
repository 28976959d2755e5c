  \     x
