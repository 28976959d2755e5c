# Circular import helper: imported by mod_circ_a while mod_circ_a is half initialised.
print("mod_circ_b start")
import mod_circ_a
from mod_circ_a import A_EARLY
print("mod_circ_b sees A_EARLY:", A_EARLY, "and A_LATE yet:", hasattr(mod_circ_a, "A_LATE"))
B_VALUE = "b-value"

def b_func():
    return "b_func sees " + mod_circ_a.A_LATE
print("mod_circ_b end")
