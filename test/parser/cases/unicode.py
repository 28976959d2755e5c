café = 1
ﬁle = 2
ｘ = 3
名前 = "値"
print(名前, café)
s = 'é' + x
t = "😀" + y; u = z
def ƒ(α, β=2): return α + β
