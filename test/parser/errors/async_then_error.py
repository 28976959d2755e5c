async . x
