naïve = "café"
message = "日本語" + (naïve naïve)
