A (r e)
