value = first second
