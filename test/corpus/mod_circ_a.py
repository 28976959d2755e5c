# Circular import helper: imports mod_circ_b, which imports this module back.
print("mod_circ_a start")
A_EARLY = "a-early"
import mod_circ_b
A_LATE = "a-late"

def a_func():
    return "a_func sees " + mod_circ_b.B_VALUE
print("mod_circ_a end")
