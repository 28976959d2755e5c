0
123
1_000_000
0x_ff
0XAB
0o17
0O7_7
0b1010
0B1_1
00
0_0
1.5
1.
.5
1e10
1E-5
1.5e+3
1_0.5_5
3j
1.5J
1e3j
0j
9999999999999999999999999
2**64
1e400
12345678901234567
0.1
1e22
1e16
1e15
123456789.123456789
5e-324
'single'
"double"
'''triple'''
"""triple
double"""
'it''s'
"it's"
'say "hi"'
'both \' and "'
r'raw\n'
R"raw\d"
b'bytes'
B"BYTES\x00\xff"
rb'raw\bytes'
Br'\d'
bR'x'
RB'y'
'a' 'b' "c"
b'a' b'b'
'\n\t\\\'\"\a\b\f\v\0\7\77\177\x41\u00e9\U0001F600'
'\N{BULLET} \N{EM DASH} \N{GREEK SMALL LETTER ALPHA} \N{SNOWMAN} \N{LATIN SMALL LETTER E WITH ACUTE}'
'\N{bullet}'
'unknown \q escape'
'line \
continued'
"""multi
line \
string"""
'\x00\x1f\x7f\x80\xa0\xad'
'é ñ 中文'
''
b''
b'\\\'\"\a\b\f\v\0\x7f'
x = 1 \
    + 2
